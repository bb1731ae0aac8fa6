#include "AutoBackup.h"
#include "Commands.h"
#include "Database.h"
#include "DatabaseMaintenance.h"
#include "Migrator.h"
#include "OfficeDatabase.h"
#include "UpgradeBackup.h"

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
        // An older database with data is backed up first; no backup, no migration.
        QString backup;
        const int applied = UpgradeBackup(database, now).migrate(&error, &backup);
        if (applied < 0)
            return failed(io, error);
        if (!backup.isEmpty())
            io.out << Text::tr("backup taken before the upgrade: %1").arg(backup) << Qt::endl;
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
                { QT_TRANSLATE_NOOP("loketctl", "[--db PATH] OUT"),
                  QT_TRANSLATE_NOOP("loketctl", "--auto [--db PATH]") },
                { option::db,
                  { "auto", nullptr,
                    QT_TRANSLATE_NOOP("loketctl",
                                      "the daily backup, if due, into the backup folder; "
                                      "older ones beyond the keep period removed (for cron "
                                      "or a systemd timer)") } },
                QT_TRANSLATE_NOOP("loketctl",
                                  "SQLite and PostgreSQL databases alike are backed up to one "
                                  "SQLite file with a manifest, verified before it gets its "
                                  "name; restore it with \"loketctl restore\".") })
{
}

int BackupCommand::execute(const Arguments& args, Output& io) const
{
    QString error;
    const bool automatic = args.has(QStringLiteral("auto"));
    if (args.positional().size() != (automatic ? 0 : 1))
        return usageError(io);
    Database database;
    if (!database.open(Database::resolveLocation(args.option(QStringLiteral("db"))),
                       Database::OpenMode::MustExist, &error))
        return failed(io, error);
    if (automatic) {
        QString taken;
        if (!AutoBackup(database, now).runIfDue(&taken, &error))
            return failed(io, error);
        io.out << (taken.isEmpty() ? Text::tr("today's backup is already there (or its hour "
                                              "has not come): nothing to do")
                                   : Text::tr("backup written to %1 and verified").arg(taken))
               << Qt::endl;
        return Success;
    }
    QStringList report;
    if (!DatabaseMaintenance(database).backup(args.positional().first(), &error, &report))
        return failed(io, error);
    for (const QString& line : std::as_const(report))
        io.out << line << Qt::endl;
    return Success;
}

} // namespace loket::ctl
