// loketctl document: the back-office documents of a case (a draft, or an issued document's frozen
// content) and the monthly collective decree, as PDF.
#include "CaseQueries.h"
#include "Commands.h"
#include "IssuedDocuments.h"
#include "LetterSource.h"
#include "OfficeContext.h"
#include "SocialRegisterFacts.h"
#include "WorkingCalendar.h"

#include <QTimeZone>
#include <algorithm>

namespace loket::ctl {
namespace {

QString templateDirectory(const OfficeContext& office)
{
    return office.database.directory() + QStringLiteral("/templates");
}

// The office's own mapping when it has a valid one; its errors are reported, not fatal.
LetterSpecs specsOf(const OfficeContext& office, Output& io)
{
    QStringList errors;
    const LetterSpecs specs = LetterSpecs::load(templateDirectory(office), &errors);
    for (const QString& problem : std::as_const(errors))
        io.err << Text::tr("warning: %1 (the built-in mapping is used)").arg(problem) << Qt::endl;
    return specs;
}

QDate today(const Office& office)
{
    const QTimeZone zone = timeZoneFromName(office.timeZone);
    const QDateTime now = ctl::now();
    return (zone.isValid() ? now.toTimeZone(zone) : now.toLocalTime()).date();
}

bool write(const LetterRenderer& renderer, const QString& html, const QString& path, Output& io)
{
    QString error;
    if (renderer.writePdf(html, path, &error))
        return true;
    io.err << Text::tr("Cannot write %1: %2").arg(path, error) << Qt::endl;
    return false;
}

int render(const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const QString number = args.option(QStringLiteral("case"));
    QString readError;
    const std::optional<Case> record = CaseQueries(office->database).find(number, &readError);
    if (!record) {
        io.err << (readError.isEmpty() ? Text::tr("There is no case %1.").arg(number) : readError)
               << Qt::endl;
        return InvalidInput;
    }
    const LetterRenderer renderer(templateDirectory(*office));
    // A signed document prints from its frozen HTML, never re-rendered.
    Database& database = office->database;
    const LetterSource source(
        office->catalog, specsOf(*office, io),
        [&database](const Case& issuedCase, const QString& type,
                    QString* error) -> std::optional<QString> {
            for (const StoredDocument& document :
                 IssuedDocuments(database).forCase(issuedCase.id, error)) {
                if (document.documentType == type)
                    return document.content;
            }
            return std::nullopt;
        },
        [&database, &office](const Case& drafted, LetterData& draft, QString* error) {
            return applySocialRegisterFacts(draft, database, office->catalog, drafted, error);
        });
    QString error;
    const auto letter = source.letter(*record, args.option(QStringLiteral("type")),
                                      today(office->catalog.office), renderer, &error);
    if (!letter) {
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    if (!write(renderer, letter->html, args.option(QStringLiteral("pdf")), io))
        return InvalidInput;
    io.out << (letter->issued ? Text::tr("issued %1 of %2 written to %3")
                              : Text::tr("draft %1 of %2 written to %3"))
                  .arg(letter->type, record->number, args.option(QStringLiteral("pdf")))
           << Qt::endl;
    return Success;
}

int types(const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    QString error;
    const std::optional<Case> record
        = CaseQueries(office->database).find(args.option(QStringLiteral("case")), &error);
    if (!record) {
        io.err << (error.isEmpty()
                       ? Text::tr("There is no case %1.").arg(args.option(QStringLiteral("case")))
                       : error)
               << Qt::endl;
        return InvalidInput;
    }
    const LetterSpecs specs = specsOf(*office, io);
    const QString product = specs.productType(record->serviceCode);
    for (const QString& type : specs.types(record->serviceCode))
        io.out << type << (type == product ? Text::tr(" (product)") : QString()) << Qt::endl;
    return Success;
}

// The month's cases of the service whose file was complete and not refused, oldest first.
QList<Case> casesOf(Database& database, const QString& serviceCode, const QDate& month,
                    const QTimeZone& zone, QString* errorMessage)
{
    QList<CaseSummary> summaries;
    const CaseQueries queries(database);
    for (const CaseSummary& summary : queries.list(std::nullopt, 1000000, errorMessage)) {
        const QDate received = summary.receivedAt.toTimeZone(zone).date();
        if (summary.serviceCode == serviceCode && received.year() == month.year()
            && received.month() == month.month() && summary.status != CaseStatus::Rejected
            && summary.status != CaseStatus::WaitingDocuments)
            summaries << summary;
    }
    std::sort(summaries.begin(), summaries.end(), [](const CaseSummary& a, const CaseSummary& b) {
        return a.receivedAt < b.receivedAt;
    });
    QList<Case> cases;
    for (const CaseSummary& summary : std::as_const(summaries)) {
        if (const std::optional<Case> record = queries.find(summary.number, errorMessage))
            cases << *record;
    }
    return errorMessage->isEmpty() ? cases : QList<Case>();
}

int collective(const Arguments& args, Output& io, const QString& usage)
{
    const QDate month = QDate::fromString(
        args.option(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid() || !args.has(QStringLiteral("service")))
        return usageError(io, Text::tr("--service CODE and --month YYYY-MM are required"), usage);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const QString service = args.option(QStringLiteral("service"));
    const QString type = args.has(QStringLiteral("type")) ? args.option(QStringLiteral("type"))
                                                          : QStringLiteral("collective-decree");
    const QTimeZone zone = timeZoneFromName(office->catalog.office.timeZone);
    QString error;
    const QList<Case> cases = casesOf(office->database, service, month,
                                      zone.isValid() ? zone : QTimeZone::systemTimeZone(), &error);
    if (!error.isEmpty()) {
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    const auto data
        = LetterBuilder(office->catalog, specsOf(*office, io))
              .collective(service, type, cases, month, today(office->catalog.office), &error);
    if (!data) {
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    const LetterRenderer renderer(templateDirectory(*office));
    if (!write(renderer, renderer.html(*data), args.option(QStringLiteral("pdf")), io))
        return InvalidInput;
    io.out << Text::tr("draft %1 of %2 for %3 with %n recipient(s) written to %4", nullptr,
                       int(cases.size()))
                  .arg(type, service, data->period, args.option(QStringLiteral("pdf")))
           << Qt::endl;
    return Success;
}

} // namespace

DocumentCommand::DocumentCommand()
    : Command({ "document",
                QT_TRANSLATE_NOOP("loketctl",
                                  "a case's documents as PDF, and the collective "
                                  "ones of a month"),
                { QT_TRANSLATE_NOOP("loketctl",
                                    "render --case NUMBER --pdf OUT [--type TYPE] "
                                    "[--db PATH]"),
                  QT_TRANSLATE_NOOP("loketctl", "types --case NUMBER [--db PATH]"),
                  QT_TRANSLATE_NOOP("loketctl",
                                    "collective --service CODE --month YYYY-MM --pdf "
                                    "OUT [--type TYPE] [--db PATH]") },
                { option::db,
                  option::caseNumber,
                  { "type", QT_TRANSLATE_NOOP("loketctl", "TYPE"),
                    QT_TRANSLATE_NOOP("loketctl", "which document (see the types action)") },
                  option::pdf,
                  option::service,
                  option::month } })
{
}

int DocumentCommand::execute(const Arguments& args, Output& io) const
{
    const QString action = args.positional().value(0);
    if (args.positional().size() != 1)
        return usageError(io);
    if (action == QLatin1String("render") && args.has(QStringLiteral("case"))
        && args.has(QStringLiteral("pdf")))
        return render(args, io);
    if (action == QLatin1String("types") && args.has(QStringLiteral("case")))
        return types(args, io);
    if (action == QLatin1String("collective") && args.has(QStringLiteral("pdf")))
        return collective(args, io, usage());
    return usageError(io);
}

} // namespace loket::ctl
