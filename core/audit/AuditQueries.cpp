#include "AuditQueries.h"

#include "DatabaseError.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {
namespace {

QString storedMoment(const QDateTime& moment)
{
    // As AuditLog writes occurred_at, so that text comparison is time order.
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject jsonObject(const QVariant& value)
{
    return value.isNull() ? QJsonObject()
                          : QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// The one reading of a row of AuditQueries::list's query.
AuditRecord auditRecordFromRow(const QSqlRecord& row)
{
    AuditRecord record;
    record.id = row.value(QStringLiteral("id")).toLongLong();
    record.occurredAt = QDateTime::fromString(row.value(QStringLiteral("occurred_at")).toString(),
                                              Qt::ISODateWithMs);
    record.userId = row.value(QStringLiteral("user_id")).toLongLong();
    record.username = row.value(QStringLiteral("username")).toString();
    record.userFullName = row.value(QStringLiteral("full_name")).toString();
    record.action = row.value(QStringLiteral("action")).toString();
    record.table = row.value(QStringLiteral("table_name")).toString();
    record.recordId = row.value(QStringLiteral("record_id")).toString();
    record.before = jsonObject(row.value(QStringLiteral("before_data")));
    record.after = jsonObject(row.value(QStringLiteral("after_data")));
    record.previousHash = row.value(QStringLiteral("previous_hash")).toString();
    record.entryHash = row.value(QStringLiteral("entry_hash")).toString();
    return record;
}

} // namespace

AuditQueries::AuditQueries(Database& database)
    : m_database(database)
{
}

QList<AuditRecord> AuditQueries::list(const AuditFilter& filter, QString* errorMessage) const
{
    QStringList conditions;
    if (!filter.username.isEmpty())
        conditions << QStringLiteral("u.username = :username");
    if (!filter.caseNumber.isEmpty())
        conditions << QStringLiteral(
            "(a.record_id = :case OR (a.table_name = 'letters' AND a.record_id IN"
            " (SELECT l.letter_number FROM letters l JOIN cases c ON c.id = l.case_id"
            " WHERE c.case_number = :case2)))");
    if (filter.from.isValid())
        conditions << QStringLiteral("a.occurred_at >= :from");
    if (filter.until.isValid())
        conditions << QStringLiteral("a.occurred_at < :until");
    QString sql = QStringLiteral(
        "SELECT a.id, a.occurred_at, a.user_id, u.username, u.full_name, a.action, a.table_name,"
        " a.record_id, a.before_data, a.after_data, a.previous_hash, a.entry_hash"
        " FROM audit_log a LEFT JOIN users u ON u.id = a.user_id");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY a.id DESC LIMIT :limit");

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!filter.username.isEmpty())
        query.bindValue(QStringLiteral(":username"), filter.username);
    if (!filter.caseNumber.isEmpty()) {
        query.bindValue(QStringLiteral(":case"), filter.caseNumber);
        query.bindValue(QStringLiteral(":case2"), filter.caseNumber);
    }
    if (filter.from.isValid())
        query.bindValue(QStringLiteral(":from"), storedMoment(filter.from));
    if (filter.until.isValid())
        query.bindValue(QStringLiteral(":until"), storedMoment(filter.until));
    query.bindValue(QStringLiteral(":limit"), qMax(filter.limit, 1));
    if (!query.exec()) {
        *errorMessage
            = tr("Cannot read the audit log: %1").arg(DatabaseError::describe(query.lastError()));
        return {};
    }
    QList<AuditRecord> records;
    while (query.next())
        records << auditRecordFromRow(query.record());
    return records;
}

} // namespace loket
