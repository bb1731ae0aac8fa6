#include "AuditLog.h"

#include "DatabaseError.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

AuditLog::AuditLog(Database& database)
    : m_database(database)
{
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::entryHash(const QString& previousHash, const QString& occurredAt,
                            const QString& userId, const QString& action, const QString& table,
                            const QString& recordId, const QString& before, const QString& after)
{
    const QStringList fields { previousHash, occurredAt, userId, action,
                               table,        recordId,   before, after };
    return QString::fromLatin1(
        QCryptographicHash::hash(fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

bool AuditLog::append(const AuditEntry& entry, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    // Two PostgreSQL transactions could both read the same last hash and fork the chain; this
    // lock (released at commit) makes appenders take turns and still lets readers read. SQLite
    // has one writer at a time anyway.
    if (m_database.dialect() == Database::Dialect::PostgreSQL
        && !query.exec(QStringLiteral("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE"))) {
        *errorMessage
            = tr("Cannot write the audit log: %1").arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    if (!query.exec(QStringLiteral("SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1"))) {
        *errorMessage
            = tr("Cannot read the audit log: %1").arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    // The first entry chains to a fixed genesis value (never NULL).
    const QString previous = query.next() ? query.value(0).toString() : genesisHash();
    const QString at = (entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc())
                           .toUTC()
                           .toString(Qt::ISODateWithMs);
    const QString before = entry.before.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(entry.before).toJson(QJsonDocument::Compact));
    const QString after = entry.after.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(entry.after).toJson(QJsonDocument::Compact));
    const QString hash = entryHash(previous, at, QString::number(entry.userId), entry.action,
                                   entry.table, entry.recordId, before, after);

    query.prepare(QStringLiteral(
        "INSERT INTO audit_log (occurred_at, user_id, action, table_name, record_id, before_data,"
        " after_data, previous_hash, entry_hash) VALUES (:at, :user, :action, :table, :record,"
        " :before, :after, :previous, :hash)"));
    query.bindValue(QStringLiteral(":at"), at);
    query.bindValue(QStringLiteral(":user"),
                    entry.userId > 0 ? QVariant(entry.userId)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(QStringLiteral(":action"), entry.action);
    query.bindValue(QStringLiteral(":table"), entry.table);
    query.bindValue(QStringLiteral(":record"), entry.recordId);
    query.bindValue(QStringLiteral(":before"), before.isEmpty() ? QVariant() : QVariant(before));
    query.bindValue(QStringLiteral(":after"), after.isEmpty() ? QVariant() : QVariant(after));
    query.bindValue(QStringLiteral(":previous"), previous);
    query.bindValue(QStringLiteral(":hash"), hash);
    if (!query.exec()) {
        *errorMessage
            = tr("Cannot write the audit log: %1").arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    return true;
}

} // namespace loket
