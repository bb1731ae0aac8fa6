#include "Database.h"
#include "DatabaseMaintenance.h"
#include "HolidayStore.h"
#include "Migrator.h"
#include "OfficeDatabase.h"
#include "Schema.h"
#include "SettingsStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void migratesAnEmptyFile();
    void migrationIsIdempotent();
    void sqliteSettings();
    void failedMigrationRollsBack();
    void initialiseBindsOneOffice();
    void refusesUnknownOffice();
    void holidaysSeededAndEditable();
    void catalogOverrideBesideTheDatabase();
    void brokenOverrideIsRefusedWithPaths();
    void checkReportsHealthAndProblems();
    void backupIsVerifiedCopy();
    void backupNeverOverwrites();
    void missingFileWhenItMustExist();
    void locationPrecedence();
    void postgresDialectSql();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStorage::migratesAnEmptyFile()
{
    Database db;
    QString error;
    QVERIFY2(
        db.open(path(QStringLiteral("new.sqlite")), Database::OpenMode::CreateIfMissing, &error),
        qPrintable(error));
    Migrator migrator(db);
    QCOMPARE(migrator.currentVersion(&error), 0);
    QCOMPARE(migrator.migrate(&error), schemaMigrations().size());
    QCOMPARE(migrator.currentVersion(&error), Migrator::latestVersion());
    const QStringList tables = db.connection().tables();
    for (const char* table :
         { "settings", "users", "persons", "organisations", "cases", "case_requirements",
           "case_steps", "documents", "holidays", "audit_log", "case_number_counters" })
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
}

void TestStorage::migrationIsIdempotent()
{
    Database db;
    QString error;
    QVERIFY(
        db.open(path(QStringLiteral("twice.sqlite")), Database::OpenMode::CreateIfMissing, &error));
    QVERIFY(Migrator(db).migrate(&error) > 0);
    QCOMPARE(Migrator(db).migrate(&error), 0);
    QVERIFY(error.isEmpty());
}

void TestStorage::sqliteSettings()
{
    Database db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("pragmas.sqlite")), Database::OpenMode::CreateIfMissing,
                    &error));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next());
    QVERIFY(query.value(0).toInt() >= 1000);

    // Foreign keys are enforced: a case step for a case that does not exist is refused.
    QVERIFY(Migrator(db).migrate(&error) >= 0);
    QVERIFY(
        !query.exec(QStringLiteral("INSERT INTO case_steps (case_id, step_order, step_text, state) "
                                   "VALUES (4242, 1, 'x', 'pending')")));
}

void TestStorage::failedMigrationRollsBack()
{
    Database db;
    QString error;
    QVERIFY(
        db.open(path(QStringLiteral("clash.sqlite")), Database::OpenMode::CreateIfMissing, &error));
    // A table in the way makes migration 1 fail half-way: nothing of it may remain.
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE documents (x INTEGER)")));
    QCOMPARE(Migrator(db).migrate(&error), -1);
    QVERIFY(error.contains(QStringLiteral("rolled back")));
    QVERIFY(!db.connection().tables().contains(QStringLiteral("users")));
    QCOMPARE(Migrator(db).currentVersion(&error), 0);
}

void TestStorage::initialiseBindsOneOffice()
{
    Database db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("office.sqlite")), Database::OpenMode::CreateIfMissing,
                    &error));
    QVERIFY2(OfficeDatabase::initialise(db, QStringLiteral("seruyan"), &error), qPrintable(error));
    QCOMPARE(OfficeDatabase::officeId(db, &error), QStringLiteral("seruyan"));
    QVERIFY2(OfficeDatabase::initialise(db, QStringLiteral("seruyan"), &error),
             "initialising again is harmless");
    QVERIFY(!OfficeDatabase::initialise(db, QStringLiteral("kotabaru"), &error));
    QVERIFY(error.contains(QStringLiteral("seruyan")));

    QStringList errors;
    const auto catalog = OfficeDatabase::catalog(db, &errors);
    QVERIFY(catalog);
    QCOMPARE(catalog->office.id, QStringLiteral("seruyan"));
    QCOMPARE(catalog->version(), QStringLiteral("400.9/60/SK-DINSOS/I/2024"));
}

void TestStorage::refusesUnknownOffice()
{
    Database db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("unknown.sqlite")), Database::OpenMode::CreateIfMissing,
                    &error));
    QVERIFY(!OfficeDatabase::initialise(db, QStringLiteral("jakarta"), &error));
    QVERIFY(error.contains(QStringLiteral("jakarta")));
    QVERIFY(error.contains(QStringLiteral("palangka-raya")));
}

void TestStorage::holidaysSeededAndEditable()
{
    Database db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("holidays.sqlite")), Database::OpenMode::CreateIfMissing,
                    &error));
    QVERIFY(OfficeDatabase::initialise(db, QStringLiteral("kotabaru"), &error));
    WorkingCalendar calendar;
    QVERIFY(OfficeDatabase::calendar(db, &calendar, &error));
    QCOMPARE(calendar.holidays().size(), WorkingCalendar::builtIn().holidays().size());

    HolidayStore store(db);
    const QDate anniversary(2026, 1, 5);
    QVERIFY(store.save(
        { anniversary, Holiday::Kind::OfficeClosure, QStringLiteral("Hari Jadi Kabupaten") },
        QStringLiteral("test"), &error));
    QVERIFY(store.save(
        { QDate(2027, 1, 1), Holiday::Kind::NationalHoliday, QStringLiteral("Tahun Baru Masehi") },
        QStringLiteral("test"), &error));
    QVERIFY(store.remove(QDate(2026, 12, 24), &error));
    QVERIFY(!store.remove(QDate(2026, 3, 3), &error)); // not a holiday: says so
    QVERIFY(error.contains(QStringLiteral("2026-03-03")));

    WorkingCalendar edited;
    QVERIFY(OfficeDatabase::calendar(db, &edited, &error));
    QVERIFY(!edited.isWorkingDay(anniversary));
    QVERIFY(edited.isWorkingDay(QDate(2026, 12, 24)));
    QVERIFY(edited.coversYear(2027));

    // Initialising again does not bring back a day the administrator removed.
    QVERIFY(OfficeDatabase::initialise(db, QStringLiteral("kotabaru"), &error));
    WorkingCalendar again;
    QVERIFY(OfficeDatabase::calendar(db, &again, &error));
    QVERIFY(again.isWorkingDay(QDate(2026, 12, 24)));
}

void TestStorage::catalogOverrideBesideTheDatabase()
{
    Database db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("override.sqlite")), Database::OpenMode::CreateIfMissing,
                    &error));
    QVERIFY(OfficeDatabase::initialise(db, QStringLiteral("seruyan"), &error));

    QFile builtIn(QStringLiteral(":/catalog/seruyan.json"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QByteArray revised = builtIn.readAll();
    revised.replace("400.9/60/SK-DINSOS/I/2024", "400.9/12/SK-DINSOS/I/2025");
    QFile own(OfficeDatabase::catalogOverridePath(db));
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write(revised);
    own.close();

    QStringList errors;
    const auto catalog = OfficeDatabase::catalog(db, &errors);
    QVERIFY2(catalog, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(catalog->version(), QStringLiteral("400.9/12/SK-DINSOS/I/2025"));
    QCOMPARE(catalog->source, own.fileName());
}

void TestStorage::brokenOverrideIsRefusedWithPaths()
{
    Database db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("broken.sqlite")), Database::OpenMode::CreateIfMissing,
                    &error));
    QVERIFY(OfficeDatabase::initialise(db, QStringLiteral("seruyan"), &error));
    QFile builtIn(QStringLiteral(":/catalog/seruyan.json"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QByteArray broken = builtIn.readAll();
    broken.replace("\"condition\": \"always\"", "\"condition\": \"sometimes\"");
    QFile own(OfficeDatabase::catalogOverridePath(db));
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write(broken);
    own.close();

    QStringList errors;
    QVERIFY(!OfficeDatabase::catalog(db, &errors));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().contains(QStringLiteral("services[0].requirements[")),
             qPrintable(errors.first()));
    QVERIFY(errors.first().contains(QStringLiteral("\"sometimes\"")));
    QVERIFY(errors.first().startsWith(own.fileName()));
}

void TestStorage::checkReportsHealthAndProblems()
{
    Database db;
    QString error;
    QVERIFY(
        db.open(path(QStringLiteral("check.sqlite")), Database::OpenMode::CreateIfMissing, &error));
    QStringList report;
    QVERIFY(!DatabaseMaintenance(db).check(&report).isEmpty()); // not set up yet

    QVERIFY(OfficeDatabase::initialise(db, QStringLiteral("palangka-raya"), &error));
    report.clear();
    const QStringList problems = DatabaseMaintenance(db).check(&report);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(report.join(QLatin1Char('\n')).contains(QStringLiteral("palangka-raya")));
}

void TestStorage::backupIsVerifiedCopy()
{
    Database db;
    QString error;
    QVERIFY(
        db.open(path(QStringLiteral("live.sqlite")), Database::OpenMode::CreateIfMissing, &error));
    QVERIFY(OfficeDatabase::initialise(db, QStringLiteral("kotabaru"), &error));
    QStringList report;
    const QString target = path(QStringLiteral("backup.sqlite"));
    QVERIFY2(DatabaseMaintenance(db).backup(target, &error, &report), qPrintable(error));
    QVERIFY(QFile::exists(target));

    Database copy;
    QVERIFY(copy.open(target, Database::OpenMode::MustExist, &error));
    QCOMPARE(OfficeDatabase::officeId(copy, &error), QStringLiteral("kotabaru"));
    WorkingCalendar calendar;
    QVERIFY(OfficeDatabase::calendar(copy, &calendar, &error));
    QCOMPARE(calendar.holidays().size(), WorkingCalendar::builtIn().holidays().size());
}

void TestStorage::backupNeverOverwrites()
{
    Database db;
    QString error;
    QVERIFY(
        db.open(path(QStringLiteral("live2.sqlite")), Database::OpenMode::CreateIfMissing, &error));
    QVERIFY(OfficeDatabase::initialise(db, QStringLiteral("kotabaru"), &error));
    QFile existing(path(QStringLiteral("taken.sqlite")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    QStringList report;
    QVERIFY(!DatabaseMaintenance(db).backup(existing.fileName(), &error, &report));
    QVERIFY(error.contains(existing.fileName()));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));
}

void TestStorage::missingFileWhenItMustExist()
{
    Database db;
    QString error;
    const QString file = path(QStringLiteral("absent.sqlite"));
    QVERIFY(!db.open(file, Database::OpenMode::MustExist, &error));
    QVERIFY(error.contains(file));
    QVERIFY(!QFile::exists(file));
}

void TestStorage::locationPrecedence()
{
    qputenv("LOKET_DB", "/tmp/from-environment.sqlite");
    QCOMPARE(Database::resolveLocation(QStringLiteral("/tmp/cli.sqlite")),
             QStringLiteral("/tmp/cli.sqlite"));
    QCOMPARE(Database::resolveLocation(QString()), QStringLiteral("/tmp/from-environment.sqlite"));
    qunsetenv("LOKET_DB");
    QVERIFY(Database::resolveLocation(QString()).endsWith(QStringLiteral("/loket.sqlite")));
    QVERIFY(Database::isServerLocation(QStringLiteral("postgresql://loket@localhost/loket")));
}

void TestStorage::postgresDialectSql()
{
    for (const Migration& migration : schemaMigrations()) {
        for (const QString& statement : migration.statements) {
            const QString pg = sqlForDialect(statement, Database::Dialect::PostgreSQL);
            QVERIFY(!pg.contains(QLatin1Char('{')));
            QVERIFY(!pg.contains(QStringLiteral("AUTOINCREMENT")));
            QVERIFY(
                !sqlForDialect(statement, Database::Dialect::SQLite).contains(QLatin1Char('{')));
        }
    }
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
