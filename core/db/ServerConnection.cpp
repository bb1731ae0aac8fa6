#include "ServerConnection.h"

#include <QUrl>

namespace loket {

std::optional<ServerConnection> ServerConnection::fromUrl(const QString& url, QString* errorMessage)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid()
        || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        *errorMessage = tr("\"%1\" is not a server location; write it as "
                           "postgresql://user@server:port/database.")
                            .arg(parsed.toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    if (!parsed.password().isEmpty()) {
        *errorMessage = tr("The server location %1 contains a password. Remove it from the "
                           "location and put it in the file ~/.pgpass of this computer's user "
                           "(mode 0600; see docs/server.md), where PostgreSQL looks for it.")
                            .arg(parsed.toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    ServerConnection connection;
    connection.host = parsed.host();
    connection.port = parsed.port(DefaultPort);
    connection.database = parsed.path().mid(1);
    connection.user = parsed.userName();
    const QString missing = connection.problem();
    if (!missing.isEmpty()) {
        *errorMessage = tr("The server location %1 is incomplete: %2")
                            .arg(parsed.toDisplayString(QUrl::RemovePassword), missing);
        return std::nullopt;
    }
    return connection;
}

QString ServerConnection::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString ServerConnection::problem() const
{
    if (host.trimmed().isEmpty())
        return tr("Enter the server's name or address.");
    if (port < 1 || port > 65535)
        return tr("Enter a port between 1 and 65535 (PostgreSQL uses 5432).");
    if (database.trimmed().isEmpty())
        return tr("Enter the name of the database on the server.");
    if (user.trimmed().isEmpty())
        return tr("Enter the user name for the server.");
    return {};
}

} // namespace loket
