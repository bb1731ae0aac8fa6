#include "BackupRestorer.h"

#include "BackupFile.h"
#include "BackupManifest.h"
#include "DatabaseError.h"
#include "Migrator.h"
#include "PrivateFiles.h"
#include "TableCopier.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace loket {

namespace {
void removeWithJournals(const QString& file)
{
    QFile::remove(file);
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
}
} // namespace

bool BackupRestorer::restore(const QString& backup, const QString& targetLocation,
                             QStringList* report, QString* errorMessage)
{
    errorMessage->clear();
    m_rows = 0;
    if (!BackupFile::checkComplete(backup, errorMessage))
        return false;
    BackupCheck check;
    const bool ok = Database::isServerLocation(targetLocation)
        ? restoreIntoServer(backup, targetLocation, &check, errorMessage)
        : restoreIntoFile(backup, targetLocation, &check, errorMessage);
    if (!ok)
        return false;
    report->append(tr("backup %1 verified: office %2, schema version %3, audit log intact "
                      "(%4 entries)")
                       .arg(backup, check.officeId)
                       .arg(check.schemaVersion)
                       .arg(check.auditEntries));
    report->append(tr("restored into %1 (schema version %2)")
                       .arg(Database::displayLocation(targetLocation))
                       .arg(Migrator::latestVersion()));
    report->append(tr("rows restored: %1").arg(m_rows));
    return true;
}

bool BackupRestorer::verifyCopy(Database& copy, const QString& backup, BackupCheck* check,
                                QString* errorMessage) const
{
    *check = BackupVerifier::verify(copy);
    if (check->ok())
        return true;
    *errorMessage = tr("The backup %1 cannot be restored: %2. Nothing was changed.")
                        .arg(backup, check->problem);
    return false;
}

bool BackupRestorer::restoreIntoFile(const QString& backup, const QString& target,
                                     BackupCheck* check, QString* errorMessage)
{
    const QFileInfo info(target);
    if (info.exists() && info.size() > 0) {
        *errorMessage = tr("%1 already holds a database; a restore writes only into a new or "
                           "empty database. Choose a new file name.")
                            .arg(target);
        return false;
    }
    // Prepared beside the target and renamed at the end: the target appears whole or not.
    const QString working = target + QStringLiteral(".restoring");
    removeWithJournals(working);
    if (!BackupFile::preparePrivateFolder(info.absolutePath(), errorMessage))
        return false;
    if (!QFile::copy(backup, working)) {
        *errorMessage = tr("Cannot copy the backup to %1.").arg(working);
        return false;
    }
    PrivateFiles::tighten(working);
    bool ok = false;
    {
        Database copy;
        ok = copy.open(working, Database::OpenMode::MustExist, errorMessage)
            && verifyCopy(copy, backup, check, errorMessage)
            && BackupManifest::remove(copy, errorMessage)
            && Migrator(copy).migrate(errorMessage) >= 0;
        m_rows = check->manifest ? check->manifest->totalRows() : 0;
    }
    if (ok && info.exists() && !QFile::remove(target)) {
        *errorMessage = tr("Cannot replace the empty file %1.").arg(target);
        ok = false;
    }
    if (ok && !QFile::rename(working, target)) {
        *errorMessage = tr("Cannot give the restored database its name %1.").arg(target);
        ok = false;
    }
    if (!ok)
        removeWithJournals(working);
    return ok && BackupFile::makePrivate(target, errorMessage);
}

bool BackupRestorer::isEmpty(Database& database, QString* errorMessage)
{
    // Some migrations seed rows (the DTSEN thresholds' defaults), so a database holding only
    // a schema — left by a cancelled restore — counts its rows against a fresh schema's.
    const QStringList tables = database.connection().tables();
    int version = 0;
    if (tables.contains(QStringLiteral("schema_migrations"))) {
        version = Migrator(database).currentVersion(errorMessage);
        if (version < 0)
            return false;
    }
    Database fresh;
    if (!fresh.open(QStringLiteral(":memory:"), Database::OpenMode::CreateIfMissing, errorMessage)
        || (version > 0 && Migrator(fresh).migrateTo(version, errorMessage) < 0))
        return false;
    for (const QString& table : tables) {
        if (table == QLatin1String("schema_migrations"))
            continue;
        const qint64 seeded = fresh.connection().tables().contains(table)
            ? rowCount(fresh, table, errorMessage)
            : 0;
        const qint64 rows = rowCount(database, table, errorMessage);
        if (seeded < 0 || rows < 0 || rows > seeded)
            return false;
    }
    return true;
}

qint64 BackupRestorer::rowCount(Database& database, const QString& table, QString* errorMessage)
{
    QSqlQuery query(database.connection());
    // Names from the database's own catalogue.
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table)) || !query.next()) {
        *errorMessage = tr("Cannot read the table %1 of the target: %2")
                            .arg(table, DatabaseError::describe(query.lastError()));
        return -1;
    }
    return query.value(0).toLongLong();
}

bool BackupRestorer::restoreIntoServer(const QString& backup, const QString& target,
                                       BackupCheck* check, QString* errorMessage)
{
    QTemporaryDir scratch;
    const QString working = scratch.filePath(QStringLiteral("restore.sqlite"));
    if (!scratch.isValid() || !QFile::copy(backup, working)) {
        *errorMessage = tr("Cannot copy the backup %1 to check it.").arg(backup);
        return false;
    }
    Database copy;
    if (!copy.open(working, Database::OpenMode::MustExist, errorMessage)
        || !verifyCopy(copy, backup, check, errorMessage))
        return false;
    Database server;
    if (!server.open(target, Database::OpenMode::MustExist, errorMessage))
        return false;
    if (!isEmpty(server, errorMessage)) {
        if (errorMessage->isEmpty())
            *errorMessage = tr("The database %1 already holds data; a restore writes only into "
                               "a new or empty database. Create an empty one first.")
                                .arg(Database::displayLocation(target));
        return false;
    }
    const int existing = Migrator(server).currentVersion(errorMessage);
    if (existing < 0)
        return false;
    if (existing > check->schemaVersion) {
        *errorMessage = tr("The empty database %1 has schema version %2, newer than the "
                           "backup's %3. Create an empty database without tables first.")
                            .arg(Database::displayLocation(target))
                            .arg(existing)
                            .arg(check->schemaVersion);
        return false;
    }
    return copyIntoEmptyServer(copy, server, check->schemaVersion, errorMessage)
        && Migrator(server).migrate(errorMessage) >= 0;
}

bool BackupRestorer::copyIntoEmptyServer(Database& source, Database& target, int version,
                                         QString* errorMessage)
{
    // The same migrations build the schema as the backup's, then the rows come in at once.
    if (Migrator(target).migrateTo(version, errorMessage) < 0)
        return false;
    const QStringList tables = TableCopier::tablesInOrder(source, errorMessage);
    if (tables.isEmpty())
        return false;
    QSqlDatabase db = target.connection();
    QSqlQuery clear(db);
    if (!db.transaction() || !clear.exec(QStringLiteral("DELETE FROM schema_migrations"))) {
        *errorMessage = tr("Cannot write into the database: %1")
                            .arg(DatabaseError::describe(clear.lastError()));
        db.rollback();
        return false;
    }
    TableCopier copier(source, target);
    copier.setProgress(m_progress);
    QMap<QString, qint64> copied;
    if (!copier.copy(tables, &copied, errorMessage)
        || !TableCopier::resetIdentities(target, tables, errorMessage)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *errorMessage
            = tr("Cannot write into the database: %1").arg(DatabaseError::describe(db.lastError()));
        db.rollback();
        return false;
    }
    for (qint64 rows : copied)
        m_rows += rows;
    return true;
}

} // namespace loket
