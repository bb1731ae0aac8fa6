#include "CaseImporter.h"
#include "CaseNumberFormat.h"
#include "CaseQueries.h"
#include "Commands.h"
#include "IndonesianText.h"
#include "OfficeContext.h"
#include "SettingsStore.h"
#include "UserStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace loket::ctl {
namespace {

QString iso(const QDateTime& moment, const QTimeZone& zone)
{
    return moment.isValid() ? moment.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

QJsonObject summaryJson(const CaseSummary& summary, const QTimeZone& zone)
{
    return { { QStringLiteral("number"), summary.number },
             { QStringLiteral("service"), summary.serviceCode },
             { QStringLiteral("status"), caseStatusKey(summary.status) },
             { QStringLiteral("applicant"), summary.applicantName },
             { QStringLiteral("nik"), summary.nik },
             { QStringLiteral("organisation"), summary.organisationName },
             { QStringLiteral("receivedAt"), iso(summary.receivedAt, zone) },
             { QStringLiteral("dueAt"), iso(summary.dueAt, zone) } };
}

QJsonObject caseJson(const Case& record, const QTimeZone& zone)
{
    QJsonArray checklist;
    for (const ChecklistItem& item : record.checklist)
        checklist.append(QJsonObject { { QStringLiteral("index"), item.index + 1 },
                                       { QStringLiteral("text"), item.text },
                                       { QStringLiteral("state"), checklistStateKey(item.state) },
                                       { QStringLiteral("note"), item.note },
                                       { QStringLiteral("overrideReason"), item.overrideReason } });
    QJsonObject json {
        { QStringLiteral("number"), record.number },
        { QStringLiteral("office"), record.officeId },
        { QStringLiteral("service"), record.serviceCode },
        { QStringLiteral("catalogVersion"), record.catalogVersion },
        { QStringLiteral("status"), caseStatusKey(record.status) },
        { QStringLiteral("renewal"), record.renewal },
        { QStringLiteral("receivedAt"), iso(record.receivedAt, zone) },
        { QStringLiteral("clockStartedAt"), iso(record.clockStartedAt, zone) },
        { QStringLiteral("responseDueAt"), iso(record.responseDueAt, zone) },
        { QStringLiteral("dueAt"), iso(record.dueAt, zone) },
        { QStringLiteral("registeredBy"), record.registeredByName },
        { QStringLiteral("applicant"),
          QJsonObject {
              { QStringLiteral("nik"), record.person.nik },
              { QStringLiteral("kk"), record.person.kkNumber },
              { QStringLiteral("name"), record.person.fullName },
              { QStringLiteral("birthPlace"), record.person.birthPlace },
              { QStringLiteral("birthDate"), record.person.birthDate.toString(Qt::ISODate) },
              { QStringLiteral("sex"), record.person.sex },
              { QStringLiteral("address"), record.person.address },
              { QStringLiteral("phone"), record.person.phone } } },
        { QStringLiteral("checklist"), checklist },
    };
    if (record.organisation)
        json.insert(QStringLiteral("organisation"),
                    QJsonObject { { QStringLiteral("name"), record.organisation->name },
                                  { QStringLiteral("deed"), record.organisation->deedNumber },
                                  { QStringLiteral("npwp"), record.organisation->npwp },
                                  { QStringLiteral("address"), record.organisation->address },
                                  { QStringLiteral("chair"), record.organisation->chairName } });
    return json;
}

QString printable(const QDateTime& moment, const QTimeZone& zone)
{
    if (!moment.isValid())
        return QStringLiteral("-");
    const QDateTime local = moment.toTimeZone(zone);
    return QStringLiteral("%1 %2").arg(text::longDate(local.date()),
                                       local.time().toString(QStringLiteral("HH.mm")));
}

int list(const Arguments& args, Output& io)
{
    std::optional<CaseStatus> status;
    if (args.has(QStringLiteral("status"))) {
        CaseStatus parsed;
        if (!caseStatusFromKey(args.option(QStringLiteral("status")), &parsed)) {
            io.err << Text::tr("Unknown status \"%1\"; use one of: registered, waiting-documents, "
                               "in-verification, in-process, awaiting-signoff, product-ready, "
                               "handed-over, rejected.")
                          .arg(args.option(QStringLiteral("status")))
                   << Qt::endl;
            return InvalidInput;
        }
        status = parsed;
    }
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const int limit
        = args.has(QStringLiteral("limit")) ? args.option(QStringLiteral("limit")).toInt() : 1000;
    const QTimeZone zone = timeZoneFromName(office->catalog.office.timeZone);
    QString error;
    const QList<CaseSummary> cases
        = CaseQueries(office->database).list(status, qMax(limit, 1), &error);
    if (!error.isEmpty()) {
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    if (args.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CaseSummary& summary : cases)
            array.append(summaryJson(summary, zone));
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const CaseSummary& summary : cases)
        io.out << QStringLiteral("%1  %2  %3  %4  %5")
                      .arg(summary.number, -24)
                      .arg(caseStatusTitle(summary.status), -24)
                      .arg(printable(summary.receivedAt, zone), -20)
                      .arg(summary.organisationName.isEmpty() ? summary.applicantName
                                                              : summary.organisationName,
                           summary.nik)
               << Qt::endl;
    io.out << Text::tr("%n case(s)", nullptr, int(cases.size())) << Qt::endl;
    return Success;
}

int show(const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const QString number = args.positional().value(1);
    QString error;
    const std::optional<Case> record = CaseQueries(office->database).find(number, &error);
    if (!record) {
        io.err << (error.isEmpty() ? Text::tr("There is no case %1.").arg(number) : error)
               << Qt::endl;
        return InvalidInput;
    }
    const QTimeZone zone = timeZoneFromName(office->catalog.office.timeZone);
    if (args.has(QStringLiteral("json"))) {
        io.out << QString::fromUtf8(
            QJsonDocument(caseJson(*record, zone)).toJson(QJsonDocument::Indented));
        return Success;
    }
    const Service* service = office->catalog.service(record->serviceCode);
    io.out << record->number << QStringLiteral("  ") << caseStatusTitle(record->status) << Qt::endl
           << (service ? service->name : record->serviceCode) << Qt::endl
           << Text::tr("applicant: %1 (NIK %2)").arg(record->person.fullName, record->person.nik)
           << Qt::endl;
    if (record->organisation)
        io.out << Text::tr("organisation: %1").arg(record->organisation->name) << Qt::endl;
    io.out << Text::tr("received: %1 by %2")
                  .arg(printable(record->receivedAt, zone), record->registeredByName)
           << Qt::endl
           << Text::tr("due: %1").arg(printable(record->dueAt, zone)) << Qt::endl;
    for (const ChecklistItem& item : record->checklist)
        io.out << QStringLiteral("  [%1] %2").arg(checklistStateTitle(item.state), item.text)
               << Qt::endl;
    return Success;
}

// One batch's rows as soon as it committed, each stream flushed once: after an interruption
// (killed, power cut) stdout holds exactly the cases that went in, so that the operator knows
// what happened, and re-running the file registers nobody twice.
void printBatch(const ImportReport& batch, Output& io)
{
    for (const QString& warning : batch.warnings)
        io.err << Text::tr("warning: %1").arg(warning) << '\n';
    for (const ImportRow& row : batch.rows) {
        if (row.outcome == ImportRow::Outcome::Rejected)
            io.err << Text::tr("skipped: line %1: %2").arg(row.line).arg(row.problem) << '\n';
    }
    io.err.flush();
    for (const ImportRow& row : batch.rows) {
        if (row.outcome == ImportRow::Outcome::Registered)
            io.out << row.caseNumber << '\n';
        else if (row.outcome == ImportRow::Outcome::AlreadyRegistered)
            io.out << Text::tr("line %1: NIK %2 already registered as %3")
                          .arg(row.line)
                          .arg(row.nik, row.caseNumber)
                   << '\n';
    }
    io.out.flush();
}

int import(const Arguments& args, Output& io, const QString& usage)
{
    if (!args.has(QStringLiteral("service")))
        return usageError(io, Text::tr("--service is required"), usage);
    QFile file(args.positional().value(1));
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << Text::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())
               << Qt::endl;
        return InvalidInput;
    }
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const auto clerk = actingUser(office->database, args.option(QStringLiteral("as")), io,
                                  UserRole::FrontOffice);
    if (!clerk)
        return InvalidInput;
    const RegionTable regions = RegionTable::builtIn();
    const ImportRequest request { args.option(QStringLiteral("service")), *clerk, now(),
                                  args.has(QStringLiteral("allow-repeat")) };
    ImportReport report;
    QString error;
    CaseImporter importer(office->database, office->catalog, office->calendar, regions);
    if (!importer.importCsv(
            file.readAll(), request, [&io](const ImportReport& batch) { printBatch(batch, io); },
            &report, &error)) {
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    const int rejected = report.count(ImportRow::Outcome::Rejected);
    io.out << Text::tr("%1 registered, %2 already registered, %3 rejected of %4 rows for %5 by %6")
                  .arg(report.count(ImportRow::Outcome::Registered))
                  .arg(report.count(ImportRow::Outcome::AlreadyRegistered))
                  .arg(rejected)
                  .arg(report.rows.size())
                  .arg(request.serviceCode, clerk->username)
           << Qt::endl;
    return rejected == 0 ? Success : InvalidInput;
}

// The office's case-number pattern: shown, or set after checking it.
int pattern(const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    SettingsStore settings(office->database);
    QString error;
    if (args.positional().size() == 1) {
        const QString current = settings.value(CaseNumberFormat::SettingKey, &error);
        const QString shown = current.isEmpty() ? CaseNumberFormat::DefaultPattern : current;
        io.out << shown << QStringLiteral("  → ")
               << CaseNumberFormat::format(shown, 7, localToday(),
                                           office->catalog.services.first().code,
                                           office->catalog.office.id)
               << Qt::endl;
        return Success;
    }
    const QString wanted = args.positional().at(1);
    error = CaseNumberFormat::check(wanted);
    if (!error.isEmpty() || !settings.setValue(CaseNumberFormat::SettingKey, wanted, &error)) {
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    io.out << Text::tr("case numbers now follow %1, e.g. %2")
                  .arg(wanted,
                       CaseNumberFormat::format(wanted, 7, localToday(),
                                                office->catalog.services.first().code,
                                                office->catalog.office.id))
           << Qt::endl;
    return Success;
}

} // namespace

CaseCommand::CaseCommand()
    : Command(
        { "case",
          QT_TRANSLATE_NOOP("loketctl",
                            "registered cases: list, show, import from CSV, the "
                            "number pattern"),
          { QT_TRANSLATE_NOOP("loketctl", "list [--db PATH] [--status S] [--limit N] [--json]"),
            QT_TRANSLATE_NOOP("loketctl", "show NUMBER [--db PATH] [--json]"),
            QT_TRANSLATE_NOOP("loketctl",
                              "import FILE.csv --service CODE [--allow-repeat] "
                              "[--db PATH] [--as USER]"),
            QT_TRANSLATE_NOOP("loketctl", "pattern [PATTERN] [--db PATH]") },
          { option::db,
            { "status", QT_TRANSLATE_NOOP("loketctl", "S"),
              QT_TRANSLATE_NOOP("loketctl",
                                "only cases with this status, e.g. "
                                "waiting-documents") },
            { "limit", QT_TRANSLATE_NOOP("loketctl", "N"),
              QT_TRANSLATE_NOOP("loketctl", "at most this many cases (default 1000)") },
            option::json,
            option::service,
            { "allow-repeat", nullptr,
              QT_TRANSLATE_NOOP("loketctl",
                                "register a NIK again that already has a case "
                                "of the service") },
            { "as", QT_TRANSLATE_NOOP("loketctl", "USER"),
              QT_TRANSLATE_NOOP("loketctl",
                                "the active user who registers the imported "
                                "cases (default: the first active front-office "
                                "user)") } } })
{
}

int CaseCommand::execute(const Arguments& args, Output& io) const
{
    const QString action = args.positional().value(0);
    const qsizetype count = args.positional().size();
    if (action == QLatin1String("list") && count == 1)
        return list(args, io);
    if (action == QLatin1String("show") && count == 2)
        return show(args, io);
    if (action == QLatin1String("import") && count == 2)
        return import(args, io, usage());
    if (action == QLatin1String("pattern") && (count == 1 || count == 2))
        return pattern(args, io);
    return usageError(io);
}

} // namespace loket::ctl
