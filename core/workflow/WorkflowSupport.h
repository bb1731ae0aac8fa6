// Helpers shared by the workflow's stores (not part of the API).
#pragma once

#include "Database.h"
#include "Users.h"

#include <QVariant>
#include <optional>

namespace loket::workflow {

// The acting user as the database knows them now: roles and the disabled flag are never taken
// from the caller's copy, which may be stale or made up.
std::optional<User> storedActor(Database& database, const User& user, QString* errorMessage);

} // namespace loket::workflow
