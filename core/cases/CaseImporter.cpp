#include "CaseImporter.h"

#include "ApplicantValidator.h"
#include "CaseQueries.h"
#include "CaseStore.h"
#include "CsvStreamReader.h"
#include "DatabaseError.h"
#include "WorkingCalendar.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {
namespace {

// The key of the PostgreSQL advisory lock that imports take turns on ("LOKETIMP").
constexpr qint64 kImportLockKey = 0x4C4F4B4554494D50;

QDate parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const QString& format : { QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd-MM-yyyy"),
                                   QStringLiteral("dd/MM/yyyy") }) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace

int ImportReport::count(ImportRow::Outcome outcome) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [outcome](const ImportRow& row) { return row.outcome == outcome; }));
}

QStringList ImportReport::caseNumbers() const
{
    QStringList numbers;
    for (const ImportRow& row : rows) {
        if (row.outcome == ImportRow::Outcome::Registered)
            numbers << row.caseNumber;
    }
    return numbers;
}

void ImportReport::append(const ImportReport& batch)
{
    rows << batch.rows;
    warnings << batch.warnings;
}

QStringList CaseImporter::columns()
{
    return { QStringLiteral("nik"),           QStringLiteral("no_kk"),
             QStringLiteral("nama"),          QStringLiteral("tempat_lahir"),
             QStringLiteral("tanggal_lahir"), QStringLiteral("jenis_kelamin"),
             QStringLiteral("alamat"),        QStringLiteral("telepon") };
}

CaseImporter::CaseImporter(Database& database, const Catalog& catalog,
                           const WorkingCalendar& calendar, const RegionTable& regions)
    : m_database(database)
    , m_catalog(catalog)
    , m_calendar(calendar)
    , m_regions(regions)
{
}

bool CaseImporter::importCsv(const QByteArray& csv, const ImportRequest& request,
                             const BatchFinished& batchFinished, ImportReport* report,
                             QString* errorMessage)
{
    const Service* service = m_catalog.service(request.serviceCode);
    if (!service) {
        *errorMessage = tr("There is no service %1 in the catalog of %2.")
                            .arg(request.serviceCode, m_catalog.office.name);
        return false;
    }
    // The file's columns describe persons only; an organisation's case needs the
    // organisation's papers, so such services are registered at the counter.
    if (service->applicantKind == Service::ApplicantKind::Organisation) {
        *errorMessage = tr("%1 is for organisations; a list of persons cannot be imported for it.")
                            .arg(service->code);
        return false;
    }
    const QList<CsvRecord> records = readCsv(csv);
    if (records.isEmpty()) {
        *errorMessage = tr("The file is empty: the first row names the columns (%1).")
                            .arg(columns().join(QStringLiteral(", ")));
        return false;
    }
    QHash<QString, int> column;
    if (!readHeader(records.first(), &column, errorMessage))
        return false;

    const OfficeHours hours = officeHoursOf(m_catalog.office);
    const ApplicantValidator validator(m_regions, request.now.toTimeZone(hours.zone).date());
    for (qsizetype start = 1; start < records.size(); start += BatchSize) {
        ImportReport batch;
        QList<QPair<qsizetype, CaseDraft>> drafts; // the row's index in the batch, its case
        for (qsizetype r = start; r < qMin(start + BatchSize, records.size()); ++r) {
            ImportRow row;
            const std::optional<CaseDraft> draft
                = readRow(records.at(r), column, *service, validator, &row, &batch.warnings);
            batch.rows << row;
            if (draft)
                drafts.append({ batch.rows.size() - 1, *draft });
        }
        saveBatch(drafts, request, &batch);
        if (batchFinished)
            batchFinished(batch);
        report->append(batch);
    }
    return true;
}

bool CaseImporter::readHeader(const CsvRecord& header, QHash<QString, int>* column,
                              QString* errorMessage) const
{
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!columns().contains(name)) {
            *errorMessage = tr("Column \"%1\" of the header is unknown; the columns are: %2.")
                                .arg(name, columns().join(QStringLiteral(", ")));
            return false;
        }
        column->insert(name, i);
    }
    for (const char* required : { "nik", "nama" }) {
        if (!column->contains(QString::fromLatin1(required))) {
            *errorMessage
                = tr("The header has no column \"%1\".").arg(QString::fromLatin1(required));
            return false;
        }
    }
    return true;
}

std::optional<CaseDraft> CaseImporter::readRow(const CsvRecord& record,
                                               const QHash<QString, int>& column,
                                               const Service& service,
                                               const ApplicantValidator& validator, ImportRow* row,
                                               QStringList* warnings) const
{
    auto value = [&](const char* name) {
        const int index = column.value(QString::fromLatin1(name), -1);
        return index >= 0 ? record.fields.value(index).trimmed() : QString();
    };
    row->line = record.line;
    Person person;
    person.nik = value("nik");
    person.kkNumber = value("no_kk");
    person.fullName = value("nama");
    person.birthPlace = value("tempat_lahir");
    person.address = value("alamat");
    person.phone = value("telepon");
    person.sex = value("jenis_kelamin").toUpper();
    row->nik = person.nik;
    QStringList problems;
    if (!value("tanggal_lahir").isEmpty()) {
        person.birthDate = parseDate(value("tanggal_lahir"));
        if (!person.birthDate.isValid())
            problems << tr("tanggal_lahir \"%1\" is not a date (YYYY-MM-DD or DD-MM-YYYY)")
                            .arg(value("tanggal_lahir"));
    }
    if (!person.sex.isEmpty() && person.sex != QLatin1String("L")
        && person.sex != QLatin1String("P"))
        problems << tr("jenis_kelamin must be L or P, not \"%1\"").arg(person.sex);
    for (const FieldProblem& problem : validator.checkPerson(person)) {
        if (problem.severity == FieldProblem::Severity::Error)
            problems << problem.message;
        else
            *warnings << QStringLiteral("%1: %2").arg(tr("line %1").arg(record.line),
                                                      problem.message);
    }
    if (!problems.isEmpty()) {
        row->problem = problems.join(QStringLiteral("; "));
        return std::nullopt;
    }
    CaseDraft draft;
    draft.serviceCode = service.code;
    draft.person = person;
    // A collective list comes with the kelurahan's covering letter: the papers it names
    // are taken as received; items only "if present" or case-specific do not apply.
    for (int i = 0; i < service.requirements.size(); ++i) {
        const Requirement::Condition condition = service.requirements.at(i).condition;
        const bool applies = condition == Requirement::Condition::Always
            || condition == Requirement::Condition::New
            || condition == Requirement::Condition::Alternative;
        draft.checklist.append(
            { i,
              QString(),
              applies ? ChecklistItem::State::Present : ChecklistItem::State::NotApplicable,
              applies ? tr("collective list (CSV import)") : QString(),
              {} });
    }
    return draft;
}

void CaseImporter::saveBatch(const QList<QPair<qsizetype, CaseDraft>>& drafts,
                             const ImportRequest& request, ImportReport* batch)
{
    if (drafts.isEmpty())
        return;
    CaseStore store(m_database, m_catalog, m_calendar);
    const CaseQueries queries(m_database);
    QString error;
    // The lookup and the registration share the write transaction: a row earlier in the
    // batch, or another import that committed while this one waited, is seen.
    WriteTransaction transaction(m_database);
    bool ok = transaction.begin(&error) && waitForOtherImports(&error);
    for (qsizetype i = 0; ok && i < drafts.size(); ++i) {
        const CaseDraft& draft = drafts.at(i).second;
        ImportRow& row = batch->rows[drafts.at(i).first];
        if (!request.allowRepeat) {
            error.clear();
            const QList<CaseSummary> open
                = queries.openFor(draft.person.nik, draft.serviceCode, &error);
            ok = error.isEmpty();
            if (ok && !open.isEmpty()) {
                row.outcome = ImportRow::Outcome::AlreadyRegistered;
                row.caseNumber = open.first().number;
                continue;
            }
        }
        if (ok)
            row.caseNumber
                = store.registerWithinTransaction(draft, request.clerk, request.now, &error);
        ok = ok && !row.caseNumber.isEmpty();
        if (ok)
            row.outcome = ImportRow::Outcome::Registered;
        else
            error = tr("line %1: %2").arg(row.line).arg(error);
    }
    if (ok && transaction.commit(&error))
        return;
    transaction.rollback();
    const QString problem = tr("not saved, lines %1–%2 were rolled back together: %3")
                                .arg(batch->rows.at(drafts.first().first).line)
                                .arg(batch->rows.at(drafts.last().first).line)
                                .arg(error);
    for (const auto& [index, draft] : drafts) {
        ImportRow& row = batch->rows[index];
        row.outcome = ImportRow::Outcome::Rejected;
        row.caseNumber.clear();
        row.problem = problem;
    }
}

// On PostgreSQL a transaction does not keep another import from looking up the same NIK
// before this one commits: imports take turns on a lock released at commit. On SQLite,
// BEGIN IMMEDIATE lets one writer in at a time already.
bool CaseImporter::waitForOtherImports(QString* errorMessage)
{
    if (m_database.dialect() != Database::Dialect::PostgreSQL)
        return true;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(:key)"));
    query.bindValue(QStringLiteral(":key"), kImportLockKey);
    if (query.exec())
        return true;
    *errorMessage
        = tr("Cannot wait for another import: %1").arg(DatabaseError::describe(query.lastError()));
    return false;
}

} // namespace loket
