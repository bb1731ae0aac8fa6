#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace loket {

// What a message tells the applicant.
enum class NotificationEvent { ProductReady, Incomplete, ComplaintAnswered };
// How it goes: through the office's gammu-smsd, or copied by the clerk (WhatsApp, own phone).
enum class NotificationChannel { Sms, Manual };
// Queued until gammu-smsd reports it sent or failed, or the clerk marks it copied.
enum class NotificationState { Queued, Sent, Failed, Copied };

QList<NotificationEvent> allNotificationEvents();
// Keys stored in the database and used by loketctl: "product-ready", "sms", "copied".
QString notificationEventKey(NotificationEvent event);
std::optional<NotificationEvent> notificationEventFromKey(const QString& key);
QString notificationChannelKey(NotificationChannel channel);
std::optional<NotificationChannel> notificationChannelFromKey(const QString& key);
QString notificationStateKey(NotificationState state);
std::optional<NotificationState> notificationStateFromKey(const QString& key);
// For people (translated).
QString notificationEventTitle(NotificationEvent event);
QString notificationStateTitle(NotificationState state);

// One message to one applicant.
struct Notification
{
    qint64 id = 0;
    qint64 caseId = 0; // 0: none
    qint64 complaintId = 0; // 0: none
    QString reference; // the complaint's number, else the case's
    NotificationEvent event = NotificationEvent::ProductReady;
    QString phone; // "+628…"
    QString text;
    NotificationChannel channel = NotificationChannel::Manual;
    NotificationState state = NotificationState::Queued;
    QDateTime createdAt;
    QString gatewayRef; // gammu-smsd's outbox file name once handed over
    QDateTime statusReadAt;

    // Handed to gammu-smsd, not yet reported back.
    bool isWithGateway() const
    {
        return state == NotificationState::Queued && !gatewayRef.isEmpty();
    }
};

// The message as a WhatsApp link for the clerk: https://wa.me/628…?text=… (percent-encoded).
QUrl whatsAppLink(const Notification& notification);

} // namespace loket
