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
    int needed = 0;
    for (const int column : mapping)
        needed = qMax(needed, column + 1);
    const auto column = [&mapping](DtksField field) { return mapping.value(field, -1); };

    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return false;
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
        return false;
    }
    report->extractId = extract.value(0).toLongLong();
    extract.finish();

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO dtks_records (extract_id, line_number, nik, kk_number, name, name_key,"
        " birth_date, address, village, district, regency, programs, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 total = device.isSequential() ? 0 : device.size();
    while (reader.next(&record)) {
        ++report->rowsRead;
        if (progress && report->rowsRead % ProgressEvery == 0
            && !progress({ report->rowsRead, reader.bytesRead(), total })) {
            report->cancelled = true;
            report->extractId = 0;
            *errorMessage = tr("The import was cancelled; nothing was saved.");
            return false; // the transaction rolls back
        }
        const auto value = [&](DtksField field) {
            const int index = column(field);
            return index >= 0 ? record.fields.value(index).trimmed() : QString();
        };
        QStringList problems;
        QString kind;
        const auto problem = [&](const QString& kindTitle, const QString& text) {
            if (kind.isEmpty())
                kind = kindTitle;
            problems << text;
        };
        const int count = int(record.fields.size());
        bool extraValues = false;
        for (int i = columns; i < count; ++i)
            extraValues = extraValues || !record.fields.at(i).trimmed().isEmpty();
        if (record.unterminated)
            problem(tr("unclosed quote"),
                    tr("a quoted value is not closed before the end of the file"));
        else if (count < needed || extraValues)
            problem(tr("wrong number of columns"),
                    tr("the row has %1 columns, the header %2 (a separator inside a value "
                       "without quotes?)")
                        .arg(count)
                        .arg(columns));
        const QString nik = cleanNumber(value(DtksField::Nik));
        if (nik.isEmpty())
            problem(tr("NIK empty"), tr("the NIK is empty"));
        else if (nik.contains(QLatin1Char('E'), Qt::CaseInsensitive)
                 && nik.contains(QLatin1Char('+')))
            problem(tr("NIK rounded by a spreadsheet"),
                    tr("the NIK \"%1\" was rounded by a spreadsheet (scientific notation): "
                       "export the column as text")
                        .arg(nik));
        else if (!allDigits(nik))
            problem(tr("NIK not digits"),
                    tr("the NIK \"%1\" contains characters other than digits").arg(nik));
        else if (nik.size() != 16)
            problem(tr("NIK not 16 digits"),
                    tr("the NIK \"%1\" has %2 digits, not 16").arg(nik).arg(nik.size()));
        const QString name = value(DtksField::Name).simplified();
        if (name.isEmpty())
            problem(tr("name empty"), tr("the name is empty"));
        if (!problems.isEmpty()) {
            ++report->bad;
            ++report->badByKind[kind];
            if (report->badRows.size() < MaxMessages)
                report->badRows.append({ record.line, problems.join(QStringLiteral("; ")) });
            continue;
        }
        const QDate birth = parseDtksDate(value(DtksField::BirthDate));
        insert.bindValue(0, report->extractId);
        insert.bindValue(1, record.line);
        insert.bindValue(2, nik);
        insert.bindValue(3, nullableText(cleanNumber(value(DtksField::KkNumber))));
        insert.bindValue(4, name);
        insert.bindValue(5, dtksNameKey(name));
        insert.bindValue(6,
                         nullableText(birth.isValid() ? birth.toString(Qt::ISODate) : QString()));
        insert.bindValue(7, nullableText(value(DtksField::Address).simplified()));
        insert.bindValue(8, nullableText(value(DtksField::Village)));
        insert.bindValue(9, nullableText(value(DtksField::District)));
        insert.bindValue(10, nullableText(value(DtksField::Regency)));
        insert.bindValue(11, nullableText(value(DtksField::Programs).simplified()));
        insert.bindValue(12, nullableText(value(DtksField::Status).simplified()));
        if (!insert.exec()) {
            *errorMessage = tr("Cannot save line %1: %2 (nothing was saved)")
                                .arg(record.line)
                                .arg(DatabaseError::describe(insert.lastError()));
            report->extractId = 0;
            return false;
        }
        ++report->imported;
    }
    if (progress && !progress({ report->rowsRead, reader.bytesRead(), total })) {
        report->cancelled = true;
        report->extractId = 0;
        *errorMessage = tr("The import was cancelled; nothing was saved.");
        return false;
    }
    if (report->imported == 0) {
        report->extractId = 0;
        *errorMessage = report->rowsRead == 0
            ? tr("The file has no data rows below its header: nothing was imported.")
            : tr("None of the %1 rows could be imported (see the bad rows): nothing was saved.")
                  .arg(report->rowsRead);
        return false;
    }
    QSqlQuery counts(m_database.connection());
    counts.prepare(
        QStringLiteral("UPDATE dtks_extracts SET row_count = ?, bad_row_count = ? WHERE id = ?"));
    counts.addBindValue(report->imported);
    counts.addBindValue(report->bad);
    counts.addBindValue(report->extractId);
    const QJsonObject after { { QStringLiteral("extractDate"), extractDate.toString(Qt::ISODate) },
                              { QStringLiteral("sourceFile"), sourceName },
                              { QStringLiteral("rows"), report->imported },
                              { QStringLiteral("badRows"), report->bad } };
    if (!counts.exec()) {
        *errorMessage
            = tr("Cannot save the extract: %1").arg(DatabaseError::describe(counts.lastError()));
    } else if (AuditLog(m_database)
                   .append({ user.id,
                             QStringLiteral("import"),
                             QStringLiteral("dtks_extracts"),
                             QString::number(report->extractId),
                             {},
                             after,
                             now },
                           errorMessage)
               && transaction.commit(errorMessage)) {
        return true;
    }
    report->extractId = 0;
    return false;
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
