#include "CaseModel.h"
#include "CaseQueries.h"
#include "Commands.h"
#include "DemoSeeder.h"
#include "DocumentRenderer.h"
#include "OfficeContext.h"
#include "OfficeDatabase.h"
#include "ReceiptBuilder.h"
#include "SettingsStore.h"
#include "UserStore.h"

#include <QElapsedTimer>

namespace loket::ctl {

namespace {

// Creates or opens the demo database for its office; refuses a real installation's database.
bool prepareDemoDatabase(const Arguments& args, Output& io)
{
    QString error;
    Database database;
    if (!database.open(args.option(QStringLiteral("db")), Database::OpenMode::CreateIfMissing,
                       &error)) {
        io.err << error << Qt::endl;
        return false;
    }
    QString office = OfficeDatabase::officeId(database, &error);
    if (office.isEmpty())
        office = args.has(QStringLiteral("office")) ? args.option(QStringLiteral("office"))
                                                    : QStringLiteral("palangka-raya");
    if (!OfficeDatabase::initialise(database, office, &error)) {
        io.err << error << Qt::endl;
        return false;
    }
    // A real installation never gets demo users or cases.
    const int users = UserStore(database).count(&error);
    if (!error.isEmpty()) {
        io.err << error << Qt::endl;
        return false;
    }
    if (users > 0 && !SettingsStore::isDemoDatabase(database)) {
        io.err << Text::tr("%1 has real users: demo data goes only into a demo database. "
                           "Choose another file.")
                      .arg(Database::displayLocation(args.option(QStringLiteral("db"))))
               << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

DemoCommand::DemoCommand()
    : Command({ "demo",
                QT_TRANSLATE_NOOP("loketctl", "fills a demo database for training and trials"),
                { QT_TRANSLATE_NOOP("loketctl",
                                    "seed --db PATH --cases N [--office ID] [--days D] "
                                    "[--seed N]") },
                { { "db", QT_TRANSLATE_NOOP("loketctl", "PATH"),
                    QT_TRANSLATE_NOOP("loketctl", "the demo database, created when missing") },
                  { "cases", QT_TRANSLATE_NOOP("loketctl", "N"),
                    QT_TRANSLATE_NOOP("loketctl", "how many demo cases to add (0 to 5000000)") },
                  { "office", QT_TRANSLATE_NOOP("loketctl", "ID"),
                    QT_TRANSLATE_NOOP("loketctl",
                                      "the office of a new demo database (default "
                                      "palangka-raya)") },
                  { "days", QT_TRANSLATE_NOOP("loketctl", "D"),
                    QT_TRANSLATE_NOOP("loketctl",
                                      "spread the cases over this many days before "
                                      "now (default 60)") },
                  { "seed", QT_TRANSLATE_NOOP("loketctl", "N"),
                    QT_TRANSLATE_NOOP("loketctl",
                                      "the random seed: the same seed and clock give "
                                      "the same data") } } })
{
}

int DemoCommand::execute(const Arguments& args, Output& io) const
{
    QString error;
    bool ok = false;
    const int count = args.option(QStringLiteral("cases")).toInt(&ok);
    if (args.positional() != QStringList { QStringLiteral("seed") }
        || !args.has(QStringLiteral("db")))
        return usageError(io);
    if (!ok || count < 0 || count > 5000000) {
        io.err << Text::tr("--cases takes a number from 0 to 5000000.") << Qt::endl;
        return InvalidInput;
    }
    // The same --seed and clock (LOKET_NOW) give the same demo data; without it, new data.
    quint32 randomSeed = static_cast<quint32>(now().toMSecsSinceEpoch());
    if (args.has(QStringLiteral("seed"))) {
        randomSeed = args.option(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            io.err << Text::tr("--seed takes a whole number, such as 7.") << Qt::endl;
            return InvalidInput;
        }
    }
    if (!prepareDemoDatabase(args, io))
        return InvalidInput;
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const RegionTable regions = RegionTable::builtIn();
    DemoSeeder seeder(office->database, office->catalog, office->calendar, regions, randomSeed);
    QElapsedTimer timer;
    timer.start();
    const int days = args.has(QStringLiteral("days"))
        ? qMax(1, args.option(QStringLiteral("days")).toInt())
        : 60;
    const QDateTime seededAt = now(); // the demo's days end here
    if (!seeder.seedUsers(&error) || seeder.seedCases(count, seededAt, days, &error) < 0
        || !seeder.seedOfficeRecords(seededAt, days, &error)) {
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    io.out << Text::tr("%1 demo cases added to %2 for %3 in %4 s; demo users:")
                  .arg(count)
                  .arg(Database::displayLocation(args.option(QStringLiteral("db"))),
                       office->catalog.office.name)
                  .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
           << Qt::endl;
    for (const DemoSeeder::Account& account : DemoSeeder::accounts())
        io.out << QStringLiteral("  %1 / %2  (%3)")
                      .arg(account.username, account.password, userRoleTitle(account.role))
               << Qt::endl;
    return Success;
}

ReceiptCommand::ReceiptCommand()
    : Command({ "receipt",
                QT_TRANSLATE_NOOP("loketctl",
                                  "prints a case's receipt or missing-documents slip "
                                  "as PDF"),
                { QT_TRANSLATE_NOOP("loketctl", "--case NUMBER --pdf OUT [--db PATH] [--a5]") },
                { option::db,
                  option::caseNumber,
                  option::pdf,
                  { "a5", nullptr, QT_TRANSLATE_NOOP("loketctl", "on A5 paper instead of A4") } } })
{
}

int ReceiptCommand::execute(const Arguments& args, Output& io) const
{
    QString error;
    if (!args.positional().isEmpty() || !args.has(QStringLiteral("case"))
        || !args.has(QStringLiteral("pdf")))
        return usageError(io);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const std::optional<Case> record
        = CaseQueries(office->database).find(args.option(QStringLiteral("case")), &error);
    if (!record) {
        io.err << (error.isEmpty()
                       ? Text::tr("There is no case %1.").arg(args.option(QStringLiteral("case")))
                       : error)
               << Qt::endl;
        return InvalidInput;
    }
    const std::optional<User> clerk
        = UserStore(office->database).find(record->registeredBy, &error);
    if (!error.isEmpty()) { // the receipt names who registered the case
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    const ReceiptData data
        = ReceiptBuilder::build(*record, office->catalog, clerk.value_or(User {}));
    const DocumentRenderer renderer(office->database.directory() + QStringLiteral("/templates"));
    const QString html = renderer.receiptHtml(data, office->catalog.service(record->serviceCode));
    if (!renderer.writePdf(
            html, args.has(QStringLiteral("a5")) ? DocumentRenderer::A5 : DocumentRenderer::A4,
            args.option(QStringLiteral("pdf")), &error)) {
        io.err << error << Qt::endl;
        return InvalidInput;
    }
    io.out << (data.kind == ReceiptData::Kind::Receipt
                   ? Text::tr("receipt of %1 written to %2")
                   : Text::tr("missing-documents slip of %1 written to %2"))
                  .arg(record->number, args.option(QStringLiteral("pdf")))
           << Qt::endl;
    return Success;
}

} // namespace loket::ctl
