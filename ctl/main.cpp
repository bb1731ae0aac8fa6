// loketctl: the administrator's command line. Links loket_core only.
#include "CommandLine.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <cstdio>
#include <memory>

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
        "  demo seed --db PATH --cases N [--office ID] [--days D] [--seed N]\n"
        "  case list [--db PATH] [--status S] [--limit N] [--json]\n"
        "  case show NUMBER [--db PATH] [--json]\n"
        "  case import FILE.csv --service CODE [--allow-repeat] [--db PATH] [--as USER]\n"
        "  case pattern [PATTERN] [--db PATH]\n"
        "  receipt --case NUMBER --pdf OUT [--db PATH] [--a5]\n"
        "  verify CODE [--db PATH] [--json] [--pdf OUT]\n"
        "  document render --case NUMBER --pdf OUT [--type TYPE] [--db PATH]\n"
        "  document types --case NUMBER [--db PATH]\n"
        "  document collective --service CODE --month YYYY-MM --pdf OUT [--type TYPE] [--db PATH]\n"
        "  letters take --type TYPE [--register R] [--count N] [--interval MS] [--case NUMBER] "
        "[--subject TEXT] [--to ADDRESSEE] [--as USER] [--db PATH]\n"
        "  letters register --month YYYY-MM [--register R] [--pdf OUT] [--json] [--db PATH]\n"
        "  letters pattern REGISTER [PATTERN] [--as USER] [--db PATH]\n"
        "  letters classification [TYPE [CODE]] [--as USER] [--db PATH]\n"
        "  audit verify [--db PATH]\n"
        "  audit list [--db PATH] [--user NAME] [--case NUMBER] [--from DATE] [--to DATE] "
        "[--limit N] [--json]\n"
        "  complaints list [--overdue] [--status S] [--json] [--db PATH]\n"
        "  complaints register --month YYYY-MM --pdf OUT|--csv OUT [--db PATH]\n"
        "  complaints add --as USER --subject TEXT --description TEXT [--kind K] [--channel C] "
        "[--ticket T] [--anonymous] [--name N] [--nik NIK] [--phone P] [--address A] "
        "[--case NUMBER] [--received DATETIME] [--db PATH]\n"
        "  dtks import FILE --date YYYY-MM-DD [--map FIELD=COLUMN …] [--db PATH] [--as USER]\n"
        "  dtks lookup (--nik NIK | --name TEXT) [--db PATH] [--json]\n"
        "  dtks extracts [--db PATH]\n"
        "  dtks remove --date YYYY-MM-DD [--db PATH] [--as USER]\n"
        "  register recipients|guests|letters (--day YYYY-MM-DD | --month YYYY-MM | --year YYYY) "
        "[--service CODE] [--register R] --format csv|pdf --out FILE [--as USER] [--db PATH]\n"
        "  guest add --name NAME --purpose TEXT [--nik NIK] [--phone PHONE] [--origin TEXT] "
        "[--service CODE] [--outcome TEXT] [--at YYYY-MM-DDTHH:MM] [--as USER] [--db PATH]\n"
        "  report (--month YYYY-MM | --year YYYY) --format csv|pdf --out FILE [--as-of DATETIME] "
        "[--db PATH]\n"
        "  skm --from DATE --to DATE [--service CODE] [--json] [--pdf OUT] [--db PATH]\n"
        "  skm weight [ninth|0.11] [--as USER] [--db PATH]\n"
        "  skm questionnaire --pdf OUT [--case NUMBER | --service CODE] [--db PATH]\n"
        "  skm add --answers A1,…,A9 (--case NUMBER | --service CODE) --as USER [--date DATE] "
        "[--paper] [--gender L|P] [--age N] [--education T] [--occupation T] [--suggestion T] "
        "[--db PATH]\n"
        "  skm demo [--db PATH]   (demo databases only)\n"
        "  workflow --case NUMBER --as USER [--db PATH] ACTION [ARGS]   (loketctl workflow "
        "--help)\n"
        "Set LOKET_LANG=en for English messages. LOKET_NOW=2024-04-08T09:00:00+07:00 runs a "
        "command as if at that moment (training, reproducible runs).");
}

} // namespace

int main(int argc, char* argv[])
{
    // Rendering documents needs fonts, hence a QGuiApplication; headless, it draws offscreen.
    const bool renders = argc > 1
        && (qstrcmp(argv[1], "receipt") == 0 || qstrcmp(argv[1], "document") == 0
            || qstrcmp(argv[1], "workflow") == 0 || qstrcmp(argv[1], "verify") == 0
            || (argc > 2 && qstrcmp(argv[1], "complaints") == 0
                && qstrcmp(argv[2], "register") == 0) // the complaint register's PDF
            || qstrcmp(argv[1], "register") == 0 // the registers' PDFs
            || qstrcmp(argv[1], "report") == 0 // the service recap's charts and PDF
            || qstrcmp(argv[1], "skm") == 0 // the IKM report and questionnaire PDFs
            || (argc > 2 && qstrcmp(argv[1], "letters") == 0 && qstrcmp(argv[2], "register") == 0));
    if (renders && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A GUI application wants a private runtime folder; a server shell often has none.
    if (renders && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath()
            + QStringLiteral("/loketctl-runtime-%1").arg(QString::fromLocal8Bit(qgetenv("USER")));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
    std::unique_ptr<QCoreApplication> app(renders ? new QGuiApplication(argc, argv)
                                                  : new QCoreApplication(argc, argv));
    QCoreApplication& application = *app;
    QCoreApplication::setOrganizationName(QStringLiteral("Loket"));
    QCoreApplication::setApplicationName(QStringLiteral("Loket"));
    loket::installTranslations(application);
    // What the database drivers say is for the IT person, not for the clerk who reads this
    // command's messages: QT_LOGGING_RULES="loket.database.warning=true" shows it.
    QLoggingCategory::setFilterRules(QStringLiteral("loket.database.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Output io { out, err };
    QString clockError;
    if (!setClockFromEnvironment(&clockError))
        return usageError(io, clockError, usage());

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
    if (command == QLatin1String("case"))
        return runCase(words, io);
    if (command == QLatin1String("demo"))
        return runDemo(words, io);
    if (command == QLatin1String("receipt"))
        return runReceipt(words, io);
    if (command == QLatin1String("verify"))
        return runVerify(words, io);
    if (command == QLatin1String("document"))
        return runDocument(words, io);
    if (command == QLatin1String("letters"))
        return runLetters(words, io);
    if (command == QLatin1String("audit"))
        return runAudit(words, io);
    if (command == QLatin1String("complaints"))
        return runComplaints(words, io);
    if (command == QLatin1String("dtks"))
        return runDtks(words, io);
    if (command == QLatin1String("register"))
        return runRegister(words, io);
    if (command == QLatin1String("guest"))
        return runGuest(words, io);
    if (command == QLatin1String("report"))
        return runReport(words, io);
    if (command == QLatin1String("skm"))
        return runSkm(words, io);
    if (command == QLatin1String("workflow"))
        return runWorkflow(words, io);
    return usageError(io, Text::tr("unknown command \"%1\"").arg(command), usage());
}
