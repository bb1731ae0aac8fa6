// UserStore's checks: the fields of an account, and who may change accounts.
#include "SettingsStore.h"
#include "UserStore.h"

#include <QRegularExpression>

namespace loket {

QString UserStore::checkPassword(const QString& password)
{
    if (password.size() < MinimumPasswordLength)
        return tr("The password must have at least %1 characters.").arg(MinimumPasswordLength);
    return {};
}

QString UserStore::checkUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{3,32}$"));
    if (!pattern.match(username).hasMatch())
        return tr("The user name must be 3–32 lowercase letters, digits, \".\", \"_\" or \"-\".");
    return {};
}

QString UserStore::checkFullName(const QString& fullName)
{
    return fullName.trimmed().isEmpty() ? tr("Fill in the user's full name.") : QString();
}

QString UserStore::checkNip(const QString& nip)
{
    QString digits = nip;
    digits.remove(QLatin1Char(' '));
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{18}$"));
    if (!digits.isEmpty() && !pattern.match(digits).hasMatch())
        return tr("A NIP has 18 digits (spaces allowed); leave it empty if the user has none.");
    return {};
}

QString UserStore::validate(const User& user) const
{
    QString message = checkUsername(user.username);
    if (message.isEmpty())
        message = checkFullName(user.fullName);
    if (message.isEmpty())
        message = checkNip(user.nip);
    if (message.isEmpty() && user.roles.isEmpty())
        message = tr("Give the user at least one role.");
    return message;
}

QString UserStore::creationRefusal(const User& user, qint64 actorId) const
{
    if (actorId != 0)
        return refusal(actorId);
    // The system (set-up, training data) only ever creates the first administrator of a real
    // database; every later account is somebody's decision and carries their id.
    QString error;
    if (SettingsStore(m_database).value(SettingsStore::DemoMarker, &error) == QLatin1String("1"))
        return {};
    const int users = count(&error);
    if (!error.isEmpty())
        return error;
    if (users > 0)
        return tr("Only an administrator may add or change user accounts.");
    if (!user.hasRole(UserRole::Administrator))
        return tr("The first account must be an administrator.");
    return {};
}

QString UserStore::refusal(qint64 actorId) const
{
    QString error;
    const std::optional<User> actor = find(actorId, &error);
    if (!error.isEmpty())
        return error;
    if (!actor || !actor->active || !actor->hasRole(UserRole::Administrator))
        return tr("Only an administrator may add or change user accounts.");
    return {};
}

// The office must never lose its last way into user management.
QString UserStore::lockOutRisk(const User& before, const User& after) const
{
    const auto administers
        = [](const User& user) { return user.active && user.hasRole(UserRole::Administrator); };
    if (!administers(before) || administers(after))
        return {};
    QString error;
    for (const User& other : all(&error)) {
        if (other.id != before.id && administers(other))
            return {};
    }
    if (!error.isEmpty())
        return error;
    return tr("%1 is the only active administrator: give another user the administrator role "
              "before disabling this account or taking the role away.")
        .arg(before.fullName);
}

} // namespace loket
