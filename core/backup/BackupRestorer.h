#pragma once

#include "BackupProgress.h"
#include "BackupVerifier.h"
#include "Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace loket {

// Restores a backup into a new or empty database: a SQLite file that does not exist yet (or is
// empty) or an empty PostgreSQL database. The backup is verified first; a damaged, cut off or
// foreign file, or a non-empty target, is refused and the target stays as it was. A backup of
// an older Loket is brought up to this one's schema afterwards.
class BackupRestorer
{
    Q_DECLARE_TR_FUNCTIONS(loket::BackupRestorer)
public:
    void setProgress(BackupProgressCallback progress) { m_progress = std::move(progress); }

    // `report` gets lines for people to read (what was restored, how many rows).
    bool restore(const QString& backup, const QString& targetLocation, QStringList* report,
                 QString* errorMessage);

private:
    bool restoreIntoFile(const QString& backup, const QString& target, BackupCheck* check,
                         QString* errorMessage);
    bool restoreIntoServer(const QString& backup, const QString& target, BackupCheck* check,
                           QString* errorMessage);
    bool copyIntoEmptyServer(Database& source, Database& target, int version,
                             QString* errorMessage);
    static bool isEmpty(Database& database, QString* errorMessage);
    static qint64 rowCount(Database& database, const QString& table, QString* errorMessage);
    bool verifyCopy(Database& copy, const QString& backup, BackupCheck* check,
                    QString* errorMessage) const;

    BackupProgressCallback m_progress;
    qint64 m_rows = 0;
};

} // namespace loket
