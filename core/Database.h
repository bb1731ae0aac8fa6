#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace loket {

// One open connection to Loket's database: a SQLite file (the default) or a PostgreSQL server
// ("postgresql://user:password@host:port/dbname"). Owns its named Qt connection.
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

    bool open(const QString& location, OpenMode mode, QString* errorMessage);
    void close();
    bool isOpen() const;

    QSqlDatabase connection() const;
    Dialect dialect() const { return m_dialect; }
    QString location() const { return m_location; }
    // The location as people may see it: a server password is never shown or logged.
    static QString displayLocation(const QString& location);
    // The folder beside a database file, where an office may put its own catalog.
    QString directory() const;

private:
    bool openSqlite(QString* errorMessage, OpenMode mode);
    bool openPostgres(QString* errorMessage);
    bool exec(const QString& statement, QString* errorMessage);

    QString m_connectionName;
    QString m_location;
    Dialect m_dialect = Dialect::SQLite;
};

} // namespace loket
