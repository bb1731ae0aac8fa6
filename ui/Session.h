#pragma once

#include "Catalog.h"
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
};

} // namespace loket::ui
