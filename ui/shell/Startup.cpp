#include "Startup.h"

#include "DemoSeeder.h"
#include "FirstRunDialog.h"
#include "OfficeDatabase.h"
#include "SettingsStore.h"
#include "UserStore.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

namespace loket::ui {
namespace {

constexpr int kDemoCases = 300;
constexpr int kDemoDays = 30;

} // namespace

Startup::Startup(Database& database, const RegionTable& regions, Clock clock)
    : m_database(database)
    , m_regions(regions)
    , m_clock(std::move(clock))
{
}

void Startup::fail(const QString& title, const QString& message) const
{
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Close);
    box.button(QMessageBox::Close)->setText(tr("Close"));
    box.exec();
}

bool Startup::ensureOffice(const QString& officeId, const QString& existing)
{
    const QString chosen = officeId.isEmpty() ? existing : officeId;
    QString error;
    if (chosen.isEmpty()) {
        fail(tr("Database"),
             tr("The database %1 has user accounts but no office; run \"loketctl db init "
                "--office ID\".")
                 .arg(Database::displayLocation(m_database.location())));
        return false;
    }
    // Also brings an older database's schema up to date.
    if (!OfficeDatabase::initialise(m_database, chosen, &error)) {
        fail(tr("Database"), error);
        return false;
    }
    return true;
}

bool Startup::firstRun(const QString& officeId, const QString& existing)
{
    const QString fixed = officeId.isEmpty() ? existing : officeId;
    QString error;
    if (!fixed.isEmpty() && !OfficeDatabase::initialise(m_database, fixed, &error)) {
        fail(tr("Database"), error);
        return false;
    }
    FirstRunDialog dialog(m_database, fixed);
    if (dialog.exec() != QDialog::Accepted) {
        m_cancelled = true;
        return false;
    }
    m_firstAdministrator = dialog.administrator();
    return true;
}

bool Startup::prepareDemo(const QString& officeId)
{
    UserStore users(m_database);
    // A real installation never gets demo users or cases. (A new file has no users table yet.)
    if (users.count() > 0 && !SettingsStore::isDemoDatabase(m_database)) {
        fail(tr("Training mode"),
             tr("%1 holds real user accounts, and training never touches real data. Start "
                "without --demo, or give --demo a separate file with --db.")
                 .arg(Database::displayLocation(m_database.location())));
        return false;
    }
    QString error;
    if (!OfficeDatabase::initialise(m_database, officeId, &error)) {
        fail(tr("Training mode"), error);
        return false;
    }
    const int existingUsers = users.count(&error);
    if (!error.isEmpty()) {
        fail(tr("Training mode"), error);
        return false;
    }
    if (existingUsers > 0)
        return true; // seeded at an earlier start
    QStringList errors;
    const std::optional<Catalog> catalog = OfficeDatabase::catalog(m_database, &errors);
    WorkingCalendar calendar;
    if (!catalog || !OfficeDatabase::calendar(m_database, &calendar, &error)) {
        fail(tr("Training mode"), catalog ? error : errors.join(QLatin1Char('\n')));
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QDateTime now = m_clock(); // the demo's days end here
    DemoSeeder seeder(m_database, *catalog, calendar, m_regions, quint32(now.toMSecsSinceEpoch()));
    const bool seeded = seeder.seedUsers(&error)
        && seeder.seedCases(kDemoCases, now, kDemoDays, &error) >= 0
        && seeder.seedOfficeRecords(now, kDemoDays, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!seeded)
        fail(tr("Training mode"), tr("Cannot fill the demo database: %1").arg(error));
    return seeded;
}

std::optional<Catalog> Startup::run(const QString& location, const QString& officeId, bool demo)
{
    QString error;
    if (!m_database.open(location, Database::OpenMode::CreateIfMissing, &error)) {
        fail(tr("Database"), error);
        return std::nullopt;
    }
    const QString existing = OfficeDatabase::officeId(m_database, &error);
    if (!error.isEmpty()) {
        fail(tr("Database"), error);
        return std::nullopt;
    }
    bool ready = false;
    if (demo) {
        const QString office = !existing.isEmpty() ? existing
            : officeId.isEmpty()                   ? defaultDemoOffice()
                                                   : officeId;
        ready = prepareDemo(office);
    } else {
        // A database not set up yet has no users table: that is a first run, not an error.
        const int users = existing.isEmpty() ? 0 : UserStore(m_database).count(&error);
        if (!error.isEmpty()) {
            fail(tr("Database"), error);
            return std::nullopt;
        }
        // (A new file has no settings yet, so it cannot be a training database.)
        ready = users == 0 && (existing.isEmpty() || !SettingsStore::isDemoDatabase(m_database))
            ? firstRun(officeId, existing)
            : ensureOffice(officeId, existing);
    }
    if (!ready)
        return std::nullopt;
    QStringList errors;
    auto catalog = OfficeDatabase::catalog(m_database, &errors);
    if (!catalog)
        fail(tr("Service catalog"),
             tr("The office's service catalog has errors; Loket cannot start until they are "
                "fixed:\n\n%1")
                 .arg(errors.join(QLatin1Char('\n'))));
    return catalog;
}

} // namespace loket::ui
