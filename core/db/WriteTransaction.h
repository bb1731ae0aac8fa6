#pragma once

#include "Database.h"

#include <QElapsedTimer>

class QSqlError;

namespace loket {

// A transaction that will write, holding the database's write lock from its first statement,
// so that writers take turns instead of failing. SQLite's plain BEGIN takes the lock only at
// the first write; a transaction that has read before then fails at once ("database is
// locked") when another workstation wrote in between. BEGIN IMMEDIATE waits for the lock on
// the busy timeout, and begin() tries again until the database's writer wait has passed: an
// import of thousands of rows holds the lock longer than one busy timeout. On PostgreSQL the
// transaction first takes the audit log's lock, which every change needs for its audit entry
// anyway (AuditLog::append): writers queue there as on SQLite, reads go on, and no
// read-then-write race (one NIK registered at two counters at once) can happen.
// Rolls back on destruction unless committed. Its messages are DatabaseError's sentences, which
// callers put after what failed ("Not saved: …").
class WriteTransaction
{
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
    bool tryBegin(QSqlError* error);

    Database& m_database;
    bool m_active = false;
    QElapsedTimer m_held; // since the lock was taken
};

} // namespace loket
