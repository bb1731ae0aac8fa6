#include "Database.h"

#include "DatabaseError.h"
#include "PrivateFiles.h"
#include "NetworkShare.h"
#include "ServerConnection.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <optional>

namespace loket {
namespace {
QAtomicInt connectionCounter;
Q_LOGGING_CATEGORY(lcPrivacy, "loket.privacy")
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("loket-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/loket.sqlite");
}

QString Database::resolveLocation(const QString& commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString fromEnvironment = qEnvironmentVariable("LOKET_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultLocation();
}

bool Database::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}

QString Database::displayLocation(const QString& location)
{
    return isServerLocation(location) ? QUrl(location).toDisplayString(QUrl::RemovePassword)
                                      : location;
}

QString Database::directory() const
{
    return isServerLocation(m_location) ? QString() : QFileInfo(m_location).absolutePath();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::open(const QString& location, OpenMode mode, QString* errorMessage)
{
    close();
    m_location = location;
    m_privacyNotices.clear();
    if (isServerLocation(location)) {
        m_dialect = Dialect::PostgreSQL;
        return openPostgres(errorMessage);
    }
    m_dialect = Dialect::SQLite;
    const bool inMemory = location == QLatin1String(":memory:");
    if (const QString refusal = inMemory ? QString() : NetworkShare::refusal(location);
        !refusal.isEmpty()) {
        *errorMessage = refusal;
        return false;
    }
    return openSqlite(errorMessage, mode);
}

bool Database::openServer(const ServerConnection& server, const QString& password,
                          QString* errorMessage)
{
    close();
    m_location = server.toUrl();
    m_dialect = Dialect::PostgreSQL;
    return openPostgres(errorMessage, password);
}

void Database::setLockWaits(int statementMs, int writerMs)
{
    m_statementWaitMs = statementMs;
    m_writerWaitMs = writerMs;
}

void Database::writeLockReleased(qint64 heldMs)
{
    if (m_dialect == Dialect::SQLite && heldMs >= LongWriteMs)
        m_sinceLongWrite.start();
    else
        m_sinceLongWrite.invalidate();
}

void Database::waitForTurn()
{
    if (m_sinceLongWrite.isValid() && m_sinceLongWrite.elapsed() < HandOverMs)
        QThread::msleep(static_cast<unsigned long>(HandOverMs - m_sinceLongWrite.elapsed()));
    m_sinceLongWrite.invalidate();
}

bool Database::exec(const QString& statement, QString* errorMessage)
{
    QSqlQuery query(connection());
    if (query.exec(statement))
        return true;
    if (errorMessage)
        *errorMessage
            = tr("%1 failed: %2").arg(statement, DatabaseError::describe(query.lastError()));
    return false;
}

bool Database::openSqlite(QString* errorMessage, OpenMode mode)
{
    const QFileInfo file(m_location);
    if (mode == OpenMode::MustExist && !file.exists()) {
        *errorMessage = tr("The database file %1 does not exist. Create it with "
                           "\"loketctl db init --office ID\".")
                            .arg(m_location);
        return false;
    }
    if (file.exists() && !file.isWritable()) {
        *errorMessage = tr("The database file %1 is read-only. Ask the administrator to give "
                           "this user write access, or choose another file with --db.")
                            .arg(m_location);
        return false;
    }
    if (!file.exists() && !createPrivateFile(errorMessage))
        return false;
    // New WAL files take the database file's mode; ones left from before may be wider.
    for (const char* suffix : { "", "-wal", "-shm" })
        makePrivate(m_location + QLatin1String(suffix));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_location);
    // Another counter or a backup may hold the file briefly: wait instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_statementWaitMs));
    if (!db.open()) {
        *errorMessage = tr("Cannot open the database %1: %2")
                            .arg(m_location, DatabaseError::describe(db.lastError()));
        return false;
    }
    QSqlQuery journal(db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !journal.next()) {
        *errorMessage = tr("The database %1 cannot be used: %2")
                            .arg(m_location, DatabaseError::describe(journal.lastError()));
        close();
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA foreign_keys=ON"), errorMessage)
        || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"), errorMessage)) {
        close();
        return false;
    }
    return true;
}

// SQLite takes an empty file for a new database, and gives its WAL files the file's mode.
bool Database::createPrivateFile(QString* errorMessage)
{
    if (m_location == QLatin1String(":memory:"))
        return true;
    const QString folder = QFileInfo(m_location).absolutePath();
    if (!PrivateFiles::createFolder(folder, nullptr)) {
        *errorMessage = tr("Cannot create the folder %1 for the database.").arg(folder);
        return false;
    }
    return PrivateFiles::createFile(m_location, errorMessage);
}

void Database::makePrivate(const QString& path)
{
    QString notice;
    if (PrivateFiles::tighten(path, &notice) == PrivateFiles::Tightening::AlreadyPrivate
        || notice.isEmpty())
        return;
    m_privacyNotices << notice;
    qCWarning(lcPrivacy).noquote() << notice;
}

bool Database::openPostgres(QString* errorMessage, const QString& password)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *errorMessage = tr("The PostgreSQL driver (QPSQL) is not installed: install the package "
                           "libqt6sql6-psql.");
        return false;
    }
    const std::optional<ServerConnection> server
        = ServerConnection::fromUrl(m_location, errorMessage);
    if (!server)
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(server->host);
    db.setPort(server->port);
    db.setDatabaseName(server->database);
    db.setUserName(server->user);
    // Without a password libpq looks in ~/.pgpass itself. A server that went away is noticed
    // within seconds instead of the network's minutes.
    db.setConnectOptions(QStringLiteral("connect_timeout=5;keepalives_idle=15;"
                                        "keepalives_interval=5;keepalives_count=3"));
    db.setPassword(password); // kept in memory only, for opening again after a drop
    if (!db.open()) {
        *errorMessage
            = tr("Cannot connect to the PostgreSQL database %1: %2")
                  .arg(displayLocation(m_location), DatabaseError::describe(db.lastError()));
        return false;
    }
    if (!configurePostgres(errorMessage)) {
        close();
        return false;
    }
    return true;
}

bool Database::configurePostgres(QString* errorMessage)
{
    // A writer waits for a lock held by another workstation as long as on SQLite, not forever.
    return exec(QStringLiteral("SET lock_timeout = %1").arg(m_writerWaitMs), errorMessage);
}

bool Database::isConnectionLost(const QSqlError& error)
{
    return DatabaseError::kindOf(error) == DatabaseError::Kind::ConnectionLost;
}

QString Database::serverVersion() const
{
    if (m_dialect != Dialect::PostgreSQL)
        return {};
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SHOW server_version")) && query.next()
        ? query.value(0).toString()
        : QString();
}

bool Database::answers()
{
    QSqlQuery probe(connection());
    return probe.exec(QStringLiteral("SELECT 1")) && probe.next();
}

bool Database::ensureConnected(QString* errorMessage)
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        *errorMessage = DatabaseError::message(DatabaseError::Kind::ConnectionLost);
        return false;
    }
    if (connection().isOpen() && answers())
        return true;
    if (m_dialect == Dialect::SQLite) {
        *errorMessage = DatabaseError::message(DatabaseError::Kind::ConnectionLost);
        return false;
    }
    // The same named connection opened again: every store asks for it by name and so carries
    // on with the new one (with the password it was given, if any).
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        *errorMessage = DatabaseError::describe(db.lastError());
        return false;
    }
    if (!configurePostgres(errorMessage)) {
        db.close();
        return false;
    }
    return true;
}

} // namespace loket
