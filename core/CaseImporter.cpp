#include "CaseImporter.h"

#include "ApplicantValidator.h"
#include "CaseStore.h"
#include "CsvReader.h"
#include "OfficeDatabase.h"
#include "WriteTransaction.h"

#include <QHash>
#include <QSqlError>

namespace loket {
namespace {

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

bool CaseImporter::importCsv(const QByteArray& csv, const QString& serviceCode, const User& clerk,
                             const QDateTime& now, ImportReport* report, QString* errorMessage)
{
    const Service* service = m_catalog.service(serviceCode);
    if (!service) {
        *errorMessage = tr("There is no service %1 in the catalog of %2.")
                            .arg(serviceCode, m_catalog.office.name);
        return false;
    }
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
    for (int i = 0; i < records.first().fields.size(); ++i) {
        const QString name = records.first().fields.at(i).trimmed().toLower();
        if (!columns().contains(name)) {
            *errorMessage = tr("Column \"%1\" of the header is unknown; the columns are: %2.")
                                .arg(name, columns().join(QStringLiteral(", ")));
            return false;
        }
        column.insert(name, i);
    }
    for (const char* required : { "nik", "nama" }) {
        if (!column.contains(QString::fromLatin1(required))) {
            *errorMessage
                = tr("The header has no column \"%1\".").arg(QString::fromLatin1(required));
            return false;
        }
    }

    const OfficeHours hours = officeHoursOf(m_catalog.office);
    const ApplicantValidator validator(m_regions, now.toTimeZone(hours.zone).date());
    QList<QPair<int, CaseDraft>> good;
    QHash<QString, int> seen;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records.at(r);
        auto value = [&](const char* name) {
            const int index = column.value(QString::fromLatin1(name), -1);
            return index >= 0 ? record.fields.value(index).trimmed() : QString();
        };
        const QString where = tr("line %1").arg(record.line);
        ++report->rows;
        Person person;
        person.nik = value("nik");
        person.kkNumber = value("no_kk");
        person.fullName = value("nama");
        person.birthPlace = value("tempat_lahir");
        person.address = value("alamat");
        person.phone = value("telepon");
        person.sex = value("jenis_kelamin").toUpper();
        QStringList rowProblems;
        if (!value("tanggal_lahir").isEmpty()) {
            person.birthDate = parseDate(value("tanggal_lahir"));
            if (!person.birthDate.isValid())
                rowProblems << tr("tanggal_lahir \"%1\" is not a date (YYYY-MM-DD or DD-MM-YYYY)")
                                   .arg(value("tanggal_lahir"));
        }
        if (!person.sex.isEmpty() && person.sex != QLatin1String("L")
            && person.sex != QLatin1String("P"))
            rowProblems << tr("jenis_kelamin must be L or P, not \"%1\"").arg(person.sex);
        for (const FieldProblem& problem : validator.checkPerson(person)) {
            if (problem.severity == FieldProblem::Severity::Error)
                rowProblems << problem.message;
            else
                report->warnings << QStringLiteral("%1: %2").arg(where, problem.message);
        }
        if (seen.contains(person.nik))
            rowProblems
                << tr("the NIK is already on line %1 of this file").arg(seen.value(person.nik));
        if (!rowProblems.isEmpty()) {
            report->problems << QStringLiteral("%1: %2").arg(
                where, rowProblems.join(QStringLiteral("; ")));
            continue;
        }
        seen.insert(person.nik, record.line);
        CaseDraft draft;
        draft.serviceCode = service->code;
        draft.person = person;
        // A collective list comes with the kelurahan's covering letter: the papers it names
        // are taken as received; items only "if present" or case-specific do not apply.
        for (int i = 0; i < service->requirements.size(); ++i) {
            const Requirement::Condition condition = service->requirements.at(i).condition;
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
        good.append({ record.line, draft });
    }

    CaseStore store(m_database, m_catalog, m_calendar);
    for (qsizetype start = 0; start < good.size(); start += BatchSize) {
        const qsizetype end = qMin(start + BatchSize, good.size());
        QStringList numbers;
        QString error;
        WriteTransaction transaction(m_database);
        bool ok = transaction.begin(&error);
        for (qsizetype i = start; ok && i < end; ++i) {
            const QString number
                = store.registerWithinTransaction(good.at(i).second, clerk, now, &error);
            ok = !number.isEmpty();
            if (ok)
                numbers << number;
            else
                error = tr("line %1: %2").arg(good.at(i).first).arg(error);
        }
        if (ok && transaction.commit(&error)) {
            report->caseNumbers << numbers;
            continue;
        }
        transaction.rollback();
        report->problems
            << tr("lines %1–%2 were not imported (the whole batch was rolled back): %3")
                   .arg(good.at(start).first)
                   .arg(good.at(end - 1).first)
                   .arg(error);
    }
    return true;
}

} // namespace loket
