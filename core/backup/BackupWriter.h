#pragma once

#include "BackupManifest.h"
#include "BackupProgress.h"
#include "Clock.h"
#include "Database.h"

#include <QCoreApplication>

namespace loket {

// Writes one backup of a database, SQLite or PostgreSQL, as a SQLite file with a manifest,
// verifies it, and only then gives it its name: a file with a backup's name is a good backup.
// Others may go on working meanwhile; the backup is one consistent moment.
class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(loket::BackupWriter)
public:
    BackupWriter(Database& source, Clock clock);
    void setProgress(BackupProgressCallback progress) { m_progress = std::move(progress); }

    // Never overwrites a file. `written` gets the manifest of the verified backup.
    bool write(const QString& target, BackupManifest* written, QString* errorMessage);

private:
    bool copySqlite(const QString& file, QString* errorMessage);
    bool copyPostgres(const QString& file, BackupManifest* manifest, QString* errorMessage);
    bool copyPostgresInSnapshot(Database& backup, BackupManifest* manifest, QString* errorMessage);
    bool describeSqliteCopy(Database& backup, BackupManifest* manifest, QString* errorMessage);

    Database& m_source;
    Clock m_clock;
    BackupProgressCallback m_progress;
};

} // namespace loket
