#include "Migrator.h"

#include "DatabaseError.h"
#include "Schema.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

Migrator::Migrator(Database& database)
    : m_database(database)
{
}

int Migrator::latestVersion()
{
    return schemaMigrations().last().version;
}

bool Migrator::ensureVersionTable(QString* errorMessage)
{
    if (m_database.connection().tables().contains(QStringLiteral("schema_migrations")))
        return true;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("CREATE TABLE schema_migrations ("
                                  " version INTEGER PRIMARY KEY,"
                                  " description TEXT NOT NULL,"
                                  " applied_at TEXT NOT NULL)")))
        return true;
    *errorMessage = tr("Cannot record the schema version: %1")
                        .arg(DatabaseError::describe(query.lastError()));
    return false;
}

int Migrator::currentVersion(QString* errorMessage) const
{
    if (!m_database.connection().tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
        || !query.next()) {
        *errorMessage = tr("Cannot read the schema version: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return -1;
    }
    return query.value(0).toInt();
}

int Migrator::migrate(QString* errorMessage)
{
    return migrateTo(latestVersion(), errorMessage);
}

int Migrator::migrateTo(int version, QString* errorMessage)
{
    if (!ensureVersionTable(errorMessage))
        return -1;
    const int current = currentVersion(errorMessage);
    if (current < 0)
        return -1;
    if (current > latestVersion()) {
        *errorMessage = tr("The database has schema version %1, newer than this Loket (%2). "
                           "Update Loket before using this database.")
                            .arg(current)
                            .arg(latestVersion());
        return -1;
    }
    QSqlDatabase db = m_database.connection();
    int applied = 0;
    for (const Migration& migration : schemaMigrations()) {
        if (migration.version <= current || migration.version > version)
            continue;
        if (!db.transaction()) {
            *errorMessage
                = tr("Cannot start a transaction: %1").arg(DatabaseError::describe(db.lastError()));
            return -1;
        }
        QSqlQuery query(db);
        bool ok = true;
        for (const QString& statement : migration.statements) {
            const QString sql = sqlForDialect(statement, m_database.dialect());
            if (sql.isEmpty())
                continue; // for the other dialect
            if (!query.exec(sql)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            ok = query.prepare(
                QStringLiteral("INSERT INTO schema_migrations (version, description, "
                               "applied_at) VALUES (:version, :description, :at)"));
            query.bindValue(QStringLiteral(":version"), migration.version);
            query.bindValue(QStringLiteral(":description"), migration.description);
            query.bindValue(QStringLiteral(":at"),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            ok = ok && query.exec();
        }
        if (!ok || !db.commit()) {
            const QString reason = query.lastError().isValid()
                ? DatabaseError::describe(query.lastError())
                : DatabaseError::describe(db.lastError());
            db.rollback();
            *errorMessage = tr("Migration %1 (%2) failed and was rolled back: %3")
                                .arg(migration.version)
                                .arg(migration.description, reason);
            return -1;
        }
        ++applied;
    }
    return applied;
}

} // namespace loket
