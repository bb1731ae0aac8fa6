// The idle lock, offscreen: no input for the timeout locks and covers the windows; only the
// same user's password unlocks; the user may log out instead; 0 never locks.
#include "AuthFixture.h"
#include "IdleLock.h"
#include "LockDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>

using namespace loket;
using namespace loket::test;

class TestIdleLock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void shortTimeoutLocks();
    void inputPostponesTheLock();
    void rightPasswordUnlocks();
    void wrongPasswordIsRefused();
    void logoutInstead();
    void zeroNeverLocks();

private:
    QWidget* cover() const;
    void typePassword(const QString& password);

    std::unique_ptr<AuthFixture> m_fixture;
    std::unique_ptr<UserStore> m_users;
    User m_user;
    std::unique_ptr<QMainWindow> m_window;
    QLineEdit* m_edit = nullptr;
    std::unique_ptr<ui::IdleLock> m_lock;
};

void TestIdleLock::initTestCase()
{
    m_fixture = std::make_unique<AuthFixture>();
    QVERIFY(m_fixture->open());
    m_user = m_fixture->createAdmin();
    QVERIFY(m_user.id > 0);
    m_users = std::make_unique<UserStore>(*m_fixture->database);
}

void TestIdleLock::init()
{
    m_window = std::make_unique<QMainWindow>();
    m_edit = new QLineEdit(m_window.get());
    m_edit->setText(QStringLiteral("NIK 6271014503900002"));
    m_window->setCentralWidget(m_edit);
    m_window->resize(640, 480);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_lock = std::make_unique<ui::IdleLock>(*m_users, m_user, m_window.get());
}

void TestIdleLock::cleanup()
{
    m_lock.reset();
    m_window.reset();
}

void TestIdleLock::cleanupTestCase()
{
    m_users.reset();
    m_fixture.reset();
}

QWidget* TestIdleLock::cover() const
{
    return m_window->findChild<QWidget*>(QStringLiteral("lockCoverWidget"));
}

void TestIdleLock::typePassword(const QString& password)
{
    auto* edit = m_lock->lockDialog()->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    QTest::keyClicks(edit, password);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestIdleLock::shortTimeoutLocks()
{
    QSignalSpy locked(m_lock.get(), &ui::IdleLock::locked);
    m_lock->setTimeout(150);
    QVERIFY(!m_lock->isLocked());
    QTRY_VERIFY(m_lock->isLocked());
    QCOMPARE(locked.count(), 1);
    QVERIFY(m_lock->lockDialog()->isVisible());
    QVERIFY(cover() && cover()->isVisible());
    QCOMPARE(cover()->geometry(), m_window->rect());
    QVERIFY2(m_lock->lockDialog()
                 ->findChild<QLabel*>(QStringLiteral("explanationLabel"))
                 ->text()
                 .contains(m_user.fullName.toHtmlEscaped()),
             "the lock says who is logged in");
    // The window stays covered when it is resized.
    m_window->resize(800, 600);
    QTRY_COMPARE(cover()->geometry(), m_window->rect());
}

void TestIdleLock::inputPostponesTheLock()
{
    m_lock->setTimeout(300);
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(100);
        QTest::keyClick(m_edit, Qt::Key_End);
        QVERIFY2(!m_lock->isLocked(), "typing keeps the screen open");
    }
    QTRY_VERIFY(m_lock->isLocked());
}

void TestIdleLock::rightPasswordUnlocks()
{
    QSignalSpy unlocked(m_lock.get(), &ui::IdleLock::unlocked);
    m_lock->setTimeout(60 * 1000);
    m_lock->lock();
    QVERIFY(m_lock->isLocked());
    typePassword(kAdminPassword);
    QTRY_VERIFY(!m_lock->isLocked());
    QCOMPARE(unlocked.count(), 1);
    QTRY_VERIFY(!cover());
    QCOMPARE(m_edit->text(), QStringLiteral("NIK 6271014503900002"));
}

void TestIdleLock::wrongPasswordIsRefused()
{
    m_lock->lock();
    ui::LockDialog* dialog = m_lock->lockDialog();
    dialog->throttle().setDelays(50, 100);
    typePassword(QStringLiteral("bukan-sandinya"));
    QVERIFY(m_lock->isLocked());
    QVERIFY(dialog->isVisible());
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible() && !message->text().isEmpty());
    auto* unlock = dialog->findChild<QPushButton*>(QStringLiteral("unlockButton"));
    QVERIFY(!unlock->isEnabled());
    QTRY_VERIFY(unlock->isEnabled());

    // Escape and closing do not open the screen either.
    QTest::keyClick(dialog, Qt::Key_Escape);
    dialog->close();
    QVERIFY(m_lock->isLocked());
    QVERIFY(cover()->isVisible());

    typePassword(kAdminPassword);
    QTRY_VERIFY(!m_lock->isLocked());
}

void TestIdleLock::logoutInstead()
{
    QSignalSpy logout(m_lock.get(), &ui::IdleLock::logoutRequested);
    m_lock->lock();
    QTest::mouseClick(m_lock->lockDialog()->findChild<QPushButton*>(QStringLiteral("logoutButton")),
                      Qt::LeftButton);
    QCOMPARE(logout.count(), 1);
    QVERIFY(!m_lock->isLocked());
}

void TestIdleLock::zeroNeverLocks()
{
    m_lock->setTimeout(0);
    QTest::qWait(300);
    QVERIFY(!m_lock->isLocked());
}

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
