#include "BackupWriter.h"

#include "BackupFile.h"
#include "BackupVerifier.h"
#include "DatabaseError.h"
#include "Migrator.h"
#include "SettingsStore.h"
#include "TableCopier.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

BackupWriter::BackupWriter(Database& source, Clock clock)
    : m_source(source)
    , m_clock(std::move(clock))
{
}

bool BackupWriter::write(const QString& target, BackupManifest* written, QString* errorMessage)
{
    errorMessage->clear();
    if (QFileInfo::exists(target)) {
        *errorMessage
            = tr("%1 already exists; a backup never overwrites a file. Choose a new name.")
                  .arg(target);
        return false;
    }
    if (!BackupFile::preparePrivateFolder(QFileInfo(target).absolutePath(), errorMessage))
        return false;
    // Written under another name first: an interrupted backup never looks like a backup.
    // Per process: two workstations taking the day's backup at once do not share it.
    const QString partial
        = target + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(partial);
    BackupManifest manifest;
    manifest.sourceDialect = BackupManifest::dialectName(m_source.dialect());
    manifest.takenAt = m_clock();
    manifest.loketVersion = QCoreApplication::applicationVersion();
    bool ok = m_source.dialect() == Database::Dialect::SQLite
        ? copySqlite(partial, errorMessage)
        : copyPostgres(partial, &manifest, errorMessage);
    if (ok) {
        Database backup;
        ok = backup.open(partial, Database::OpenMode::MustExist, errorMessage)
            && (m_source.dialect() == Database::Dialect::PostgreSQL
                || describeSqliteCopy(backup, &manifest, errorMessage))
            && manifest.write(backup, errorMessage);
    }
    if (ok) {
        Database backup;
        ok = backup.open(partial, Database::OpenMode::MustExist, errorMessage);
        if (ok) {
            const BackupCheck check = BackupVerifier::verify(backup);
            if (!check.ok()) {
                *errorMessage = tr("The backup %1 failed its check: %2").arg(target, check.problem);
                ok = false;
            }
        }
    }
    ok = ok && BackupFile::makePrivate(partial, errorMessage);
    if (ok && !QFile::rename(partial, target)) {
        *errorMessage = tr("Cannot give the backup its name %1.").arg(target);
        ok = false;
    }
    if (!ok) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        return false;
    }
    *written = manifest;
    return true;
}

bool BackupWriter::copySqlite(const QString& file, QString* errorMessage)
{
    if (m_progress && !m_progress({ QString(), 0, 1, 0 })) {
        *errorMessage = tr("Cancelled.");
        return false;
    }
    // One consistent copy while counters keep writing.
    QSqlQuery query(m_source.connection());
    query.prepare(QStringLiteral("VACUUM INTO :target"));
    query.bindValue(QStringLiteral(":target"), file);
    if (!query.exec()) {
        *errorMessage = tr("The backup to %1 failed: %2")
                            .arg(file, DatabaseError::describe(query.lastError()));
        return false;
    }
    if (m_progress)
        m_progress({ QString(), 1, 1, 0 });
    return true;
}

bool BackupWriter::describeSqliteCopy(Database& backup, BackupManifest* manifest,
                                      QString* errorMessage)
{
    // The copy is the moment the backup holds: its own counts, version and office.
    manifest->schemaVersion = Migrator(backup).currentVersion(errorMessage);
    if (manifest->schemaVersion < 0)
        return false;
    manifest->officeId = SettingsStore(backup).value(SettingsStore::OfficeId, errorMessage);
    const QStringList tables = TableCopier::tablesInOrder(backup, errorMessage);
    if (!errorMessage->isEmpty())
        return false;
    QSqlQuery query(backup.connection());
    for (const QString& table : tables) {
        // Names from the file's own catalogue.
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table))
            || !query.next()) {
            *errorMessage = tr("Cannot count the rows of %1: %2")
                                .arg(table, DatabaseError::describe(query.lastError()));
            return false;
        }
        manifest->rowCounts.insert(table, query.value(0).toLongLong());
    }
    return true;
}

bool BackupWriter::copyPostgres(const QString& file, BackupManifest* manifest,
                                QString* errorMessage)
{
    Database backup;
    if (!backup.open(file, Database::OpenMode::CreateIfMissing, errorMessage))
        return false;
    QSqlDatabase source = m_source.connection();
    if (!source.transaction()) {
        *errorMessage = tr("Cannot start reading the database: %1")
                            .arg(DatabaseError::describe(source.lastError()));
        return false;
    }
    const bool ok = copyPostgresInSnapshot(backup, manifest, errorMessage);
    source.rollback(); // read only: nothing to keep
    return ok;
}

bool BackupWriter::copyPostgresInSnapshot(Database& backup, BackupManifest* manifest,
                                          QString* errorMessage)
{
    // Every table as of one moment, while the counters keep writing.
    QSqlQuery snapshot(m_source.connection());
    if (!snapshot.exec(
            QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
        *errorMessage = tr("Cannot start reading the database: %1")
                            .arg(DatabaseError::describe(snapshot.lastError()));
        return false;
    }
    manifest->schemaVersion = Migrator(m_source).currentVersion(errorMessage);
    if (manifest->schemaVersion <= 0) {
        if (errorMessage->isEmpty())
            *errorMessage = tr("The database has no schema yet: there is nothing to back up.");
        return false;
    }
    manifest->officeId = SettingsStore(m_source).value(SettingsStore::OfficeId, errorMessage);
    if (!errorMessage->isEmpty())
        return false;
    // The same migrations build the file at the source's version, so the tables match.
    if (Migrator(backup).migrateTo(manifest->schemaVersion, errorMessage) < 0)
        return false;
    const QStringList tables = TableCopier::tablesInOrder(backup, errorMessage);
    if (tables.isEmpty())
        return false;
    QSqlDatabase target = backup.connection();
    QSqlQuery clear(target);
    if (!target.transaction() || !clear.exec(QStringLiteral("DELETE FROM schema_migrations"))) {
        *errorMessage
            = tr("Cannot write the backup: %1").arg(DatabaseError::describe(target.lastError()));
        return false;
    }
    TableCopier copier(m_source, backup);
    copier.setProgress(m_progress);
    if (!copier.copy(tables, &manifest->rowCounts, errorMessage)) {
        target.rollback();
        return false;
    }
    if (!target.commit()) {
        *errorMessage
            = tr("Cannot write the backup: %1").arg(DatabaseError::describe(target.lastError()));
        return false;
    }
    return true;
}

} // namespace loket
