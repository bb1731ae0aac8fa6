#include "NotificationStore.h"

#include "DatabaseError.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {

namespace {

const char* const selectColumns
    = "SELECT n.id, n.case_id, n.complaint_id, n.event, n.phone, n.message, n.channel, n.state,"
      " n.created_at, n.gateway_ref, n.status_read_at,"
      " COALESCE(k.complaint_number, c.case_number) AS reference"
      " FROM notifications n LEFT JOIN cases c ON c.id = n.case_id"
      " LEFT JOIN complaints k ON k.id = n.complaint_id";

Notification fromRow(const QSqlQuery& query)
{
    const auto text = [&query](const char* column) {
        return query.value(QString::fromLatin1(column)).toString();
    };
    Notification row;
    row.id = query.value(QStringLiteral("id")).toLongLong();
    row.caseId = query.value(QStringLiteral("case_id")).toLongLong();
    row.complaintId = query.value(QStringLiteral("complaint_id")).toLongLong();
    row.reference = text("reference");
    row.event = notificationEventFromKey(text("event")).value_or(NotificationEvent::ProductReady);
    row.phone = text("phone");
    row.text = text("message");
    row.channel = notificationChannelFromKey(text("channel")).value_or(NotificationChannel::Manual);
    row.state = notificationStateFromKey(text("state")).value_or(NotificationState::Queued);
    row.createdAt = fromStoredTime(text("created_at"));
    row.gatewayRef = text("gateway_ref");
    row.statusReadAt = fromStoredTime(text("status_read_at"));
    return row;
}

} // namespace

NotificationStore::NotificationStore(Database& database)
    : m_database(database)
{
}

qint64 NotificationStore::enqueue(const Notification& notification, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO notifications (case_id, complaint_id, event, phone, message, channel, state,"
        " created_at) VALUES (:case, :complaint, :event, :phone, :message, :channel, 'queued',"
        " :at) RETURNING id"));
    query.bindValue(QStringLiteral(":case"), nullableId(notification.caseId));
    query.bindValue(QStringLiteral(":complaint"), nullableId(notification.complaintId));
    query.bindValue(QStringLiteral(":event"), notificationEventKey(notification.event));
    query.bindValue(QStringLiteral(":phone"), notification.phone);
    query.bindValue(QStringLiteral(":message"), notification.text);
    query.bindValue(QStringLiteral(":channel"), notificationChannelKey(notification.channel));
    query.bindValue(QStringLiteral(":at"), storedTime(notification.createdAt));
    if (!query.exec()) {
        *errorMessage = tr("Cannot save the notification: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return 0;
    }
    if (query.next())
        return query.value(0).toLongLong(); // RETURNING: SQLite 3.35+ and PostgreSQL
    *errorMessage = tr("Cannot read the new notification back: %1")
                        .arg(DatabaseError::describe(query.lastError()));
    return 0;
}

QList<Notification> NotificationStore::select(const QString& condition,
                                              const QList<QVariant>& values,
                                              QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(selectColumns) + QStringLiteral(" WHERE ") + condition
                  + QStringLiteral(" ORDER BY n.created_at, n.id"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    QList<Notification> rows;
    if (!query.exec()) {
        *errorMessage = tr("Cannot read the notifications: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return rows;
    }
    while (query.next())
        rows << fromRow(query);
    return rows;
}

QList<Notification> NotificationStore::forDay(const QDate& day, const QTimeZone& zone,
                                              QString* errorMessage) const
{
    const QDateTime from(day, QTime(0, 0), zone);
    return select(QStringLiteral("n.created_at >= ? AND n.created_at < ?"),
                  { storedTime(from), storedTime(from.addDays(1)) }, errorMessage);
}

QList<Notification> NotificationStore::forCase(qint64 caseId, QString* errorMessage) const
{
    return select(QStringLiteral("n.case_id = ?"), { caseId }, errorMessage);
}

std::optional<Notification> NotificationStore::find(qint64 id, QString* errorMessage) const
{
    errorMessage->clear();
    const QList<Notification> rows = select(QStringLiteral("n.id = ?"), { id }, errorMessage);
    if (rows.isEmpty()) {
        if (errorMessage->isEmpty())
            *errorMessage = tr("There is no notification %1.").arg(id);
        return std::nullopt;
    }
    return rows.first();
}

QList<Notification> NotificationStore::awaitingGateway(QString* errorMessage) const
{
    return select(QStringLiteral("n.channel = 'sms' AND n.state = 'queued'"
                                 " AND n.gateway_ref IS NULL"),
                  {}, errorMessage);
}

QList<Notification> NotificationStore::withGateway(QString* errorMessage) const
{
    return select(QStringLiteral("n.channel = 'sms' AND n.state = 'queued'"
                                 " AND n.gateway_ref IS NOT NULL"),
                  {}, errorMessage);
}

bool NotificationStore::markHandedOver(qint64 id, const QString& gatewayRef, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE notifications SET gateway_ref = :ref WHERE id = :id"));
    query.bindValue(QStringLiteral(":ref"), gatewayRef);
    query.bindValue(QStringLiteral(":id"), id);
    if (query.exec())
        return true;
    *errorMessage = tr("Cannot record that notification %1 went to the SMS gateway: %2")
                        .arg(id)
                        .arg(DatabaseError::describe(query.lastError()));
    return false;
}

bool NotificationStore::markReported(qint64 id, NotificationState state, const QDateTime& at,
                                     QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE notifications SET state = :state, status_read_at = :at WHERE id = :id"));
    query.bindValue(QStringLiteral(":state"), notificationStateKey(state));
    query.bindValue(QStringLiteral(":at"), storedTime(at));
    query.bindValue(QStringLiteral(":id"), id);
    if (query.exec())
        return true;
    *errorMessage = tr("Cannot record the SMS gateway's report on notification %1: %2")
                        .arg(id)
                        .arg(DatabaseError::describe(query.lastError()));
    return false;
}

bool NotificationStore::markCopied(qint64 id, const QDateTime& at, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE notifications SET state = 'copied', status_read_at = :at"
                                 " WHERE id = :id AND state = 'queued' AND gateway_ref IS NULL"));
    query.bindValue(QStringLiteral(":at"), storedTime(at));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        *errorMessage = tr("Cannot mark notification %1 as sent by hand: %2")
                            .arg(id)
                            .arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    if (query.numRowsAffected() == 1)
        return true;
    *errorMessage = tr("Notification %1 is no longer waiting: it was sent or handed to the "
                       "SMS gateway already.")
                        .arg(id);
    return false;
}

} // namespace loket
