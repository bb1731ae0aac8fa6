// loketctl user: the office's accounts from a server without a desktop. Every change goes
// through UserStore, so the rules of the application's user dialog hold here too (checked
// fields, only an administrator changes accounts, the last administrator stays, audited).
#include "Commands.h"
#include "Database.h"
#include "OfficeContext.h"
#include "PasswordPrompt.h"
#include "UserStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loket::ctl {
namespace {

QStringList roleKeys(const QSet<UserRole>& roles)
{
    QStringList keys;
    for (UserRole role : allUserRoles()) {
        if (roles.contains(role))
            keys << userRoleKey(role);
    }
    return keys;
}

// "front-office,verifier" → the roles; an unknown key is named with the nearest valid one.
bool parseRoles(const QString& text, QSet<UserRole>* roles, QString* error)
{
    QStringList valid;
    for (UserRole role : allUserRoles())
        valid << userRoleKey(role);
    for (const QString& key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        UserRole role;
        if (userRoleFromKey(key.trimmed(), &role)) {
            roles->insert(role);
            continue;
        }
        const QString nearest = closest(key.trimmed(), valid);
        *error = nearest.isEmpty()
            ? Text::tr("unknown role \"%1\"; the roles are %2")
                  .arg(key, valid.join(QStringLiteral(", ")))
            : Text::tr("unknown role \"%1\"; did you mean \"%2\"?").arg(key, nearest);
        return false;
    }
    if (roles->isEmpty())
        *error = Text::tr("--roles names at least one role");
    return roles->size() > 0;
}

QString describe(const User& user)
{
    return user.fullName.isEmpty() ? user.username
                                   : QStringLiteral("%1 (%2)").arg(user.username, user.fullName);
}

int list(Database& database, const Arguments& args, Output& io)
{
    QString error;
    const QList<User> users = UserStore(database).all(&error);
    if (!error.isEmpty())
        return failed(io, error);
    if (args.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const User& user : users)
            array.append(QJsonObject {
                { QStringLiteral("username"), user.username },
                { QStringLiteral("fullName"), user.fullName },
                { QStringLiteral("nip"), user.nip },
                { QStringLiteral("roles"), QJsonArray::fromStringList(roleKeys(user.roles)) },
                { QStringLiteral("active"), user.active } });
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const User& user : users)
        io.out << QStringLiteral("%1  %2  %3  %4%5")
                      .arg(user.username, -16)
                      .arg(user.fullName, -30)
                      .arg(user.nip.isEmpty() ? QStringLiteral("-") : user.nip, -18)
                      .arg(roleKeys(user.roles).join(QLatin1Char(',')),
                           user.active ? QString() : QLatin1String("  ") + Text::tr("(disabled)"))
               << Qt::endl;
    io.out << Text::tr("%n account(s)", nullptr, int(users.size())) << Qt::endl;
    return Success;
}

// Who adds an account: --as, or nobody for the first account of a new database (which
// UserStore accepts only as an administrator).
std::optional<qint64> adder(Database& database, const Arguments& args, Output& io)
{
    if (args.has(QStringLiteral("as"))) {
        const auto actor = actingUser(database, args.option(QStringLiteral("as")), io);
        return actor ? std::optional<qint64>(actor->id) : std::nullopt;
    }
    QString error;
    const int accounts = UserStore(database).count(&error);
    if (!error.isEmpty()) {
        io.err << error << Qt::endl;
        return std::nullopt;
    }
    if (accounts > 0) {
        io.err << Text::tr("Name the administrator who adds the account with --as USER; only "
                           "the first account of a new database is added without it.")
               << Qt::endl;
        return std::nullopt;
    }
    return 0;
}

int add(Database& database, const QString& username, const Arguments& args, Output& io,
        const QString& usage)
{
    if (!args.has(QStringLiteral("name")) || !args.has(QStringLiteral("roles")))
        return usageError(io, Text::tr("--name and --roles are required"), usage);
    User user;
    user.username = username;
    user.fullName = args.option(QStringLiteral("name"));
    user.nip = args.option(QStringLiteral("nip"));
    QString error;
    if (!parseRoles(args.option(QStringLiteral("roles")), &user.roles, &error))
        return usageError(io, error, usage);
    const std::optional<qint64> actor = adder(database, args, io);
    if (!actor)
        return InvalidInput;
    // Checked before the password is asked for, so that a typo costs no typing.
    for (const QString& problem :
         { UserStore::checkUsername(user.username), UserStore::checkFullName(user.fullName),
           UserStore::checkNip(user.nip) }) {
        if (!problem.isEmpty())
            return failed(io, problem);
    }
    const std::optional<QString> password = readNewPassword(io);
    if (!password)
        return InvalidInput;
    const auto created = UserStore(database).create(user, *password, *actor, &error);
    if (!created)
        return failed(io, error);
    io.out << Text::tr("user %1 added with the roles %2")
                  .arg(describe(*created), roleKeys(created->roles).join(QLatin1Char(',')))
           << Qt::endl;
    return Success;
}

// passwd, disable, enable, roles: a change to an existing account by the --as user.
int change(Database& database, const QString& action, const QString& username,
           const Arguments& args, Output& io, const QString& usage)
{
    if (!args.has(QStringLiteral("as")))
        return usageError(io,
                          Text::tr("--as USER is required: the change is recorded in "
                                   "that user's name"),
                          usage);
    QSet<UserRole> roles;
    QString error;
    if (action == QLatin1String("roles")
        && !parseRoles(args.option(QStringLiteral("roles")), &roles, &error))
        return usageError(io, error, usage);
    const auto actor = actingUser(database, args.option(QStringLiteral("as")), io);
    if (!actor)
        return InvalidInput;
    UserStore store(database);
    std::optional<User> user = store.byUsername(username, &error);
    if (!user)
        return failed(io,
                      error.isEmpty() ? Text::tr("There is no user \"%1\".").arg(username) : error);
    if (action == QLatin1String("passwd")) {
        const std::optional<QString> password = readNewPassword(io);
        if (!password)
            return InvalidInput;
        if (!store.setPassword(user->id, *password, actor->id, &error))
            return failed(io, error);
        io.out << Text::tr("the password of %1 was changed").arg(describe(*user)) << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("roles"))
        user->roles = roles;
    else
        user->active = action == QLatin1String("enable");
    if (!store.update(*user, actor->id, &error))
        return failed(io, error);
    if (action == QLatin1String("roles"))
        io.out << Text::tr("%1 now has the roles %2")
                      .arg(describe(*user), roleKeys(user->roles).join(QLatin1Char(',')))
               << Qt::endl;
    else
        io.out << (user->active ? Text::tr("the account of %1 is enabled")
                                : Text::tr("the account of %1 is disabled"))
                      .arg(describe(*user))
               << Qt::endl;
    return Success;
}

} // namespace

UserCommand::UserCommand()
    : Command(
        { "user",
          QT_TRANSLATE_NOOP("loketctl",
                            "user accounts: add, list, change a password, disable, enable, roles"),
          { QT_TRANSLATE_NOOP("loketctl",
                              "add USERNAME --name \"FULL NAME\" --roles ROLE[,ROLE…] [--nip NIP] "
                              "[--as ADMIN] [--db PATH]"),
            QT_TRANSLATE_NOOP("loketctl", "list [--db PATH] [--json]"),
            QT_TRANSLATE_NOOP("loketctl", "passwd USERNAME --as USER [--db PATH]"),
            QT_TRANSLATE_NOOP("loketctl", "disable USERNAME --as ADMIN [--db PATH]"),
            QT_TRANSLATE_NOOP("loketctl", "enable USERNAME --as ADMIN [--db PATH]"),
            QT_TRANSLATE_NOOP("loketctl",
                              "roles USERNAME --roles ROLE[,ROLE…] --as ADMIN [--db PATH]") },
          { option::db,
            { "as", QT_TRANSLATE_NOOP("loketctl", "USER"),
              QT_TRANSLATE_NOOP("loketctl",
                                "the administrator who makes the change (a user may change "
                                "their own password)") },
            { "name", QT_TRANSLATE_NOOP("loketctl", "FULL NAME"),
              QT_TRANSLATE_NOOP("loketctl", "the user's full name, with titles") },
            { "nip", QT_TRANSLATE_NOOP("loketctl", "NIP"),
              QT_TRANSLATE_NOOP("loketctl", "the civil servant number (18 digits), if any") },
            { "roles", QT_TRANSLATE_NOOP("loketctl", "ROLE[,ROLE…]"),
              QT_TRANSLATE_NOOP("loketctl", "the user's roles, separated by commas") },
            option::json,
            { "password", QT_TRANSLATE_NOOP("loketctl", "PASSWORD"),
              QT_TRANSLATE_NOOP("loketctl",
                                "refused: a password is typed when asked or piped on "
                                "standard input") } },
          QT_TRANSLATE_NOOP(
              "loketctl",
              "ROLE is one of: front-office, back-office, verifier (also field officer), "
              "head-of-division, secretary, head-of-office, administrator.\n"
              "The password is asked twice on the terminal, without showing it, or read as one "
              "line of standard input; never from the command line.\n"
              "The first account of a new database is an administrator added without --as; "
              "every later change names its administrator with --as and is recorded in the "
              "audit log. The last active administrator cannot be disabled or lose the role.") })
{
}

int UserCommand::execute(const Arguments& args, Output& io) const
{
    // Words on a command line end up in the process list and the shell's history.
    if (args.has(QStringLiteral("password")))
        return usageError(io,
                          Text::tr("a password is never given on the command line, where "
                                   "others could read it: type it when asked, or pipe it "
                                   "on standard input"));
    const QString action = args.positional().value(0);
    const bool listing = action == QLatin1String("list");
    const QStringList changes { QStringLiteral("passwd"), QStringLiteral("disable"),
                                QStringLiteral("enable"), QStringLiteral("roles") };
    if (args.positional().size() != (listing ? 1 : 2)
        || !(listing || action == QLatin1String("add") || changes.contains(action)))
        return usageError(io);
    Database database;
    QString error;
    if (!database.open(Database::resolveLocation(args.option(QStringLiteral("db"))),
                       Database::OpenMode::MustExist, &error))
        return failed(io, error);
    if (listing)
        return list(database, args, io);
    const QString username = args.positional().at(1);
    if (action == QLatin1String("add"))
        return add(database, username, args, io, usage());
    return change(database, action, username, args, io, usage());
}

} // namespace loket::ctl
