#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace loket {

// Where the office's PostgreSQL server is: host, port, database and user, written as
// "postgresql://user@host:port/database". Never a password: that lives where PostgreSQL's own
// tools look for it (PgPassFile), so it reaches no command line, environment, setting or log.
struct ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(loket::ServerConnection)
public:
    static constexpr int DefaultPort = 5432;

    QString host;
    int port = DefaultPort;
    QString database;
    QString user;

    // Empty, with the reason in `errorMessage`, when `url` is not a server location or carries
    // a password (the message never repeats it).
    static std::optional<ServerConnection> fromUrl(const QString& url, QString* errorMessage);
    QString toUrl() const;
    // What is missing, said for the person filling in the form; empty when complete.
    QString problem() const;

    bool operator==(const ServerConnection& other) const
    {
        return host == other.host && port == other.port && database == other.database
            && user == other.user;
    }
};

} // namespace loket
