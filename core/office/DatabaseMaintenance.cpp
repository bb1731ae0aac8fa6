#include "DatabaseMaintenance.h"

#include "AutoBackup.h"
#include "BackupWriter.h"
#include "DatabaseError.h"
#include "Migrator.h"
#include "OfficeDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

DatabaseMaintenance::DatabaseMaintenance(Database& database)
    : m_database(database)
{
}

QStringList DatabaseMaintenance::integrityProblems(Database& database) const
{
    QStringList problems;
    if (database.dialect() != Database::Dialect::SQLite)
        return problems; // PostgreSQL keeps its own integrity
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << tr("integrity check failed to run: %1")
                        .arg(DatabaseError::describe(query.lastError()));
        return problems;
    }
    while (query.next()) {
        if (query.value(0).toString() != QLatin1String("ok"))
            problems << tr("integrity: %1").arg(query.value(0).toString());
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems << tr("foreign key check failed to run: %1")
                        .arg(DatabaseError::describe(query.lastError()));
        return problems;
    }
    while (query.next())
        problems << tr("table %1, row %2 refers to a missing row of %3")
                        .arg(query.value(QStringLiteral("table")).toString(),
                             query.value(QStringLiteral("rowid")).toString(),
                             query.value(QStringLiteral("parent")).toString());
    return problems;
}

QStringList DatabaseMaintenance::check(QStringList* report)
{
    QStringList problems = integrityProblems(m_database);
    if (m_database.dialect() == Database::Dialect::PostgreSQL)
        report->append(tr("integrity: kept by the PostgreSQL server"));
    else
        report->append(problems.isEmpty()
                           ? tr("integrity: ok")
                           : tr("integrity: %n problem(s)", nullptr, int(problems.size())));

    QString error;
    Migrator migrator(m_database);
    const int version = migrator.currentVersion(&error);
    if (version < 0)
        problems << error;
    else if (version < Migrator::latestVersion())
        problems << tr("schema version %1 is older than %2: run \"loketctl db migrate\"")
                        .arg(version)
                        .arg(Migrator::latestVersion());
    else if (version > Migrator::latestVersion())
        problems << tr("schema version %1 is newer than this Loket (%2)")
                        .arg(version)
                        .arg(Migrator::latestVersion());
    report->append(
        tr("schema version: %1 (current: %2)").arg(version).arg(Migrator::latestVersion()));

    error.clear();
    const QString office = OfficeDatabase::officeId(m_database, &error);
    if (office.isEmpty())
        problems << (error.isEmpty()
                         ? tr("not set up for an office: run \"loketctl db init --office ID\"")
                         : error);
    report->append(tr("office: %1").arg(office.isEmpty() ? tr("(none)") : office));

    QStringList catalogErrors;
    if (!office.isEmpty()) {
        const auto catalog = OfficeDatabase::catalog(m_database, &catalogErrors);
        problems << catalogErrors;
        if (catalog)
            report->append(
                tr("catalog: %1, %n service(s), decree %2", nullptr, int(catalog->services.size()))
                    .arg(catalog->source, catalog->version()));
    }
    return problems;
}

bool DatabaseMaintenance::backup(const QString& target, QString* errorMessage, QStringList* report)
{
    BackupManifest manifest;
    if (!BackupWriter(m_database, systemClock()).write(target, &manifest, errorMessage))
        return false;
    QString ignored; // the backup is good whether or not its time could be noted
    AutoBackup::recordGood(m_database, manifest.takenAt, &ignored);
    report->append(tr("backup written to %1 and verified: %n table(s)", nullptr,
                      int(manifest.rowCounts.size()))
                       .arg(target));
    report->append(tr("rows copied: %1").arg(manifest.totalRows()));
    return true;
}

} // namespace loket
