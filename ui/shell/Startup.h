#pragma once

#include "Catalog.h"
#include "Clock.h"
#include "Database.h"
#include "RegionTable.h"
#include "Users.h"

#include <QCoreApplication>
#include <optional>

namespace loket::ui {

// Opens the database and its office's catalog for the desktop application. A new real
// database is set up through the FirstRunDialog (office and administrator); a training
// database (`demo`) is set up for its office and filled with demo users and cases. Every
// failure is shown in a message box; the application never starts half-configured.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(loket::ui::Startup)
public:
    // `clock` places a new training database's demo data (cases of the last weeks, up to now).
    Startup(Database& database, const RegionTable& regions, Clock clock);

    // `officeId` (--office) is the office of a new database; empty lets the administrator
    // choose (real) or means Kota Palangka Raya (training).
    std::optional<Catalog> run(const QString& location, const QString& officeId, bool demo);

    // The administrator created at first run, who need not log in again right away.
    std::optional<User> firstAdministrator() const { return m_firstAdministrator; }

    // True when run() returned nothing because the administrator cancelled the first run.
    bool cancelled() const { return m_cancelled; }

    static QString defaultDemoOffice() { return QStringLiteral("palangka-raya"); }

private:
    bool ensureOffice(const QString& officeId, const QString& existing);
    bool firstRun(const QString& officeId, const QString& existing);
    bool prepareDemo(const QString& officeId);
    void fail(const QString& title, const QString& message) const;

    Database& m_database;
    const RegionTable& m_regions;
    Clock m_clock;
    std::optional<User> m_firstAdministrator;
    bool m_cancelled = false;
};

} // namespace loket::ui
