#pragma once

#include "ServerConnection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace loket {

// The password file of PostgreSQL's client library (libpq): one line per server,
// "host:port:database:user:password", ':' and '\' escaped with '\', '*' matching anything.
// libpq reads it itself when a connection is opened without a password, and ignores it unless
// only its owner may read it: it is written with mode 0600, set before the secret goes in.
// $PGPASSFILE names another file, as it does for libpq (tests use it).
class PgPassFile
{
    Q_DECLARE_TR_FUNCTIONS(loket::PgPassFile)
public:
    PgPassFile(); // $PGPASSFILE, else ~/.pgpass
    explicit PgPassFile(const QString& path);

    static QString defaultPath();
    QString path() const { return m_path; }

    // Adds the connection's line, or replaces the line of exactly this host, port, database
    // and user; the other lines stay as they were.
    bool store(const ServerConnection& connection, const QString& password,
               QString* errorMessage) const;
    // The password libpq would use for this connection: the first matching line.
    std::optional<QString> passwordFor(const ServerConnection& connection) const;

    static QString escaped(const QString& field);
    // The five fields of a line, unescaped; fewer when the line is not an entry.
    static QStringList fields(const QString& line);

private:
    QStringList lines(QString* errorMessage) const;

    QString m_path;
};

} // namespace loket
