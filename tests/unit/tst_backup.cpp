// Backups that restore (issue 11 §4): the round trip row for row, the files refused, the daily
// backup's rotation with a fixed clock, and the backup taken before an upgrade.
#include "AutoBackup.h"
#include "BackupFile.h"
#include "BackupRestorer.h"
#include "BackupTestSupport.h"
#include "BackupVerifier.h"
#include "BackupWriter.h"
#include "Migrator.h"
#include "SettingsStore.h"
#include "UpgradeBackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;

namespace {

// Local wall time, so that the day a backup is named after does not move with the time zone.
Clock fixedClock(const QDateTime& at)
{
    return [at] { return at; };
}

const QDateTime morning(QDate(2026, 3, 10), QTime(9, 0), Qt::LocalTime);

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool exec(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTripRowForRow();
    void backupIsPrivateAndNeverOverwrites();
    void damagedBackupIsRefused_data();
    void damagedBackupIsRefused();
    void nonEmptyTargetIsRefused();
    void olderBackupIsMigratedUp();
    void cancelLeavesNothing();
    void dailyBackupIsTakenOnceAndRotated();
    void dailyBackupWaitsForItsHour();
    void staleness_data();
    void staleness();
    void upgradeTakesBackupFirst();
    void failedUpgradeBackupStopsMigration();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString freshBackup(const QString& name);
    bool buildOlderDatabase(Database& database, const QString& file, QString* error);

    QTemporaryDir m_dir;
    Database m_office;
    QString m_backup; // a good backup of m_office, never modified
};

void TestBackup::initTestCase()
{
    QString error;
    QVERIFY(m_office.open(path(QStringLiteral("office.sqlite")),
                          Database::OpenMode::CreateIfMissing, &error));
    QVERIFY2(test::fillOffice(m_office, &error), qPrintable(error));
    m_backup = freshBackup(QStringLiteral("good.sqlite"));
    QVERIFY(!m_backup.isEmpty());
}

QString TestBackup::freshBackup(const QString& name)
{
    QString error;
    BackupManifest manifest;
    const QString target = path(name);
    if (!BackupWriter(m_office, fixedClock(morning)).write(target, &manifest, &error)) {
        qWarning() << error;
        return {};
    }
    return target;
}

void TestBackup::roundTripRowForRow()
{
    QString error;
    QStringList report;
    const QString restored = path(QStringLiteral("restored.sqlite"));
    QVERIFY2(BackupRestorer().restore(m_backup, restored, &report, &error), qPrintable(error));

    Database copy;
    QVERIFY(copy.open(restored, Database::OpenMode::MustExist, &error));
    qint64 rows = 0;
    const QStringList differing = test::differingTables(m_office, m_office, copy, &rows);
    QVERIFY2(differing.isEmpty(), qPrintable(differing.join(QStringLiteral(", "))));
    QVERIFY(rows > 500); // users, cases, their steps, audit log, guest book…
    QVERIFY(!copy.connection().tables().contains(BackupManifest::TableName));
    QCOMPARE(OfficeDatabase::officeId(copy, &error), QStringLiteral("palangka-raya"));
    // The numbering continues after the restored rows.
    QVERIFY(exec(copy,
                 QStringLiteral("INSERT INTO settings (setting_key, setting_value)"
                                " VALUES ('after_restore', '1')")));
}

void TestBackup::backupIsPrivateAndNeverOverwrites()
{
    // Owner, group and others (the "user" bits are the owner's again, for the process).
    const auto owners = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(m_backup).permissions() & owners,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const BackupCheck check = BackupVerifier::verifyFile(m_backup);
    QVERIFY2(check.ok(), qPrintable(check.problem));
    QVERIFY(check.manifest);
    QCOMPARE(check.manifest->officeId, QStringLiteral("palangka-raya"));
    QCOMPARE(check.manifest->sourceDialect, QStringLiteral("sqlite"));
    QCOMPARE(check.manifest->schemaVersion, Migrator::latestVersion());
    QVERIFY(check.auditEntries > 0);

    const QByteArray before = hashOf(m_backup);
    QString error;
    BackupManifest manifest;
    QVERIFY(!BackupWriter(m_office, fixedClock(morning)).write(m_backup, &manifest, &error));
    QVERIFY(error.contains(m_backup));
    QCOMPARE(hashOf(m_backup), before);
}

void TestBackup::damagedBackupIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::addRow("truncated in the middle") << "truncate-half"
                                             << "cut off";
    QTest::addRow("truncated in the header") << "truncate-header"
                                             << "cut off";
    QTest::addRow("not a database") << "text"
                                    << "not a Loket backup";
    QTest::addRow("a foreign SQLite file") << "foreign"
                                           << "not a Loket database";
    QTest::addRow("schema newer than this Loket") << "newer"
                                                  << "newer Loket";
    QTest::addRow("audit chain broken") << "audit"
                                        << "audit log was altered";
    QTest::addRow("rows missing") << "rows"
                                  << "its manifest says";
}

void TestBackup::damagedBackupIsRefused()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    const QString file = path(QStringLiteral("damaged-%1.sqlite").arg(damage));
    QFile::remove(file);
    QVERIFY(QFile::copy(m_backup, file));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile raw(file);
    if (damage.startsWith(QLatin1String("truncate"))) {
        const qint64 size = damage.endsWith(QLatin1String("half")) ? (raw.size() / 2) & ~4095 : 50;
        QVERIFY(raw.resize(size));
    } else if (damage == QLatin1String("text")) {
        QVERIFY(raw.open(QIODevice::WriteOnly | QIODevice::Truncate));
        raw.write("tanggal;nama\n2026-03-02;Budi\n");
        raw.close();
    } else {
        Database database;
        QString error;
        if (damage == QLatin1String("foreign")) {
            QVERIFY(raw.remove());
            QVERIFY(database.open(file, Database::OpenMode::CreateIfMissing, &error));
            QVERIFY(exec(database, QStringLiteral("CREATE TABLE photos (id INTEGER, name TEXT)")));
        } else {
            QVERIFY(database.open(file, Database::OpenMode::MustExist, &error));
        }
        if (damage == QLatin1String("newer"))
            QVERIFY(exec(database,
                         QStringLiteral("INSERT INTO schema_migrations VALUES (%1, "
                                        "'from the future', '2030-01-01')")
                             .arg(Migrator::latestVersion() + 1)));
        if (damage == QLatin1String("audit")) {
            QVERIFY(exec(database, QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(exec(database,
                         QStringLiteral("UPDATE audit_log SET after_data = 'changed'"
                                        " WHERE id = (SELECT MIN(id) FROM audit_log)")));
        }
        if (damage == QLatin1String("rows"))
            QVERIFY(exec(database, QStringLiteral("DELETE FROM guest_book")));
    }

    QString error;
    QStringList report;
    const QString target = path(QStringLiteral("target-%1.sqlite").arg(damage));
    QVERIFY(!BackupRestorer().restore(file, target, &report, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".restoring")));
    QVERIFY(!BackupVerifier::verifyFile(file).ok());
}

void TestBackup::nonEmptyTargetIsRefused()
{
    const QString target = m_office.location();
    const QByteArray before = hashOf(target);
    QString error;
    QStringList report;
    QVERIFY(!BackupRestorer().restore(m_backup, target, &report, &error));
    QVERIFY2(error.contains(QStringLiteral("new or empty")), qPrintable(error));
    QCOMPARE(hashOf(target), before);
}

bool TestBackup::buildOlderDatabase(Database& database, const QString& file, QString* error)
{
    return database.open(file, Database::OpenMode::CreateIfMissing, error)
        && Migrator(database).migrateTo(Migrator::latestVersion() - 1, error) >= 0
        && SettingsStore(database).setValue(SettingsStore::OfficeId, QStringLiteral("kotabaru"),
                                            error)
        && exec(database,
                QStringLiteral("INSERT INTO holidays (holiday_date, kind, description,"
                               " source) VALUES ('2026-03-02', 'libur_kantor',"
                               " 'Hari Jadi', 'kantor')"));
}

void TestBackup::olderBackupIsMigratedUp()
{
    Database older;
    QString error;
    QVERIFY2(buildOlderDatabase(older, path(QStringLiteral("older.sqlite")), &error),
             qPrintable(error));
    BackupManifest manifest;
    const QString backup = path(QStringLiteral("older-backup.sqlite"));
    QVERIFY2(BackupWriter(older, fixedClock(morning)).write(backup, &manifest, &error),
             qPrintable(error));
    QCOMPARE(manifest.schemaVersion, Migrator::latestVersion() - 1);

    QStringList report;
    const QString target = path(QStringLiteral("older-restored.sqlite"));
    QVERIFY2(BackupRestorer().restore(backup, target, &report, &error), qPrintable(error));
    Database restored;
    QVERIFY(restored.open(target, Database::OpenMode::MustExist, &error));
    QCOMPARE(Migrator(restored).currentVersion(&error), Migrator::latestVersion());
    QSqlQuery query(restored.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT description FROM holidays")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Hari Jadi"));
}

void TestBackup::cancelLeavesNothing()
{
    QString error;
    const QString target = path(QStringLiteral("cancelled.sqlite"));
    BackupWriter writer(m_office, fixedClock(morning));
    writer.setProgress([](const BackupProgress&) { return false; });
    BackupManifest manifest;
    QVERIFY(!writer.write(target, &manifest, &error));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("cancelled.sqlite*") }), QStringList());
}

void TestBackup::dailyBackupIsTakenOnceAndRotated()
{
    QString error;
    const QString folder = path(QStringLiteral("usb"));
    AutoBackupSettings settings;
    settings.folder = folder;
    settings.keepDays = 30;
    QVERIFY2(AutoBackup::saveSettings(m_office, settings, &error), qPrintable(error));
    const QString officeFolder = QDir(folder).filePath(QStringLiteral("palangka-raya"));
    QVERIFY(QDir().mkpath(officeFolder));
    // Old backups of ours, and files that are not ours.
    const QStringList old { QStringLiteral("loket-2026-02-08.sqlite"),
                            QStringLiteral("loket-2026-01-15-093000.sqlite"),
                            QStringLiteral("loket-2026-01-15.sqlite") };
    const QStringList kept { QStringLiteral("loket-2026-02-09.sqlite"),
                             QStringLiteral("catatan.txt"),
                             QStringLiteral("loket-2026-01-01.sqlite.bak"),
                             QStringLiteral("salinan-2026-01-01.sqlite") };
    for (const QString& name : old + kept) {
        QFile file(QDir(officeFolder).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    AutoBackup daily(m_office, fixedClock(morning));
    QVERIFY(daily.isDue(&error));
    QString taken;
    QVERIFY2(daily.runIfDue(&taken, &error), qPrintable(error));
    QCOMPARE(taken, QDir(officeFolder).filePath(QStringLiteral("loket-2026-03-10.sqlite")));
    QVERIFY(BackupVerifier::verifyFile(taken).ok());
    for (const QString& name : old)
        QVERIFY2(!QFileInfo::exists(QDir(officeFolder).filePath(name)), qPrintable(name));
    for (const QString& name : kept)
        QVERIFY2(QFileInfo::exists(QDir(officeFolder).filePath(name)), qPrintable(name));
    QCOMPARE(AutoBackup::settings(m_office, &error).lastGood, morning.toUTC());

    // Once a day: a second start the same day takes none.
    AutoBackup later(m_office, fixedClock(morning.addSecs(3 * 3600)));
    QVERIFY(!later.isDue(&error));
    QVERIFY(later.runIfDue(&taken, &error));
    QVERIFY(taken.isEmpty());
    // The next day, a new one.
    AutoBackup tomorrow(m_office, fixedClock(morning.addDays(1)));
    QVERIFY(tomorrow.isDue(&error));
}

void TestBackup::dailyBackupWaitsForItsHour()
{
    QString error;
    AutoBackupSettings settings;
    settings.folder = path(QStringLiteral("server"));
    settings.hour = 20;
    QVERIFY2(AutoBackup::saveSettings(m_office, settings, &error), qPrintable(error));
    QVERIFY(!AutoBackup(m_office, fixedClock(morning)).isDue(&error));
    QVERIFY(AutoBackup(m_office, fixedClock(morning.addSecs(11 * 3600))).isDue(&error));
    QVERIFY(AutoBackup::saveSettings(m_office, AutoBackupSettings(), &error));
}

void TestBackup::staleness_data()
{
    QTest::addColumn<QDateTime>("lastGood");
    QTest::addColumn<bool>("stale");
    QTest::addRow("never") << QDateTime() << true;
    QTest::addRow("an hour ago") << morning.addSecs(-3600) << false;
    QTest::addRow("two days ago") << morning.addDays(-2) << false;
    QTest::addRow("two days and a minute") << morning.addDays(-2).addSecs(-60) << true;
}

void TestBackup::staleness()
{
    QFETCH(QDateTime, lastGood);
    QFETCH(bool, stale);
    QCOMPARE(AutoBackup::isStale(lastGood, morning), stale);
}

void TestBackup::upgradeTakesBackupFirst()
{
    Database older;
    QString error;
    QVERIFY2(buildOlderDatabase(older, path(QStringLiteral("upgrade/loket.sqlite")), &error),
             qPrintable(error));
    QString backup;
    QVERIFY2(UpgradeBackup(older, fixedClock(morning)).migrate(&error, &backup) == 1,
             qPrintable(error));
    QCOMPARE(QFileInfo(backup).fileName(),
             UpgradeBackup::fileName(Migrator::latestVersion() - 1, Migrator::latestVersion(),
                                     QDate(2026, 3, 10)));
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(older.location()).absolutePath());
    const BackupCheck check = BackupVerifier::verifyFile(backup);
    QVERIFY2(check.ok(), qPrintable(check.problem));
    QCOMPARE(check.schemaVersion, Migrator::latestVersion() - 1);
    QCOMPARE(Migrator(older).currentVersion(&error), Migrator::latestVersion());
    // Up to date: no backup, nothing to do.
    QCOMPARE(UpgradeBackup(older, fixedClock(morning)).migrate(&error, &backup), 0);
    QVERIFY(backup.isEmpty());
}

void TestBackup::failedUpgradeBackupStopsMigration()
{
    Database older;
    QString error;
    QVERIFY2(buildOlderDatabase(older, path(QStringLiteral("stuck/loket.sqlite")), &error),
             qPrintable(error));
    // A folder that cannot be created (its parent is a file), even for root.
    QFile blocker(path(QStringLiteral("stuck/not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AutoBackupSettings settings;
    settings.folder = blocker.fileName() + QStringLiteral("/cadangan");
    QVERIFY(AutoBackup::saveSettings(older, settings, &error));
    const QByteArray before = hashOf(older.location());

    QString backup;
    QCOMPARE(UpgradeBackup(older, fixedClock(morning)).migrate(&error, &backup), -1);
    QVERIFY2(error.contains(QStringLiteral("was not upgraded")), qPrintable(error));
    QVERIFY2(error.contains(settings.folder), qPrintable(error));
    QCOMPARE(Migrator(older).currentVersion(&error), Migrator::latestVersion() - 1);
    QCOMPARE(hashOf(older.location()), before);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
