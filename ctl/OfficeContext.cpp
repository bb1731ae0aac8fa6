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

std::optional<QList<User>> readUsers(Database& database, Output& io)
{
    QString error;
    QList<User> users = UserStore(database).all(&error);
    if (error.isEmpty())
        return users;
    io.err << error << Qt::endl;
    return std::nullopt;
}

} // namespace loket::ctl
