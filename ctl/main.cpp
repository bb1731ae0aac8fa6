// loketctl: the administrator's command line. Links loket_core only.
#include "CommandLine.h"
#include "Translations.h"

#include <QCoreApplication>
#include <cstdio>

using namespace loket::ctl;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "loketctl",
        "loketctl COMMAND …\n"
        "  catalog list [--office ID] [--db PATH] [--json]\n"
        "  catalog show CODE [--office ID] [--db PATH]\n"
        "  catalog check FILE\n"
        "  nik check NIK [--json]\n"
        "  kk check NUMBER [--json]\n"
        "  terbilang NUMBER\n"
        "  calendar due --office ID --service CODE --from DATETIME [--db PATH] [--json]\n"
        "  calendar list [--year YEAR] [--db PATH]\n"
        "  calendar set DATE --kind libur_nasional|cuti_bersama|libur_kantor --description TEXT "
        "[--db PATH]\n"
        "  calendar remove DATE [--db PATH]\n"
        "  db init --office ID [--db PATH]\n"
        "  db check|migrate [--db PATH]\n"
        "  backup [--db PATH] OUT\n"
        "Set LOKET_LANG=en for English messages.");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Loket"));
    QCoreApplication::setApplicationName(QStringLiteral("Loket"));
    loket::installTranslations(application);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Output io { out, err };

    QStringList words = QCoreApplication::arguments().mid(1);
    if (words.isEmpty() || words.first() == QLatin1String("--help")
        || words.first() == QLatin1String("help")) {
        (words.isEmpty() ? err : out) << usage() << Qt::endl;
        return words.isEmpty() ? WrongUsage : Success;
    }
    const QString command = words.takeFirst();
    if (command == QLatin1String("catalog"))
        return runCatalog(words, io);
    if (command == QLatin1String("nik"))
        return runNik(words, io);
    if (command == QLatin1String("kk"))
        return runKk(words, io);
    if (command == QLatin1String("terbilang"))
        return runTerbilang(words, io);
    if (command == QLatin1String("calendar"))
        return runCalendar(words, io);
    if (command == QLatin1String("db"))
        return runDb(words, io);
    if (command == QLatin1String("backup"))
        return runBackup(words, io);
    return usageError(io, Text::tr("unknown command \"%1\"").arg(command), usage());
}
