#include "AutoBackup.h"

#include "BackupWriter.h"
#include "SettingsStore.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace loket {

namespace {
const QString folderKey = QStringLiteral("backup_folder");
const QString keepDaysKey = QStringLiteral("backup_keep_days");
const QString hourKey = QStringLiteral("backup_hour");
const QString lastGoodKey = QStringLiteral("backup_last_good");

// The settings table keeps text, never NULL: an unset choice is stored empty.
QString orEmpty(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QRegularExpression& dailyPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^loket-(\\d{4}-\\d{2}-\\d{2})(-\\d{6})?\\.sqlite$"));
    return pattern;
}
} // namespace

AutoBackupSettings AutoBackup::settings(Database& database, QString* errorMessage)
{
    SettingsStore store(database);
    AutoBackupSettings settings;
    settings.folder = store.value(folderKey, errorMessage);
    bool ok = false;
    const int keepDays = store.value(keepDaysKey, errorMessage).toInt(&ok);
    if (ok && keepDays > 0)
        settings.keepDays = keepDays;
    const int hour = store.value(hourKey, errorMessage).toInt(&ok);
    if (ok && hour >= 0 && hour < 24)
        settings.hour = hour;
    settings.lastGood = QDateTime::fromString(store.value(lastGoodKey, errorMessage), Qt::ISODate);
    return settings;
}

bool AutoBackup::saveSettings(Database& database, const AutoBackupSettings& settings,
                              QString* errorMessage)
{
    SettingsStore store(database);
    return store.setValue(folderKey, orEmpty(settings.folder), errorMessage)
        && store.setValue(keepDaysKey, QString::number(settings.keepDays), errorMessage)
        && store.setValue(hourKey,
                          settings.hour < 0 ? QStringLiteral("") : QString::number(settings.hour),
                          errorMessage);
}

bool AutoBackup::recordGood(Database& database, const QDateTime& when, QString* errorMessage)
{
    return SettingsStore(database).setValue(lastGoodKey, when.toUTC().toString(Qt::ISODate),
                                            errorMessage);
}

QString AutoBackup::defaultFolder(const Database& database)
{
    const QString beside = database.directory();
    return beside.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/cadangan")
                            : QDir(beside).filePath(QStringLiteral("cadangan"));
}

QString AutoBackup::officeFolder(Database& database, QString* errorMessage)
{
    const QString chosen = settings(database, errorMessage).folder;
    const QString office = SettingsStore(database).value(SettingsStore::OfficeId, errorMessage);
    const QString root = chosen.isEmpty() ? defaultFolder(database) : chosen;
    return office.isEmpty() ? root : QDir(root).filePath(office);
}

QString AutoBackup::fileName(const QDate& day)
{
    return QStringLiteral("loket-%1.sqlite").arg(day.toString(Qt::ISODate));
}

bool AutoBackup::isStale(const QDateTime& lastGood, const QDateTime& now)
{
    return !lastGood.isValid() || lastGood.secsTo(now) > qint64(StaleAfterDays) * 24 * 3600;
}

QList<QFileInfo> AutoBackup::backupsIn(const QString& folder)
{
    return QDir(folder).entryInfoList({ QStringLiteral("*.sqlite") }, QDir::Files, QDir::Time);
}

QStringList AutoBackup::rotate(const QString& folder, const QDate& today, int keepDays)
{
    QStringList removed;
    const QDate oldestKept = today.addDays(1 - keepDays);
    const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const auto match = dailyPattern().match(name);
        if (!match.hasMatch())
            continue; // not ours: never touched
        const QDate day = QDate::fromString(match.captured(1), Qt::ISODate);
        if (day.isValid() && day < oldestKept && QFile::remove(QDir(folder).filePath(name)))
            removed << name;
    }
    return removed;
}

AutoBackup::AutoBackup(Database& database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

bool AutoBackup::isDue(QString* errorMessage)
{
    const AutoBackupSettings chosen = settings(m_database, errorMessage);
    const QDateTime now = m_clock().toLocalTime();
    if (chosen.hour >= 0 && now.time().hour() < chosen.hour)
        return false;
    const QString folder = officeFolder(m_database, errorMessage);
    return !QFileInfo::exists(QDir(folder).filePath(fileName(now.date())));
}

bool AutoBackup::runIfDue(QString* taken, QString* errorMessage)
{
    taken->clear();
    errorMessage->clear();
    if (!isDue(errorMessage))
        return errorMessage->isEmpty();
    const AutoBackupSettings chosen = settings(m_database, errorMessage);
    const QDateTime now = m_clock();
    const QString folder = officeFolder(m_database, errorMessage);
    const QString target = QDir(folder).filePath(fileName(now.toLocalTime().date()));
    BackupManifest manifest;
    if (!BackupWriter(m_database, m_clock).write(target, &manifest, errorMessage)
        || !recordGood(m_database, now, errorMessage))
        return false;
    *taken = target;
    rotate(folder, now.toLocalTime().date(), chosen.keepDays);
    return true;
}

} // namespace loket
