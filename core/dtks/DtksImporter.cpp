#include "DtksImporter.h"

#include "AuditLog.h"
#include "CsvStreamReader.h"
#include "DatabaseError.h"
#include "DtksNameWords.h"
#include "DtksRowCheck.h"
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

using namespace dtksrows;

// Binds a good row to the prepared insert into dtks_records.
void bindRecord(QSqlQuery& insert, qint64 extractId, int line, const RowReader& row,
                const QString& nik, const QString& name, const QString& nameKey)
{
    const QDate birth = parseDtksDate(row.value(DtksField::BirthDate));
    insert.bindValue(0, extractId);
    insert.bindValue(1, line);
    insert.bindValue(2, nik);
    insert.bindValue(3, nullableText(cleanNumber(row.value(DtksField::KkNumber))));
    insert.bindValue(4, name);
    insert.bindValue(5, nameKey);
    insert.bindValue(6, nullableText(birth.isValid() ? birth.toString(Qt::ISODate) : QString()));
    insert.bindValue(7, nullableText(row.value(DtksField::Address).simplified()));
    insert.bindValue(8, nullableText(row.value(DtksField::Village)));
    insert.bindValue(9, nullableText(row.value(DtksField::District)));
    insert.bindValue(10, nullableText(row.value(DtksField::Regency)));
    insert.bindValue(11, nullableText(row.value(DtksField::Programs).simplified()));
    insert.bindValue(12, nullableText(row.value(DtksField::Status).simplified()));
    const int desil = parseDesil(row.value(DtksField::Desil));
    insert.bindValue(13, desil > 0 ? QVariant(desil) : QVariant(QMetaType(QMetaType::Int)));
    insert.bindValue(14, nullableText(cleanNumber(row.value(DtksField::HouseholdId))));
}

// A regency's extract adds a million rows to indexes in no particular order (NIKs, name words).
// With SQLite's default 2 MB page cache the index pages spill to the journal and are read back
// over and over: the import waits on the disk. For the import only, SQLite may keep up to 256 MB
// of pages (allocated as needed); PostgreSQL manages its own buffers.
class LargeCache
{
public:
    explicit LargeCache(Database& database)
        : m_database(database)
    {
        if (database.dialect() != Database::Dialect::SQLite)
            return;
        QSqlQuery query(database.connection());
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            m_previous = query.value(0).toInt();
        query.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    }
    ~LargeCache()
    {
        if (m_previous != 0)
            QSqlQuery(m_database.connection())
                .exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    LargeCache(const LargeCache&) = delete;
    LargeCache& operator=(const LargeCache&) = delete;

private:
    Database& m_database;
    int m_previous = 0;
};

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

ExtractKind DtksImporter::kindOf(const DtksMapping& mapping)
{
    return mapping.contains(DtksField::Desil) || mapping.contains(DtksField::HouseholdId)
        ? ExtractKind::Dtsen
        : ExtractKind::Dtks;
}

bool DtksImporter::importFile(const QString& path, const DtksExtractInfo& info,
                              const DtksMapping& mapping, const User& user, const QDateTime& now,
                              DtksImportReport* report, QString* errorMessage,
                              const DtksProgressCallback& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return import(file, QFileInfo(path).fileName(), info, mapping, user, now, report, errorMessage,
                  progress);
}

bool DtksImporter::import(QIODevice& device, const QString& sourceName, const DtksExtractInfo& info,
                          const DtksMapping& mapping, const User& user, const QDateTime& now,
                          DtksImportReport* report, QString* errorMessage,
                          const DtksProgressCallback& progress)
{
    *report = DtksImportReport {};
    errorMessage->clear();
    if (!info.extractDate.isValid()) {
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

    const LargeCache cache(m_database);
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return false;
    report->extractId = insertExtract(sourceName, info, user, now, errorMessage);
    if (report->extractId == 0)
        return false;
    const qint64 total = device.isSequential() ? 0 : device.size();
    const bool saved = importRows(reader, total, mapping, columns, report, errorMessage, progress)
        && saveTotals(sourceName, info, user, now, *report, errorMessage)
        && transaction.commit(errorMessage);
    if (!saved)
        report->extractId = 0; // the transaction rolls back
    return saved;
}

qint64 DtksImporter::insertExtract(const QString& sourceName, const DtksExtractInfo& info,
                                   const User& user, const QDateTime& now, QString* errorMessage)
{
    QSqlQuery extract(m_database.connection());
    extract.prepare(QStringLiteral(
        "INSERT INTO dtks_extracts (extract_date, source_file, imported_at, imported_by, kind,"
        " source) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    extract.addBindValue(info.extractDate.toString(Qt::ISODate));
    extract.addBindValue(sourceName);
    extract.addBindValue(storedTime(now));
    extract.addBindValue(user.id > 0 ? QVariant(user.id)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
    extract.addBindValue(extractKindKey(info.kind));
    extract.addBindValue(nullableText(info.source.trimmed()));
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
        " birth_date, address, village, district, regency, programs, status, desil, household_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    DtksNameWords words(m_database, report->extractId);
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
        const QString nameKey = dtksNameKey(name);
        bindRecord(insert, report->extractId, record.line, row, nik, name, nameKey);
        if (!insert.exec() || !words.add(record.line, nameKey)) {
            *errorMessage
                = tr("Cannot save line %1: %2 (nothing was saved)")
                      .arg(record.line)
                      .arg(DatabaseError::describe(
                          insert.lastError().isValid() ? insert.lastError() : words.lastError()));
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
bool DtksImporter::saveTotals(const QString& sourceName, const DtksExtractInfo& info,
                              const User& user, const QDateTime& now,
                              const DtksImportReport& report, QString* errorMessage)
{
    QSqlQuery counts(m_database.connection());
    counts.prepare(
        QStringLiteral("UPDATE dtks_extracts SET row_count = ?, bad_row_count = ? WHERE id = ?"));
    counts.addBindValue(report.imported);
    counts.addBindValue(report.bad);
    counts.addBindValue(report.extractId);
    const QJsonObject after { { QStringLiteral("extractDate"),
                                info.extractDate.toString(Qt::ISODate) },
                              { QStringLiteral("kind"), extractKindKey(info.kind) },
                              { QStringLiteral("source"), info.source },
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
