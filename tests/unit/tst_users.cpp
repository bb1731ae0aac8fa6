#include "Database.h"
#include "OfficeDatabase.h"
#include "UserStore.h"
#include "Users.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;

namespace {

const QString kPassword = QStringLiteral("Rahasia-Loket-2026!");

User makeUser(const QString& username, const QString& fullName, QSet<UserRole> roles)
{
    User user;
    user.username = username;
    user.fullName = fullName;
    user.nip = QStringLiteral("198503122010011002");
    user.position = QStringLiteral("Pengadministrasi Umum");
    user.roles = std::move(roles);
    return user;
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void hashVerifiesTheRightPassword();
    void hashRejectsWrongPasswords_data();
    void hashRejectsWrongPasswords();
    void saltsDiffer();
    void enoughIterations();
    void hashNeverContainsThePassword();

    void createRefusesInvalidInput_data();
    void createRefusesInvalidInput();
    void createRefusesDuplicateUsername();
    void authenticate();
    void authenticateDisabledAccount();
    void updateKeepsSeveralRoles();
    void setPassword();
    void auditRowsNeverHoldThePassword();
    void onlyAdministratorsManageAccounts();

private:
    User createAdmin();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestUsers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("users.sqlite")),
                        Database::OpenMode::CreateIfMissing, &error),
             qPrintable(error));
    QVERIFY2(OfficeDatabase::initialise(*m_db, QStringLiteral("palangka-raya"), &error),
             qPrintable(error));
}

void TestUsers::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

User TestUsers::createAdmin()
{
    UserStore store(*m_db);
    QString error;
    const std::optional<User> admin
        = store.create(makeUser(QStringLiteral("admin"), QStringLiteral("Administrator Kantor"),
                                { UserRole::Administrator }),
                       kPassword, 0, &error);
    if (!admin)
        qWarning("cannot create the administrator: %s", qPrintable(error));
    return admin.value_or(User {});
}

void TestUsers::hashVerifiesTheRightPassword()
{
    const PasswordHasher::Hash hash = PasswordHasher::hash(kPassword);
    QVERIFY(PasswordHasher::verify(kPassword, hash));
    // Non-ASCII passwords are hashed as UTF-8.
    const QString unicode = QStringLiteral("kata sandi \u00e9\u00e8 \u4e2d\u6587");
    QVERIFY(PasswordHasher::verify(unicode, PasswordHasher::hash(unicode)));
}

void TestUsers::hashRejectsWrongPasswords_data()
{
    QTest::addColumn<QString>("attempt");
    QTest::addRow("another password") << QStringLiteral("password123");
    QTest::addRow("empty") << QString();
    QTest::addRow("Caps Lock") << kPassword.toUpper();
    QTest::addRow("trailing space") << kPassword + QLatin1Char(' ');
    QTest::addRow("one character short") << kPassword.chopped(1);
}

void TestUsers::hashRejectsWrongPasswords()
{
    QFETCH(QString, attempt);
    const PasswordHasher::Hash hash = PasswordHasher::hash(kPassword);
    QVERIFY(!PasswordHasher::verify(attempt, hash));
}

void TestUsers::saltsDiffer()
{
    const PasswordHasher::Hash first = PasswordHasher::hash(kPassword);
    const PasswordHasher::Hash second = PasswordHasher::hash(kPassword);
    QVERIFY(first.salt != second.salt);
    QVERIFY(first.hash != second.hash);
    QCOMPARE(QByteArray::fromBase64(first.salt.toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(first.hash.toLatin1()).size(), 32);
    // Each verifies with its own salt only.
    QVERIFY(PasswordHasher::verify(kPassword, first));
    QVERIFY(PasswordHasher::verify(kPassword, second));
    QVERIFY(!PasswordHasher::verify(kPassword, { first.hash, second.salt, first.iterations }));
}

void TestUsers::enoughIterations()
{
    QVERIFY(PasswordHasher::Iterations >= 100000);
    const PasswordHasher::Hash hash = PasswordHasher::hash(kPassword);
    QVERIFY(hash.iterations >= 100000);
    PasswordHasher::Hash fewer = hash;
    fewer.iterations = 1000;
    QVERIFY2(!PasswordHasher::verify(kPassword, fewer), "the iteration count is part of the hash");
    QVERIFY(!PasswordHasher::verify(kPassword, PasswordHasher::Hash { {}, {}, 1 }));
}

void TestUsers::hashNeverContainsThePassword()
{
    for (const QString& password : { kPassword, QStringLiteral("aaaaaaaa") }) {
        const PasswordHasher::Hash hash = PasswordHasher::hash(password);
        const QString base64 = QString::fromLatin1(password.toUtf8().toBase64());
        for (const QString& stored : { hash.hash, hash.salt }) {
            QVERIFY(!stored.contains(password, Qt::CaseInsensitive));
            QVERIFY(!stored.contains(base64));
            QVERIFY(!QByteArray::fromBase64(stored.toLatin1()).contains(password.toUtf8()));
        }
    }
}

void TestUsers::createRefusesInvalidInput_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<bool>("withRole");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("mentions");

    const QString name = QStringLiteral("Budi Santoso");
    const QString userName = QStringLiteral("user name");
    QTest::addRow("username too short")
        << QStringLiteral("bs") << name << true << kPassword << userName;
    QTest::addRow("username too long")
        << QString(33, QLatin1Char('b')) << name << true << kPassword << userName;
    QTest::addRow("username with capitals")
        << QStringLiteral("Budi") << name << true << kPassword << userName;
    QTest::addRow("username with a space")
        << QStringLiteral("budi santoso") << name << true << kPassword << userName;
    QTest::addRow("username with @")
        << QStringLiteral("budi@dinsos") << name << true << kPassword << userName;
    QTest::addRow("empty username") << QString() << name << true << kPassword << userName;
    QTest::addRow("empty full name")
        << QStringLiteral("budi") << QString() << true << kPassword << QStringLiteral("full name");
    QTest::addRow("blank full name") << QStringLiteral("budi") << QStringLiteral("   ") << true
                                     << kPassword << QStringLiteral("full name");
    QTest::addRow("no role") << QStringLiteral("budi") << name << false << kPassword
                             << QStringLiteral("role");
    QTest::addRow("7-character password") << QStringLiteral("budi") << name << true
                                          << QStringLiteral("1234567") << QStringLiteral("8");
    QTest::addRow("empty password")
        << QStringLiteral("budi") << name << true << QString() << QStringLiteral("8");
}

void TestUsers::createRefusesInvalidInput()
{
    QFETCH(QString, username);
    QFETCH(QString, fullName);
    QFETCH(bool, withRole);
    QFETCH(QString, password);
    QFETCH(QString, mentions);

    UserStore store(*m_db);
    QString error;
    QSet<UserRole> roles;
    if (withRole)
        roles.insert(UserRole::FrontOffice);
    QVERIFY(!store.create(makeUser(username, fullName, roles), password, 0, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(store.count(), 0);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestUsers::createRefusesDuplicateUsername()
{
    const User admin = createAdmin();
    QVERIFY(admin.id > 0);
    UserStore store(*m_db);
    QString error;
    QVERIFY(!store.create(
        makeUser(QStringLiteral("admin"), QStringLiteral("Orang Lain"), { UserRole::FrontOffice }),
        QStringLiteral("another-password"), admin.id, &error));
    QVERIFY2(error.contains(QStringLiteral("\"admin\"")), qPrintable(error));
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.find(admin.id).value().fullName, QStringLiteral("Administrator Kantor"));
}

void TestUsers::authenticate()
{
    const User admin = createAdmin();
    UserStore store(*m_db);
    QString error;
    const std::optional<User> clerk
        = store.create(makeUser(QStringLiteral("siti.rahma"), QStringLiteral("Siti Rahmawati"),
                                { UserRole::FrontOffice, UserRole::Verifier }),
                       kPassword, admin.id, &error);
    QVERIFY2(clerk, qPrintable(error));

    const std::optional<User> in
        = store.authenticate(QStringLiteral("siti.rahma"), kPassword, &error);
    QVERIFY2(in, qPrintable(error));
    QCOMPARE(in->id, clerk->id);
    QCOMPARE(in->fullName, QStringLiteral("Siti Rahmawati"));
    QVERIFY(in->hasRole(UserRole::FrontOffice));
    QVERIFY(in->hasRole(UserRole::Verifier));
    QVERIFY(!in->hasRole(UserRole::Administrator));
    QVERIFY2(store.authenticate(QStringLiteral("  siti.rahma "), kPassword, &error),
             "spaces around the user name are ignored");

    QString wrongPassword;
    QVERIFY(!store.authenticate(QStringLiteral("siti.rahma"), QStringLiteral("salah-sandi"),
                                &wrongPassword));
    QString unknownUser;
    QVERIFY(!store.authenticate(QStringLiteral("tidak.ada"), kPassword, &unknownUser));
    QString emptyPassword;
    QVERIFY(!store.authenticate(QStringLiteral("siti.rahma"), QString(), &emptyPassword));
    QVERIFY(!wrongPassword.isEmpty());
    QCOMPARE(unknownUser, wrongPassword);
    QCOMPARE(emptyPassword, wrongPassword);
    QVERIFY(!wrongPassword.contains(QStringLiteral("siti")));
}

void TestUsers::authenticateDisabledAccount()
{
    const User admin = createAdmin();
    UserStore store(*m_db);
    QString error;
    std::optional<User> clerk = store.create(
        makeUser(QStringLiteral("budi"), QStringLiteral("Budi Santoso"), { UserRole::FrontOffice }),
        kPassword, admin.id, &error);
    QVERIFY2(clerk, qPrintable(error));
    clerk->active = false;
    QVERIFY2(store.update(*clerk, admin.id, &error), qPrintable(error));
    QVERIFY(!store.find(clerk->id).value().active);

    QString disabled;
    QVERIFY(!store.authenticate(QStringLiteral("budi"), kPassword, &disabled));
    QVERIFY2(disabled.contains(QStringLiteral("disabled")), qPrintable(disabled));
    // A wrong password must not reveal that the account exists and is disabled.
    QString wrong;
    QVERIFY(!store.authenticate(QStringLiteral("budi"), QStringLiteral("salah-sandi"), &wrong));
    QVERIFY(!wrong.contains(QStringLiteral("disabled")));

    clerk->active = true;
    QVERIFY(store.update(*clerk, admin.id, &error));
    QVERIFY2(store.authenticate(QStringLiteral("budi"), kPassword, &error), qPrintable(error));
}

void TestUsers::updateKeepsSeveralRoles()
{
    const User admin = createAdmin();
    UserStore store(*m_db);
    QString error;
    std::optional<User> user = store.create(
        makeUser(QStringLiteral("kabid"), QStringLiteral("Kepala Bidang"), { UserRole::Verifier }),
        kPassword, admin.id, &error);
    QVERIFY2(user, qPrintable(error));

    user->roles = { UserRole::HeadOfDivision, UserRole::Verifier, UserRole::BackOffice };
    user->fullName = QStringLiteral("  Drs. Ahmad Yani, M.Si.  ");
    user->rankGrade = QStringLiteral("Pembina, IV/a");
    QVERIFY2(store.update(*user, admin.id, &error), qPrintable(error));
    const std::optional<User> saved = store.find(user->id);
    QVERIFY(saved);
    QCOMPARE(saved->roles, user->roles);
    QCOMPARE(saved->fullName, QStringLiteral("Drs. Ahmad Yani, M.Si."));
    QCOMPARE(saved->rankGrade, QStringLiteral("Pembina, IV/a"));

    const QList<UserRole> everyRole = allUserRoles();
    user->roles = QSet<UserRole>(everyRole.cbegin(), everyRole.cend());
    QVERIFY(store.update(*user, admin.id, &error));
    QCOMPARE(store.find(user->id).value().roles.size(), allUserRoles().size());

    user->roles.clear();
    QVERIFY2(!store.update(*user, admin.id, &error), "a user keeps at least one role");
    QCOMPARE(store.find(user->id).value().roles.size(), allUserRoles().size());

    User ghost = *user;
    ghost.id = 4242;
    ghost.roles = { UserRole::FrontOffice };
    QVERIFY(!store.update(ghost, admin.id, &error));
}

void TestUsers::setPassword()
{
    const User admin = createAdmin();
    UserStore store(*m_db);
    QString error;
    const QString fresh = QStringLiteral("Sandi-Baru-123");
    QVERIFY(!store.setPassword(admin.id, QStringLiteral("short"), admin.id, &error));
    QVERIFY(error.contains(QStringLiteral("8")));
    QVERIFY2(store.authenticate(QStringLiteral("admin"), kPassword, &error), "unchanged");

    QVERIFY2(store.setPassword(admin.id, fresh, admin.id, &error), qPrintable(error));
    QVERIFY(!store.authenticate(QStringLiteral("admin"), kPassword, &error));
    QVERIFY2(store.authenticate(QStringLiteral("admin"), fresh, &error), qPrintable(error));

    QVERIFY(!store.setPassword(4242, fresh, admin.id, &error));
}

void TestUsers::auditRowsNeverHoldThePassword()
{
    const User admin = createAdmin();
    UserStore store(*m_db);
    QString error;
    std::optional<User> clerk = store.create(
        makeUser(QStringLiteral("budi"), QStringLiteral("Budi Santoso"), { UserRole::FrontOffice }),
        kPassword, admin.id, &error);
    QVERIFY2(clerk, qPrintable(error));
    clerk->roles.insert(UserRole::BackOffice);
    QVERIFY(store.update(*clerk, admin.id, &error));
    const QString fresh = QStringLiteral("Sandi-Baru-123");
    QVERIFY(store.setPassword(clerk->id, fresh, admin.id, &error));

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT password_hash, password_salt, password_iterations"
                                      " FROM users WHERE username = 'budi'"))
            && query.next());
    const QString hash = query.value(0).toString();
    const QString salt = query.value(1).toString();
    QVERIFY(query.value(2).toInt() >= 100000);

    query.prepare(QStringLiteral("SELECT action, user_id, before_data, after_data FROM audit_log"
                                 " WHERE table_name = 'users' AND record_id = :id ORDER BY id"));
    query.bindValue(QStringLiteral(":id"), QString::number(clerk->id));
    QVERIFY(query.exec());
    QStringList actions;
    while (query.next()) {
        actions << query.value(0).toString();
        QCOMPARE(query.value(1).toLongLong(), admin.id);
        const QString data = query.value(2).toString() + query.value(3).toString();
        for (const QString& secret : { kPassword, fresh, hash, salt })
            QVERIFY2(!data.contains(secret), qPrintable(data));
        QVERIFY(!data.contains(QStringLiteral("password"), Qt::CaseInsensitive));
        QVERIFY(!data.contains(QStringLiteral("hash"), Qt::CaseInsensitive));
    }
    QCOMPARE(actions,
             QStringList({ QStringLiteral("create"), QStringLiteral("update"),
                           QStringLiteral("password") }));

    // The first administrator is created by the system: no user id.
    query.prepare(QStringLiteral("SELECT user_id FROM audit_log WHERE record_id = :id"));
    query.bindValue(QStringLiteral(":id"), QString::number(admin.id));
    QVERIFY(query.exec() && query.next());
    QVERIFY(query.value(0).isNull());

    // Nothing anywhere in the log holds a password.
    QVERIFY(query.exec(QStringLiteral("SELECT COALESCE(before_data, '') || COALESCE(after_data, '')"
                                      " FROM audit_log")));
    while (query.next()) {
        QVERIFY(!query.value(0).toString().contains(kPassword));
        QVERIFY(!query.value(0).toString().contains(fresh));
    }
}

void TestUsers::onlyAdministratorsManageAccounts()
{
    UserStore store(*m_db);
    QString error;
    const User clerkDraft = makeUser(QStringLiteral("budi"), QStringLiteral("Budi Santoso"),
                                     { UserRole::FrontOffice });
    QVERIFY(!store.create(clerkDraft, kPassword, 0, &error));
    QVERIFY2(error.contains(QStringLiteral("administrator")), qPrintable(error));

    const User admin = createAdmin();
    QVERIFY(admin.id > 0);
    QVERIFY2(!store.create(clerkDraft, kPassword, 0, &error), "the system makes the first only");
    std::optional<User> clerk = store.create(clerkDraft, kPassword, admin.id, &error);
    QVERIFY2(clerk, qPrintable(error));

    User other = makeUser(QStringLiteral("ani"), QStringLiteral("Ani"), { UserRole::BackOffice });
    QVERIFY(!store.create(other, kPassword, clerk->id, &error));
    clerk->roles.insert(UserRole::Administrator);
    QVERIFY2(!store.update(*clerk, clerk->id, &error), "no one gives themselves a role");
    QVERIFY(!store.setPassword(admin.id, QStringLiteral("Sandi-Baru-123"), clerk->id, &error));
    QVERIFY2(store.setPassword(clerk->id, QStringLiteral("Sandi-Baru-123"), clerk->id, &error),
             qPrintable(error));
    QCOMPARE(store.count(), 2);

    User lastAdmin = admin;
    lastAdmin.active = false;
    QVERIFY2(!store.update(lastAdmin, admin.id, &error), "the office keeps an administrator");
    QVERIFY(store.find(admin.id).value().active);
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
