// Logging in to an office server that asks for a password (scram-sha-256 over the network, as
// docs/server.md sets it up): Loket never passes the password in the location; libpq finds it in
// the ~/.pgpass that PgPassFile writes, or takes the one typed in the dialog.
#include "Database.h"
#include "PgPassFile.h"
#include "PostgresServer.h"
#include "RealComponent.h"
#include "ServerConnection.h"

#include <QtTest>

using namespace loket;
using namespace loket::test;

class TestServerLogin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void noPasswordNoLogin();
    void passwordFromPgpass();
    void typedPasswordSurvivesARestart();
    void wrongPasswordRefused();

private:
    ServerConnection server() const;

    std::unique_ptr<PostgresServer> m_server;
    QTemporaryDir m_home;
    QString m_location;
};

void TestServerLogin::initTestCase()
{
    m_server = std::make_unique<PostgresServer>(PostgresServer::Auth::Password);
    LOKET_REQUIRE_COMPONENT(m_server->isRunning(),
                            QStringLiteral("no PostgreSQL server: ") + m_server->problem());
    m_location = m_server->createDatabase(QStringLiteral("loket_login"));
    QVERIFY2(!m_location.isEmpty(), qPrintable(m_server->problem()));
    QVERIFY(!m_location.contains(m_server->password()));
    // libpq reads this file, not the tester's own ~/.pgpass.
    qputenv("PGPASSFILE", QFile::encodeName(m_home.filePath(QStringLiteral("pgpass"))));
}

void TestServerLogin::cleanupTestCase()
{
    qunsetenv("PGPASSFILE");
}

ServerConnection TestServerLogin::server() const
{
    QString error;
    return ServerConnection::fromUrl(m_location, &error).value_or(ServerConnection());
}

void TestServerLogin::noPasswordNoLogin()
{
    QFile::remove(PgPassFile().path());
    Database db;
    QString error;
    QVERIFY(!db.open(m_location, Database::OpenMode::MustExist, &error));
    QVERIFY(error.contains(Database::displayLocation(m_location)));
}

void TestServerLogin::passwordFromPgpass()
{
    QString error;
    QVERIFY2(PgPassFile().store(server(), m_server->password(), &error), qPrintable(error));
    Database db;
    QVERIFY2(db.open(m_location, Database::OpenMode::MustExist, &error), qPrintable(error));
    QVERIFY(!db.serverVersion().isEmpty());
    QFile::remove(PgPassFile().path());
}

void TestServerLogin::typedPasswordSurvivesARestart()
{
    QFile::remove(PgPassFile().path());
    Database db;
    QString error;
    QVERIFY2(db.openServer(server(), m_server->password(), &error), qPrintable(error));
    QVERIFY2(m_server->stop() && m_server->startAgain(), qPrintable(m_server->problem()));
    QVERIFY2(db.ensureConnected(&error), qPrintable(error));
}

void TestServerLogin::wrongPasswordRefused()
{
    Database db;
    QString error;
    QVERIFY(!db.openServer(server(), QStringLiteral("bukan-sandinya"), &error));
    QVERIFY(!error.contains(QStringLiteral("bukan-sandinya")));
}

QTEST_GUILESS_MAIN(TestServerLogin)
#include "tst_serverlogin.moc"
