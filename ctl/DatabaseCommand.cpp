#include "Commands.h"
#include "Database.h"
#include "DatabaseMaintenance.h"
#include "Migrator.h"
#include "OfficeDatabase.h"

#include <QCoreApplication>

namespace loket::ctl {
DbCommand::DbCommand()
    : Command({ "db",
                QT_TRANSLATE_NOOP("loketctl", "the office database: create, check, migrate"),
                { QT_TRANSLATE_NOOP("loketctl", "init --office ID [--db PATH]"),
                  QT_TRANSLATE_NOOP("loketctl", "check [--db PATH]"),
                  QT_TRANSLATE_NOOP("loketctl", "migrate [--db PATH]") },
                { option::db,
                  { "office", QT_TRANSLATE_NOOP("loketctl", "ID"),
                    QT_TRANSLATE_NOOP("loketctl", "the office the new database belongs to") } } })
{
}

int DbCommand::execute(const Arguments& args, Output& io) const
{
    QString error;
    const QString action = args.positional().value(0);
    if (args.positional().size() != 1
        || !QStringList { QStringLiteral("init"), QStringLiteral("check"),
                          QStringLiteral("migrate") }
                .contains(action))
        return usageError(io);
    if (action == QLatin1String("init") && !args.has(QStringLiteral("office")))
        return usageError(io, Text::tr("--office is required"));

    const QString location = Database::resolveLocation(args.option(QStringLiteral("db")));
    const QString shown = Database::displayLocation(location);
    Database database;
    const auto mode = action == QLatin1String("init") ? Database::OpenMode::CreateIfMissing
                                                      : Database::OpenMode::MustExist;
    if (!database.open(location, mode, &error))
        return failed(io, error);

    if (action == QLatin1String("init")) {
        if (!OfficeDatabase::initialise(database, args.option(QStringLiteral("office")), &error))
            return failed(io, error);
        io.out << Text::tr("database %1 is ready for office %2 (schema version %3)")
                      .arg(shown, args.option(QStringLiteral("office")))
                      .arg(Migrator::latestVersion())
               << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("migrate")) {
        const int applied = Migrator(database).migrate(&error);
        if (applied < 0)
            return failed(io, error);
        io.out << Text::tr("%1: %2 migration(s) applied; schema version %3")
                      .arg(shown)
                      .arg(applied)
                      .arg(Migrator::latestVersion())
               << Qt::endl;
        return Success;
    }
    QStringList report;
    const QStringList problems = DatabaseMaintenance(database).check(&report);
    io.out << shown << Qt::endl;
    for (const QString& line : std::as_const(report))
        io.out << QStringLiteral("  ") << line << Qt::endl;
    for (const QString& problem : problems)
        io.err << Text::tr("problem: %1").arg(problem) << Qt::endl;
    if (!problems.isEmpty())
        return InvalidInput;
    io.out << Text::tr("database is healthy") << Qt::endl;
    return Success;
}

BackupCommand::BackupCommand()
    : Command({ "backup",
                QT_TRANSLATE_NOOP("loketctl", "copies the database, checked, to a backup file"),
                { QT_TRANSLATE_NOOP("loketctl", "[--db PATH] OUT") },
                { option::db } })
{
}

int BackupCommand::execute(const Arguments& args, Output& io) const
{
    QString error;
    if (args.positional().size() != 1)
        return usageError(io);
    Database database;
    if (!database.open(Database::resolveLocation(args.option(QStringLiteral("db"))),
                       Database::OpenMode::MustExist, &error))
        return failed(io, error);
    QStringList report;
    if (!DatabaseMaintenance(database).backup(args.positional().first(), &error, &report))
        return failed(io, error);
    for (const QString& line : std::as_const(report))
        io.out << line << Qt::endl;
    return Success;
}

} // namespace loket::ctl
