// Where the office's data is: a server location never holds a password (it goes to ~/.pgpass,
// owner-only), and a SQLite file on a network share is refused.
#include "Database.h"
#include "NetworkShare.h"
#include "PgPassFile.h"
#include "ServerConnection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace loket;

namespace {
QStringList fields(const char* bars)
{
    return QString::fromLatin1(bars).split(QLatin1Char('|'));
}
} // namespace

class TestServerLocation : public QObject
{
    Q_OBJECT
private slots:
    void urlToConnection_data();
    void urlToConnection();
    void connectionToUrlAndBack();
    void passwordInUrlRefusedWithoutShowingIt();
    void pgpassFields_data();
    void pgpassFields();
    void pgpassStoreReplacesTheMatchingLine();
    void pgpassIsOwnerOnlyEvenWhenAStaleFileWasWide();
    void pgpassHonoursEnvironment();
    void pgpassWildcards();
    void networkFileSystems_data();
    void networkFileSystems();
    void localFolderIsAccepted();

private:
    QTemporaryDir m_dir;
};

void TestServerLocation::urlToConnection_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("valid");
    QTest::addRow("full") << "postgresql://loket@10.0.0.5:5433/kantor"
                          << "10.0.0.5" << 5433 << "kantor"
                          << "loket" << true;
    QTest::addRow("default port") << "postgresql://loket@server/loket"
                                  << "server" << 5432 << "loket"
                                  << "loket" << true;
    QTest::addRow("short scheme") << "postgres://a@h/d"
                                  << "h" << 5432 << "d"
                                  << "a" << true;
    QTest::addRow("no user") << "postgresql://server/loket"
                             << "" << 0 << ""
                             << "" << false;
    QTest::addRow("no database") << "postgresql://loket@server/"
                                 << "" << 0 << ""
                                 << "" << false;
    QTest::addRow("a file") << "/home/x/loket.sqlite"
                            << "" << 0 << ""
                            << "" << false;
}

void TestServerLocation::urlToConnection()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QString error;
    const auto connection = ServerConnection::fromUrl(url, &error);
    QCOMPARE(connection.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        return;
    QTEST(connection->host, "host");
    QTEST(connection->port, "port");
    QTEST(connection->database, "database");
    QTEST(connection->user, "user");
}

void TestServerLocation::connectionToUrlAndBack()
{
    const ServerConnection server { QStringLiteral("kantor-dinsos"), 6543, QStringLiteral("loket"),
                                    QStringLiteral("petugas") };
    QCOMPARE(server.toUrl(), QStringLiteral("postgresql://petugas@kantor-dinsos:6543/loket"));
    QString error;
    QCOMPARE(ServerConnection::fromUrl(server.toUrl(), &error), server);
    QVERIFY(Database::isServerLocation(server.toUrl()));
}

void TestServerLocation::passwordInUrlRefusedWithoutShowingIt()
{
    const QString url = QStringLiteral("postgresql://loket:Rahasia99@127.0.0.1:1/loket");
    QString error;
    QVERIFY(!ServerConnection::fromUrl(url, &error));
    QVERIFY(error.contains(QStringLiteral(".pgpass")));
    QVERIFY(!error.contains(QStringLiteral("Rahasia99")));
    // The database refuses it before trying the server (port 1 would only time out otherwise).
    Database db;
    error.clear();
    QVERIFY(!db.open(url, Database::OpenMode::MustExist, &error));
    QVERIFY(error.contains(QStringLiteral(".pgpass")));
    QVERIFY(!error.contains(QStringLiteral("Rahasia99")));
    QVERIFY(!Database::displayLocation(url).contains(QStringLiteral("Rahasia99")));
}

void TestServerLocation::pgpassFields_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("fields");
    QTest::addRow("plain") << "h:5432:db:u:pw" << fields("h|5432|db|u|pw");
    QTest::addRow("escaped colon and backslash")
        << "h:5432:db:u:a\\:b\\\\c" << fields("h|5432|db|u|a:b\\c");
    QTest::addRow("colon in password unescaped is kept") << "h:1:d:u:x:y" << fields("h|1|d|u|x:y");
    QTest::addRow("comment") << "# h:1:d:u:p" << QStringList();
    QTest::addRow("too few") << "h:1:d" << QStringList();
}

void TestServerLocation::pgpassFields()
{
    QFETCH(QString, line);
    QTEST(PgPassFile::fields(line), "fields");
}

void TestServerLocation::pgpassStoreReplacesTheMatchingLine()
{
    const QString path = m_dir.filePath(QStringLiteral("replace.pgpass"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# the office's other server\nother:5432:*:admin:x\n"
                   "server:5432:loket:loket:old\n");
    }
    const ServerConnection server { QStringLiteral("server"), 5432, QStringLiteral("loket"),
                                    QStringLiteral("loket") };
    PgPassFile pgpass(path);
    QString error;
    QVERIFY2(pgpass.store(server, QStringLiteral("n:e\\w"), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             QByteArray("# the office's other server\nother:5432:*:admin:x\n"
                        "server:5432:loket:loket:n\\:e\\\\w\n"));
    QCOMPARE(pgpass.passwordFor(server), QStringLiteral("n:e\\w"));
}

void TestServerLocation::pgpassIsOwnerOnlyEvenWhenAStaleFileWasWide()
{
    const QString path = m_dir.filePath(QStringLiteral("mode.pgpass"));
    QFile stale(path + QStringLiteral(".new")); // left by a crash, readable by all
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    QVERIFY(stale.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                 | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QString error;
    QVERIFY2(PgPassFile(path).store(
                 { QStringLiteral("h"), 5432, QStringLiteral("d"), QStringLiteral("u") },
                 QStringLiteral("secret"), &error),
             qPrintable(error));
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u); // what libpq checks before it reads the file
    QVERIFY(!QFile::exists(path + QStringLiteral(".new")));
}

void TestServerLocation::pgpassHonoursEnvironment()
{
    const QString path = m_dir.filePath(QStringLiteral("env.pgpass"));
    qputenv("PGPASSFILE", path.toLocal8Bit());
    QCOMPARE(PgPassFile().path(), path);
    qunsetenv("PGPASSFILE");
    QVERIFY(PgPassFile().path().endsWith(QStringLiteral("/.pgpass")));
}

void TestServerLocation::pgpassWildcards()
{
    const QString path = m_dir.filePath(QStringLiteral("wild.pgpass"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("server:*:*:loket:first\nserver:5432:loket:loket:second\n");
    }
    const PgPassFile pgpass(path);
    QCOMPARE(pgpass.passwordFor({ QStringLiteral("server"), 5432, QStringLiteral("loket"),
                                  QStringLiteral("loket") }),
             QStringLiteral("first")); // the first match wins, as in libpq
    QVERIFY(!pgpass.passwordFor(
        { QStringLiteral("server"), 5432, QStringLiteral("loket"), QStringLiteral("admin") }));
}

void TestServerLocation::networkFileSystems_data()
{
    QTest::addColumn<quint32>("magic");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<QString>("share");
    QTest::addRow("nfs") << 0x6969u << "nfs4"
                         << "NFS";
    QTest::addRow("smb") << 0x517Bu << "smbfs"
                         << "SMB/CIFS";
    QTest::addRow("cifs") << 0xFF534D42u << "cifs"
                          << "SMB/CIFS";
    QTest::addRow("smb2") << 0xFE534D42u << "smb3"
                          << "SMB/CIFS";
    QTest::addRow("9p") << 0x01021997u << "9p"
                        << "9p";
    QTest::addRow("sshfs") << 0x65735546u << "fuse.sshfs"
                           << "SSHFS";
    QTest::addRow("local fuse") << 0x65735546u << "fuse.encfs"
                                << "";
    QTest::addRow("ext4") << 0xEF53u << "ext4"
                          << "";
    QTest::addRow("tmpfs") << 0x01021994u << "tmpfs"
                           << "";
    QTest::addRow("btrfs") << 0x9123683Eu << "btrfs"
                           << "";
    QTest::addRow("xfs") << 0x58465342u << "xfs"
                         << "";
    QTest::addRow("overlay") << 0x794C7630u << "overlay"
                             << "";
}

void TestServerLocation::networkFileSystems()
{
    QFETCH(quint32, magic);
    QFETCH(QString, typeName);
    QTEST(NetworkShare::networkFileSystem(magic, typeName), "share");
}

// The temporary folder is on this machine's own disk (or tmpfs): a file there, existing or
// not yet, is accepted and opens.
void TestServerLocation::localFolderIsAccepted()
{
    const QString file = m_dir.filePath(QStringLiteral("not/yet/made/loket.sqlite"));
    QCOMPARE(NetworkShare::refusal(file), QString());
    Database db;
    QString error;
    QVERIFY2(db.open(file, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
