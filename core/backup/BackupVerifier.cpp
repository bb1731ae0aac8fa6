#include "BackupVerifier.h"

#include "AuditVerifier.h"
#include "BackupFile.h"
#include "DatabaseError.h"
#include "Migrator.h"
#include "SettingsStore.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace loket {

QString BackupVerifier::integrityProblem(Database& backup)
{
    QSqlQuery query(backup.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return tr("the file is damaged: %1").arg(DatabaseError::describe(query.lastError()));
    QStringList problems;
    while (query.next()) {
        if (query.value(0).toString() != QLatin1String("ok"))
            problems << query.value(0).toString();
    }
    return problems.isEmpty()
        ? QString()
        : tr("the file is damaged: %1").arg(problems.mid(0, 3).join(QStringLiteral("; ")));
}

QString BackupVerifier::rowCountProblem(Database& backup, const BackupManifest& manifest)
{
    for (auto it = manifest.rowCounts.cbegin(); it != manifest.rowCounts.cend(); ++it) {
        QSqlQuery query(backup.connection());
        // The table name is checked against the file's own catalogue before it is used.
        if (!backup.connection().tables().contains(it.key()))
            return tr("the table %1 named in its manifest is missing").arg(it.key());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(it.key()))
            || !query.next())
            return tr("the table %1 cannot be read: %2")
                .arg(it.key(), DatabaseError::describe(query.lastError()));
        if (query.value(0).toLongLong() != it.value())
            return tr("the table %1 has %2 rows, its manifest says %3")
                .arg(it.key())
                .arg(query.value(0).toLongLong())
                .arg(it.value());
    }
    return {};
}

BackupCheck BackupVerifier::verify(Database& backup)
{
    BackupCheck check;
    check.problem = integrityProblem(backup);
    if (!check.ok())
        return check;
    QString error;
    if (!backup.connection().tables().contains(QStringLiteral("schema_migrations"))) {
        check.problem = tr("it is not a Loket database (no schema version)");
        return check;
    }
    check.schemaVersion = Migrator(backup).currentVersion(&error);
    if (check.schemaVersion <= 0) {
        check.problem
            = error.isEmpty() ? tr("it is not a Loket database (no schema version)") : error;
        return check;
    }
    if (check.schemaVersion > Migrator::latestVersion()) {
        check.problem = tr("it was written by a newer Loket (schema version %1, this Loket "
                           "knows up to %2): update Loket first")
                            .arg(check.schemaVersion)
                            .arg(Migrator::latestVersion());
        return check;
    }
    check.manifest = BackupManifest::read(backup, &error);
    if (!error.isEmpty()) {
        check.problem = error;
        return check;
    }
    check.officeId = SettingsStore(backup).value(SettingsStore::OfficeId, &error);
    if (check.manifest) {
        if (check.manifest->schemaVersion != check.schemaVersion) {
            check.problem = tr("its schema version %1 differs from its manifest's %2")
                                .arg(check.schemaVersion)
                                .arg(check.manifest->schemaVersion);
            return check;
        }
        check.problem = rowCountProblem(backup, *check.manifest);
        if (!check.ok())
            return check;
    } else if (check.officeId.isEmpty()) {
        // Without a manifest only a plain copy of an office's database is accepted.
        check.problem = tr("it is not a Loket backup (no manifest, no office)");
        return check;
    }
    AuditVerification audit;
    if (!AuditVerifier(backup).verify(&audit, &error)) {
        check.problem = error;
        return check;
    }
    check.auditEntries = audit.entries;
    if (!audit.intact())
        check.problem = tr("its audit log was altered (%1)").arg(audit.problems.first().message);
    return check;
}

BackupCheck BackupVerifier::verifyFile(const QString& path)
{
    BackupCheck check;
    if (!BackupFile::checkComplete(path, &check.problem))
        return check;
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("verify.sqlite"));
    if (!scratch.isValid() || !QFile::copy(path, copy)) {
        check.problem = tr("Cannot copy the backup %1 to check it.").arg(path);
        return check;
    }
    Database database;
    if (!database.open(copy, Database::OpenMode::MustExist, &check.problem))
        return check;
    check = verify(database);
    if (!check.ok())
        check.problem = tr("The backup %1 cannot be used: %2").arg(path, check.problem);
    return check;
}

} // namespace loket
