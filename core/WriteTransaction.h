#pragma once

#include "Database.h"

#include <QCoreApplication>

namespace loket {

// A transaction that will write, holding the database's write lock from its first statement.
// SQLite's plain BEGIN takes the lock only at the first write; a transaction that has read
// before then fails at once ("database is locked") when another workstation wrote in between,
// instead of waiting. BEGIN IMMEDIATE waits for the lock on the busy timeout, so concurrent
// writers queue up. On PostgreSQL it is an ordinary transaction: rows are locked as they are
// updated. Rolls back on destruction unless committed.
class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(loket::WriteTransaction)
public:
    explicit WriteTransaction(Database& database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool begin(QString* errorMessage);
    bool commit(QString* errorMessage);
    void rollback();
    bool isActive() const { return m_active; }

private:
    Database& m_database;
    bool m_active = false;
};

} // namespace loket
