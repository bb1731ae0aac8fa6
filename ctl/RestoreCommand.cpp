#include "BackupRestorer.h"
#include "Commands.h"
#include "Database.h"

namespace loket::ctl {

RestoreCommand::RestoreCommand()
    : Command(
        { "restore",
          QT_TRANSLATE_NOOP("loketctl", "restores a backup into a new or empty database, checked"),
          { QT_TRANSLATE_NOOP("loketctl", "BACKUP [--db TARGET]") },
          { option::db },
          QT_TRANSLATE_NOOP("loketctl",
                            "The backup is checked first (complete, intact, a Loket "
                            "database not newer than this Loket, its audit log "
                            "unbroken); a damaged or foreign file is refused and the "
                            "target left as it was. TARGET is a new SQLite file or an "
                            "empty PostgreSQL database; an older backup is upgraded "
                            "after the restore.") })
{
}

int RestoreCommand::execute(const Arguments& args, Output& io) const
{
    if (args.positional().size() != 1)
        return usageError(io);
    QString error;
    QStringList report;
    const QString target = Database::resolveLocation(args.option(QStringLiteral("db")));
    if (!BackupRestorer().restore(args.positional().first(), target, &report, &error))
        return failed(io, error);
    for (const QString& line : std::as_const(report))
        io.out << line << Qt::endl;
    return Success;
}

} // namespace loket::ctl
