#include "OfficeDatabase.h"

#include "CatalogLoader.h"
#include "HolidayStore.h"
#include "Migrator.h"
#include "SettingsStore.h"
#include "UpgradeBackup.h"

#include <QDir>
#include <QFileInfo>

namespace loket {

QString OfficeDatabase::catalogOverridePath(const Database& database)
{
    const QString directory = database.directory();
    return directory.isEmpty() ? QString()
                               : QDir(directory).filePath(QStringLiteral("catalog.json"));
}

bool OfficeDatabase::initialise(Database& database, const QString& officeId, QString* errorMessage)
{
    errorMessage->clear();
    if (!CatalogLoader::builtInOfficeIds().contains(officeId)) {
        *errorMessage
            = tr("Unknown office \"%1\"; choose one of: %2")
                  .arg(officeId, CatalogLoader::builtInOfficeIds().join(QStringLiteral(", ")));
        return false;
    }
    // An older database with data is backed up before its schema changes.
    if (UpgradeBackup(database, systemClock()).migrate(errorMessage) < 0)
        return false;

    SettingsStore settings(database);
    const QString existing = settings.value(SettingsStore::OfficeId, errorMessage);
    if (!errorMessage->isEmpty())
        return false;
    if (!existing.isEmpty() && existing != officeId) {
        *errorMessage = tr("This database belongs to the office \"%1\"; a database serves one "
                           "office only. Choose another file with --db.")
                            .arg(existing);
        return false;
    }
    if (existing.isEmpty() && !settings.setValue(SettingsStore::OfficeId, officeId, errorMessage))
        return false;

    // Seed the national calendar once: later the administrator's changes are the truth, and
    // a day they removed must not come back when the database is initialised again.
    const QString seededKey = QStringLiteral("holidays_seeded");
    const QString seeded = settings.value(seededKey, errorMessage);
    if (!errorMessage->isEmpty())
        return false;
    if (!seeded.isEmpty())
        return true;
    HolidayStore holidays(database);
    return holidays.seed(WorkingCalendar::builtIn(),
                         QStringLiteral("SKB 3 Menteri (kalender bawaan Loket)"), errorMessage)
        >= 0
        && settings.setValue(seededKey, QStringLiteral("hari-libur-2024-2026.csv"), errorMessage);
}

QString OfficeDatabase::officeId(Database& database, QString* errorMessage)
{
    Migrator migrator(database);
    const int version = migrator.currentVersion(errorMessage);
    if (version <= 0)
        return {};
    return SettingsStore(database).value(SettingsStore::OfficeId, errorMessage);
}

std::optional<Catalog> OfficeDatabase::catalog(Database& database, QStringList* errors)
{
    QString error;
    const QString office = officeId(database, &error);
    if (office.isEmpty()) {
        errors->append(error.isEmpty() ? tr("The database %1 has not been set up for an office; "
                                            "run \"loketctl db init --office ID\".")
                                             .arg(Database::displayLocation(database.location()))
                                       : error);
        return std::nullopt;
    }
    const QString own = catalogOverridePath(database);
    const bool hasOwn = !own.isEmpty() && QFileInfo::exists(own);
    CatalogLoadResult result
        = hasOwn ? CatalogLoader::fromFile(own) : CatalogLoader::builtIn(office);
    if (result.catalog && result.catalog->office.id != office)
        result.errors << tr("office.id: \"%1\" in %2, but the database belongs to \"%3\"")
                             .arg(result.catalog->office.id, own, office);
    if (!result.errors.isEmpty()) {
        for (const QString& message : std::as_const(result.errors))
            errors->append(hasOwn ? own + QStringLiteral(": ") + message : message);
        return std::nullopt;
    }
    return result.catalog;
}

bool OfficeDatabase::calendar(Database& database, WorkingCalendar* calendar, QString* errorMessage)
{
    return HolidayStore(database).load(calendar, errorMessage);
}

} // namespace loket
