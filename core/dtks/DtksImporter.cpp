#include "DtksImporter.h"

#include "AuditLog.h"
#include "CsvStreamReader.h"
#include "DatabaseError.h"
#include "Permissions.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {
namespace {

// An identity number as spreadsheets leave it: spaces, a leading apostrophe (Excel's "text"
// mark) or ="…" around it are taken off.
QString cleanNumber(const QString& text)
{
    QString number = text.trimmed();
    if (number.startsWith(QLatin1String("=\"")) && number.endsWith(QLatin1Char('"')))
        number = number.mid(2, number.size() - 3);
    if (number.startsWith(QLatin1Char('\'')))
        number.remove(0, 1);
    number.remove(QLatin1Char(' '));
    return number;
}

bool allDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// The trimmed value of a mapped field of one row; empty when the field is not mapped.
struct RowReader
{
    const QStringList& fields;
    const DtksMapping& mapping;

    QString value(DtksField field) const
    {
        const int index = mapping.value(field, -1);
        return index >= 0 ? fields.value(index).trimmed() : QString();
    }
};

// The columns a row needs to hold every mapped field.
int neededColumns(const DtksMapping& mapping)
{
    int needed = 0;
    for (const int column : mapping)
        needed = qMax(needed, column + 1);
    return needed;
}

// Why a row cannot be kept, in the order found; `kind` is the first problem's, for the counts.
struct RowProblems
{
    QString kind;
    QStringList texts;

    void add(const QString& kindTitle, const QString& text)
    {
        if (kind.isEmpty())
            kind = kindTitle;
        texts << text;
    }
};

RowProblems rowProblems(const CsvStreamReader::Record& record, int columns, int needed,
                        const QString& nik, const QString& name)
{
    RowProblems problems;
    const int count = int(record.fields.size());
    bool extraValues = false;
    for (int i = columns; i < count; ++i)
        extraValues = extraValues || !record.fields.at(i).trimmed().isEmpty();
    if (record.unterminated)
        problems.add(DtksImporter::tr("unclosed quote"),
                     DtksImporter::tr("a quoted value is not closed before the end of the file"));
    else if (count < needed || extraValues)
        problems.add(DtksImporter::tr("wrong number of columns"),
                     DtksImporter::tr("the row has %1 columns, the header %2 (a separator inside "
                                      "a value without quotes?)")
                         .arg(count)
                         .arg(columns));
    if (nik.isEmpty())
        problems.add(DtksImporter::tr("NIK empty"), DtksImporter::tr("the NIK is empty"));
    else if (nik.contains(QLatin1Char('E'), Qt::CaseInsensitive) && nik.contains(QLatin1Char('+')))
        problems.add(DtksImporter::tr("NIK rounded by a spreadsheet"),
                     DtksImporter::tr("the NIK \"%1\" was rounded by a spreadsheet (scientific "
                                      "notation): export the column as text")
                         .arg(nik));
    else if (!allDigits(nik))
        problems.add(
            DtksImporter::tr("NIK not digits"),
            DtksImporter::tr("the NIK \"%1\" contains characters other than digits").arg(nik));
    else if (nik.size() != 16)
        problems.add(
            DtksImporter::tr("NIK not 16 digits"),
            DtksImporter::tr("the NIK \"%1\" has %2 digits, not 16").arg(nik).arg(nik.size()));
    if (name.isEmpty())
        problems.add(DtksImporter::tr("name empty"), DtksImporter::tr("the name is empty"));
    return problems;
}

// Binds a good row to the prepared insert into dtks_records.
void bindRecord(QSqlQuery& insert, qint64 extractId, int line, const RowReader& row,
                const QString& nik, const QString& name)
{
    const QDate birth = parseDtksDate(row.value(DtksField::BirthDate));
    insert.bindValue(0, extractId);
    insert.bindValue(1, line);
    insert.bindValue(2, nik);
    insert.bindValue(3, nullableText(cleanNumber(row.value(DtksField::KkNumber))));
    insert.bindValue(4, name);
    insert.bindValue(5, dtksNameKey(name));
    insert.bindValue(6, nullableText(birth.isValid() ? birth.toString(Qt::ISODate) : QString()));
    insert.bindValue(7, nullableText(row.value(DtksField::Address).simplified()));
    insert.bindValue(8, nullableText(row.value(DtksField::Village)));
    insert.bindValue(9, nullableText(row.value(DtksField::District)));
    insert.bindValue(10, nullableText(row.value(DtksField::Regency)));
    insert.bindValue(11, nullableText(row.value(DtksField::Programs).simplified()));
    insert.bindValue(12, nullableText(row.value(DtksField::Status).simplified()));
}

} // namespace

DtksImporter::DtksImporter(Database& database)
    : m_database(database)
{
}

bool DtksImporter::preview(QIODevice& device, int rows, DtksPreview* preview, QString* errorMessage)
{
    CsvStreamReader reader(device);
    CsvStreamReader::Record record;
    if (!reader.next(&record)) {
        *errorMessage = tr("The file is empty: its first row must name the columns.");
        return false;
    }
    preview->header = record.fields;
    preview->separator = reader.separator();
    preview->rows.clear();
    while (preview->rows.size() < rows && reader.next(&record))
        preview->rows << record.fields;
    return true;
}

bool DtksImporter::previewFile(const QString& path, int rows, DtksPreview* preview,
                               QString* errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return DtksImporter::preview(file, rows, preview, errorMessage);
}

QString DtksImporter::permissionProblem(const User& user)
{
    return Permissions::check(user, Action::ImportDtks);
}

bool DtksImporter::importFile(const QString& path, const QDate& extractDate,
                              const DtksMapping& mapping, const User& user, const QDateTime& now,
                              DtksImportReport* report, QString* errorMessage,
                              const DtksProgressCallback& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return import(file, QFileInfo(path).fileName(), extractDate, mapping, user, now, report,
                  errorMessage, progress);
}

bool DtksImporter::import(QIODevice& device, const QString& sourceName, const QDate& extractDate,
                          const DtksMapping& mapping, const User& user, const QDateTime& now,
                          DtksImportReport* report, QString* errorMessage,
                          const DtksProgressCallback& progress)
{
    *report = DtksImportReport {};
    errorMessage->clear();
    if (!extractDate.isValid()) {
        *errorMessage = tr("Enter the date of the extract (the date SIKS-NG exported it): "
                           "every lookup shows it.");
        return false;
    }
    if (const QString problem = permissionProblem(user); !problem.isEmpty()) {
        *errorMessage = problem;
        return false;
    }
    CsvStreamReader reader(device);
    CsvStreamReader::Record record;
    if (!reader.next(&record)) {
        *errorMessage = tr("The file is empty: its first row must name the columns.");
        return false;
    }
    const int columns = int(record.fields.size());
    if (const QString problem = DtksText::checkMapping(mapping, columns); !problem.isEmpty()) {
        *errorMessage = problem;
        return false;
    }

    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return false;
    report->extractId = insertExtract(sourceName, extractDate, user, now, errorMessage);
    if (report->extractId == 0)
        return false;
    const qint64 total = device.isSequential() ? 0 : device.size();
    const bool saved = importRows(reader, total, mapping, columns, report, errorMessage, progress)
        && saveTotals(sourceName, extractDate, user, now, *report, errorMessage)
        && transaction.commit(errorMessage);
    if (!saved)
        report->extractId = 0; // the transaction rolls back
    return saved;
}

qint64 DtksImporter::insertExtract(const QString& sourceName, const QDate& extractDate,
                                   const User& user, const QDateTime& now, QString* errorMessage)
{
    QSqlQuery extract(m_database.connection());
    extract.prepare(QStringLiteral(
        "INSERT INTO dtks_extracts (extract_date, source_file, imported_at, imported_by)"
        " VALUES (?, ?, ?, ?) RETURNING id"));
    extract.addBindValue(extractDate.toString(Qt::ISODate));
    extract.addBindValue(sourceName);
    extract.addBindValue(storedTime(now));
    extract.addBindValue(user.id > 0 ? QVariant(user.id)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
    if (!extract.exec() || !extract.next()) {
        *errorMessage
            = tr("Cannot save the extract: %1").arg(DatabaseError::describe(extract.lastError()));
        return 0;
    }
    const qint64 id = extract.value(0).toLongLong();
    extract.finish();
    return id;
}

// Reads the data rows below the header: bad ones are counted and listed, good ones inserted.
// False, with the reason, when the import was cancelled or a row could not be saved, and when
// no row could be imported.
bool DtksImporter::importRows(CsvStreamReader& reader, qint64 total, const DtksMapping& mapping,
                              int columns, DtksImportReport* report, QString* errorMessage,
                              const DtksProgressCallback& progress)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO dtks_records (extract_id, line_number, nik, kk_number, name, name_key,"
        " birth_date, address, village, district, regency, programs, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const int needed = neededColumns(mapping);
    CsvStreamReader::Record record;
    while (reader.next(&record)) {
        ++report->rowsRead;
        if (progress && report->rowsRead % ProgressEvery == 0
            && !progress({ report->rowsRead, reader.bytesRead(), total }))
            return cancelled(report, errorMessage);
        const RowReader row { record.fields, mapping };
        const QString nik = cleanNumber(row.value(DtksField::Nik));
        const QString name = row.value(DtksField::Name).simplified();
        const RowProblems problems = rowProblems(record, columns, needed, nik, name);
        if (!problems.texts.isEmpty()) {
            ++report->bad;
            ++report->badByKind[problems.kind];
            if (report->badRows.size() < MaxMessages)
                report->badRows.append({ record.line, problems.texts.join(QStringLiteral("; ")) });
            continue;
        }
        bindRecord(insert, report->extractId, record.line, row, nik, name);
        if (!insert.exec()) {
            *errorMessage = tr("Cannot save line %1: %2 (nothing was saved)")
                                .arg(record.line)
                                .arg(DatabaseError::describe(insert.lastError()));
            return false;
        }
        ++report->imported;
    }
    if (progress && !progress({ report->rowsRead, reader.bytesRead(), total }))
        return cancelled(report, errorMessage);
    if (report->imported == 0) {
        *errorMessage = report->rowsRead == 0
            ? tr("The file has no data rows below its header: nothing was imported.")
            : tr("None of the %1 rows could be imported (see the bad rows): nothing was saved.")
                  .arg(report->rowsRead);
        return false;
    }
    return true;
}

bool DtksImporter::cancelled(DtksImportReport* report, QString* errorMessage)
{
    report->cancelled = true;
    *errorMessage = tr("The import was cancelled; nothing was saved.");
    return false;
}

// The extract's row counts and its audit entry.
bool DtksImporter::saveTotals(const QString& sourceName, const QDate& extractDate, const User& user,
                              const QDateTime& now, const DtksImportReport& report,
                              QString* errorMessage)
{
    QSqlQuery counts(m_database.connection());
    counts.prepare(
        QStringLiteral("UPDATE dtks_extracts SET row_count = ?, bad_row_count = ? WHERE id = ?"));
    counts.addBindValue(report.imported);
    counts.addBindValue(report.bad);
    counts.addBindValue(report.extractId);
    const QJsonObject after { { QStringLiteral("extractDate"), extractDate.toString(Qt::ISODate) },
                              { QStringLiteral("sourceFile"), sourceName },
                              { QStringLiteral("rows"), report.imported },
                              { QStringLiteral("badRows"), report.bad } };
    if (!counts.exec()) {
        *errorMessage
            = tr("Cannot save the extract: %1").arg(DatabaseError::describe(counts.lastError()));
        return false;
    }
    return AuditLog(m_database)
        .append({ user.id,
                  QStringLiteral("import"),
                  QStringLiteral("dtks_extracts"),
                  QString::number(report.extractId),
                  {},
                  after,
                  now },
                errorMessage);
}

QString DtksImporter::summary(const DtksImportReport& report)
{
    QString text = tr("%n row(s) imported", nullptr, int(report.imported));
    if (report.bad == 0)
        return text + QLatin1Char('.');
    QStringList kinds;
    for (auto it = report.badByKind.cbegin(); it != report.badByKind.cend(); ++it)
        kinds << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    text += tr(", %n bad row(s) skipped", nullptr, int(report.bad))
        + QStringLiteral(" (%1).").arg(kinds.join(QStringLiteral(", ")));
    if (report.bad > report.badRows.size())
        text += QLatin1Char(' ')
            + tr("The first %1 bad rows are listed.").arg(report.badRows.size());
    return text;
}

} // namespace loket
