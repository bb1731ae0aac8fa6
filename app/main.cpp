// loket: the desktop application. Only wires things together.
#include "Database.h"
#include "MainWindow.h"
#include "OfficeDatabase.h"
#include "RegionTable.h"
#include "Startup.h"
#include "Translations.h"

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
    const QCommandLineOption officeOption(
        QStringLiteral("office"),
        QStringLiteral("Office of a new database: palangka-raya, seruyan, kotabaru."),
        QStringLiteral("id"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("Interface language: id or en."),
                                            QStringLiteral("code"));
    parser.addOptions({ dbOption, officeOption, languageOption });
    parser.process(application);

    loket::installTranslations(application, parser.value(languageOption));

    loket::Database database;
    const QString location = loket::Database::resolveLocation(parser.value(dbOption));
    const auto catalog = loket::ui::Startup(database).run(location, parser.value(officeOption));
    if (!catalog)
        return 1;

    const loket::RegionTable regions = loket::RegionTable::builtIn();
    loket::WorkingCalendar calendar;
    QString error;
    loket::OfficeDatabase::calendar(database, &calendar, &error);
    loket::ui::Session session { database, *catalog, calendar, regions, loket::User {}, false };
    loket::ui::MainWindow window(session);
    window.show();
    return QApplication::exec();
}
