// loketctl user as a real process, the password piped on standard input as a server's
// administrator scripts it: the first account, the application's rules, the audit.
#include "AuditQueries.h"
#include "Database.h"
#include "LoketctlProcess.h"
#include "UserStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;
using namespace Qt::StringLiterals;

namespace {

// loketctl with `input` on its standard input (closed after it, as a pipe ends).
LoketctlResult runWithInput(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(LOKETCTL_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

} // namespace

class TestLoketctlUsers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        useLoketctlClock();
        qputenv("LOKET_LANG", "en");
    }
    void init();
    void firstAccountWithoutAs();
    void refused_data();
    void refused();
    void passwordFromStdin();
    void disableEnableAndRoles();
    void helpNamesEveryRole();

private:
    LoketctlResult user(const QStringList& words, const QByteArray& input = {}) const
    {
        return runWithInput(QStringList { u"user"_s } + words + QStringList { u"--db"_s, m_db },
                            input);
    }
    // Adds the administrator "admin" (without --as: the first account) and the clerk "siti".
    void addAdminAndClerk();
    std::optional<User> login(const QString& username, const QString& password) const;
    QJsonArray accounts() const;

    QString m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLoketctlUsers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"kantor.sqlite"_s);
    QVERIFY(initOffice(m_db));
}

void TestLoketctlUsers::addAdminAndClerk()
{
    LoketctlResult result = user({ u"add"_s, u"admin"_s, u"--name"_s, u"Budi Santoso, S.Kom"_s,
                                   u"--roles"_s, u"administrator"_s },
                                 "rahasia-admin\n");
    QVERIFY2(result.status == 0, result.err.constData());
    result
        = user({ u"add"_s, u"siti"_s, u"--name"_s, u"Siti Aminah"_s, u"--nip"_s,
                 u"198705122010012003"_s, u"--roles"_s, u"front-office"_s, u"--as"_s, u"admin"_s },
               "rahasia-siti\n");
    QVERIFY2(result.status == 0, result.err.constData());
}

std::optional<User> TestLoketctlUsers::login(const QString& username, const QString& password) const
{
    Database database;
    QString error;
    if (!database.open(m_db, Database::OpenMode::MustExist, &error))
        return std::nullopt;
    return UserStore(database).authenticate(username, password, &error);
}

QJsonArray TestLoketctlUsers::accounts() const
{
    const LoketctlResult result = user({ u"list"_s, u"--json"_s });
    return result.status == 0 ? QJsonDocument::fromJson(result.out).array() : QJsonArray();
}

void TestLoketctlUsers::firstAccountWithoutAs()
{
    addAdminAndClerk();
    const std::optional<User> admin = login(u"admin"_s, u"rahasia-admin"_s);
    QVERIFY(admin);
    QVERIFY(admin->hasRole(UserRole::Administrator));
    const std::optional<User> siti = login(u"siti"_s, u"rahasia-siti"_s);
    QVERIFY(siti);
    QCOMPARE(siti->nip, u"198705122010012003"_s);

    // The first account is the system's doing, the second the administrator's.
    Database database;
    QString error;
    QVERIFY(database.open(m_db, Database::OpenMode::MustExist, &error));
    AuditFilter filter;
    filter.limit = 10;
    const QList<AuditRecord> records = AuditQueries(database).list(filter, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 2); // newest first
    QCOMPARE(records.at(0).action, u"create"_s);
    QCOMPARE(records.at(0).username, u"admin"_s);
    QCOMPARE(records.at(0).after.value(u"username"_s).toString(), u"siti"_s);
    QCOMPARE(records.at(1).username, QString());
    QCOMPARE(records.at(1).after.value(u"username"_s).toString(), u"admin"_s);
}

void TestLoketctlUsers::refused_data()
{
    QTest::addColumn<bool>("withAccounts");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addRow("first account not an administrator")
        << false << QStringList { u"add"_s,  u"siti"_s,    u"--name"_s,
                                  u"Siti"_s, u"--roles"_s, u"front-office"_s }
        << QByteArray("rahasia-siti\n") << 1 << u"The first account must be an administrator."_s;
    QTest::addRow("second account without --as")
        << true
        << QStringList { u"add"_s, u"rina"_s, u"--name"_s, u"Rina"_s, u"--roles"_s, u"verifier"_s }
        << QByteArray("rahasia-rina\n") << 1 << u"Name the administrator"_s;
    QTest::addRow("a clerk adds an account")
        << true << QStringList { u"add"_s,     u"rina"_s,     u"--name"_s, u"Rina"_s,
                                 u"--roles"_s, u"verifier"_s, u"--as"_s,   u"siti"_s }
        << QByteArray("rahasia-rina\n") << 1
        << u"Only an administrator may add or change user accounts."_s;
    QTest::addRow("password as an argument")
        << true << QStringList { u"passwd"_s, u"siti"_s,       u"--as"_s,
                                 u"admin"_s,  u"--password"_s, u"rahasia-baru"_s }
        << QByteArray() << 2 << u"a password is never given on the command line"_s;
    QTest::addRow("short password")
        << true << QStringList { u"passwd"_s, u"siti"_s, u"--as"_s, u"admin"_s }
        << QByteArray("pendek\n") << 1 << u"at least 8 characters"_s;
    QTest::addRow("no password piped")
        << true << QStringList { u"passwd"_s, u"siti"_s, u"--as"_s, u"admin"_s } << QByteArray()
        << 1 << u"No password on standard input"_s;
    QTest::addRow("last administrator disabled")
        << true << QStringList { u"disable"_s, u"admin"_s, u"--as"_s, u"admin"_s } << QByteArray()
        << 1 << u"the only active administrator"_s;
    QTest::addRow("last administrator loses the role")
        << true << QStringList { u"roles"_s,       u"admin"_s, u"--roles"_s,
                                 u"back-office"_s, u"--as"_s,  u"admin"_s }
        << QByteArray() << 1 << u"the only active administrator"_s;
    QTest::addRow("unknown role") << true
                                  << QStringList { u"roles"_s,       u"siti"_s, u"--roles"_s,
                                                   u"front-ofice"_s, u"--as"_s, u"admin"_s }
                                  << QByteArray() << 2 << u"did you mean \"front-office\"?"_s;
    QTest::addRow("change without --as") << true << QStringList { u"disable"_s, u"siti"_s }
                                         << QByteArray() << 2 << u"--as USER is required"_s;
    QTest::addRow("no such user") << true
                                  << QStringList { u"enable"_s, u"rina"_s, u"--as"_s, u"admin"_s }
                                  << QByteArray() << 1 << u"There is no user \"rina\"."_s;
}

void TestLoketctlUsers::refused()
{
    QFETCH(bool, withAccounts);
    QFETCH(QStringList, words);
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(QString, message);
    if (withAccounts)
        addAdminAndClerk();
    const QJsonArray before = accounts();
    const LoketctlResult result = user(words, input);
    QCOMPARE(result.status, status);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QCOMPARE(accounts(), before); // nothing changed
    if (withAccounts)
        QVERIFY(login(u"siti"_s, u"rahasia-siti"_s));
}

void TestLoketctlUsers::passwordFromStdin()
{
    addAdminAndClerk();
    // Everyone may change their own password; the administrator anyone's.
    LoketctlResult result
        = user({ u"passwd"_s, u"siti"_s, u"--as"_s, u"siti"_s }, "kata-sandi-baru\r\n");
    QVERIFY2(result.status == 0, result.err.constData());
    QVERIFY(!login(u"siti"_s, u"rahasia-siti"_s));
    QVERIFY(login(u"siti"_s, u"kata-sandi-baru"_s)); // the line's end is not part of it
    result = user({ u"passwd"_s, u"siti"_s, u"--as"_s, u"admin"_s }, "dari-admin-123\n");
    QVERIFY2(result.status == 0, result.err.constData());
    QVERIFY(login(u"siti"_s, u"dari-admin-123"_s));
    QVERIFY(!result.out.contains("dari-admin") && !result.err.contains("dari-admin"));
}

void TestLoketctlUsers::disableEnableAndRoles()
{
    addAdminAndClerk();
    LoketctlResult result = user({ u"roles"_s, u"siti"_s, u"--roles"_s,
                                   u"administrator,front-office"_s, u"--as"_s, u"admin"_s });
    QVERIFY2(result.status == 0, result.err.constData());
    // With a second administrator, the first may now be disabled, and enabled again.
    result = user({ u"disable"_s, u"admin"_s, u"--as"_s, u"siti"_s });
    QVERIFY2(result.status == 0, result.err.constData());
    QVERIFY(!login(u"admin"_s, u"rahasia-admin"_s));
    QJsonArray list = accounts();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"username"_s).toString(), u"admin"_s);
    QCOMPARE(list.at(0).toObject().value(u"active"_s).toBool(), false);
    QCOMPARE(list.at(1).toObject().value(u"roles"_s).toArray(),
             QJsonArray({ u"front-office"_s, u"administrator"_s }));
    result = user({ u"disable"_s, u"admin"_s, u"--as"_s, u"admin"_s }); // disabled: may do nothing
    QCOMPARE(result.status, 1);
    result = user({ u"enable"_s, u"admin"_s, u"--as"_s, u"siti"_s });
    QVERIFY2(result.status == 0, result.err.constData());
    QVERIFY(login(u"admin"_s, u"rahasia-admin"_s));
    result = user({ u"list"_s });
    QVERIFY(result.out.contains("siti"));
    QVERIFY(result.out.contains("198705122010012003"));
}

void TestLoketctlUsers::helpNamesEveryRole()
{
    const LoketctlResult result = runLoketctl({ u"user"_s, u"--help"_s });
    QCOMPARE(result.status, 0);
    for (UserRole role : allUserRoles())
        QVERIFY2(result.out.contains(userRoleKey(role).toUtf8()), qPrintable(userRoleKey(role)));
}

QTEST_GUILESS_MAIN(TestLoketctlUsers)
#include "tst_loketctlusers.moc"
