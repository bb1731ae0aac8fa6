#pragma once

#include "Database.h"

#include <QCoreApplication>

namespace loket {

// Brings a database's schema up to date, one migration per transaction: a migration that
// fails is rolled back whole and the database stays at the version before it.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(loket::Migrator)
public:
    explicit Migrator(Database& database);

    static int latestVersion();
    // The schema version recorded in the database (0 for an empty one); -1 on error.
    int currentVersion(QString* errorMessage) const;
    // Applies every pending migration; returns the number applied, or -1 on error.
    int migrate(QString* errorMessage);
    // Applies the pending migrations up to `version` only: a backup of an older database is
    // rebuilt at its own version, and tests build one as an older Loket left it.
    int migrateTo(int version, QString* errorMessage);

private:
    bool ensureVersionTable(QString* errorMessage);

    Database& m_database;
};

} // namespace loket
