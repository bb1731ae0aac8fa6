// The login dialog, offscreen: a wrong password is answered with a message and a growing
// wait; a right one returns the user; demo databases show their banner and accounts.
#include "AuthFixture.h"
#include "CatalogLoader.h"
#include "DemoSeeder.h"
#include "LoginDialog.h"
#include "RegionTable.h"
#include "SettingsStore.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace loket;
using namespace loket::test;

namespace {

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log << message;
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void wrongPasswordMessageAndWait();
    void waitGrowsAndIsCapped();
    void rightPasswordReturnsTheUser();
    void realDatabaseShowsNoDemoAccounts();
    void demoDatabaseShowsBannerAndAccounts();
    void passwordNeverLogged();

private:
    static void logIn(ui::LoginDialog& dialog, const QString& username, const QString& password);
    std::unique_ptr<AuthFixture> m_real;
    std::unique_ptr<AuthFixture> m_demo;
};

void TestLoginDialog::initTestCase()
{
    m_real = std::make_unique<AuthFixture>();
    QVERIFY(m_real->open());
    QVERIFY(m_real->createAdmin().id > 0);

    m_demo = std::make_unique<AuthFixture>();
    QVERIFY(m_demo->open());
    const auto catalog = CatalogLoader::builtIn(QStringLiteral("palangka-raya")).catalog;
    const RegionTable regions = RegionTable::builtIn();
    DemoSeeder seeder(*m_demo->database, *catalog, WorkingCalendar::builtIn(), regions);
    QString error;
    QVERIFY2(seeder.seedUsers(&error), qPrintable(error));
}

void TestLoginDialog::cleanupTestCase()
{
    m_real.reset();
    m_demo.reset();
}

void TestLoginDialog::logIn(ui::LoginDialog& dialog, const QString& username,
                            const QString& password)
{
    auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"));
    auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    user->selectAll();
    QTest::keyClicks(user, username);
    QTest::keyClicks(secret, password);
    QTest::keyClick(secret, Qt::Key_Return); // Enter = the default button, "Log in"
}

void TestLoginDialog::wrongPasswordMessageAndWait()
{
    UserStore users(*m_real->database);
    ui::LoginDialog dialog(users, QStringLiteral("Dinas Sosial Kota Palangka Raya"), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("loginButton"));
    logIn(dialog, QStringLiteral("admin"), QStringLiteral("salah-sandi"));

    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("password is wrong")),
             qPrintable(message->text()));
    QVERIFY(!button->isEnabled());
    QCOMPARE(dialog.throttle().currentDelay(), 1000);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("waitLabel"))->isVisible());
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"))->text(),
             QStringLiteral("admin"));
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->text().isEmpty());

    // Enter during the wait does nothing.
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")),
                    Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 3000);
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("waitLabel"))->isVisible());
}

void TestLoginDialog::waitGrowsAndIsCapped()
{
    UserStore users(*m_real->database);
    ui::LoginDialog dialog(users, QString(), false);
    dialog.throttle().setDelays(40, 160);
    dialog.show();
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("loginButton"));
    QList<int> delays;
    for (int attempt = 0; attempt < 4; ++attempt) {
        QTRY_VERIFY(button->isEnabled());
        logIn(dialog, QStringLiteral("tidak.ada"), QStringLiteral("apa-saja-123"));
        QVERIFY(!button->isEnabled());
        delays << dialog.throttle().currentDelay();
    }
    QCOMPARE(delays, QList<int>({ 40, 80, 160, 160 }));
}

void TestLoginDialog::rightPasswordReturnsTheUser()
{
    UserStore users(*m_real->database);
    ui::LoginDialog dialog(users, QString(), false);
    dialog.show();
    logIn(dialog, QStringLiteral("admin"), kAdminPassword);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.user().username, QStringLiteral("admin"));
    QVERIFY(dialog.user().hasRole(UserRole::Administrator));
}

void TestLoginDialog::realDatabaseShowsNoDemoAccounts()
{
    UserStore users(*m_real->database);
    ui::LoginDialog dialog(users, QString(), SettingsStore::isDemoDatabase(*m_real->database));
    dialog.show();
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("demoBannerLabel"))->isVisible());
    QVERIFY(!dialog.findChild<QGroupBox*>(QStringLiteral("demoGroupBox"))->isVisible());
    QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("demoAccountsTableWidget"))->rowCount(),
             0);
}

void TestLoginDialog::demoDatabaseShowsBannerAndAccounts()
{
    QVERIFY(SettingsStore::isDemoDatabase(*m_demo->database));
    UserStore users(*m_demo->database);
    ui::LoginDialog dialog(users, QString(), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* banner = dialog.findChild<QLabel*>(QStringLiteral("demoBannerLabel"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("DEMO")));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("DEMO")));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("demoAccountsTableWidget"));
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), int(DemoSeeder::accounts().size()));
    const DemoSeeder::Account clerk = DemoSeeder::accounts().at(1);
    QCOMPARE(table->item(1, 0)->text(), clerk.username);
    QCOMPARE(table->item(1, 1)->text(), clerk.password);

    const QRect cell = table->visualItemRect(table->item(1, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"))->text(),
             clerk.username);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->text(),
             clerk.password);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("loginButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.user().hasRole(UserRole::FrontOffice));
}

void TestLoginDialog::passwordNeverLogged()
{
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    UserStore users(*m_real->database);
    ui::LoginDialog dialog(users, QString(), false);
    dialog.throttle().setDelays(0, 0);
    dialog.show();
    logIn(dialog, QStringLiteral("admin"), QStringLiteral("Rahasia-Sekali-99"));
    QTRY_VERIFY(dialog.findChild<QPushButton*>(QStringLiteral("loginButton"))->isEnabled());
    logIn(dialog, QStringLiteral("admin"), kAdminPassword);
    qInstallMessageHandler(previous);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    for (const QString& line : std::as_const(g_log)) {
        QVERIFY2(!line.contains(QStringLiteral("Rahasia-Sekali-99")), qPrintable(line));
        QVERIFY2(!line.contains(kAdminPassword), qPrintable(line));
    }
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
