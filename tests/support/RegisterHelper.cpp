// A counter in a process of its own, for the tests of two writers on one database: it waits
// until the test says go (a file appears), then registers one applicant after another through
// CaseStore::registerCase — one transaction each, as the counter's Register button does — and
// prints each case number. Any failure goes to stderr as the clerk would read it; exit 1.
//
//   loket_register_helper --db LOCATION --as USER --service CODE --at ISO-TIME
//                         --applicants FILE (nik,name per line) --go FILE
#include "CaseStore.h"
#include "Database.h"
#include "OfficeDatabase.h"
#include "UserStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <cstdio>

using namespace loket;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char* name : { "db", "as", "service", "at", "applicants", "go" })
        parser.addOption({ QString::fromLatin1(name), QString(), QStringLiteral("value") });
    parser.process(app);
    const auto option
        = [&parser](const char* name) { return parser.value(QString::fromLatin1(name)); };

    Database database;
    QString error;
    if (!database.open(option("db"), Database::OpenMode::MustExist, &error))
        return fail(error);
    QStringList errors;
    const std::optional<Catalog> catalog = OfficeDatabase::catalog(database, &errors);
    WorkingCalendar calendar;
    if (!catalog || !OfficeDatabase::calendar(database, &calendar, &error))
        return fail(error + errors.join(QLatin1Char('\n')));
    const std::optional<User> clerk = UserStore(database).byUsername(option("as"), &error);
    if (!clerk)
        return fail(error.isEmpty() ? QStringLiteral("no user ") + option("as") : error);
    const Service* service = catalog->service(option("service"));
    QFile applicants(option("applicants"));
    if (!service || !applicants.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("unknown service or unreadable applicants"));
    const QDateTime at = QDateTime::fromString(option("at"), Qt::ISODate);

    QElapsedTimer waiting;
    waiting.start();
    while (!QFile::exists(option("go")) && waiting.elapsed() < 60000)
        QThread::msleep(2);
    CaseStore store(database, *catalog, calendar);
    while (!applicants.atEnd()) {
        const QStringList fields
            = QString::fromUtf8(applicants.readLine()).trimmed().split(QLatin1Char(','));
        if (fields.size() != 2)
            continue;
        CaseDraft draft;
        draft.serviceCode = service->code;
        draft.person.nik = fields.at(0);
        draft.person.fullName = fields.at(1);
        for (int i = 0; i < service->requirements.size(); ++i)
            draft.checklist << ChecklistItem {
                i, QString(), ChecklistItem::State::Present, {}, {}
            };
        const std::optional<Case> registered = store.registerCase(draft, *clerk, at, &error);
        if (!registered)
            return fail(error);
        std::printf("%s\n", qPrintable(registered->number));
        std::fflush(stdout);
    }
    return 0;
}
