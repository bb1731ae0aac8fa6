#include "CaseModel.h"
#include "CaseQueries.h"
#include "CommandLine.h"
#include "DemoSeeder.h"
#include "DocumentRenderer.h"
#include "OfficeContext.h"
#include "OfficeDatabase.h"
#include "ReceiptBuilder.h"
#include "SettingsStore.h"
#include "UserStore.h"

#include <QElapsedTimer>

namespace loket::ctl {

int runDemo(const QStringList& words, Output& io)
{
    const QString usage
        = Text::tr("loketctl demo seed --db PATH --cases N [--office ID] [--days D] [--seed N]");
    Arguments args;
    QString error;
    if (!args.parse(words,
                    { QStringLiteral("db"), QStringLiteral("cases"), QStringLiteral("office"),
                      QStringLiteral("days"), QStringLiteral("seed") },
                    {}, &error))
        return usageError(io, error, usage);
    bool ok = false;
    const int count = args.option(QStringLiteral("cases")).toInt(&ok);
    if (args.positional() != QStringList { QStringLiteral("seed") }
        || !args.has(QStringLiteral("db")))
        return usageError(io, QString(), usage);
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
    {
        Database database;
        if (!database.open(args.option(QStringLiteral("db")), Database::OpenMode::CreateIfMissing,
                           &error)) {
            io.err << error << Qt::endl;
            return InvalidInput;
        }
        QString office = OfficeDatabase::officeId(database, &error);
        if (office.isEmpty())
            office = args.has(QStringLiteral("office")) ? args.option(QStringLiteral("office"))
                                                        : QStringLiteral("palangka-raya");
        if (!OfficeDatabase::initialise(database, office, &error)) {
            io.err << error << Qt::endl;
            return InvalidInput;
        }
        // A real installation never gets demo users or cases.
        const int users = UserStore(database).count(&error);
        if (!error.isEmpty()) {
            io.err << error << Qt::endl;
            return InvalidInput;
        }
        if (users > 0 && !SettingsStore::isDemoDatabase(database)) {
            io.err << Text::tr("%1 has real users: demo data goes only into a demo database. "
                               "Choose another file.")
                          .arg(Database::displayLocation(args.option(QStringLiteral("db"))))
                   << Qt::endl;
            return InvalidInput;
        }
    }
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

int runReceipt(const QStringList& words, Output& io)
{
    const QString usage = Text::tr("loketctl receipt --case NUMBER --pdf OUT [--db PATH] [--a5]");
    Arguments args;
    QString error;
    if (!args.parse(words, { QStringLiteral("db"), QStringLiteral("case"), QStringLiteral("pdf") },
                    { QStringLiteral("a5") }, &error))
        return usageError(io, error, usage);
    if (!args.positional().isEmpty() || !args.has(QStringLiteral("case"))
        || !args.has(QStringLiteral("pdf")))
        return usageError(io, QString(), usage);
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
