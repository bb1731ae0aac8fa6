#include "Dtks.h"

#include <QSet>

namespace loket {
namespace {

// The column names SIKS-NG exports and office spreadsheets use, as compared: upper case, letters
// and digits only ("NO_KK" → "NOKK"). Earlier names win when a header has several.
QStringList synonyms(DtksField field)
{
    switch (field) {
    case DtksField::Nik:
        return { QStringLiteral("NIK"),        QStringLiteral("NIKART"),
                 QStringLiteral("NONIK"),      QStringLiteral("NOMORNIK"),
                 QStringLiteral("NIKKTP"),     QStringLiteral("NOMORINDUKKEPENDUDUKAN"),
                 QStringLiteral("NIKPENERIMA") };
    case DtksField::KkNumber:
        return { QStringLiteral("NOKK"),
                 QStringLiteral("NKK"),
                 QStringLiteral("NOMORKK"),
                 QStringLiteral("KK"),
                 QStringLiteral("NOMORKARTUKELUARGA"),
                 QStringLiteral("NOKARTUKELUARGA") };
    case DtksField::Name:
        return { QStringLiteral("NAMA"),        QStringLiteral("NAMALENGKAP"),
                 QStringLiteral("NAMAART"),     QStringLiteral("NAMAPENERIMA"),
                 QStringLiteral("NAMAANGGOTA"), QStringLiteral("NAMAKRT") };
    case DtksField::BirthDate:
        return { QStringLiteral("TGLLAHIR"), QStringLiteral("TANGGALLAHIR"),
                 QStringLiteral("TGLLHR"), QStringLiteral("TANGGALLHR") };
    case DtksField::Address:
        return { QStringLiteral("ALAMAT"), QStringLiteral("ALAMATLENGKAP"),
                 QStringLiteral("ALAMATRUMAH") };
    case DtksField::Village:
        return { QStringLiteral("DESA"),
                 QStringLiteral("KELURAHAN"),
                 QStringLiteral("DESAKELURAHAN"),
                 QStringLiteral("KELURAHANDESA"),
                 QStringLiteral("KELDESA"),
                 QStringLiteral("DESAKEL"),
                 QStringLiteral("NAMADESA"),
                 QStringLiteral("NAMAKELURAHAN"),
                 QStringLiteral("KEL") };
    case DtksField::District:
        return { QStringLiteral("KECAMATAN"), QStringLiteral("NAMAKECAMATAN"),
                 QStringLiteral("KEC") };
    case DtksField::Regency:
        return { QStringLiteral("KABUPATEN"), QStringLiteral("KABUPATENKOTA"),
                 QStringLiteral("KABKOTA"),   QStringLiteral("KOTA"),
                 QStringLiteral("KAB"),       QStringLiteral("NAMAKABUPATEN") };
    case DtksField::Programs:
        return { QStringLiteral("PROGRAM"),       QStringLiteral("BANSOS"),
                 QStringLiteral("PROGRAMBANSOS"), QStringLiteral("JENISBANSOS"),
                 QStringLiteral("KEPESERTAAN"),   QStringLiteral("KEPESERTAANPROGRAM") };
    case DtksField::Status:
        return { QStringLiteral("STATUS"), QStringLiteral("KETERANGAN"),
                 QStringLiteral("STATUSDTKS"), QStringLiteral("KET") };
    case DtksField::Desil:
        return { QStringLiteral("DESIL"), QStringLiteral("DESILKESEJAHTERAAN"),
                 QStringLiteral("DESILNASIONAL"), QStringLiteral("PERINGKATDESIL"),
                 QStringLiteral("KATEGORIDESIL") };
    case DtksField::HouseholdId:
        return { QStringLiteral("IDDTSEN"),         QStringLiteral("IDKELUARGA"),
                 QStringLiteral("IDKELUARGADTSEN"), QStringLiteral("IDKELUARGAP3KE"),
                 QStringLiteral("IDRUMAHTANGGA"),   QStringLiteral("IDRUTA") };
    }
    return {};
}

QString comparable(const QString& header)
{
    QString result;
    for (const QChar c : header.toUpper()) {
        if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            result += c;
    }
    return result;
}

} // namespace

QList<DtksField> allDtksFields()
{
    return {
        DtksField::Nik,      DtksField::KkNumber, DtksField::Name,     DtksField::BirthDate,
        DtksField::Address,  DtksField::Village,  DtksField::District, DtksField::Regency,
        DtksField::Programs, DtksField::Status,   DtksField::Desil,    DtksField::HouseholdId
    };
}

QString extractKindKey(ExtractKind kind)
{
    return kind == ExtractKind::Dtsen ? QStringLiteral("DTSEN") : QStringLiteral("DTKS");
}

bool extractKindFromKey(const QString& key, ExtractKind* kind)
{
    for (const ExtractKind candidate : { ExtractKind::Dtks, ExtractKind::Dtsen }) {
        if (extractKindKey(candidate).compare(key.trimmed(), Qt::CaseInsensitive) == 0) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString extractKindFullName(ExtractKind kind)
{
    return kind == ExtractKind::Dtsen
        ? QStringLiteral("Data Tunggal Sosial dan Ekonomi Nasional (DTSEN)")
        : QStringLiteral("Data Terpadu Kesejahteraan Sosial (DTKS)");
}

QString dtksFieldKey(DtksField field)
{
    switch (field) {
    case DtksField::Nik:
        return QStringLiteral("nik");
    case DtksField::KkNumber:
        return QStringLiteral("kk");
    case DtksField::Name:
        return QStringLiteral("name");
    case DtksField::BirthDate:
        return QStringLiteral("birth_date");
    case DtksField::Address:
        return QStringLiteral("address");
    case DtksField::Village:
        return QStringLiteral("village");
    case DtksField::District:
        return QStringLiteral("district");
    case DtksField::Regency:
        return QStringLiteral("regency");
    case DtksField::Programs:
        return QStringLiteral("programs");
    case DtksField::Status:
        return QStringLiteral("status");
    case DtksField::Desil:
        return QStringLiteral("desil");
    case DtksField::HouseholdId:
        return QStringLiteral("household");
    }
    return {};
}

bool dtksFieldFromKey(const QString& key, DtksField* field)
{
    for (const DtksField candidate : allDtksFields()) {
        if (dtksFieldKey(candidate) == key.trimmed().toLower()) {
            *field = candidate;
            return true;
        }
    }
    return false;
}

bool isRequiredDtksField(DtksField field)
{
    return field == DtksField::Nik || field == DtksField::Name;
}

QString DtksText::fieldTitle(DtksField field)
{
    switch (field) {
    case DtksField::Nik:
        return tr("NIK");
    case DtksField::KkNumber:
        return tr("Family card (KK) number");
    case DtksField::Name:
        return tr("Name");
    case DtksField::BirthDate:
        return tr("Birth date");
    case DtksField::Address:
        return tr("Address");
    case DtksField::Village:
        return tr("Village (desa/kelurahan)");
    case DtksField::District:
        return tr("District (kecamatan)");
    case DtksField::Regency:
        return tr("Regency/city");
    case DtksField::Programs:
        return tr("Programs (PKH, BPNT, PBI-JK…)");
    case DtksField::Status:
        return tr("Status/remarks");
    case DtksField::Desil:
        return tr("Desil (DTSEN welfare decile)");
    case DtksField::HouseholdId:
        return tr("Household id (ID keluarga / ID DTSEN)");
    }
    return {};
}

DtksMapping DtksText::guessMapping(const QStringList& header)
{
    QStringList names;
    for (const QString& column : header)
        names << comparable(column);
    DtksMapping mapping;
    QSet<int> used;
    for (const DtksField field : allDtksFields()) {
        for (const QString& synonym : synonyms(field)) {
            const int column = int(names.indexOf(synonym));
            if (column >= 0 && !used.contains(column)) {
                mapping.insert(field, column);
                used.insert(column);
                break;
            }
        }
    }
    return mapping;
}

ExtractKind DtksText::guessKind(const QStringList& header)
{
    const DtksMapping mapping = guessMapping(header);
    return mapping.contains(DtksField::Desil) || mapping.contains(DtksField::HouseholdId)
        ? ExtractKind::Dtsen
        : ExtractKind::Dtks;
}

QString DtksText::checkMapping(const DtksMapping& mapping, int columnCount)
{
    QStringList missing;
    for (const DtksField field : allDtksFields()) {
        if (isRequiredDtksField(field) && !mapping.contains(field))
            missing << fieldTitle(field);
    }
    if (!missing.isEmpty())
        return tr("Choose the column that holds the %1: it is required.")
            .arg(missing.join(tr(" and ")));
    QMap<int, DtksField> byColumn;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (it.value() < 0 || it.value() >= columnCount)
            return tr("%1 is mapped to column %2, but the file has %3 columns.")
                .arg(fieldTitle(it.key()))
                .arg(it.value() + 1)
                .arg(columnCount);
        if (byColumn.contains(it.value()))
            return tr("%1 and %2 are both mapped to column %3: choose one column per field.")
                .arg(fieldTitle(byColumn.value(it.value())), fieldTitle(it.key()))
                .arg(it.value() + 1);
        byColumn.insert(it.value(), it.key());
    }
    return {};
}

QString dtksNameKey(const QString& name)
{
    bool ascii = true;
    for (const QChar c : name)
        ascii = ascii && c.unicode() < 0x80;
    const QString decomposed = ascii ? name : name.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            if (space && !key.isEmpty())
                key += QLatin1Char(' ');
            space = false;
            key += c.toUpper();
        } else if (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('`')
                   || c.category() == QChar::Mark_NonSpacing) {
            // Apostrophes join (MA'RUF → MARUF); accents are dropped (É → E).
        } else {
            space = true;
        }
    }
    return key;
}

int parseDesil(const QString& text)
{
    int value = 0;
    int digits = 0;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            value = value * 10 + (c.unicode() - '0');
            ++digits;
        } else if (digits > 0) {
            break; // "3 (tiga)"
        }
    }
    return digits > 0 && digits <= 2 && value >= 1 && value <= 10 ? value : 0;
}

QDate parseDtksDate(const QString& text)
{
    // Hand-parsed: QDate::fromString with a format costs microseconds, 500,000 times over.
    QString date = text.trimmed();
    const qsizetype space = date.indexOf(QLatin1Char(' ')); // "1985-03-12 00:00:00"
    if (space > 0)
        date.truncate(space);
    int parts[3] = { 0, 0, 0 };
    int digits[3] = { 0, 0, 0 };
    int part = 0;
    for (const QChar c : std::as_const(date)) {
        if (c.isDigit() && c.unicode() < 0x80) {
            parts[part] = parts[part] * 10 + (c.unicode() - '0');
            ++digits[part];
        } else if ((c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('.'))
                   && part < 2 && digits[part] > 0) {
            ++part;
        } else {
            return {};
        }
    }
    if (part == 0 && digits[0] == 8) // YYYYMMDD
        return QDate(parts[0] / 10000, parts[0] / 100 % 100, parts[0] % 100);
    if (part != 2 || digits[1] > 2)
        return {};
    if (digits[0] == 4 && digits[2] <= 2) // YYYY-MM-DD
        return QDate(parts[0], parts[1], parts[2]);
    if (digits[2] == 4 && digits[0] <= 2) // DD-MM-YYYY
        return QDate(parts[2], parts[1], parts[0]);
    return {};
}

} // namespace loket
