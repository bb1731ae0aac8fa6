#include "CatalogJson.h"
#include "CatalogLoader.h"
#include "Commands.h"
#include "Database.h"
#include "OfficeDatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace loket::ctl {
namespace {

// --office ID: the built-in catalog of that office; otherwise the one in force for the database.
std::optional<Catalog> chooseCatalog(const Arguments& args, Output& io)
{
    QStringList errors;
    std::optional<Catalog> catalog;
    if (args.has(QStringLiteral("office"))) {
        CatalogLoadResult result = CatalogLoader::builtIn(args.option(QStringLiteral("office")));
        catalog = result.catalog;
        errors = result.errors;
    } else {
        Database database;
        QString error;
        if (database.open(Database::resolveLocation(args.option(QStringLiteral("db"))),
                          Database::OpenMode::MustExist, &error))
            catalog = OfficeDatabase::catalog(database, &errors);
        else
            errors << error << Text::tr("or name the office with --office ID");
    }
    for (const QString& error : std::as_const(errors))
        io.err << error << Qt::endl;
    return catalog;
}

int list(const Arguments& args, Output& io)
{
    const auto catalog = chooseCatalog(args, io);
    if (!catalog)
        return InvalidInput;
    if (args.has(QStringLiteral("json"))) {
        QJsonArray services;
        for (const Service& service : catalog->services)
            services.append(serviceToJson(service));
        io.out << QString::fromUtf8(QJsonDocument(services).toJson(QJsonDocument::Indented));
        return Success;
    }
    io.out << catalog->office.name << QStringLiteral(" — ") << catalog->version() << Qt::endl;
    for (const Service& service : catalog->services) {
        io.out << service.code << QStringLiteral("  ") << service.name << Qt::endl
               << QStringLiteral("        ")
               << Text::tr("%1 requirements, %2 steps; time: %3; product: %4")
                      .arg(service.requirements.size())
                      .arg(service.steps.size())
                      .arg(service.serviceTime.text, service.product.name)
               << Qt::endl;
    }
    return Success;
}

int show(const Arguments& args, Output& io)
{
    const auto catalog = chooseCatalog(args, io);
    if (!catalog)
        return InvalidInput;
    const Service* service = catalog->service(args.positional().value(1));
    if (!service) {
        io.err << Text::tr("No service %1 in the catalog of %2.")
                      .arg(args.positional().value(1), catalog->office.name)
               << Qt::endl;
        return InvalidInput;
    }
    io.out << service->code << QStringLiteral("  ") << service->name << Qt::endl;
    if (!service->division.isEmpty())
        io.out << service->division << Qt::endl;
    io.out << Qt::endl << Text::tr("Requirements:") << Qt::endl;
    for (qsizetype i = 0; i < service->requirements.size(); ++i) {
        const Requirement& requirement = service->requirements.at(i);
        io.out << QStringLiteral("  %1. %2 [%3, %4]")
                      .arg(i + 1)
                      .arg(requirement.text, catalogkeys::kindKey(requirement.kind),
                           catalogkeys::conditionKey(requirement.condition))
               << Qt::endl;
    }
    io.out << Qt::endl << Text::tr("Procedure:") << Qt::endl;
    for (const ProcedureStep& step : service->steps)
        io.out << QStringLiteral("  %1. %2 [%3]")
                      .arg(step.order)
                      .arg(step.text, catalogkeys::roleKey(step.role))
               << Qt::endl;
    io.out << Qt::endl
           << Text::tr("Service time: %1").arg(service->serviceTime.text) << Qt::endl
           << Text::tr("Fee: %1").arg(service->feeText) << Qt::endl
           << Text::tr("Product: %1").arg(service->product.name) << Qt::endl;
    return Success;
}

int check(const Arguments& args, Output& io)
{
    const CatalogLoadResult result = CatalogLoader::fromFile(args.positional().value(1));
    for (const QString& error : result.errors)
        io.err << args.positional().value(1) << QStringLiteral(": ") << error << Qt::endl;
    if (!result.catalog)
        return InvalidInput;
    io.out << Text::tr("%1: valid; office %2, %3 services, decree %4")
                  .arg(args.positional().value(1), result.catalog->office.id)
                  .arg(result.catalog->services.size())
                  .arg(result.catalog->version())
           << Qt::endl;
    return Success;
}

} // namespace

CatalogCommand::CatalogCommand()
    : Command({ "catalog",
                QT_TRANSLATE_NOOP("loketctl",
                                  "the service catalog: list, show a service, check a "
                                  "catalog file"),
                { QT_TRANSLATE_NOOP("loketctl", "list [--office ID] [--db PATH] [--json]"),
                  QT_TRANSLATE_NOOP("loketctl", "show CODE [--office ID] [--db PATH]"),
                  QT_TRANSLATE_NOOP("loketctl", "check FILE") },
                { { "office", QT_TRANSLATE_NOOP("loketctl", "ID"),
                    QT_TRANSLATE_NOOP("loketctl",
                                      "the built-in catalog of this office instead of "
                                      "the database's") },
                  option::db,
                  option::json } })
{
}

int CatalogCommand::execute(const Arguments& args, Output& io) const
{
    const QString action = args.positional().value(0);
    if (action == QLatin1String("list") && args.positional().size() == 1)
        return list(args, io);
    if (action == QLatin1String("show") && args.positional().size() == 2)
        return show(args, io);
    if (action == QLatin1String("check") && args.positional().size() == 2)
        return check(args, io);
    return usageError(io);
}

} // namespace loket::ctl
