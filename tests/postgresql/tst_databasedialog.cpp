// Where the office's data is, chosen on the screen (offscreen): this computer's file, or the
// office server with a password that ends up in ~/.pgpass only — tested against a throwaway
// server asking for scram-sha-256 passwords.
#include "AppController.h"
#include "Database.h"
#include "DatabaseDialog.h"
#include "OfficeDatabase.h"
#include "PgPassFile.h"
#include "PostgresServer.h"
#include "RealComponent.h"
#include "WorkstationSettings.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QtTest>
#include <sys/stat.h>

using namespace loket;
using namespace loket::ui;
using namespace loket::test;

class TestDatabaseDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void thisComputerKeepsTheFile();
    void incompleteServerSaysWhatIsMissing();
    void testConnectionSaysWhatIsThere();
    void wrongPasswordIsRefused();
    void acceptingPutsThePasswordInPgpassOnly();
    void changeShowsTheCurrentLocation();
    void locationPrecedence();

private:
    void fillServer(DatabaseDialog& dialog, const QString& password);
    QString iniFile() const { return m_dir.filePath(QStringLiteral("loket.ini")); }

    std::unique_ptr<PostgresServer> m_server;
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<WorkstationSettings> m_settings;
};

void TestDatabaseDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("pgpass"))));
    m_server = std::make_unique<PostgresServer>(PostgresServer::Auth::Password);
    LOKET_REQUIRE_COMPONENT(m_server->isRunning(),
                            QStringLiteral("no PostgreSQL server: ") + m_server->problem());
    m_location = m_server->createDatabase(QStringLiteral("loket_dialog"));
    QVERIFY2(!m_location.isEmpty(), qPrintable(m_server->problem()));
}

void TestDatabaseDialog::cleanupTestCase()
{
    qunsetenv("PGPASSFILE");
}

void TestDatabaseDialog::init()
{
    m_settings.reset();
    QFile::remove(iniFile());
    QFile::remove(PgPassFile().path());
    m_settings = std::make_unique<WorkstationSettings>(iniFile());
}

void TestDatabaseDialog::fillServer(DatabaseDialog& dialog, const QString& password)
{
    dialog.findChild<QRadioButton*>(QStringLiteral("serverRadioButton"))->setChecked(true);
    auto* host = dialog.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"));
    host->clear();
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    dialog.findChild<QSpinBox*>(QStringLiteral("portSpinBox"))->setValue(m_server->port());
    auto* database = dialog.findChild<QLineEdit*>(QStringLiteral("databaseLineEdit"));
    database->setText(QStringLiteral("loket_dialog"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")), password);
}

void TestDatabaseDialog::thisComputerKeepsTheFile()
{
    DatabaseDialog dialog(*m_settings, QString(), DatabaseDialog::Purpose::FirstStart);
    QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("localRadioButton"))->isChecked());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenLocation(), Database::defaultLocation());
    QCOMPARE(m_settings->databaseLocation(), Database::defaultLocation());
}

void TestDatabaseDialog::incompleteServerSaysWhatIsMissing()
{
    DatabaseDialog dialog(*m_settings, QString(), DatabaseDialog::Purpose::FirstStart);
    fillServer(dialog, QString());
    dialog.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"))->clear();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.testResult(), ServerConnection().problem()); // the server is missing
    QCOMPARE(m_settings->databaseLocation(), QString());
}

void TestDatabaseDialog::testConnectionSaysWhatIsThere()
{
    DatabaseDialog dialog(*m_settings, QString(), DatabaseDialog::Purpose::FirstStart);
    fillServer(dialog, m_server->password());
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
    QVERIFY2(dialog.testResult().contains(QStringLiteral("The database is empty")),
             qPrintable(dialog.testResult()));

    Database db;
    QString error;
    QVERIFY2(
        db.openServer(*ServerConnection::fromUrl(m_location, &error), m_server->password(), &error),
        qPrintable(error));
    QVERIFY2(OfficeDatabase::initialise(db, QStringLiteral("seruyan"), &error), qPrintable(error));
    QVERIFY(dialog.testConnection());
    QVERIFY2(dialog.testResult().contains(QStringLiteral("office seruyan")),
             qPrintable(dialog.testResult()));
    QVERIFY(dialog.testResult().contains(db.serverVersion()));
}

void TestDatabaseDialog::wrongPasswordIsRefused()
{
    DatabaseDialog dialog(*m_settings, QString(), DatabaseDialog::Purpose::FirstStart);
    fillServer(dialog, QStringLiteral("salah-sandi"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.testResult().contains(QStringLiteral("Cannot connect")));
    QVERIFY(!dialog.testResult().contains(QStringLiteral("salah-sandi")));
    QVERIFY(!QFile::exists(PgPassFile().path()));
    QCOMPARE(m_settings->databaseLocation(), QString());
}

void TestDatabaseDialog::acceptingPutsThePasswordInPgpassOnly()
{
    DatabaseDialog dialog(*m_settings, QString(), DatabaseDialog::Purpose::FirstStart);
    fillServer(dialog, m_server->password());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenLocation(), m_location);
    QCOMPARE(m_settings->databaseLocation(), m_location);
    m_settings.reset(); // written out
    QFile ini(iniFile());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("Rahasia"));
    struct stat info
    {
    };
    QCOMPARE(::stat(QFile::encodeName(PgPassFile().path()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    // The next start logs in with the location alone.
    Database db;
    QString error;
    QVERIFY2(db.open(m_location, Database::OpenMode::MustExist, &error), qPrintable(error));
}

void TestDatabaseDialog::changeShowsTheCurrentLocation()
{
    DatabaseDialog dialog(*m_settings, m_location, DatabaseDialog::Purpose::Change);
    QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("serverRadioButton"))->isChecked());
    QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("portSpinBox"))->value(), m_server->port());
    const QString current = dialog.findChild<QLabel*>(QStringLiteral("currentLabel"))->text();
    QVERIFY(current.contains(m_location));
    QVERIFY(current.contains(QStringLiteral("starts again")));
}

void TestDatabaseDialog::locationPrecedence()
{
    qunsetenv("LOKET_DB");
    QFile::remove(Database::defaultLocation());
    QCOMPARE(AppController::databaseLocation(QString(), false, *m_settings), QString());
    m_settings->setDatabaseLocation(m_location);
    QCOMPARE(AppController::databaseLocation(QString(), false, *m_settings), m_location);
    qputenv("LOKET_DB", "/tmp/lingkungan.sqlite");
    QCOMPARE(AppController::databaseLocation(QString(), false, *m_settings),
             QStringLiteral("/tmp/lingkungan.sqlite"));
    QCOMPARE(
        AppController::databaseLocation(QStringLiteral("/tmp/perintah.sqlite"), false, *m_settings),
        QStringLiteral("/tmp/perintah.sqlite"));
    qunsetenv("LOKET_DB");
    QVERIFY(AppController::databaseLocation(QString(), true, *m_settings)
                .endsWith(QStringLiteral("loket-demo.sqlite")));
}

QTEST_MAIN(TestDatabaseDialog)
#include "tst_databasedialog.moc"
