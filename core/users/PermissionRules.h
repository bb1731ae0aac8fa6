#pragma once

#include "Permissions.h"

#include <QList>

namespace loket {

// One line of the office's division of work: an action, its stable key, the words a refusal
// uses for it and the roles allowed to do it. Permissions reads this table; nothing else should.
struct PermissionRule
{
    Action action;
    const char* key;
    const char* activity; // completes "… cannot %1; ask …"
    QList<UserRole> roles;
};

// Every action once, in the order of the Action enum.
const QList<PermissionRule>& permissionRules();

} // namespace loket
