#pragma once

#include "Database.h"
#include "Notification.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <optional>

namespace loket {

// The notifications table: every message Loket means to send, and what became of it. Reading
// fails loudly: an empty list means there is nothing, never that the query failed
// (`errorMessage` is then set and the result empty).
class NotificationStore
{
    Q_DECLARE_TR_FUNCTIONS(loket::NotificationStore)
public:
    explicit NotificationStore(Database& database);

    // Returns the new row's id, or 0 (errorMessage says why).
    qint64 enqueue(const Notification& notification, QString* errorMessage);

    // Made on `day` where the office is (`zone`), oldest first.
    QList<Notification> forDay(const QDate& day, const QTimeZone& zone,
                               QString* errorMessage) const;
    QList<Notification> forCase(qint64 caseId, QString* errorMessage) const;
    std::optional<Notification> find(qint64 id, QString* errorMessage) const;
    // SMS not handed to the gateway yet, oldest first.
    QList<Notification> awaitingGateway(QString* errorMessage) const;
    // Handed to the gateway, not reported back yet.
    QList<Notification> withGateway(QString* errorMessage) const;

    // gammu-smsd took it: `gatewayRef` is its outbox file.
    bool markHandedOver(qint64 id, const QString& gatewayRef, QString* errorMessage);
    // What gammu-smsd reported (sent or failed), read at `at`.
    bool markReported(qint64 id, NotificationState state, const QDateTime& at,
                      QString* errorMessage);
    // The clerk sent it by hand (WhatsApp or their phone). Only a queued message.
    bool markCopied(qint64 id, const QDateTime& at, QString* errorMessage);

private:
    QList<Notification> select(const QString& condition, const QList<QVariant>& values,
                               QString* errorMessage) const;

    Database& m_database;
};

} // namespace loket
