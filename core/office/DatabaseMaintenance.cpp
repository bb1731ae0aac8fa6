#include "DatabaseMaintenance.h"

#include "DatabaseError.h"
#include "Migrator.h"
#include "OfficeDatabase.h"
#include "PrivateFiles.h"

#include <QFileInfo>
#include <QMap>
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

QMap<QString, qint64> DatabaseMaintenance::rowCounts(Database& database,
                                                     QString* errorMessage) const
{
    QMap<QString, qint64> counts;
    QStringList tables = database.connection().tables();
    tables.removeIf([](const QString& name) { return name.startsWith(QLatin1String("sqlite_")); });
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery query(database.connection());
        // Table names come from the database's own catalogue, not from input.
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table))
            || !query.next()) {
            *errorMessage = tr("Cannot count the rows of %1: %2")
                                .arg(table, DatabaseError::describe(query.lastError()));
            return {};
        }
        counts.insert(table, query.value(0).toLongLong());
    }
    return counts;
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
    if (m_database.dialect() != Database::Dialect::SQLite) {
        *errorMessage = tr("Back up a PostgreSQL database with the server's own tools (pg_dump).");
        return false;
    }
    if (QFileInfo::exists(target)) {
        *errorMessage
            = tr("%1 already exists; a backup never overwrites a file. Choose a new name.")
                  .arg(target);
        return false;
    }
    if (!PrivateFiles::createFile(target, errorMessage)) // VACUUM INTO fills it, mode kept
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("VACUUM INTO :target"));
    query.bindValue(QStringLiteral(":target"), target);
    if (!query.exec()) {
        *errorMessage = tr("The backup to %1 failed: %2")
                            .arg(target, DatabaseError::describe(query.lastError()));
        return false;
    }

    Database copy;
    if (!copy.open(target, Database::OpenMode::MustExist, errorMessage))
        return false;
    const QStringList problems = integrityProblems(copy);
    if (!problems.isEmpty()) {
        *errorMessage
            = tr("The backup %1 is damaged: %2").arg(target, problems.join(QStringLiteral("; ")));
        return false;
    }
    const QMap<QString, qint64> original = rowCounts(m_database, errorMessage);
    const QMap<QString, qint64> copied = rowCounts(copy, errorMessage);
    if (!errorMessage->isEmpty())
        return false;
    // Row counts may move on while others work; the tables and the schema must not.
    QString versionError;
    if (original.keys() != copied.keys()
        || Migrator(copy).currentVersion(&versionError)
            != Migrator(m_database).currentVersion(&versionError)) {
        *errorMessage
            = tr("The backup %1 differs from the database in its tables or schema version.")
                  .arg(target);
        return false;
    }
    qint64 rows = 0;
    for (qint64 count : copied)
        rows += count;
    report->append(tr("backup written to %1 and verified: %n table(s)", nullptr, int(copied.size()))
                       .arg(target));
    report->append(tr("rows copied: %1").arg(rows));
    return true;
}

} // namespace loket
