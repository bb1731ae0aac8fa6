// loketctl backup and restore as an administrator runs them (issue 11 §4): a round trip row
// for row, a cut-off backup refused, a backup taken while two processes write, the daily
// backup (--auto) for cron, and db migrate backing up first — or refusing when it cannot.
#include "BackupTestSupport.h"
#include "BackupVerifier.h"
#include "ConcurrentWriters.h"
#include "LoketctlClock.h"
#include "Migrator.h"
#include "SettingsStore.h"
#include "UpgradeBackup.h"
#include "WorkflowFixture.h"

#include <QDir>

using namespace loket;
using namespace loket::test;

class TestLoketctlBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { useLoketctlClock(); }
    void init();
    void backupAndRestoreRoundTrip();
    void cutOffBackupIsRefused();
    void backupWhileTwoProcessesWrite();
    void dailyBackupForCron();
    void migrateBacksUpFirst();
    void migrateRefusedWhenBackupFails();

private:
    QString db() const { return m_f->dir->filePath(QStringLiteral("loket.sqlite")); }
    QString file(const QString& name) const { return m_f->dir->filePath(name); }
    static Finished loketctl(const QStringList& arguments)
    {
        return finish(*startLoketctl(arguments));
    }
    bool buildOlderDatabase(const QString& path);

    std::unique_ptr<WorkflowFixture> m_f;
};

void TestLoketctlBackup::init()
{
    m_f = std::make_unique<WorkflowFixture>();
    QVERIFY(m_f->open());
}

void TestLoketctlBackup::backupAndRestoreRoundTrip()
{
    QVERIFY(writeImportCsv(file(QStringLiteral("a.csv")), 0, 200));
    QCOMPARE(
        loketctl({ QStringLiteral("case"), QStringLiteral("import"), file(QStringLiteral("a.csv")),
                   QStringLiteral("--service"), QStringLiteral("PKY-01"), QStringLiteral("--as"),
                   QStringLiteral("siti"), QStringLiteral("--db"), db() })
            .status,
        0);
    const QString backup = file(QStringLiteral("cadangan.sqlite"));
    const Finished taken
        = loketctl({ QStringLiteral("backup"), QStringLiteral("--db"), db(), backup });
    QVERIFY2(taken.status == 0, qPrintable(taken.err));
    QVERIFY(taken.out.contains(QStringLiteral("verified")));

    const QString restored = file(QStringLiteral("pulih/loket.sqlite"));
    const Finished restore
        = loketctl({ QStringLiteral("restore"), backup, QStringLiteral("--db"), restored });
    QVERIFY2(restore.status == 0, qPrintable(restore.err));
    QVERIFY(restore.out.contains(QStringLiteral("audit log intact")));
    Database copy;
    QString error;
    QVERIFY(copy.open(restored, Database::OpenMode::MustExist, &error));
    // The database notes its last good backup after the backup was taken.
    QSqlQuery noted(m_f->database->connection());
    QVERIFY(
        noted.exec(QStringLiteral("DELETE FROM settings WHERE setting_key = 'backup_last_good'"))
        && noted.numRowsAffected() == 1);
    qint64 rows = 0;
    const QStringList differing = differingTables(copy, *m_f->database, copy, &rows);
    QVERIFY2(differing.isEmpty(), qPrintable(differing.join(QStringLiteral(", "))));
    QVERIFY(rows > 400);
    // A second restore into the same file is refused: it holds a database now.
    const Finished again
        = loketctl({ QStringLiteral("restore"), backup, QStringLiteral("--db"), restored });
    QCOMPARE(again.status, 1);
    QVERIFY(again.err.contains(QStringLiteral("new or empty")));
}

void TestLoketctlBackup::cutOffBackupIsRefused()
{
    const QString backup = file(QStringLiteral("cadangan.sqlite"));
    QCOMPARE(loketctl({ QStringLiteral("backup"), QStringLiteral("--db"), db(), backup }).status,
             0);
    QFile cut(backup);
    QVERIFY(cut.resize(cut.size() - 4096));
    const QString target = file(QStringLiteral("pulih.sqlite"));
    const Finished restore
        = loketctl({ QStringLiteral("restore"), backup, QStringLiteral("--db"), target });
    QCOMPARE(restore.status, 1);
    QVERIFY2(restore.err.contains(QStringLiteral("cut off")), qPrintable(restore.err));
    QVERIFY(!QFileInfo::exists(target));
}

// Two imports write batch after batch while backups are taken: every backup is verified and
// holds whole batches only — serials 1…n without a gap.
void TestLoketctlBackup::backupWhileTwoProcessesWrite()
{
    QVERIFY(writeImportCsv(file(QStringLiteral("a.csv")), 0, 1500));
    QVERIFY(writeImportCsv(file(QStringLiteral("b.csv")), 1500, 1500));
    const auto import = [this](const char* csv) {
        return startLoketctl({ QStringLiteral("case"), QStringLiteral("import"),
                               file(QString::fromLatin1(csv)), QStringLiteral("--service"),
                               QStringLiteral("PKY-01"), QStringLiteral("--as"),
                               QStringLiteral("siti"), QStringLiteral("--db"), db() });
    };
    const auto a = import("a.csv");
    const auto b = import("b.csv");
    QStringList backups;
    while (backups.size() < 8
           && (a->state() != QProcess::NotRunning || b->state() != QProcess::NotRunning)) {
        const QString backup = file(QStringLiteral("during-%1.sqlite").arg(backups.size()));
        const Finished taken
            = loketctl({ QStringLiteral("backup"), QStringLiteral("--db"), db(), backup });
        QVERIFY2(taken.status == 0, qPrintable(taken.err));
        backups << backup;
        a->waitForFinished(50);
        b->waitForFinished(50);
    }
    QCOMPARE(finish(*a).status, 0);
    QCOMPARE(finish(*b).status, 0);
    QVERIFY(!backups.isEmpty());
    for (const QString& backup : std::as_const(backups)) {
        const BackupCheck check = BackupVerifier::verifyFile(backup);
        QVERIFY2(check.ok(), qPrintable(check.problem));
        Database copy;
        QString error;
        QVERIFY(copy.open(backup, Database::OpenMode::MustExist, &error));
        QSqlQuery query(copy.connection());
        QStringList numbers;
        QVERIFY(query.exec(QStringLiteral("SELECT case_number FROM cases")));
        while (query.next())
            numbers << query.value(0).toString();
        const QString problem = gapsOrRepeats(numbers);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestLoketctlBackup::dailyBackupForCron()
{
    const QStringList automatic { QStringLiteral("backup"), QStringLiteral("--auto"),
                                  QStringLiteral("--db"), db() };
    const Finished first = loketctl(automatic);
    QVERIFY2(first.status == 0, qPrintable(first.err));
    const QString expected
        = QDir(file(QStringLiteral("cadangan/palangka-raya")))
              .filePath(QStringLiteral("loket-%1.sqlite")
                            .arg(loketctlNow().toLocalTime().date().toString(Qt::ISODate)));
    QVERIFY2(first.out.contains(expected), qPrintable(first.out));
    QVERIFY(BackupVerifier::verifyFile(expected).ok());
    const Finished second = loketctl(automatic);
    QCOMPARE(second.status, 0);
    QVERIFY(second.out.contains(QStringLiteral("nothing to do")));
}

bool TestLoketctlBackup::buildOlderDatabase(const QString& path)
{
    Database older;
    QString error;
    return older.open(path, Database::OpenMode::CreateIfMissing, &error)
        && Migrator(older).migrateTo(Migrator::latestVersion() - 1, &error) >= 0
        && SettingsStore(older).setValue(SettingsStore::OfficeId, QStringLiteral("kotabaru"),
                                         &error);
}

void TestLoketctlBackup::migrateBacksUpFirst()
{
    const QString older = file(QStringLiteral("lama/loket.sqlite"));
    QVERIFY(buildOlderDatabase(older));
    const Finished migrate = loketctl(
        { QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), older });
    QVERIFY2(migrate.status == 0, qPrintable(migrate.err));
    const QString backup = QDir(file(QStringLiteral("lama")))
                               .filePath(UpgradeBackup::fileName(
                                   Migrator::latestVersion() - 1, Migrator::latestVersion(),
                                   loketctlNow().toLocalTime().date()));
    QVERIFY2(migrate.out.contains(backup), qPrintable(migrate.out));
    const BackupCheck check = BackupVerifier::verifyFile(backup);
    QVERIFY2(check.ok(), qPrintable(check.problem));
    QCOMPARE(check.schemaVersion, Migrator::latestVersion() - 1);
}

void TestLoketctlBackup::migrateRefusedWhenBackupFails()
{
    const QString older = file(QStringLiteral("lama/loket.sqlite"));
    QVERIFY(buildOlderDatabase(older));
    QFile blocker(file(QStringLiteral("lama/bukan-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    {
        Database database;
        QString error;
        QVERIFY(database.open(older, Database::OpenMode::MustExist, &error));
        QVERIFY(SettingsStore(database).setValue(
            QStringLiteral("backup_folder"), blocker.fileName() + QStringLiteral("/x"), &error));
    }
    const Finished migrate = loketctl(
        { QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), older });
    QCOMPARE(migrate.status, 1);
    QVERIFY2(migrate.err.contains(QStringLiteral("was not upgraded")), qPrintable(migrate.err));
    Database database;
    QString error;
    QVERIFY(database.open(older, Database::OpenMode::MustExist, &error));
    QCOMPARE(Migrator(database).currentVersion(&error), Migrator::latestVersion() - 1);
}

QTEST_GUILESS_MAIN(TestLoketctlBackup)
#include "tst_loketctlbackup.moc"
