// What goes wrong when several computers share one database, made to happen on purpose: another
// workstation holding the write lock, and the words only a database driver says, none of which
// may reach a message.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

namespace loket::test {

// Another workstation in the middle of a long write: it holds SQLite's write lock until
// release(). Readers go on (WAL); every other writer waits on its busy timeout.
class WriteLockHolder
{
public:
    explicit WriteLockHolder(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        QSqlQuery query(db);
        m_holding = db.open() && query.exec(QStringLiteral("BEGIN IMMEDIATE"))
            && query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS held (x INTEGER)"));
    }
    ~WriteLockHolder() { release(); }
    WriteLockHolder(const WriteLockHolder&) = delete;
    WriteLockHolder& operator=(const WriteLockHolder&) = delete;

    bool isHolding() const { return m_holding; }
    void release()
    {
        if (!QSqlDatabase::contains(name()))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(name(), false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name());
        m_holding = false;
    }

private:
    // One per thread: a holder may live in a thread of its own.
    static QString name()
    {
        return QStringLiteral("write-lock-holder-%1")
            .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    }
    bool m_holding = false;
};

// The first piece of driver text in `text`, or nothing.
inline QString driverTextIn(const QString& text)
{
    static const QStringList words {
        QStringLiteral("database is locked"),
        QStringLiteral("Unable to fetch row"),
        QStringLiteral("Unable to execute"),
        QStringLiteral("readonly database"),
        QStringLiteral("no such table"),
        QStringLiteral("constraint failed"),
        QStringLiteral("disk I/O"),
        QStringLiteral("SQLITE_"),
        QStringLiteral("QSQLITE"),
        QStringLiteral("QPSQL"),
        QStringLiteral("could not connect"),
        QStringLiteral("server closed"),
        QStringLiteral("deadlock detected"),
        QStringLiteral("duplicate key"),
        QStringLiteral("violates"),
        QStringLiteral("Driver not loaded"),
        QStringLiteral("database not open"),
        QStringLiteral("lock timeout"),
        QStringLiteral("canceling statement"),
    };
    for (const QString& word : words) {
        if (text.contains(word))
            return word;
    }
    return {};
}

} // namespace loket::test
