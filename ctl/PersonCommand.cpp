// loketctl person: a data-subject request (UU 27/2022) answered from the server — everything
// held about one person, as JSON and PDF; anonymising a person past the retention period; the
// retention period itself. Administrators only, every step audited.
#include "Commands.h"
#include "OfficeContext.h"
#include "PersonErasure.h"
#include "PersonRecord.h"
#include "RegisterDocument.h"

#include <QJsonArray>

namespace loket::ctl {
namespace {

std::optional<User> administrator(Database& database, const Arguments& args, Output& io)
{
    if (!args.has(QStringLiteral("as"))) {
        io.err << Text::tr("Name the administrator who answers the request with --as USER; it is "
                           "recorded in the audit log.")
               << Qt::endl;
        return std::nullopt;
    }
    std::optional<User> actor = actingUser(database, args.option(QStringLiteral("as")), io);
    if (actor && !actor->hasRole(UserRole::Administrator)) {
        io.err << Text::tr("Only an administrator may export, erase or keep personal data.")
               << Qt::endl;
        return std::nullopt;
    }
    return actor;
}

int exportPerson(const QString& nik, const Arguments& args, Output& io, const QString& usage)
{
    const QString jsonPath = args.option(QStringLiteral("out"));
    if (jsonPath.isEmpty())
        return usageError(io, Text::tr("--out FILE is required (the JSON)"), usage);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const auto actor = administrator(office->database, args, io);
    if (!actor)
        return InvalidInput;
    QString error;
    const std::optional<QJsonObject> record
        = PersonRecord(office->database).exportFor(nik, actor->id, &error);
    if (!record || !PersonRecord::writeJson(*record, jsonPath, &error))
        return failed(io, error);
    io.out << Text::tr("data of NIK %1 (%n case(s)) written to %2", nullptr,
                       int(record->value(QStringLiteral("cases")).toArray().size()))
                  .arg(nik, jsonPath)
           << Qt::endl;
    const QString pdfPath = args.option(QStringLiteral("pdf"));
    if (pdfPath.isEmpty())
        return Success;
    const QDate today = RegisterDocument::officeToday(office->catalog.office, now());
    if (!PersonRecord::writePdf(PersonRecord::html(office->catalog.office, *record, today), pdfPath,
                                &error))
        return failed(io, error);
    io.out << Text::tr("the same as a document in %1").arg(pdfPath) << Qt::endl;
    return Success;
}

int erasePerson(const QString& nik, const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const auto actor = administrator(office->database, args, io);
    if (!actor)
        return InvalidInput;
    QString error;
    if (!PersonErasure(office->database).erase(nik, actor->id, now(), &error))
        return failed(io, error);
    io.out << Text::tr("the person with NIK %1 is erased; the cases and issued documents stay, "
                       "without personal data")
                  .arg(nik)
           << Qt::endl;
    return Success;
}

int retention(const Arguments& args, Output& io, const QString& usage)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    PersonErasure erasure(office->database);
    QString error;
    if (args.positional().size() == 2) {
        bool ok = false;
        const int years = args.positional().at(1).toInt(&ok);
        if (!ok)
            return usageError(io, Text::tr("YEARS is a whole number"), usage);
        const auto actor = administrator(office->database, args, io);
        if (!actor)
            return InvalidInput;
        if (!erasure.setRetentionYears(years, actor->id, &error))
            return failed(io, error);
    }
    const int years = erasure.retentionYears(&error);
    if (years < 0)
        return failed(io, error);
    io.out << Text::tr("personal data is kept %n year(s) after a person's last case closed",
                       nullptr, years)
           << Qt::endl;
    return Success;
}

} // namespace

PersonCommand::PersonCommand()
    : Command({ "person",
                QT_TRANSLATE_NOOP("loketctl",
                                  "a person's data on request: export it, erase it (UU 27/2022)"),
                { QT_TRANSLATE_NOOP("loketctl",
                                    "export NIK --out FILE.json [--pdf FILE.pdf] --as ADMIN "
                                    "[--db PATH]"),
                  QT_TRANSLATE_NOOP("loketctl", "erase NIK --as ADMIN [--db PATH]"),
                  QT_TRANSLATE_NOOP("loketctl", "retention [YEARS --as ADMIN] [--db PATH]") },
                { option::db,
                  { "as", QT_TRANSLATE_NOOP("loketctl", "ADMIN"),
                    QT_TRANSLATE_NOOP("loketctl", "the administrator who answers the request") },
                  option::out,
                  option::pdf },
                QT_TRANSLATE_NOOP(
                    "loketctl",
                    "export writes everything Loket holds about the person (cases with their "
                    "requirements, steps, history and issued documents' hashes, complaints, "
                    "guest book, survey, audit entries) to files only their owner may read.\n"
                    "erase anonymises a person whose cases are all closed and past the retention "
                    "period (5 years unless the office sets another with \"retention\"): name, "
                    "NIK, KK, address, phone, birth data and attachment scans go; cases, counts "
                    "and issued documents' hashes stay.") })
{
}

bool PersonCommand::rendersDocuments(const QStringList& words) const
{
    return words.value(0) == QLatin1String("export")
        && std::any_of(words.cbegin(), words.cend(),
                       [](const QString& word) { return word.startsWith(QLatin1String("--pdf")); });
}

int PersonCommand::execute(const Arguments& args, Output& io) const
{
    const QString action = args.positional().value(0);
    if (action == QLatin1String("retention") && args.positional().size() <= 2)
        return retention(args, io, usage());
    if (args.positional().size() != 2)
        return usageError(io);
    if (action == QLatin1String("export"))
        return exportPerson(args.positional().at(1), args, io, usage());
    if (action == QLatin1String("erase"))
        return erasePerson(args.positional().at(1), args, io);
    return usageError(io);
}

} // namespace loket::ctl
