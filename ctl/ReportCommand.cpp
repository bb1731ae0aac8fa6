// loketctl report: the monthly or yearly service recap for heads of division, as CSV or PDF,
// computed by the same core classes as the application's report dialog.
#include "CaseReport.h"
#include "CaseReportDocument.h"
#include "Commands.h"
#include "OfficeContext.h"
#include "PersonalDataAudit.h"
#include "WorkingCalendar.h"

namespace loket::ctl {

ReportCommand::ReportCommand()
    : Command({ "report",
                QT_TRANSLATE_NOOP("loketctl",
                                  "the service recap of a month or year for heads of "
                                  "division"),
                { QT_TRANSLATE_NOOP("loketctl",
                                    "(--month YYYY-MM | --year YYYY) --format csv|pdf "
                                    "--out FILE [--as-of DATETIME] [--as USER] [--db PATH]") },
                { option::db,
                  option::month,
                  option::year,
                  option::format,
                  option::out,
                  { "as-of", QT_TRANSLATE_NOOP("loketctl", "DATETIME"),
                    QT_TRANSLATE_NOOP("loketctl",
                                      "count open and overdue cases as at this moment "
                                      "(default: now)") },
                  { "as", QT_TRANSLATE_NOOP("loketctl", "USER"),
                    QT_TRANSLATE_NOOP("loketctl",
                                      "who takes the file, for the audit log (default: the "
                                      "system)") } } })
{
}

namespace {

// Who takes the file, for the audit log: --as, or the system (0).
std::optional<qint64> exporterOf(const Arguments& args, Database& database, Output& io)
{
    if (!args.has(QStringLiteral("as")))
        return 0;
    const auto user = actingUser(database, args.option(QStringLiteral("as")), io);
    return user ? std::optional<qint64>(user->id) : std::nullopt;
}

// --as-of, else now; without an offset, the office's own clock.
std::optional<QDateTime> asOfOption(const Arguments& args, const Office& office, Output& io)
{
    if (!args.has(QStringLiteral("as-of")))
        return now();
    const QDateTime asOf = QDateTime::fromString(args.option(QStringLiteral("as-of")), Qt::ISODate);
    if (!asOf.isValid()) {
        io.err << Text::tr("--as-of must be a date and time such as 2026-11-22T10:00; not "
                           "\"%1\"")
                      .arg(args.option(QStringLiteral("as-of")))
               << Qt::endl;
        return std::nullopt;
    }
    if (asOf.timeSpec() == Qt::LocalTime)
        return QDateTime(asOf.date(), asOf.time(), officeHoursOf(office).zone);
    return asOf;
}

} // namespace

int ReportCommand::execute(const Arguments& args, Output& io) const
{
    QString error;
    if (!args.positional().isEmpty())
        return usageError(io,
                          Text::tr("unexpected argument \"%1\"").arg(args.positional().first()));
    const bool byMonth = args.has(QStringLiteral("month"));
    if (byMonth == args.has(QStringLiteral("year")))
        return usageError(io, Text::tr("give either --month YYYY-MM or --year YYYY"));
    const QString periodText
        = args.option(byMonth ? QStringLiteral("month") : QStringLiteral("year"));
    const std::optional<ReportPeriod> period = ReportPeriod::parse(periodText);
    if (!period || (period->kind == ReportPeriod::Kind::Month) != byMonth)
        return usageError(
            io,
            byMonth ? Text::tr("--month must be YYYY-MM, e.g. 2026-11; not \"%1\"").arg(periodText)
                    : Text::tr("--year must be YYYY, e.g. 2026; not \"%1\"").arg(periodText));
    const QString format = args.option(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("pdf"))
        return usageError(io, Text::tr("--format must be csv or pdf"));
    const QString out = args.option(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(io, Text::tr("--out FILE is required"));

    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const auto exporter = exporterOf(args, office->database, io);
    const auto asOf = asOfOption(args, office->catalog.office, io);
    if (!exporter || !asOf)
        return InvalidInput;

    const std::optional<CaseReportData> data
        = CaseReport(office->database, office->catalog, office->calendar)
              .compute(*period, *asOf, {}, &error);
    if (!data) {
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    const bool written = format == QLatin1String("csv")
        ? CaseReportDocument::writeCsv(*data, out, &error)
        : CaseReportDocument(office->catalog.office,
                             office->database.directory().isEmpty()
                                 ? QString()
                                 : office->database.directory() + QStringLiteral("/templates"))
              .writePdf(*data, out, &error);
    const bool recorded = !written || format == QLatin1String("csv")
        || CaseReportDocument::recordPdfExport(office->database, *exporter, *data, &error);
    if (!written || !recorded) {
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    const ReportFigures& total = data->total;
    const QString rate = total.onTimePercent()
        ? report::percentText(total.onTimePercent()) + QStringLiteral("%")
        : report::percentText(std::nullopt);
    io.out << Text::tr("recap %1: %2 received, %3 completed (%4 on time), %5 rejected, %6 open, "
                       "%7 waiting for documents, %8 overdue; written to %9")
                  .arg(period->label())
                  .arg(total.received)
                  .arg(total.completed)
                  .arg(rate)
                  .arg(total.rejected)
                  .arg(total.open)
                  .arg(total.waiting)
                  .arg(data->overdue.size())
                  .arg(out)
           << Qt::endl;
    return Success;
}

} // namespace loket::ctl
