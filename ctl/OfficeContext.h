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

// The user a command acts as (--as USER): an account that exists and is active. Without a
// name, `fallback` chooses: the first active user with that role (by full name). Prints why
// there is none — no such user, a disabled account, or accounts that cannot be read.
std::optional<User> actingUser(Database& database, const QString& username, Output& io,
                               std::optional<UserRole> fallback = std::nullopt);

} // namespace loket::ctl
