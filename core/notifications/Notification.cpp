#include "Notification.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace loket {

namespace {

template<typename Enum> struct KeyEntry
{
    Enum value;
    const char* key;
};

constexpr KeyEntry<NotificationEvent> eventKeys[] = {
    { NotificationEvent::ProductReady, "product-ready" },
    { NotificationEvent::Incomplete, "incomplete" },
    { NotificationEvent::ComplaintAnswered, "complaint-answered" },
};
constexpr KeyEntry<NotificationChannel> channelKeys[] = {
    { NotificationChannel::Sms, "sms" },
    { NotificationChannel::Manual, "manual" },
};
constexpr KeyEntry<NotificationState> stateKeys[] = {
    { NotificationState::Queued, "queued" },
    { NotificationState::Sent, "sent" },
    { NotificationState::Failed, "failed" },
    { NotificationState::Copied, "copied" },
};

template<typename Enum, size_t N> QString keyOf(const KeyEntry<Enum> (&table)[N], Enum value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const KeyEntry<Enum> (&table)[N], const QString& key)
{
    for (const auto& entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace

QList<NotificationEvent> allNotificationEvents()
{
    return { NotificationEvent::ProductReady, NotificationEvent::Incomplete,
             NotificationEvent::ComplaintAnswered };
}

QString notificationEventKey(NotificationEvent event)
{
    return keyOf(eventKeys, event);
}

std::optional<NotificationEvent> notificationEventFromKey(const QString& key)
{
    return valueOf(eventKeys, key);
}

QString notificationChannelKey(NotificationChannel channel)
{
    return keyOf(channelKeys, channel);
}

std::optional<NotificationChannel> notificationChannelFromKey(const QString& key)
{
    return valueOf(channelKeys, key);
}

QString notificationStateKey(NotificationState state)
{
    return keyOf(stateKeys, state);
}

std::optional<NotificationState> notificationStateFromKey(const QString& key)
{
    return valueOf(stateKeys, key);
}

QString notificationEventTitle(NotificationEvent event)
{
    switch (event) {
    case NotificationEvent::ProductReady:
        return QCoreApplication::translate("loket::Notification", "Product ready");
    case NotificationEvent::Incomplete:
        return QCoreApplication::translate("loket::Notification", "File incomplete");
    case NotificationEvent::ComplaintAnswered:
        return QCoreApplication::translate("loket::Notification", "Complaint answered");
    }
    return {};
}

QString notificationStateTitle(NotificationState state)
{
    switch (state) {
    case NotificationState::Queued:
        return QCoreApplication::translate("loket::Notification", "Queued");
    case NotificationState::Sent:
        return QCoreApplication::translate("loket::Notification", "Sent");
    case NotificationState::Failed:
        return QCoreApplication::translate("loket::Notification", "Failed");
    case NotificationState::Copied:
        return QCoreApplication::translate("loket::Notification", "Copied by hand");
    }
    return {};
}

QUrl whatsAppLink(const Notification& notification)
{
    QString phone = notification.phone;
    phone.remove(QLatin1Char('+'));
    QUrl link(QStringLiteral("https://wa.me/") + phone);
    QUrlQuery query;
    // Encoded by hand: QUrlQuery would leave "+", "&" and "=" in the text as they are.
    query.setQuery(QStringLiteral("text=")
                   + QString::fromLatin1(QUrl::toPercentEncoding(notification.text)));
    link.setQuery(query);
    return link;
}

} // namespace loket
