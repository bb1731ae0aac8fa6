#include "AuditVerifier.h"

#include "AuditLog.h"
#include "DatabaseError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {

AuditVerifier::AuditVerifier(Database& database)
    : m_database(database)
{
}

bool AuditVerifier::verify(AuditVerification* result, QString* errorMessage) const
{
    *result = {};
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true); // the log grows without bound; read it as a stream
    if (!query.exec(QStringLiteral(
            "SELECT id, occurred_at, user_id, action, table_name, record_id, before_data,"
            " after_data, previous_hash, entry_hash FROM audit_log ORDER BY id"))) {
        *errorMessage
            = tr("Cannot read the audit log: %1").arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    QString expectedPrevious = AuditLog::genesisHash();
    qint64 previousId = 0;
    while (query.next()) {
        const QSqlRecord row = query.record();
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        const QVariant user = row.value(QStringLiteral("user_id"));
        const QString userId
            = user.isNull() ? QStringLiteral("0") : QString::number(user.toLongLong());
        const QString previousHash = row.value(QStringLiteral("previous_hash")).toString();
        const QString storedHash = row.value(QStringLiteral("entry_hash")).toString();
        const QString recomputed
            = AuditLog::entryHash(previousHash, row.value(QStringLiteral("occurred_at")).toString(),
                                  userId, row.value(QStringLiteral("action")).toString(),
                                  row.value(QStringLiteral("table_name")).toString(),
                                  row.value(QStringLiteral("record_id")).toString(),
                                  row.value(QStringLiteral("before_data")).toString(),
                                  row.value(QStringLiteral("after_data")).toString());
        if (recomputed != storedHash) {
            result->problems.append(
                { AuditProblem::Kind::Altered, id, previousId,
                  tr("entry %1 was changed after it was written: its hash no longer matches "
                     "its contents")
                      .arg(id) });
        }
        if (previousHash != expectedPrevious) {
            result->problems.append(
                { AuditProblem::Kind::BrokenLink, id, previousId,
                  previousId == 0
                      ? tr("entry %1 is the first entry but does not start the chain: the "
                           "entries before it were deleted")
                            .arg(id)
                      : tr("entry %1 does not follow entry %2: its previous hash points to no "
                           "entry, so entries between them were deleted or entry %2 was "
                           "rewritten")
                            .arg(id)
                            .arg(previousId) });
        }
        // The next entry must chain to this one's hash as stored: an edited entry is reported
        // once, a rewritten one (contents and hash) at its successor.
        expectedPrevious = storedHash;
        previousId = id;
        ++result->entries;
    }
    if (query.lastError().isValid()) {
        *errorMessage
            = tr("Cannot read the audit log: %1").arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    result->lastEntryId = previousId;
    result->lastHash = previousId == 0 ? QString() : expectedPrevious;
    return true;
}

} // namespace loket
