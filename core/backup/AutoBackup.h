#pragma once

#include "Clock.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QList>

namespace loket {

// The administrator's choices for the daily backup, kept in the settings table.
struct AutoBackupSettings
{
    static constexpr int DefaultKeepDays = 30;
    QString folder; // empty: defaultFolder()
    int keepDays = DefaultKeepDays;
    int hour = -1; // -1: the first start of the day; else not before this local hour
    QDateTime lastGood; // invalid: never
};

// The daily backup: one verified file a day per office (loket-YYYY-MM-DD.sqlite in the office's
// folder under the chosen one), taken when due, older ones beyond the keep period removed
// (only files of this pattern), and the time of the last good backup recorded.
class AutoBackup
{
    Q_DECLARE_TR_FUNCTIONS(loket::AutoBackup)
public:
    static constexpr int StaleAfterDays = 2;

    static AutoBackupSettings settings(Database& database, QString* errorMessage);
    static bool saveSettings(Database& database, const AutoBackupSettings& settings,
                             QString* errorMessage);
    static bool recordGood(Database& database, const QDateTime& when, QString* errorMessage);
    // Beside a SQLite database ("cadangan"); for a server, in the user's data folder.
    static QString defaultFolder(const Database& database);
    // The folder today's files go to: the office's own under the chosen (or default) one.
    static QString officeFolder(Database& database, QString* errorMessage);
    static QString fileName(const QDate& day);
    // The last good backup is missing or older than StaleAfterDays.
    static bool isStale(const QDateTime& lastGood, const QDateTime& now);
    // The backups in a folder, newest first (any *.sqlite, so that copies put there show too).
    static QList<QFileInfo> backupsIn(const QString& folder);
    // Removes this pattern's files older than the keep period; returns the removed files.
    static QStringList rotate(const QString& folder, const QDate& today, int keepDays);

    AutoBackup(Database& database, Clock clock);
    // Today's backup is not there yet and its hour has come.
    bool isDue(QString* errorMessage);
    // Takes today's backup if due, then rotates. `taken` is the file written (empty if none
    // was due). False when the backup failed.
    bool runIfDue(QString* taken, QString* errorMessage);

private:
    Database& m_database;
    Clock m_clock;
};

} // namespace loket
