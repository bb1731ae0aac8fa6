// loketctl dtks thresholds: the office's DTSEN programme thresholds (programme → highest desil,
// from a date on), listed or set.
#include "Commands.h"
#include "DtsenThresholds.h"
#include "OfficeContext.h"
#include "UserStore.h"

namespace loket::ctl {

// `thresholds` lists every rule and those in force on --on (default: today); `thresholds --set
// PROGRAMME=DESIL --from YYYY-MM-DD` adds or replaces a rule.
int dtksThresholds(const Arguments& args, Output& io, const QString& usage)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    DtsenThresholds thresholds(office->database);
    QString error;
    if (args.has(QStringLiteral("set"))) {
        const QString pair = args.option(QStringLiteral("set"));
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        bool number = false;
        const int maxDesil = pair.mid(equals + 1).trimmed().toInt(&number);
        const QDate from = QDate::fromString(args.option(QStringLiteral("from")), Qt::ISODate);
        if (equals <= 0 || !number || !from.isValid())
            return usageError(
                io, Text::tr("--set wants PROGRAMME=DESIL (e.g. PKH=4) and --from YYYY-MM-DD"),
                usage);
        const auto user = actingUser(office->database, args.option(QStringLiteral("as")), io,
                                     UserRole::Administrator);
        if (!user)
            return InvalidInput;
        if (!thresholds.set({ pair.left(equals).trimmed(), maxDesil, from, true }, *user, now(),
                            &error))
            return failed(io, error);
    }
    const QDate day = args.has(QStringLiteral("on"))
        ? QDate::fromString(args.option(QStringLiteral("on")), Qt::ISODate)
        : localToday();
    if (!day.isValid())
        return usageError(io, Text::tr("--on wants a date as YYYY-MM-DD"), usage);
    const auto all = thresholds.all(&error);
    const auto inForce = thresholds.inForce(day, &error);
    if (!all || !inForce)
        return failed(io, error);
    for (const DtsenThreshold& rule : *all)
        io.out << DtsenThresholds::describe(rule) << Qt::endl;
    io.out << Text::tr("In force on %1:").arg(day.toString(Qt::ISODate)) << Qt::endl;
    for (const DtsenThreshold& rule : *inForce)
        io.out << QStringLiteral("  ") << DtsenThresholds::describe(rule) << Qt::endl;
    return Success;
}

} // namespace loket::ctl
