#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace loket {

// The administrator's checks and backups of a database.
class DatabaseMaintenance
{
    Q_DECLARE_TR_FUNCTIONS(loket::DatabaseMaintenance)
public:
    explicit DatabaseMaintenance(Database& database);

    // Integrity, foreign keys, schema version and office binding. Returns the problems found
    // (empty when healthy); `report` gets one line per check for people to read.
    QStringList check(QStringList* report);

    // A consistent copy taken while others may be writing, SQLite or PostgreSQL, in Loket's
    // backup format (BackupWriter), verified before it gets its name.
    bool backup(const QString& target, QString* errorMessage, QStringList* report);

private:
    QStringList integrityProblems(Database& database) const;

    Database& m_database;
};

} // namespace loket
