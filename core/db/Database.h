#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

namespace loket {

struct ServerConnection;

// One open connection to Loket's database: a SQLite file (the default) or a PostgreSQL server
// ("postgresql://user@host:port/dbname", the password in ~/.pgpass: see PgPassFile). Owns its
// named Qt connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(loket::Database)
public:
    enum class Dialect { SQLite, PostgreSQL };
    enum class OpenMode { CreateIfMissing, MustExist };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // `--db PATH` wins, then the LOKET_DB environment variable, then the default file.
    static QString resolveLocation(const QString& commandLineValue);
    // loket.sqlite in the user's data location (QStandardPaths::AppDataLocation).
    static QString defaultLocation();
    static bool isServerLocation(const QString& location);

    // A SQLite file on a network share is refused (NetworkShare), as is a server location
    // with a password in it.
    bool open(const QString& location, OpenMode mode, QString* errorMessage);
    // The server with a password typed in a dialog (it goes to the driver only, and is kept
    // nowhere); an empty password lets libpq take it from ~/.pgpass.
    bool openServer(const ServerConnection& server, const QString& password, QString* errorMessage);
    void close();
    bool isOpen() const;

    // After the server went away (a restart, a cable): true when the connection answers, at
    // once or after opening it again. The driver does not notice a dropped connection by
    // itself; what was half-written went with the server's transaction.
    bool ensureConnected(QString* errorMessage);
    // True when `error` says the server (or the shared file) could not be reached.
    static bool isConnectionLost(const QSqlError& error);
    // The server's version ("15.8"), for the administrator checking a connection; empty on
    // SQLite or when it cannot be asked.
    QString serverVersion() const;

    QSqlDatabase connection() const;
    Dialect dialect() const { return m_dialect; }
    QString location() const { return m_location; }
    // The location as people may see it: a server password is never shown or logged.
    static QString displayLocation(const QString& location);
    // The folder beside a database file, where an office may put its own catalog.
    QString directory() const;
    // What open() did about a database file that others could read (it holds personal data):
    // one sentence per file it made private, for the administrator. Also logged as a warning
    // (category loket.privacy), which loketctl prints on stderr.
    QStringList privacyNotices() const { return m_privacyNotices; }

    // How long one statement waits for a lock (SQLite's busy timeout), and how long a writer
    // waits in all for its turn before it gives up (WriteTransaction; PostgreSQL's
    // lock_timeout). Set before open(); tests shorten them.
    void setLockWaits(int statementMs, int writerMs);
    int writerWaitMs() const { return m_writerWaitMs; }

    // Writers take turns on SQLite. Its busy handler polls for the write lock only every
    // 100 ms, so a batch that commits and begins again at once would keep the lock from a
    // counter waiting meanwhile until the whole import is done. After a long write the next
    // one of this connection first pauses for a moment (WriteTransaction calls these).
    void writeLockReleased(qint64 heldMs);
    void waitForTurn();
    static constexpr int LongWriteMs = 100;
    static constexpr int HandOverMs = 150;

private:
    bool openSqlite(QString* errorMessage, OpenMode mode);
    bool openPostgres(QString* errorMessage, const QString& password = QString());
    bool configurePostgres(QString* errorMessage);
    bool answers();
    bool exec(const QString& statement, QString* errorMessage);
    bool createPrivateFile(QString* errorMessage);
    void makePrivate(const QString& path);

    QString m_connectionName;
    QString m_location;
    QStringList m_privacyNotices;
    Dialect m_dialect = Dialect::SQLite;
    int m_statementWaitMs = 5000;
    int m_writerWaitMs = 30000;
    QElapsedTimer m_sinceLongWrite; // valid while a pause is due
};

} // namespace loket
