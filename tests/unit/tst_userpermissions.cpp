// Only an active administrator changes user accounts, whoever calls UserStore; the system
// creates only the first administrator; the last administrator cannot lock the office out.
#include "AuthFixture.h"
#include "SettingsStore.h"

#include <QSqlQuery>

using namespace loket;
using namespace loket::test;

class TestUserPermissions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void nonAdministratorCannotChangeAccounts();
    void disabledOrUnknownActorIsRefused();
    void systemCreatesOnlyTheFirstAdministrator();
    void systemMayFillADemoDatabase();
    void lastAdministratorStays();
    void fieldChecks_data();
    void fieldChecks();

private:
    int auditRows() const;
    std::unique_ptr<AuthFixture> m_fixture;
};

void TestUserPermissions::init()
{
    m_fixture = std::make_unique<AuthFixture>();
    QVERIFY(m_fixture->open());
}

void TestUserPermissions::cleanup()
{
    m_fixture.reset();
}

int TestUserPermissions::auditRows() const
{
    QSqlQuery query(m_fixture->database->connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && query.next()
        ? query.value(0).toInt()
        : -1;
}

void TestUserPermissions::nonAdministratorCannotChangeAccounts()
{
    const User admin = m_fixture->createAdmin();
    const User clerk = m_fixture->create(QStringLiteral("petugas"),
                                         { UserRole::FrontOffice, UserRole::HeadOfOffice },
                                         admin.id, kClerkPassword);
    QVERIFY(admin.id > 0 && clerk.id > 0);
    UserStore store(*m_fixture->database);
    const int audit = auditRows();
    QString error;

    User intruder;
    intruder.username = QStringLiteral("penyusup");
    intruder.fullName = QStringLiteral("Penyusup");
    intruder.roles = { UserRole::Administrator };
    QVERIFY(!store.create(intruder, kClerkPassword, clerk.id, &error));
    QVERIFY2(error.contains(QStringLiteral("Only an administrator")), qPrintable(error));
    QCOMPARE(store.count(), 2);

    User promoted = clerk;
    promoted.roles.insert(UserRole::Administrator);
    error.clear();
    QVERIFY(!store.update(promoted, clerk.id, &error));
    QVERIFY2(error.contains(QStringLiteral("Only an administrator")), qPrintable(error));
    QVERIFY(!store.find(clerk.id)->hasRole(UserRole::Administrator));

    User disabled = admin;
    disabled.active = false;
    QVERIFY(!store.update(disabled, clerk.id, &error));
    QVERIFY(store.find(admin.id)->active);

    QVERIFY(!store.setPassword(admin.id, QStringLiteral("diambil-alih"), clerk.id, &error));
    QVERIFY2(error.contains(QStringLiteral("Only an administrator")), qPrintable(error));
    QVERIFY(store.authenticate(QStringLiteral("admin"), kAdminPassword, &error));
    QCOMPARE(auditRows(), audit);

    // Everyone may change their own password.
    QVERIFY2(store.setPassword(clerk.id, QStringLiteral("Sandi-Sendiri-1"), clerk.id, &error),
             qPrintable(error));
}

void TestUserPermissions::disabledOrUnknownActorIsRefused()
{
    const User admin = m_fixture->createAdmin();
    UserStore store(*m_fixture->database);
    QString error;
    User second = admin;
    second.id = 0;
    second.username = QStringLiteral("admin2");
    second.fullName = QStringLiteral("Admin Kedua");
    const std::optional<User> created = store.create(second, kAdminPassword, admin.id, &error);
    QVERIFY2(created, qPrintable(error));
    User off = *created;
    off.active = false;
    QVERIFY2(store.update(off, admin.id, &error), qPrintable(error));

    User renamed = admin;
    renamed.fullName = QStringLiteral("Tidak Boleh");
    QVERIFY(!store.update(renamed, off.id, &error)); // a disabled administrator
    QVERIFY(error.contains(QStringLiteral("Only an administrator")));
    QVERIFY(!store.update(renamed, 4242, &error)); // nobody
    QVERIFY(!store.update(renamed, 0, &error)); // the system does not edit people
    QCOMPARE(store.find(admin.id)->fullName, admin.fullName);
}

void TestUserPermissions::systemCreatesOnlyTheFirstAdministrator()
{
    UserStore store(*m_fixture->database);
    QString error;
    User clerk;
    clerk.username = QStringLiteral("petugas");
    clerk.fullName = QStringLiteral("Petugas");
    clerk.roles = { UserRole::FrontOffice };
    QVERIFY(!store.create(clerk, kClerkPassword, 0, &error));
    QVERIFY2(error.contains(QStringLiteral("first account")), qPrintable(error));

    QVERIFY(m_fixture->createAdmin().id > 0);
    QVERIFY(!store.create(clerk, kClerkPassword, 0, &error));
    QVERIFY2(error.contains(QStringLiteral("Only an administrator")), qPrintable(error));
    QCOMPARE(store.count(), 1);
}

void TestUserPermissions::systemMayFillADemoDatabase()
{
    QString error;
    QVERIFY(SettingsStore(*m_fixture->database)
                .setValue(SettingsStore::DemoMarker, QStringLiteral("1"), &error));
    QVERIFY(
        m_fixture->create(QStringLiteral("petugas"), { UserRole::FrontOffice }, 0, kClerkPassword)
            .id
        > 0);
}

void TestUserPermissions::lastAdministratorStays()
{
    const User admin = m_fixture->createAdmin();
    UserStore store(*m_fixture->database);
    QString error;
    User disabled = admin;
    disabled.active = false;
    QVERIFY(!store.update(disabled, admin.id, &error));
    QVERIFY2(error.contains(QStringLiteral("only active administrator")), qPrintable(error));
    User demoted = admin;
    demoted.roles = { UserRole::FrontOffice };
    QVERIFY(!store.update(demoted, admin.id, &error));
    QVERIFY(store.find(admin.id)->hasRole(UserRole::Administrator));

    // With a second administrator the first may step down.
    const User second = m_fixture->create(QStringLiteral("admin2"), { UserRole::Administrator },
                                          admin.id, kAdminPassword);
    QVERIFY(second.id > 0);
    QVERIFY2(store.update(demoted, admin.id, &error), qPrintable(error));
    QVERIFY(!store.find(admin.id)->hasRole(UserRole::Administrator));
}

void TestUserPermissions::fieldChecks_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("fine");
    QTest::addRow("user name") << "username"
                               << "siti.rahma" << true;
    QTest::addRow("user name with capitals") << "username"
                                             << "Siti" << false;
    QTest::addRow("full name") << "fullName"
                               << "Siti Rahmawati" << true;
    QTest::addRow("blank full name") << "fullName"
                                     << "  " << false;
    QTest::addRow("no NIP") << "nip"
                            << "" << true;
    QTest::addRow("NIP") << "nip"
                         << "198503122010011002" << true;
    QTest::addRow("NIP with spaces") << "nip"
                                     << "19850312 201001 1 002" << true;
    QTest::addRow("NIP too short") << "nip"
                                   << "1985031220100110" << false;
    QTest::addRow("NIP with letters") << "nip"
                                      << "19850312201001100X" << false;
}

void TestUserPermissions::fieldChecks()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, fine);
    const QString message = field == QLatin1String("username") ? UserStore::checkUsername(value)
        : field == QLatin1String("fullName")                   ? UserStore::checkFullName(value)
                                                               : UserStore::checkNip(value);
    QCOMPARE(message.isEmpty(), fine);
}

QTEST_GUILESS_MAIN(TestUserPermissions)
#include "tst_userpermissions.moc"
