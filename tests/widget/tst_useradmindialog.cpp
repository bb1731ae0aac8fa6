// The administrator's user list, offscreen: adding a user with several roles, editing,
// disabling, resetting a password; anyone else is refused, by the dialog and by core.
#include "AuthFixture.h"
#include "UserAdminDialog.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace loket;
using namespace loket::test;

class TestUserAdminDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsTheUsers();
    void addUserWithTwoRoles();
    void missingFieldsAreShownBesideThem();
    void editRolesAndDisable();
    void resetPassword();
    void nonAdministratorIsRefused();

private:
    template<typename T> static T* child(QWidget* dialog, const QString& name)
    {
        T* widget = dialog->findChild<T*>(name);
        if (!widget)
            qFatal("no %s", qPrintable(name));
        return widget;
    }
    static void click(QWidget* dialog, const QString& name)
    {
        QTest::mouseClick(child<QWidget>(dialog, name), Qt::LeftButton);
    }
    static void type(QWidget* dialog, const QString& name, const QString& text)
    {
        auto* edit = child<QLineEdit>(dialog, name);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    static void selectUser(QWidget* dialog, const QString& username);

    std::unique_ptr<AuthFixture> m_fixture;
    std::unique_ptr<UserStore> m_users;
    User m_admin;
    User m_clerk;
};

void TestUserAdminDialog::initTestCase()
{
    m_fixture = std::make_unique<AuthFixture>();
    QVERIFY(m_fixture->open());
    m_admin = m_fixture->createAdmin();
    m_clerk = m_fixture->create(QStringLiteral("petugas"), { UserRole::FrontOffice }, m_admin.id,
                                kClerkPassword);
    QVERIFY(m_admin.id > 0 && m_clerk.id > 0);
    m_users = std::make_unique<UserStore>(*m_fixture->database);
}

void TestUserAdminDialog::cleanupTestCase()
{
    m_users.reset();
    m_fixture.reset();
}

void TestUserAdminDialog::selectUser(QWidget* dialog, const QString& username)
{
    auto* table = child<QTableWidget>(dialog, QStringLiteral("usersTableWidget"));
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == username) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualItemRect(table->item(row, 1)).center());
            return;
        }
    }
    qFatal("%s is not listed", qPrintable(username));
}

void TestUserAdminDialog::listsTheUsers()
{
    ui::UserAdminDialog dialog(*m_users, m_admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = child<QTableWidget>(&dialog, QStringLiteral("usersTableWidget"));
    QCOMPARE(table->rowCount(), m_users->count());
    QVERIFY(!child<QLabel>(&dialog, QStringLiteral("refusalLabel"))->isVisible());
    QCOMPARE(dialog.currentUserId(), m_admin.id);
    selectUser(&dialog, QStringLiteral("petugas"));
    QCOMPARE(dialog.currentUserId(), m_clerk.id);
    QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("usernameLineEdit"))->isReadOnly());
    QVERIFY(child<QCheckBox>(&dialog, QStringLiteral("frontOfficeCheckBox"))->isChecked());
    QVERIFY(!child<QCheckBox>(&dialog, QStringLiteral("administratorCheckBox"))->isChecked());
}

void TestUserAdminDialog::addUserWithTwoRoles()
{
    ui::UserAdminDialog dialog(*m_users, m_admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int before = m_users->count();
    click(&dialog, QStringLiteral("newButton"));
    QCOMPARE(dialog.currentUserId(), 0);
    QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("usernameLineEdit"))->hasFocus());
    type(&dialog, QStringLiteral("usernameLineEdit"), QStringLiteral("siti.rahma"));
    type(&dialog, QStringLiteral("fullNameLineEdit"), QStringLiteral("Siti Rahmawati"));
    type(&dialog, QStringLiteral("nipLineEdit"), QStringLiteral("198503122010011002"));
    type(&dialog, QStringLiteral("positionLineEdit"), QStringLiteral("Pekerja Sosial"));
    click(&dialog, QStringLiteral("frontOfficeCheckBox"));
    click(&dialog, QStringLiteral("verifierCheckBox"));
    type(&dialog, QStringLiteral("passwordLineEdit"), kClerkPassword);
    type(&dialog, QStringLiteral("repeatLineEdit"), kClerkPassword);
    click(&dialog, QStringLiteral("saveButton"));

    auto* message = child<QLabel>(&dialog, QStringLiteral("messageLabel"));
    QVERIFY2(message->text().contains(QStringLiteral("siti.rahma")), qPrintable(message->text()));
    QCOMPARE(m_users->count(), before + 1);
    auto* table = child<QTableWidget>(&dialog, QStringLiteral("usersTableWidget"));
    QCOMPARE(table->rowCount(), before + 1);
    const int row = table->currentRow();
    QCOMPARE(table->item(row, 0)->text(), QStringLiteral("siti.rahma"));
    const QString roles = table->item(row, 3)->text();
    QVERIFY2(roles.contains(userRoleTitle(UserRole::FrontOffice))
                 && roles.contains(userRoleTitle(UserRole::Verifier)),
             qPrintable(roles));

    QString error;
    const std::optional<User> saved
        = m_users->authenticate(QStringLiteral("siti.rahma"), kClerkPassword, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->roles, QSet<UserRole>({ UserRole::FrontOffice, UserRole::Verifier }));
    QCOMPARE(saved->position, QStringLiteral("Pekerja Sosial"));
    QCOMPARE(dialog.currentUserId(), saved->id);
}

void TestUserAdminDialog::missingFieldsAreShownBesideThem()
{
    ui::UserAdminDialog dialog(*m_users, m_admin);
    dialog.show();
    const int before = m_users->count();
    click(&dialog, QStringLiteral("newButton"));
    type(&dialog, QStringLiteral("usernameLineEdit"), QStringLiteral("budi"));
    type(&dialog, QStringLiteral("fullNameLineEdit"), QStringLiteral("Budi Santoso"));
    type(&dialog, QStringLiteral("passwordLineEdit"), QStringLiteral("pendek"));
    QTest::keyClick(child<QLineEdit>(&dialog, QStringLiteral("passwordLineEdit")), Qt::Key_Return);
    QVERIFY(dialog.isVisible()); // Enter saves, it does not close
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("rolesMessageLabel"))->isVisible());
    click(&dialog, QStringLiteral("backOfficeCheckBox"));
    click(&dialog, QStringLiteral("saveButton"));
    QVERIFY(!child<QLabel>(&dialog, QStringLiteral("rolesMessageLabel"))->isVisible());
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("passwordMessageLabel"))->isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, QStringLiteral("fullNameLineEdit"))->text(),
             QStringLiteral("Budi Santoso"));
    QCOMPARE(m_users->count(), before);
}

void TestUserAdminDialog::editRolesAndDisable()
{
    ui::UserAdminDialog dialog(*m_users, m_admin);
    dialog.show();
    selectUser(&dialog, QStringLiteral("petugas"));
    click(&dialog, QStringLiteral("backOfficeCheckBox"));
    type(&dialog, QStringLiteral("rankLineEdit"), QStringLiteral("Penata, III/c"));
    click(&dialog, QStringLiteral("saveButton"));
    std::optional<User> saved = m_users->find(m_clerk.id);
    QVERIFY(saved->hasRole(UserRole::BackOffice) && saved->hasRole(UserRole::FrontOffice));
    QCOMPARE(saved->rankGrade, QStringLiteral("Penata, III/c"));

    auto* active = child<QPushButton>(&dialog, QStringLiteral("activeButton"));
    click(&dialog, QStringLiteral("activeButton"));
    QVERIFY(!m_users->find(m_clerk.id)->active);
    QVERIFY(active->text().contains(QStringLiteral("Enable")));
    click(&dialog, QStringLiteral("activeButton"));
    QVERIFY(m_users->find(m_clerk.id)->active);

    // The only administrator cannot disable themself: core says why.
    selectUser(&dialog, QStringLiteral("admin"));
    click(&dialog, QStringLiteral("activeButton"));
    QVERIFY(m_users->find(m_admin.id)->active);
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("messageLabel"))
                ->text()
                .contains(QStringLiteral("only active administrator")));
}

void TestUserAdminDialog::resetPassword()
{
    ui::UserAdminDialog dialog(*m_users, m_admin);
    dialog.show();
    selectUser(&dialog, QStringLiteral("petugas"));
    const QString fresh = QStringLiteral("Sandi-Baru-2026");
    type(&dialog, QStringLiteral("passwordLineEdit"), fresh);
    type(&dialog, QStringLiteral("repeatLineEdit"), fresh);
    click(&dialog, QStringLiteral("resetPasswordButton"));
    QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("passwordLineEdit"))->text().isEmpty());
    QString error;
    QVERIFY2(m_users->authenticate(QStringLiteral("petugas"), fresh, &error), qPrintable(error));
    m_users->setPassword(m_clerk.id, kClerkPassword, m_admin.id, &error);
}

void TestUserAdminDialog::nonAdministratorIsRefused()
{
    ui::UserAdminDialog dialog(*m_users, m_clerk);
    dialog.show();
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("refusalLabel"))->isVisible());
    QVERIFY(!child<QGroupBox>(&dialog, QStringLiteral("detailsGroupBox"))->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("newButton"))->isEnabled());
    QCOMPARE(child<QTableWidget>(&dialog, QStringLiteral("usersTableWidget"))->rowCount(), 0);

    // Without the dialog, core refuses too, even with a forged role.
    User forged = m_clerk;
    forged.roles.insert(UserRole::Administrator);
    User newcomer;
    newcomer.username = QStringLiteral("teman.petugas");
    newcomer.fullName = QStringLiteral("Teman Petugas");
    newcomer.roles = { UserRole::Administrator };
    QString error;
    const int before = m_users->count();
    QVERIFY(!m_users->create(newcomer, kClerkPassword, forged.id, &error));
    QVERIFY2(error.contains(QStringLiteral("Only an administrator")), qPrintable(error));
    QVERIFY(!m_users->update(forged, forged.id, &error));
    QCOMPARE(m_users->count(), before);
    QVERIFY(!m_users->find(m_clerk.id)->hasRole(UserRole::Administrator));
}

QTEST_MAIN(TestUserAdminDialog)
#include "tst_useradmindialog.moc"
