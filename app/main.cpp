// loket: the desktop application. Only wires things together.
#include "AppController.h"
#include "Translations.h"
#include "WorkstationSettings.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Loket"));
    QApplication::setApplicationName(QStringLiteral("Loket"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

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
    parser.addOptions({ dbOption, demoOption, officeOption, languageOption });
    parser.process(application);

    loket::ui::WorkstationSettings settings;
    loket::installTranslations(
        application,
        loket::ui::AppController::interfaceLanguage(parser.value(languageOption), settings));

    const bool demo = parser.isSet(demoOption);
    loket::ui::AppController controller(settings);
    using Started = loket::ui::AppController::Started;
    const Started started = controller.start(
        { loket::ui::AppController::databaseLocation(parser.value(dbOption), demo),
          parser.value(officeOption), demo });
    if (started != Started::Running)
        return started == Started::Cancelled ? 0 : 1;
    return QApplication::exec();
}
