#pragma once

#include "Catalog.h"
#include "CommandLine.h"
#include "Database.h"
#include "RegionTable.h"
#include "Users.h"
#include "WorkingCalendar.h"

#include <memory>
#include <optional>

namespace loket::ctl {

// An open database with its office's catalog and calendar: what most commands start from.
struct OfficeContext
{
    Database database;
    Catalog catalog;
    WorkingCalendar calendar;
};

// Opens the database named by --db (or LOKET_DB, or the default) and loads what it belongs to;
// on failure prints why and returns null.
std::unique_ptr<OfficeContext> openOffice(const Arguments& args, Output& io);

// The office's user accounts, for the commands that act as one (--as); when they cannot be
// read, prints why and returns nothing (never "there is no such user").
std::optional<QList<User>> readUsers(Database& database, Output& io);

} // namespace loket::ctl
