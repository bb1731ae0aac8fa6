#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>

class QSqlError;

namespace loket {

// Where the database drivers' own words go: the log, for the IT person. A clerk never reads
// them ("database is locked Unable to fetch row" says nothing about what to do).
Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

// What went wrong with the database, said so that the person at the screen knows what to do.
// One mapping for SQLite's result codes and PostgreSQL's SQLSTATEs, used by every store.
class DatabaseError
{
    Q_DECLARE_TR_FUNCTIONS(loket::DatabaseError)
public:
    enum class Kind {
        Busy, // another computer holds the database, or a lock waited too long
        ReadOnly, // the file, folder or server allows reading only
        DiskFull,
        ConnectionLost, // the server or the shared folder cannot be reached
        Constraint, // the data clashes with what is stored
        Damaged, // not a (whole) database file
        Other,
    };

    static Kind kindOf(const QSqlError& error);
    // What happened and what to do, without the driver's text.
    static QString message(Kind kind);
    // The message for this error; logs the driver's text under lcDatabase. Every place where
    // a failed query becomes words someone reads goes through here.
    static QString describe(const QSqlError& error);
};

} // namespace loket
