#pragma once

#include "Clock.h"
#include "Database.h"

#include <QCoreApplication>

namespace loket {

// Upgrades a database's schema, but first backs up a database that holds data at an older
// version (loket-before-v<old>-to-v<new>-<date>.sqlite in the backup folder, else beside the
// database). If that backup fails, nothing is migrated.
class UpgradeBackup
{
    Q_DECLARE_TR_FUNCTIONS(loket::UpgradeBackup)
public:
    UpgradeBackup(Database& database, Clock clock);

    // As Migrator::migrate: the number of migrations applied, or -1. `backupFile` gets the
    // backup taken (empty when none was needed).
    int migrate(QString* errorMessage, QString* backupFile = nullptr);

    static QString fileName(int from, int to, const QDate& day);

private:
    QString folder(QString* errorMessage) const;

    Database& m_database;
    Clock m_clock;
};

} // namespace loket
