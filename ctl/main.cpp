// loketctl: the administrator's command line. Links loket_core only.
#include "CommandTable.h"
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

// Rendering documents needs fonts, hence a QGuiApplication; headless, it draws offscreen.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    QStringList words;
    for (int i = 2; i < argc; ++i)
        words << QString::fromLocal8Bit(argv[i]);
    const Command* command = argc > 1 ? findCommand(QString::fromLocal8Bit(argv[1])) : nullptr;
    if (!command || !command->rendersDocuments(words))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A GUI application wants a private runtime folder; a server shell often has none.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath()
            + QStringLiteral("/loketctl-runtime-%1").arg(QString::fromLocal8Bit(qgetenv("USER")));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

int unknownCommand(Output& io, const QString& name)
{
    QStringList names;
    for (const auto& command : commands())
        names << command->name();
    const QString nearest = closest(name, names);
    return usageError(
        io,
        nearest.isEmpty()
            ? Text::tr("unknown command \"%1\"").arg(name)
            : Text::tr("unknown command \"%1\"; did you mean \"%2\"?").arg(name, nearest),
        overallUsage());
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Loket"));
    QCoreApplication::setApplicationName(QStringLiteral("Loket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    loket::installTranslations(*app);
    // What the database drivers say is for the IT person, not for the clerk who reads this
    // command's messages: QT_LOGGING_RULES="loket.database.warning=true" shows it.
    QLoggingCategory::setFilterRules(QStringLiteral("loket.database.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Output io { out, err };
    QString clockError;
    if (!setClockFromEnvironment(&clockError))
        return usageError(io, clockError, overallUsage());

    QStringList words = QCoreApplication::arguments().mid(1);
    if (words.isEmpty() || words.first() == QLatin1String("--help")
        || words.first() == QLatin1String("help")) {
        (words.isEmpty() ? err : out) << overallUsage() << Qt::endl;
        return words.isEmpty() ? WrongUsage : Success;
    }
    if (words.first() == QLatin1String("--version")) {
        out << "loketctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QString name = words.takeFirst();
    const Command* command = findCommand(name);
    return command ? command->run(words, io) : unknownCommand(io, name);
}
