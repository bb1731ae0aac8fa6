#include "DatabaseError.h"

#include <QSqlError>

namespace loket {

Q_LOGGING_CATEGORY(lcDatabase, "loket.database")

namespace {

// SQLite's primary result codes (an extended code carries one in its low byte).
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

DatabaseError::Kind sqliteKind(int code)
{
    switch (code & 0xff) {
    case SqliteBusy:
    case SqliteLocked:
        return DatabaseError::Kind::Busy;
    case SqlitePerm:
    case SqliteReadOnly:
    case SqliteCantOpen: // mostly a folder where the journal cannot be created
        return DatabaseError::Kind::ReadOnly;
    case SqliteFull:
        return DatabaseError::Kind::DiskFull;
    case SqliteIoErr:
        return DatabaseError::Kind::ConnectionLost; // the file went away (a network share)
    case SqliteConstraint:
        return DatabaseError::Kind::Constraint;
    case SqliteCorrupt:
    case SqliteNotADb:
        return DatabaseError::Kind::Damaged;
    default:
        return DatabaseError::Kind::Other;
    }
}

DatabaseError::Kind postgresKind(const QString& state)
{
    using Kind = DatabaseError::Kind;
    // Serialization failure, deadlock, lock_timeout, statement_timeout: someone else was first.
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")
        || state == QLatin1String("55P03") || state == QLatin1String("57014"))
        return Kind::Busy;
    if (state == QLatin1String("25006") || state == QLatin1String("42501"))
        return Kind::ReadOnly;
    if (state == QLatin1String("53100"))
        return Kind::DiskFull;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return Kind::ConnectionLost;
    if (state.startsWith(QLatin1String("23")))
        return Kind::Constraint;
    if (state.startsWith(QLatin1String("XX")))
        return Kind::Damaged;
    return Kind::Other;
}

} // namespace

DatabaseError::Kind DatabaseError::kindOf(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL's SQLSTATE has five characters; SQLite's codes are numbers below 10000.
    if (code.size() == 5)
        return postgresKind(code);
    bool numeric = false;
    const int number = code.toInt(&numeric);
    if (numeric && number > 0)
        return sqliteKind(number);
    // A dropped server connection often comes without an SQLSTATE; a query on a connection
    // that is not open fails without any error at all. A transaction that cannot begin or end
    // with no SQLSTATE was refused by no server: the client library lost it (QPSQL's "Could
    // not begin transaction" after the server restarted).
    return error.type() == QSqlError::ConnectionError || error.type() == QSqlError::NoError
            || error.type() == QSqlError::TransactionError
        ? Kind::ConnectionLost
        : Kind::Other;
}

QString DatabaseError::message(Kind kind)
{
    switch (kind) {
    case Kind::Busy:
        return tr("The database is in use by another computer and did not become free in time. "
                  "Wait a moment and try again.");
    case Kind::ReadOnly:
        return tr("The database can only be read, not written (the file, its folder or the "
                  "server does not allow it). Ask the administrator to check the access rights.");
    case Kind::DiskFull:
        return tr("The disk holding the database is full. Free some space or ask the "
                  "administrator, then try again.");
    case Kind::ConnectionLost:
        return tr("The database cannot be reached (the server, the network or the shared "
                  "folder). Check the connection, then try again.");
    case Kind::Constraint:
        return tr("The data clashes with what is already stored (a number or name that must be "
                  "unique, or a record that another one still needs). Check the entries; if it "
                  "happens again, tell the administrator.");
    case Kind::Damaged:
        return tr("The database file is damaged or is not a Loket database. Stop working on it "
                  "and ask the administrator to check it (loketctl db check) or restore the "
                  "latest backup.");
    case Kind::Other:
        break;
    }
    return tr("The database reported an error; the details are in the log. Try again; if it "
              "happens again, tell the administrator.");
}

QString DatabaseError::describe(const QSqlError& error)
{
    qCWarning(lcDatabase).noquote()
        << "database error" << error.nativeErrorCode() << ":" << error.text();
    return message(kindOf(error));
}

} // namespace loket
