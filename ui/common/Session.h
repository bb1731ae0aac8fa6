#pragma once

#include "Catalog.h"
#include "Clock.h"
#include "Database.h"
#include "RegionTable.h"
#include "Users.h"
#include "WorkingCalendar.h"

namespace loket::ui {

class WorkstationSettings;

// Everything a logged-in window works with, handed in by the AppController: the office's database,
// catalog, calendar and region table, and who is at the keyboard. Widgets take it (or parts
// of it) by reference; none reaches for globals, so each can be tested offscreen.
struct Session
{
    Database& database;
    Catalog catalog;
    WorkingCalendar calendar;
    const RegionTable& regions;
    User user;
    bool demo = false;
    // This computer's preferences (receipt paper…); null in tests that need none.
    const WorkstationSettings* settings = nullptr;
    // The moment every screen of this session acts at: the system clock, a fixed one in tests.
    Clock clock = systemClock();

    // Today where the office is (WIB or WITA), by the session's clock.
    QDate today() const
    {
        return clock().toTimeZone(timeZoneFromName(catalog.office.timeZone)).date();
    }
};

} // namespace loket::ui
