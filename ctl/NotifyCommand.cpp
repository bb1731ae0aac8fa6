// loketctl notify: the messages to applicants (issue 13 §2) — the day's list, handing the
// queued SMS to the office's gammu-smsd, reading back what it sent, and its configuration.
#include "Commands.h"
#include "GammuGateway.h"
#include "NotificationSettings.h"
#include "NotificationStore.h"
#include "OfficeContext.h"
#include "WorkingCalendar.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loket::ctl {
namespace {

QJsonObject toJson(const Notification& sms)
{
    return { { QStringLiteral("id"), sms.id },
             { QStringLiteral("reference"), sms.reference },
             { QStringLiteral("event"), notificationEventKey(sms.event) },
             { QStringLiteral("phone"), sms.phone },
             { QStringLiteral("text"), sms.text },
             { QStringLiteral("channel"), notificationChannelKey(sms.channel) },
             { QStringLiteral("state"), notificationStateKey(sms.state) },
             { QStringLiteral("created"), sms.createdAt.toString(Qt::ISODate) },
             { QStringLiteral("gateway_ref"), sms.gatewayRef },
             { QStringLiteral("whatsapp"), whatsAppLink(sms).toString(QUrl::FullyEncoded) } };
}

int list(const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const QTimeZone zone = officeHoursOf(office->catalog.office).zone;
    QDate day = now().toTimeZone(zone).date();
    if (args.has(QStringLiteral("day"))) {
        day = QDate::fromString(args.option(QStringLiteral("day")), Qt::ISODate);
        if (!day.isValid())
            return failed(io,
                          Text::tr("--day takes a date as YYYY-MM-DD, not \"%1\".")
                              .arg(args.option(QStringLiteral("day"))));
    }
    QString error;
    const QList<Notification> rows = NotificationStore(office->database).forDay(day, zone, &error);
    if (!error.isEmpty())
        return failed(io, error);
    if (args.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Notification& sms : rows)
            array.append(toJson(sms));
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const Notification& sms : rows) {
        io.out << QStringLiteral("%1  %2  %3  %4  %5/%6")
                      .arg(sms.id)
                      .arg(sms.createdAt.toTimeZone(zone).toString(QStringLiteral("HH.mm")),
                           sms.reference, sms.phone, notificationChannelKey(sms.channel),
                           notificationStateKey(sms.state))
               << Qt::endl
               << QStringLiteral("    ") << sms.text << Qt::endl;
        if (sms.channel == NotificationChannel::Manual && sms.state == NotificationState::Queued)
            io.out << QStringLiteral("    ") << whatsAppLink(sms).toString(QUrl::FullyEncoded)
                   << Qt::endl;
    }
    io.out << Text::tr("%n notification(s) on %1", nullptr, int(rows.size()))
                  .arg(day.toString(Qt::ISODate))
           << Qt::endl;
    return Success;
}

// The office's gammu-smsd configuration, or why there is none.
QString configOf(OfficeContext& office, Output& io)
{
    QString error;
    const QString config = NotificationSettings(office.database).gammuConfig(&error);
    if (!error.isEmpty())
        failed(io, error);
    else if (config.isEmpty())
        failed(io,
               Text::tr("No SMS modem is set up: \"loketctl notify gateway CONFIG\" names "
                        "the gammu-smsd configuration file."));
    return config;
}

int send(const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const QString config = configOf(*office, io);
    if (config.isEmpty())
        return InvalidInput;
    GammuGateway gateway(office->database, config, &now);
    QEventLoop loop;
    int handed = 0;
    QStringList problems;
    QObject::connect(&gateway, &GammuGateway::finished, &loop,
                     [&](int count, const QStringList& found) {
                         handed = count;
                         problems = found;
                         loop.quit();
                     });
    QString error;
    if (!gateway.sendQueued(&error))
        return failed(io, error);
    if (gateway.isSending())
        loop.exec();
    for (const QString& problem : problems)
        io.err << problem << Qt::endl;
    io.out << Text::tr("%n SMS handed to gammu-smsd", nullptr, handed) << Qt::endl;
    return problems.isEmpty() ? Success : InvalidInput;
}

int status(const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const QString config = configOf(*office, io);
    if (config.isEmpty())
        return InvalidInput;
    QString error;
    const int changed = GammuGateway(office->database, config, &now).readStatus(&error);
    if (changed < 0)
        return failed(io, error);
    io.out << Text::tr("%n SMS reported back by gammu-smsd", nullptr, changed) << Qt::endl;
    return Success;
}

int gateway(const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    QString error;
    NotificationSettings settings(office->database);
    if (args.positional().size() == 2) {
        const QString path = args.positional().at(1);
        if (path != QLatin1String("none")) {
            GammuConfig::read(path, &error);
            if (!error.isEmpty())
                return failed(io, error);
        }
        if (!settings.setGammuConfig(path == QLatin1String("none") ? QString() : path, &error))
            return failed(io, error);
    }
    const QString config = settings.gammuConfig(&error);
    if (!error.isEmpty())
        return failed(io, error);
    io.out << (config.isEmpty() ? Text::tr("SMS gateway: none (messages are sent by hand)")
                                : Text::tr("SMS gateway: gammu-smsd, %1").arg(config))
           << Qt::endl;
    return Success;
}

} // namespace

NotifyCommand::NotifyCommand()
    : Command({ "notify",
                QT_TRANSLATE_NOOP("loketctl", "SMS notifications to applicants"),
                { QT_TRANSLATE_NOOP("loketctl", "list [--day DATE] [--json] [--db PATH]"),
                  QT_TRANSLATE_NOOP("loketctl", "send [--db PATH]"),
                  QT_TRANSLATE_NOOP("loketctl", "status [--db PATH]"),
                  QT_TRANSLATE_NOOP("loketctl", "gateway [CONFIG|none] [--db PATH]") },
                { option::db,
                  { "day", QT_TRANSLATE_NOOP("loketctl", "DATE"),
                    QT_TRANSLATE_NOOP("loketctl", "the day to list (YYYY-MM-DD; default today)") },
                  option::json },
                QT_TRANSLATE_NOOP("loketctl",
                                  "send hands the queued SMS to gammu-smsd-inject; status reads "
                                  "gammu-smsd's sent and error folders (files service); gateway "
                                  "names the gammu-smsd configuration file (none: messages are "
                                  "copied by hand, e.g. into WhatsApp).") })
{
}

int NotifyCommand::execute(const Arguments& args, Output& io) const
{
    const QString action = args.positional().value(0);
    const qsizetype count = args.positional().size();
    if (action == QLatin1String("list") && count == 1)
        return list(args, io);
    if (action == QLatin1String("send") && count == 1)
        return send(args, io);
    if (action == QLatin1String("status") && count == 1)
        return status(args, io);
    if (action == QLatin1String("gateway") && count <= 2)
        return gateway(args, io);
    return usageError(io);
}

} // namespace loket::ctl
