// loket: the desktop application. Only wires things together.
#include "AppController.h"
#include "SelfTest.h"
#include "Translations.h"
#include "WorkstationSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Loket"));
    QApplication::setApplicationName(QStringLiteral("Loket"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // The menu entry the window belongs to (packaging/): its icon and name in the task bar.
    QGuiApplication::setDesktopFileName(QStringLiteral("id.go.dinsos.Loket"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database file (or postgresql:// URL)."),
                                      QStringLiteral("path"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Training mode: a separate demo database (loket-demo.sqlite unless --db) "
                       "with demo users and cases."));
    const QCommandLineOption officeOption(
        QStringLiteral("office"),
        QStringLiteral("Office of a new database: palangka-raya, seruyan, kotabaru."),
        QStringLiteral("id"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("Interface language: id or en."),
                                            QStringLiteral("code"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QStringLiteral("Start up to the login or first-start window, close it and quit: checks "
                       "that this build runs (exit status 0 when it does)."));
    parser.addOptions({ dbOption, demoOption, officeOption, languageOption, selfTestOption });
    parser.process(application);

    loket::ui::WorkstationSettings settings;
    loket::installTranslations(
        application,
        loket::ui::AppController::interfaceLanguage(parser.value(languageOption), settings));

    const bool demo = parser.isSet(demoOption);
    std::unique_ptr<loket::ui::SelfTest> selfTest;
    if (parser.isSet(selfTestOption))
        selfTest = std::make_unique<loket::ui::SelfTest>(120 * 1000);
    loket::ui::AppController controller(settings);
    using Started = loket::ui::AppController::Started;
    const Started started = controller.start(
        { loket::ui::AppController::databaseLocation(parser.value(dbOption), demo, settings),
          parser.value(officeOption), demo });
    if (selfTest) {
        std::puts(qPrintable(selfTest->report()));
        return selfTest->passed() ? 0 : 1;
    }
    if (started != Started::Running)
        return started == Started::Cancelled ? 0 : 1;
    return QApplication::exec();
}
