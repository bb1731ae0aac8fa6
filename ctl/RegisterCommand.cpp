// loketctl register: the registers of service recipients, guests and outgoing letters as CSV
// or PDF; loketctl guest add: a guest-book entry from the command line.
#include "Commands.h"
#include "GuestBook.h"
#include "GuestBookReport.h"
#include "LetterRegister.h"
#include "LetterRegisterReport.h"
#include "OfficeContext.h"
#include "PersonalDataAudit.h"
#include "RecipientRegister.h"
#include "RecipientRegisterReport.h"
#include "RegisterDocument.h"
#include "UserStore.h"

namespace loket::ctl {
namespace {

// Exactly one of --day, --month, --year.
std::optional<RegisterPeriod> periodOf(const Arguments& args, QString* error)
{
    QStringList given;
    for (const QString& name :
         { QStringLiteral("day"), QStringLiteral("month"), QStringLiteral("year") }) {
        if (args.has(name))
            given << name;
    }
    if (given.size() != 1) {
        *error = Text::tr("give one of --day YYYY-MM-DD, --month YYYY-MM or --year YYYY");
        return std::nullopt;
    }
    const QString text = args.option(given.first());
    static const QHash<QString, int> lengths { { QStringLiteral("day"), 10 },
                                               { QStringLiteral("month"), 7 },
                                               { QStringLiteral("year"), 4 } };
    const auto period = RegisterPeriod::parse(text, error);
    if (period && text.trimmed().size() != lengths.value(given.first())) {
        *error = Text::tr("--%1 %2: the value does not fit the option").arg(given.first(), text);
        return std::nullopt;
    }
    return period;
}

struct Rendered
{
    QString html;
    std::optional<CsvWriter> csv;
    int count = 0;
};

// The register of `kind` for `period`, as the HTML of its PDF or as CSV rows.
bool renderRegister(const QString& kind, const Arguments& args, OfficeContext& office,
                    const RegisterPeriod& period, bool pdf, const QString& preparedBy,
                    Rendered* rendered, QString* error)
{
    const Catalog& catalog = office.catalog;
    const QDate today = RegisterDocument::officeToday(catalog.office, now());
    if (kind == QLatin1String("recipients")) {
        const QString service = args.option(QStringLiteral("service")).trimmed().toUpper();
        if (!service.isEmpty() && !catalog.service(service)) {
            *error = Text::tr("There is no service %1 in the office's catalog.").arg(service);
            return false;
        }
        const QList<RecipientEntry> entries
            = RecipientRegister(office.database, catalog).entries(period, service, error);
        if (!error->isEmpty())
            return false;
        rendered->count = int(entries.size());
        if (pdf)
            rendered->html = RecipientRegisterReport::html(catalog, period, service, entries, today,
                                                           preparedBy);
        else
            rendered->csv = RecipientRegisterReport::csv(catalog.office, entries);
    } else if (kind == QLatin1String("guests")) {
        const QList<GuestEntry> entries
            = GuestBook(office.database, catalog).entries(period, error);
        if (!error->isEmpty())
            return false;
        rendered->count = int(entries.size());
        if (pdf)
            rendered->html = GuestBookReport::html(catalog, period, entries, today, preparedBy);
        else
            rendered->csv = GuestBookReport::csv(catalog, entries);
    } else {
        const QString registerKey = args.option(QStringLiteral("register"));
        const QList<Letter> letters
            = LetterRegister(office.database)
                  .between(period.first(), period.end(), registerKey, error);
        if (!error->isEmpty())
            return false;
        rendered->count = int(letters.size());
        if (pdf)
            rendered->html
                = LetterRegisterReport::html(catalog.office, period, registerKey, letters, today);
        else
            rendered->csv = LetterRegisterReport::csv(catalog.office, letters);
    }
    return true;
}

int writeRegister(const QString& kind, const Arguments& args, Output& io, const QString& usage)
{
    QString error;
    const auto period = periodOf(args, &error);
    if (!period)
        return usageError(io, error, usage);
    const QString format = args.option(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("pdf"))
        return usageError(io, Text::tr("--format csv or --format pdf is required"), usage);
    const QString out = args.option(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(io, Text::tr("--out FILE is required"), usage);
    if (args.has(QStringLiteral("service")) && kind != QLatin1String("recipients"))
        return usageError(io, Text::tr("--service only limits the register of recipients"), usage);
    if (args.has(QStringLiteral("register")) && kind != QLatin1String("letters"))
        return usageError(io, Text::tr("--register only limits the register of letters"), usage);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    QString preparedBy;
    qint64 exporter = 0; // the system, when no --as names who takes the file
    if (args.has(QStringLiteral("as"))) {
        const auto user = actingUser(office->database, args.option(QStringLiteral("as")), io,
                                     UserRole::FrontOffice);
        if (!user)
            return InvalidInput;
        preparedBy = user->fullName;
        exporter = user->id;
    }
    Rendered rendered;
    if (!renderRegister(kind, args, *office, *period, format == QLatin1String("pdf"), preparedBy,
                        &rendered, &error))
        return failed(io, error);
    const bool written = format == QLatin1String("pdf")
        ? RegisterDocument::writePdf(rendered.html, out, &error)
        : rendered.csv->save(out, &error);
    // A register names people: the file that leaves Loket is in the audit log (UU 27/2022).
    if (!written
        || !PersonalDataAudit(office->database)
                .exported(exporter, QStringLiteral("register %1 %2").arg(kind, period->key()),
                          rendered.count, format, &error))
        return failed(io, error);
    io.out << Text::tr("register of %1 for %2 (%n row(s)) written to %3", nullptr, rendered.count)
                  .arg(kind, period->key(), out)
           << Qt::endl;
    return Success;
}

int addGuest(const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const auto clerk = actingUser(office->database, args.option(QStringLiteral("as")), io,
                                  UserRole::FrontOffice);
    if (!clerk)
        return InvalidInput;
    GuestEntry entry;
    if (args.has(QStringLiteral("at"))) {
        entry.visitedAt = QDateTime::fromString(args.option(QStringLiteral("at")), Qt::ISODate);
        if (!entry.visitedAt.isValid())
            return failed(io,
                          Text::tr("--at %1 is not a date and time (YYYY-MM-DDTHH:MM)")
                              .arg(args.option(QStringLiteral("at"))));
        if (entry.visitedAt.timeSpec() == Qt::LocalTime) // as the office's clock shows it
            entry.visitedAt = QDateTime(entry.visitedAt.date(), entry.visitedAt.time(),
                                        timeZoneFromName(office->catalog.office.timeZone));
    }
    entry.name = args.option(QStringLiteral("name"));
    entry.nik = args.option(QStringLiteral("nik"));
    entry.phone = args.option(QStringLiteral("phone"));
    entry.origin = args.option(QStringLiteral("origin"));
    entry.purpose = args.option(QStringLiteral("purpose"));
    entry.serviceCode = args.option(QStringLiteral("service"));
    entry.outcome = args.option(QStringLiteral("outcome"));
    QString error;
    const auto added
        = GuestBook(office->database, office->catalog).add(entry, *clerk, now(), &error);
    if (!added)
        return failed(io, error);
    io.out << Text::tr("guest %1 recorded (entry %2) by %3")
                  .arg(added->name)
                  .arg(added->id)
                  .arg(clerk->username)
           << Qt::endl;
    return Success;
}

} // namespace

RegisterCommand::RegisterCommand()
    : Command({ "register",
                QT_TRANSLATE_NOOP("loketctl",
                                  "the registers of recipients, guests and letters as "
                                  "CSV or PDF"),
                { QT_TRANSLATE_NOOP("loketctl",
                                    "recipients|guests|letters (--day YYYY-MM-DD | "
                                    "--month YYYY-MM | --year YYYY) [--service CODE] "
                                    "[--register R] --format csv|pdf --out FILE "
                                    "[--as USER] [--db PATH]") },
                { option::db,
                  { "day", QT_TRANSLATE_NOOP("loketctl", "YYYY-MM-DD"),
                    QT_TRANSLATE_NOOP("loketctl", "the register of this day") },
                  option::month,
                  option::year,
                  { "service", QT_TRANSLATE_NOOP("loketctl", "CODE"),
                    QT_TRANSLATE_NOOP("loketctl", "only recipients of this service") },
                  { "register", QT_TRANSLATE_NOOP("loketctl", "R"),
                    QT_TRANSLATE_NOOP("loketctl", "only letters of this letter register") },
                  option::format,
                  option::out,
                  { "as", QT_TRANSLATE_NOOP("loketctl", "USER"),
                    QT_TRANSLATE_NOOP("loketctl",
                                      "the active user who keeps the registers "
                                      "(default: the first active front-office "
                                      "user)") } } })
{
}

int RegisterCommand::execute(const Arguments& args, Output& io) const
{
    const QString kind = args.positional().value(0);
    if (args.positional().size() == 1
        && (kind == QLatin1String("recipients") || kind == QLatin1String("guests")
            || kind == QLatin1String("letters")))
        return writeRegister(kind, args, io, usage());
    return usageError(io);
}

GuestCommand::GuestCommand()
    : Command({ "guest",
                QT_TRANSLATE_NOOP("loketctl", "writes a visitor into the guest book"),
                { QT_TRANSLATE_NOOP("loketctl",
                                    "add --name NAME --purpose TEXT [--nik NIK] "
                                    "[--phone PHONE] [--origin TEXT] [--service CODE] "
                                    "[--outcome TEXT] [--at YYYY-MM-DDTHH:MM] "
                                    "[--as USER] [--db PATH]") },
                { option::db,
                  { "name", QT_TRANSLATE_NOOP("loketctl", "NAME"),
                    QT_TRANSLATE_NOOP("loketctl", "the visitor's name") },
                  { "purpose", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
                    QT_TRANSLATE_NOOP("loketctl", "what the visitor came for") },
                  { "nik", QT_TRANSLATE_NOOP("loketctl", "NIK"),
                    QT_TRANSLATE_NOOP("loketctl", "the visitor's NIK") },
                  { "phone", QT_TRANSLATE_NOOP("loketctl", "PHONE"),
                    QT_TRANSLATE_NOOP("loketctl", "the visitor's telephone number") },
                  { "origin", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
                    QT_TRANSLATE_NOOP("loketctl", "where the visitor comes from") },
                  { "service", QT_TRANSLATE_NOOP("loketctl", "CODE"),
                    QT_TRANSLATE_NOOP("loketctl", "the service the visit concerns") },
                  { "outcome", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
                    QT_TRANSLATE_NOOP("loketctl", "how the visit ended") },
                  { "at", QT_TRANSLATE_NOOP("loketctl", "YYYY-MM-DDTHH:MM"),
                    QT_TRANSLATE_NOOP("loketctl", "when the visitor came (default: now)") },
                  { "as", QT_TRANSLATE_NOOP("loketctl", "USER"),
                    QT_TRANSLATE_NOOP("loketctl",
                                      "the active user who keeps the guest book "
                                      "(default: the first active front-office "
                                      "user)") } } })
{
}

int GuestCommand::execute(const Arguments& args, Output& io) const
{
    if (args.positional() == QStringList { QStringLiteral("add") })
        return addGuest(args, io);
    return usageError(io);
}

} // namespace loket::ctl
