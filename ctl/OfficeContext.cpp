#include "OfficeContext.h"

#include "OfficeDatabase.h"
#include "UserStore.h"

namespace loket::ctl {

std::unique_ptr<OfficeContext> openOffice(const Arguments& args, Output& io)
{
    auto context = std::make_unique<OfficeContext>();
    QString error;
    if (!context->database.open(Database::resolveLocation(args.option(QStringLiteral("db"))),
                                Database::OpenMode::MustExist, &error)) {
        io.err << error << Qt::endl;
        return nullptr;
    }
    QStringList errors;
    auto catalog = OfficeDatabase::catalog(context->database, &errors);
    if (!catalog) {
        for (const QString& message : std::as_const(errors))
            io.err << message << Qt::endl;
        return nullptr;
    }
    context->catalog = *catalog;
    if (!OfficeDatabase::calendar(context->database, &context->calendar, &error)) {
        io.err << error << Qt::endl;
        return nullptr;
    }
    return context;
}

namespace {

std::optional<User> firstActive(Database& database, UserRole role, Output& io)
{
    QString error;
    for (const User& user : UserStore(database).all(&error)) {
        if (user.active && user.hasRole(role))
            return user;
    }
    if (!error.isEmpty())
        io.err << error << Qt::endl;
    else if (role == UserRole::Administrator)
        io.err << Text::tr("The database has no active administrator; name a user with --as.")
               << Qt::endl;
    else
        io.err << Text::tr("The database has no active front-office user; name one with --as "
                           "USER.")
               << Qt::endl;
    return std::nullopt;
}

} // namespace

std::optional<User> actingUser(Database& database, const QString& username, Output& io,
                               std::optional<UserRole> fallback)
{
    if (username.isEmpty() && fallback)
        return firstActive(database, *fallback, io);
    QString error;
    const std::optional<User> user = UserStore(database).byUsername(username, &error);
    if (user && user->active)
        return user;
    if (!error.isEmpty())
        io.err << error << Qt::endl;
    else if (user) // the words of Permissions::check, which refuses a disabled account anything
        io.err << Text::tr("The account of %1 is disabled; it may not do anything.")
                      .arg(user->fullName.isEmpty() ? user->username : user->fullName)
               << Qt::endl;
    else
        io.err << Text::tr("There is no user \"%1\".").arg(username) << Qt::endl;
    return std::nullopt;
}

} // namespace loket::ctl
