#include "WorkflowSupport.h"

#include "UserStore.h"

#include <QCoreApplication>

namespace loket::workflow {

std::optional<User> storedActor(Database& database, const User& user, QString* errorMessage)
{
    errorMessage->clear();
    std::optional<User> stored
        = user.id > 0 ? UserStore(database).find(user.id, errorMessage) : std::nullopt;
    if (!stored && errorMessage->isEmpty())
        *errorMessage
            = QCoreApplication::translate("loket::Permissions", "There is no user account \"%1\".")
                  .arg(user.username);
    return stored;
}

} // namespace loket::workflow
