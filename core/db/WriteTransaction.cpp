#include "WriteTransaction.h"

#include "DatabaseError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace loket {

WriteTransaction::WriteTransaction(Database& database)
    : m_database(database)
{
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::tryBegin(QSqlError* error)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (m_database.dialect() == Database::Dialect::SQLite) {
        if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        *error = query.lastError();
        return false;
    }
    if (!db.transaction()) {
        *error = db.lastError();
        return false;
    }
    // SHARE ROW EXCLUSIVE conflicts with itself and with inserts, not with reads.
    if (query.exec(QStringLiteral("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE")))
        return true;
    *error = query.lastError();
    db.rollback();
    return false;
}

bool WriteTransaction::begin(QString* errorMessage)
{
    m_database.waitForTurn();
    QElapsedTimer waited;
    waited.start();
    QSqlError error;
    while (!tryBegin(&error)) {
        // Each try has waited on the busy timeout (lock_timeout on PostgreSQL) already.
        if (DatabaseError::kindOf(error) != DatabaseError::Kind::Busy
            || waited.elapsed() >= m_database.writerWaitMs()) {
            *errorMessage = DatabaseError::describe(error);
            return false;
        }
        QThread::msleep(10); // in case a driver reports busy without waiting
    }
    m_active = true;
    m_held.start();
    return true;
}

bool WriteTransaction::commit(QString* errorMessage)
{
    if (!m_active)
        return false;
    QSqlDatabase db = m_database.connection();
    if (!db.commit()) {
        *errorMessage = DatabaseError::describe(db.lastError());
        rollback();
        return false;
    }
    m_active = false;
    m_database.writeLockReleased(m_held.elapsed());
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_database.connection().rollback();
    m_active = false;
    m_database.writeLockReleased(m_held.elapsed());
}

} // namespace loket
