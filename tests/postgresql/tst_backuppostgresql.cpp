// Backups that restore, on PostgreSQL (issue 11 §4): an office database on the server backed
// up to the portable SQLite file, then restored into a new SQLite file and into an empty
// PostgreSQL database, equal row for row; a non-empty server database refused, untouched.
#include "BackupRestorer.h"
#include "BackupTestSupport.h"
#include "BackupVerifier.h"
#include "BackupWriter.h"
#include "Migrator.h"
#include "PostgresServer.h"
#include "RealComponent.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace loket;
using namespace loket::test;
using namespace Qt::StringLiterals;

class TestBackupPostgresql : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<PostgresServer> m_server;
    QTemporaryDir m_dir;
    Database m_office;
    QString m_backup;

    qint64 count(Database& database, const QString& sql)
    {
        QSqlQuery query(database.connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<PostgresServer>();
        LOKET_REQUIRE_COMPONENT(m_server->isRunning(),
                                u"no PostgreSQL server: "_s + m_server->problem());
        const QString location = m_server->createDatabase(u"loket_backup_source"_s);
        QVERIFY2(!location.isEmpty(), qPrintable(m_server->problem()));
        QString error;
        QVERIFY2(m_office.open(location, Database::OpenMode::MustExist, &error), qPrintable(error));
        QVERIFY2(fillOffice(m_office, &error), qPrintable(error));
    }

    void backupOfServerIsVerifiedSqliteFile()
    {
        QString error;
        BackupManifest manifest;
        m_backup = m_dir.filePath(u"server.sqlite"_s);
        BackupWriter writer(m_office, [] { return QDateTime(QDate(2026, 3, 10), QTime(9, 0)); });
        int reports = 0;
        writer.setProgress([&reports](const BackupProgress& progress) {
            ++reports;
            return progress.tablesDone <= progress.tableCount;
        });
        QVERIFY2(writer.write(m_backup, &manifest, &error), qPrintable(error));
        QVERIFY(reports > 10); // one a table at least
        QCOMPARE(manifest.sourceDialect, u"postgresql"_s);
        QCOMPARE(manifest.schemaVersion, Migrator::latestVersion());
        QCOMPARE(manifest.officeId, u"palangka-raya"_s);
        const BackupCheck check = BackupVerifier::verifyFile(m_backup);
        QVERIFY2(check.ok(), qPrintable(check.problem));
        QVERIFY(check.auditEntries > 0);

        Database file;
        QVERIFY(file.open(m_backup, Database::OpenMode::MustExist, &error));
        qint64 rows = 0;
        const QStringList differing = differingTables(file, m_office, file, &rows);
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(u", "_s)));
        QVERIFY(rows > 500);
        QCOMPARE(count(file, u"SELECT length(content) FROM case_attachments"_s), 256);
    }

    void restoreIntoSqliteFile()
    {
        QVERIFY(!m_backup.isEmpty());
        QString error;
        QStringList report;
        const QString target = m_dir.filePath(u"restored.sqlite"_s);
        QVERIFY2(BackupRestorer().restore(m_backup, target, &report, &error), qPrintable(error));
        Database restored;
        QVERIFY(restored.open(target, Database::OpenMode::MustExist, &error));
        qint64 rows = 0;
        const QStringList differing = differingTables(restored, m_office, restored, &rows);
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(u", "_s)));
    }

    void restoreIntoEmptyServerDatabase()
    {
        QVERIFY(!m_backup.isEmpty());
        const QString location = m_server->createDatabase(u"loket_backup_target"_s);
        QVERIFY2(!location.isEmpty(), qPrintable(m_server->problem()));
        QString error;
        QStringList report;
        BackupRestorer restorer;
        int reports = 0;
        restorer.setProgress([&reports](const BackupProgress&) {
            ++reports;
            return true;
        });
        QVERIFY2(restorer.restore(m_backup, location, &report, &error), qPrintable(error));
        QVERIFY(reports > 10);

        Database restored;
        QVERIFY(restored.open(location, Database::OpenMode::MustExist, &error));
        Database file;
        QVERIFY(file.open(m_backup, Database::OpenMode::MustExist, &error));
        qint64 rows = 0;
        const QStringList differing = differingTables(file, m_office, restored, &rows);
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(u", "_s)));
        QVERIFY(!restored.connection().tables().contains(BackupManifest::TableName));
        // The numbering goes on after the restored rows: a new case row gets a fresh id.
        const qint64 largest = count(restored, u"SELECT MAX(id) FROM audit_log"_s);
        QSqlQuery insert(restored.connection());
        QVERIFY2(insert.exec(u"INSERT INTO audit_log (occurred_at, action, table_name,"
                             " record_id, before_data, after_data, previous_hash, entry_hash)"
                             " VALUES ('2026-03-10T02:00:00Z', 'test', 'settings', 'x', '', '',"
                             " 'a', 'b') RETURNING id"_s)
                     && insert.next(),
                 qPrintable(insert.lastError().text()));
        QVERIFY(insert.value(0).toLongLong() > largest);
    }

    void nonEmptyServerDatabaseIsRefused()
    {
        QVERIFY(!m_backup.isEmpty());
        const qint64 before = count(m_office, u"SELECT COUNT(*) FROM cases"_s);
        QString error;
        QStringList report;
        QVERIFY(!BackupRestorer().restore(m_backup, m_office.location(), &report, &error));
        QVERIFY2(error.contains(u"already holds data"_s), qPrintable(error));
        QCOMPARE(count(m_office, u"SELECT COUNT(*) FROM cases"_s), before);
    }

    void cancelledRestoreLeavesServerEmpty()
    {
        QVERIFY(!m_backup.isEmpty());
        const QString location = m_server->createDatabase(u"loket_backup_cancelled"_s);
        QVERIFY2(!location.isEmpty(), qPrintable(m_server->problem()));
        QString error;
        QStringList report;
        BackupRestorer restorer;
        restorer.setProgress(
            [](const BackupProgress& progress) { return progress.tablesDone < 5; });
        QVERIFY(!restorer.restore(m_backup, location, &report, &error));
        Database target;
        QVERIFY(target.open(location, Database::OpenMode::MustExist, &error));
        QCOMPARE(count(target, u"SELECT COUNT(*) FROM users"_s), 0);
        // And a second try restores.
        QVERIFY2(BackupRestorer().restore(m_backup, location, &report, &error), qPrintable(error));
        QVERIFY(count(target, u"SELECT COUNT(*) FROM users"_s) > 0);
    }
};

QTEST_GUILESS_MAIN(TestBackupPostgresql)
#include "tst_backuppostgresql.moc"
