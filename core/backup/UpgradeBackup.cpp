#include "UpgradeBackup.h"

#include "AutoBackup.h"
#include "BackupWriter.h"
#include "Migrator.h"

#include <QDir>

namespace loket {

UpgradeBackup::UpgradeBackup(Database& database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

QString UpgradeBackup::fileName(int from, int to, const QDate& day)
{
    return QStringLiteral("loket-before-v%1-to-v%2-%3.sqlite")
        .arg(from)
        .arg(to)
        .arg(day.toString(Qt::ISODate));
}

QString UpgradeBackup::folder(QString* errorMessage) const
{
    const QString chosen = AutoBackup::settings(m_database, errorMessage).folder;
    if (!chosen.isEmpty())
        return chosen;
    const QString beside = m_database.directory();
    return beside.isEmpty() ? AutoBackup::defaultFolder(m_database) : beside;
}

int UpgradeBackup::migrate(QString* errorMessage, QString* backupFile)
{
    errorMessage->clear();
    if (backupFile)
        backupFile->clear();
    Migrator migrator(m_database);
    const int current = migrator.currentVersion(errorMessage);
    if (current < 0)
        return -1;
    const int latest = Migrator::latestVersion();
    if (current > 0 && current < latest) {
        const QString target
            = QDir(folder(errorMessage))
                  .filePath(fileName(current, latest, m_clock().toLocalTime().date()));
        BackupManifest manifest;
        QString why;
        if (!BackupWriter(m_database, m_clock).write(target, &manifest, &why)) {
            *errorMessage = tr("The database was not upgraded from schema version %1 to %2, "
                               "because the backup taken first failed: %3 Free space or "
                               "choose a writable backup folder, then start again; the "
                               "database is unchanged.")
                                .arg(current)
                                .arg(latest)
                                .arg(why);
            return -1;
        }
        if (backupFile)
            *backupFile = target;
    }
    return migrator.migrate(errorMessage);
}

} // namespace loket
