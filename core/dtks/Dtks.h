#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QStringList>

namespace loket {

// The fields Loket keeps of a DTKS (Data Terpadu Kesejahteraan Sosial) extract row. Exports of
// SIKS-NG name their columns differently (NIK, NO_KK / NOKK, NAMA / NAMA_LENGKAP / NAMA_ART, …),
// so each import maps fields to the columns of its file.
enum class DtksField {
    Nik,
    KkNumber,
    Name,
    BirthDate,
    Address,
    Village,
    District,
    Regency,
    Programs,
    Status
};

QList<DtksField> allDtksFields();
QString dtksFieldKey(DtksField field); // "nik", "kk", "name", "birth_date", … (loketctl --map)
bool dtksFieldFromKey(const QString& key, DtksField* field);
bool isRequiredDtksField(DtksField field); // NIK and name

// Field → 0-based column of the file; an unmapped field is absent.
using DtksMapping = QMap<DtksField, int>;

class DtksText
{
    Q_DECLARE_TR_FUNCTIONS(loket::DtksText)
public:
    static QString fieldTitle(DtksField field); // "NIK", "Family card (KK) number", …
    // The mapping guessed from the header's column names; each column used once.
    static DtksMapping guessMapping(const QStringList& header);
    // Empty when the mapping can be imported with; else what to fix.
    static QString checkMapping(const DtksMapping& mapping, int columnCount);
};

// The key names are looked up by: upper case, accents and punctuation removed, single spaces
// ("Siti  Nur'aini, S.Pd." → "SITI NURAINI S PD").
QString dtksNameKey(const QString& name);

// An extract date or birth date as exports write it (YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY,
// YYYYMMDD); invalid when it is none of them.
QDate parseDtksDate(const QString& text);

// One imported extract.
struct DtksExtract
{
    qint64 id = 0;
    QDate extractDate;
    QString sourceFile;
    QDateTime importedAt; // UTC
    QString importedBy; // user name; empty for the system
    qint64 rows = 0;
    qint64 badRows = 0;
};

// One row of an extract found by a lookup, with the date of its extract.
struct DtksHit
{
    qint64 extractId = 0;
    QDate extractDate;
    int line = 0;
    QString nik, kkNumber, name;
    QDate birthDate;
    QString address, village, district, regency, programs, status;
};

} // namespace loket
