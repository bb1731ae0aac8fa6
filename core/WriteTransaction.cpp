#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

WriteTransaction::WriteTransaction(Database& database)
    : m_database(database)
{
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::begin(QString* errorMessage)
{
    QSqlDatabase db = m_database.connection();
    if (m_database.dialect() == Database::Dialect::SQLite) {
        QSqlQuery query(db);
        m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            *errorMessage
                = tr("The database is busy or read-only: %1").arg(query.lastError().text());
        return m_active;
    }
    m_active = db.transaction();
    if (!m_active)
        *errorMessage = tr("The database is busy or read-only: %1").arg(db.lastError().text());
    return m_active;
}

bool WriteTransaction::commit(QString* errorMessage)
{
    if (!m_active)
        return false;
    QSqlDatabase db = m_database.connection();
    if (!db.commit()) {
        *errorMessage = tr("Cannot save: %1").arg(db.lastError().text());
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_database.connection().rollback();
    m_active = false;
}

} // namespace loket
