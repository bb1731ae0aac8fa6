#include "CatalogLoader.h"
#include "Commands.h"
#include "Database.h"
#include "DueDateCalculator.h"
#include "HolidayStore.h"
#include "IndonesianText.h"
#include "OfficeDatabase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace loket::ctl {
namespace {

QString iso(const QDateTime& moment)
{
    return moment.isValid() ? moment.toString(Qt::ISODate) : QStringLiteral("none");
}

// The national calendar, with the office's own changes when its database exists.
bool loadCalendar(const Arguments& args, WorkingCalendar* calendar, Output& io)
{
    *calendar = WorkingCalendar::builtIn();
    const QString location = Database::resolveLocation(args.option(QStringLiteral("db")));
    if (!Database::isServerLocation(location) && !QFileInfo::exists(location))
        return true;
    Database database;
    QString error;
    if (!database.open(location, Database::OpenMode::MustExist, &error)
        || (!OfficeDatabase::officeId(database, &error).isEmpty()
            && !OfficeDatabase::calendar(database, calendar, &error))) {
        io.err << error << Qt::endl;
        return false;
    }
    return true;
}

int due(const Arguments& args, Output& io, const QString& usage)
{
    for (const char* required : { "office", "service", "from" }) {
        if (!args.has(QString::fromLatin1(required)))
            return usageError(io, Text::tr("--%1 is required").arg(QString::fromLatin1(required)),
                              usage);
    }
    const CatalogLoadResult loaded = CatalogLoader::builtIn(args.option(QStringLiteral("office")));
    for (const QString& error : loaded.errors)
        io.err << error << Qt::endl;
    if (!loaded.catalog)
        return InvalidInput;
    const Service* service = loaded.catalog->service(args.option(QStringLiteral("service")));
    if (!service) {
        io.err << Text::tr("No service %1 in the catalog of %2.")
                      .arg(args.option(QStringLiteral("service")), loaded.catalog->office.name)
               << Qt::endl;
        return InvalidInput;
    }
    const OfficeHours hours = officeHoursOf(loaded.catalog->office);
    QDateTime from = QDateTime::fromString(args.option(QStringLiteral("from")), Qt::ISODate);
    if (!from.isValid()) {
        io.err << Text::tr("\"%1\" is not an ISO 8601 date-time such as 2024-01-02T09:30 or "
                           "2024-01-02T09:30:00+07:00.")
                      .arg(args.option(QStringLiteral("from")))
               << Qt::endl;
        return InvalidInput;
    }
    if (from.timeSpec() == Qt::LocalTime) // no offset given: the office's own clock
        from = QDateTime(from.date(), from.time(), hours.zone);

    WorkingCalendar calendar;
    if (!loadCalendar(args, &calendar, io))
        return InvalidInput;
    const DueDate due = DueDateCalculator(calendar, hours).compute(service->serviceTime, from);
    for (const QString& warning : due.warnings)
        io.err << Text::tr("warning: %1").arg(warning) << Qt::endl;
    if (args.has(QStringLiteral("json"))) {
        const QJsonObject json {
            { QStringLiteral("service"), service->code },
            { QStringLiteral("serviceTime"), service->serviceTime.text },
            { QStringLiteral("start"), iso(due.start) },
            { QStringLiteral("responseDue"),
              due.responseDue.isValid() ? QJsonValue(iso(due.responseDue)) : QJsonValue() },
            { QStringLiteral("due"), due.due.isValid() ? QJsonValue(iso(due.due)) : QJsonValue() }
        };
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        io.out << iso(due.due) << Qt::endl;
    }
    return Success;
}

int list(const Arguments& args, Output& io)
{
    WorkingCalendar calendar;
    if (!loadCalendar(args, &calendar, io))
        return InvalidInput;
    const int year = args.option(QStringLiteral("year")).toInt();
    for (const Holiday& holiday : calendar.holidays()) {
        if (year == 0 || holiday.date.year() == year)
            io.out << holiday.date.toString(Qt::ISODate) << QStringLiteral("  ")
                   << text::longDateWithDay(holiday.date) << QStringLiteral("  ")
                   << holidayKindKey(holiday.kind) << QStringLiteral("  ") << holiday.description
                   << Qt::endl;
    }
    return Success;
}

int change(const Arguments& args, Output& io, const QString& usage)
{
    const bool setting = args.positional().first() == QLatin1String("set");
    const QDate date = QDate::fromString(args.positional().value(1), Qt::ISODate);
    if (!date.isValid()) {
        io.err << Text::tr("\"%1\" is not a date in the form YYYY-MM-DD.")
                      .arg(args.positional().value(1))
               << Qt::endl;
        return InvalidInput;
    }
    Holiday holiday { date, Holiday::Kind::NationalHoliday,
                      args.option(QStringLiteral("description")).trimmed() };
    if (setting
        && (!holidayKindFromKey(args.option(QStringLiteral("kind")), &holiday.kind)
            || holiday.description.isEmpty()))
        return usageError(
            io,
            Text::tr(
                "give --kind (libur_nasional, cuti_bersama or libur_kantor) and --description"),
            usage);

    Database database;
    QString error;
    if (!database.open(Database::resolveLocation(args.option(QStringLiteral("db"))),
                       Database::OpenMode::MustExist, &error)) {
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    const bool ok = setting
        ? HolidayStore(database).save(holiday, Text::tr("administrator"), &error)
        : HolidayStore(database).remove(date, &error);
    if (!ok) {
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    io.out << (setting ? Text::tr("%1 is now a holiday: %2")
                             .arg(text::longDateWithDay(date), holiday.description)
                       : Text::tr("%1 is no longer a holiday.").arg(text::longDateWithDay(date)))
           << Qt::endl;
    return Success;
}

} // namespace

CalendarCommand::CalendarCommand()
    : Command({ "calendar",
                QT_TRANSLATE_NOOP("loketctl", "working days: due dates, holidays and leave days"),
                { QT_TRANSLATE_NOOP("loketctl",
                                    "due --office ID --service CODE --from DATETIME "
                                    "[--db PATH] [--json]"),
                  QT_TRANSLATE_NOOP("loketctl", "list [--year YEAR] [--db PATH]"),
                  QT_TRANSLATE_NOOP("loketctl",
                                    "set DATE --kind libur_nasional|cuti_bersama|"
                                    "libur_kantor --description TEXT [--db PATH]"),
                  QT_TRANSLATE_NOOP("loketctl", "remove DATE [--db PATH]") },
                { option::office,
                  option::service,
                  { "from", QT_TRANSLATE_NOOP("loketctl", "DATETIME"),
                    QT_TRANSLATE_NOOP("loketctl",
                                      "when the application was received, e.g. "
                                      "2024-01-02T09:00") },
                  option::db,
                  option::year,
                  { "kind", QT_TRANSLATE_NOOP("loketctl", "KIND"),
                    QT_TRANSLATE_NOOP("loketctl",
                                      "libur_nasional, cuti_bersama or "
                                      "libur_kantor") },
                  { "description", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
                    QT_TRANSLATE_NOOP("loketctl", "what the day off is for") },
                  option::json } })
{
}

int CalendarCommand::execute(const Arguments& args, Output& io) const
{
    const QString action = args.positional().value(0);
    const qsizetype count = args.positional().size();
    if (action == QLatin1String("due") && count == 1)
        return due(args, io, usage());
    if (action == QLatin1String("list") && count == 1)
        return list(args, io);
    if ((action == QLatin1String("set") || action == QLatin1String("remove")) && count == 2)
        return change(args, io, usage());
    return usageError(io);
}

} // namespace loket::ctl
