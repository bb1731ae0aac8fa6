// The first-run dialog, offscreen: choosing the office (built in or the office's own catalog
// file) and creating the administrator; errors beside their fields, nothing typed lost.
#include "AuthFixture.h"
#include "CatalogLoader.h"
#include "FirstRunDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <functional>

using namespace loket;
using namespace loket::test;

class TestFirstRunDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void offersEveryOfficeAndAnOwnCatalog();
    void createsTheAdministrator();
    void errorsKeepWhatWasTyped();
    void ownCatalogErrorsAreListedWithTheirPath();
    void ownCatalogOfAnotherOfficeIsRefused();
    void ownCatalogIsCopiedBesideTheDatabase();
    void officeOfTheDatabaseIsFixed();

private:
    template<typename T> T* child(const QString& name)
    {
        T* widget = m_dialog->findChild<T*>(name);
        if (!widget)
            qFatal("no %s", qPrintable(name));
        return widget;
    }
    void typeAdministrator(const QString& username, const QString& repeat);
    void chooseOwnCatalog(const QString& path);
    void clickOk();
    QString writeCatalog(const QString& fileName, const std::function<void(QJsonObject&)>& change);

    std::unique_ptr<AuthFixture> m_fixture;
    std::unique_ptr<ui::FirstRunDialog> m_dialog;
};

void TestFirstRunDialog::init()
{
    m_fixture = std::make_unique<AuthFixture>();
    QVERIFY(m_fixture->open(QString())); // a brand-new file
    m_dialog = std::make_unique<ui::FirstRunDialog>(*m_fixture->database);
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestFirstRunDialog::cleanup()
{
    m_dialog.reset();
    m_fixture.reset();
}

void TestFirstRunDialog::typeAdministrator(const QString& username, const QString& repeat)
{
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("usernameLineEdit")), username);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("fullNameLineEdit")),
                     QStringLiteral("Hendra Kusuma"));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("passwordLineEdit")), kAdminPassword);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("repeatLineEdit")), repeat);
}

void TestFirstRunDialog::chooseOwnCatalog(const QString& path)
{
    auto* combo = child<QComboBox>(QStringLiteral("officeComboBox"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End);
    auto* file = child<QLineEdit>(QStringLiteral("catalogFileLineEdit"));
    QVERIFY(file->isVisible());
    QTest::keyClick(combo, Qt::Key_Tab);
    QVERIFY(file->hasFocus());
    QTest::keyClicks(file, path);
}

void TestFirstRunDialog::clickOk()
{
    auto* buttons = child<QDialogButtonBox>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QString TestFirstRunDialog::writeCatalog(const QString& fileName,
                                         const std::function<void(QJsonObject&)>& change)
{
    QFile builtIn(QStringLiteral(":/catalog/seruyan.json"));
    if (!builtIn.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
    change(root);
    const QString path = m_fixture->path(QStringLiteral("unduhan/") + fileName);
    QDir().mkpath(QFileInfo(path).path());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(root).toJson());
    return path;
}

void TestFirstRunDialog::offersEveryOfficeAndAnOwnCatalog()
{
    auto* combo = child<QComboBox>(QStringLiteral("officeComboBox"));
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("palangka-raya"));
    QVERIFY(child<QLabel>(QStringLiteral("decreeLabel"))->text().contains(QStringLiteral("23")));
    QVERIFY(!child<QLineEdit>(QStringLiteral("catalogFileLineEdit"))->isVisible());
    QVERIFY(!child<QLabel>(QStringLiteral("usernameMessageLabel"))->isVisible());
}

void TestFirstRunDialog::createsTheAdministrator()
{
    auto* combo = child<QComboBox>(QStringLiteral("officeComboBox"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("kotabaru"));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("nipLineEdit")),
                     QStringLiteral("19800101 200501 1 001"));
    typeAdministrator(QStringLiteral("admin"), kAdminPassword);
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->officeId(), QStringLiteral("kotabaru"));
    QString error;
    QCOMPARE(OfficeDatabase::officeId(*m_fixture->database, &error), QStringLiteral("kotabaru"));
    const User admin = m_dialog->administrator();
    QVERIFY(admin.id > 0);
    QVERIFY(admin.hasRole(UserRole::Administrator));
    QCOMPARE(admin.nip, QStringLiteral("19800101 200501 1 001"));
    UserStore users(*m_fixture->database);
    QCOMPARE(users.count(), 1);
    QVERIFY2(users.authenticate(QStringLiteral("admin"), kAdminPassword, &error),
             qPrintable(error));
}

void TestFirstRunDialog::errorsKeepWhatWasTyped()
{
    typeAdministrator(QStringLiteral("Admin Kantor"), QStringLiteral("lain-sekali"));
    clickOk();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->result() != int(QDialog::Accepted));
    auto* username = child<QLabel>(QStringLiteral("usernameMessageLabel"));
    QVERIFY(username->isVisible());
    QVERIFY2(username->text().contains(QStringLiteral("user name")), qPrintable(username->text()));
    QVERIFY(child<QLabel>(QStringLiteral("repeatMessageLabel"))->isVisible());
    QVERIFY(!child<QLabel>(QStringLiteral("fullNameMessageLabel"))->isVisible());
    QCOMPARE(child<QLineEdit>(QStringLiteral("usernameLineEdit"))->text(),
             QStringLiteral("Admin Kantor"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("fullNameLineEdit"))->text(),
             QStringLiteral("Hendra Kusuma"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("passwordLineEdit"))->text(), kAdminPassword);
    QVERIFY(child<QLineEdit>(QStringLiteral("usernameLineEdit"))->hasFocus());
    QString error;
    QVERIFY2(OfficeDatabase::officeId(*m_fixture->database, &error).isEmpty(),
             "nothing is set up while a field is wrong");
    QCOMPARE(UserStore(*m_fixture->database).count(), 0);

    // Correcting the fields is enough.
    auto* edit = child<QLineEdit>(QStringLiteral("usernameLineEdit"));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("admin"));
    auto* repeat = child<QLineEdit>(QStringLiteral("repeatLineEdit"));
    repeat->selectAll();
    QTest::keyClicks(repeat, kAdminPassword);
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestFirstRunDialog::ownCatalogErrorsAreListedWithTheirPath()
{
    const QString path = writeCatalog(QStringLiteral("rusak.json"), [](QJsonObject& root) {
        QJsonArray services = root.value(QStringLiteral("services")).toArray();
        QJsonObject service = services.at(0).toObject();
        QJsonArray requirements = service.value(QStringLiteral("requirements")).toArray();
        QJsonObject requirement = requirements.at(0).toObject();
        requirement.insert(QStringLiteral("condition"), QStringLiteral("sometimes"));
        requirements.replace(0, requirement);
        service.insert(QStringLiteral("requirements"), requirements);
        services.replace(0, service);
        root.insert(QStringLiteral("services"), services);
    });
    QVERIFY(!path.isEmpty());
    chooseOwnCatalog(path);
    typeAdministrator(QStringLiteral("admin"), kAdminPassword);
    clickOk();
    QVERIFY(m_dialog->result() != int(QDialog::Accepted));
    auto* errors = child<QPlainTextEdit>(QStringLiteral("catalogErrorsPlainTextEdit"));
    QVERIFY(errors->isVisible());
    const QString text = errors->toPlainText();
    QVERIFY2(text.contains(path + QStringLiteral(": services[0].requirements[0].condition")),
             qPrintable(text));
    QCOMPARE(child<QLineEdit>(QStringLiteral("catalogFileLineEdit"))->text(), path);
    QCOMPARE(UserStore(*m_fixture->database).count(), 0);
    QVERIFY(!QFile::exists(OfficeDatabase::catalogOverridePath(*m_fixture->database)));
}

void TestFirstRunDialog::ownCatalogOfAnotherOfficeIsRefused()
{
    const QString path = writeCatalog(QStringLiteral("lain.json"), [](QJsonObject& root) {
        QJsonObject office = root.value(QStringLiteral("office")).toObject();
        office.insert(QStringLiteral("id"), QStringLiteral("kota-bandung"));
        root.insert(QStringLiteral("office"), office);
    });
    chooseOwnCatalog(path);
    typeAdministrator(QStringLiteral("admin"), kAdminPassword);
    clickOk();
    QVERIFY(m_dialog->result() != int(QDialog::Accepted));
    const QString text
        = child<QPlainTextEdit>(QStringLiteral("catalogErrorsPlainTextEdit"))->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("office.id")) && text.contains(path), qPrintable(text));
    QCOMPARE(UserStore(*m_fixture->database).count(), 0);
}

void TestFirstRunDialog::ownCatalogIsCopiedBesideTheDatabase()
{
    const QString path = writeCatalog(QStringLiteral("katalog.json"), [](QJsonObject& root) {
        QJsonObject office = root.value(QStringLiteral("office")).toObject();
        office.insert(QStringLiteral("name"), QStringLiteral("Dinas Sosial Seruyan (revisi)"));
        root.insert(QStringLiteral("office"), office);
    });
    chooseOwnCatalog(path);
    QTest::keyClick(child<QLineEdit>(QStringLiteral("catalogFileLineEdit")), Qt::Key_Tab);
    QVERIFY2(
        child<QLabel>(QStringLiteral("decreeLabel"))->text().contains(QStringLiteral("revisi")),
        qPrintable(child<QLabel>(QStringLiteral("decreeLabel"))->text()));
    typeAdministrator(QStringLiteral("admin"), kAdminPassword);
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->officeId(), QStringLiteral("seruyan"));
    QVERIFY(QFile::exists(OfficeDatabase::catalogOverridePath(*m_fixture->database)));
    QStringList errors;
    const auto catalog = OfficeDatabase::catalog(*m_fixture->database, &errors);
    QVERIFY2(catalog, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(catalog->office.name, QStringLiteral("Dinas Sosial Seruyan (revisi)"));
}

void TestFirstRunDialog::officeOfTheDatabaseIsFixed()
{
    m_dialog
        = std::make_unique<ui::FirstRunDialog>(*m_fixture->database, QStringLiteral("seruyan"));
    auto* combo = child<QComboBox>(QStringLiteral("officeComboBox"));
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("seruyan"));
}

QTEST_MAIN(TestFirstRunDialog)
#include "tst_firstrundialog.moc"
