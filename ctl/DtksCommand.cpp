// loketctl dtks: imports DTKS and DTSEN extracts (CSV) and looks people up in them.
#include "Commands.h"
#include "DtksImporter.h"
#include "DtksLookup.h"
#include "OfficeContext.h"
#include "UserStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace loket::ctl {

int dtksThresholds(const Arguments& args, Output& io, const QString& usage); // DtksThresholdsAction

namespace {

// "1 October 2026", in the language of the messages.
QString longDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

// --map FIELD=COLUMN, where COLUMN is a header name (any case) or a 1-based column number.
// A column named with --map is taken from any field the header guess gave it to.
bool applyMap(const QString& pair, const QStringList& header, DtksMapping* mapping,
              QSet<DtksField>* named, QString* error)
{
    const qsizetype equals = pair.indexOf(QLatin1Char('='));
    DtksField field;
    if (equals <= 0 || !dtksFieldFromKey(pair.left(equals), &field)) {
        QStringList keys;
        for (const DtksField known : allDtksFields())
            keys << dtksFieldKey(known);
        *error = Text::tr("--map wants FIELD=COLUMN with FIELD one of %1, not \"%2\"")
                     .arg(keys.join(QStringLiteral(", ")), pair);
        return false;
    }
    const QString column = pair.mid(equals + 1).trimmed();
    int index = -1;
    for (int i = 0; i < header.size() && index < 0; ++i) {
        if (header.at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0)
            index = i;
    }
    bool number = false;
    if (index < 0 && column.toInt(&number) > 0 && number)
        index = column.toInt() - 1;
    if (index < 0 || index >= header.size()) {
        *error = Text::tr("--map %1: the file has no column \"%2\"; its columns are: %3")
                     .arg(pair, column, header.join(QStringLiteral(", ")));
        return false;
    }
    for (const DtksField other : allDtksFields()) {
        if (other != field && !named->contains(other) && mapping->value(other, -1) == index)
            mapping->remove(other);
    }
    mapping->insert(field, index);
    named->insert(field);
    return true;
}

int import(const Arguments& args, Output& io, const QString& usage)
{
    if (!args.has(QStringLiteral("date")))
        return usageError(io, Text::tr("--date YYYY-MM-DD (the date of the extract) is required"),
                          usage);
    const QDate date = QDate::fromString(args.option(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid())
        return failed(io,
                      Text::tr("--date \"%1\" is not a date: write it as YYYY-MM-DD.")
                          .arg(args.option(QStringLiteral("date"))));
    const QString path = args.positional().value(1);
    DtksPreview preview;
    QString error;
    if (!DtksImporter::previewFile(path, 0, &preview, &error))
        return failed(io, error);
    DtksMapping mapping = DtksText::guessMapping(preview.header);
    QSet<DtksField> named;
    for (const QString& pair : args.values(QStringLiteral("map"))) {
        if (!applyMap(pair, preview.header, &mapping, &named, &error))
            return failed(io, error);
    }
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const auto user = actingUser(office->database, args.option(QStringLiteral("as")), io,
                                 UserRole::Administrator);
    if (!user)
        return InvalidInput;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        io.err << Text::tr("%1 ← column %2 \"%3\"")
                      .arg(dtksFieldKey(it.key()))
                      .arg(it.value() + 1)
                      .arg(preview.header.value(it.value()))
               << Qt::endl;
    DtksExtractInfo info { date, DtksImporter::kindOf(mapping),
                           args.option(QStringLiteral("source")) };
    if (args.has(QStringLiteral("kind"))
        && !extractKindFromKey(args.option(QStringLiteral("kind")), &info.kind))
        return usageError(io, Text::tr("--kind is dtks or dtsen"), usage);
    DtksImportReport report;
    const bool ok
        = DtksImporter(office->database)
              .importFile(
                  path, info, mapping, *user, now(), &report, &error,
                  [&io, shown = qint64(-1)](const DtksProgress& progress) mutable {
                      // Every 5 % of the file, not every few thousand rows.
                      const qint64 percent = progress.bytesTotal > 0
                          ? 100 * progress.bytesDone / progress.bytesTotal
                          : 0;
                      if (percent / 5 != shown / 5 || percent == 100) {
                          io.err << Text::tr("%1 rows read (%2%)").arg(progress.rows).arg(percent)
                                 << Qt::endl;
                          shown = percent;
                      }
                      return true;
                  });
    for (const DtksBadRow& row : std::as_const(report.badRows))
        io.out << Text::tr("line %1: %2").arg(row.line).arg(row.reason) << Qt::endl;
    if (!ok)
        return failed(io, error);
    io.out << Text::tr("%1 extract of %2 (%3), imported by %4: %5")
                  .arg(extractKindKey(info.kind), longDate(date), QFileInfo(path).fileName(),
                       user->username, DtksImporter::summary(report))
           << Qt::endl;
    return report.bad > 0 ? InvalidInput : Success;
}

QJsonObject hitJson(const DtksHit& hit)
{
    return { { QStringLiteral("extractDate"), hit.extractDate.toString(Qt::ISODate) },
             { QStringLiteral("kind"), extractKindKey(hit.kind) },
             { QStringLiteral("line"), hit.line },
             { QStringLiteral("desil"), hit.desil },
             { QStringLiteral("household"), hit.householdId },
             { QStringLiteral("nik"), hit.nik },
             { QStringLiteral("kk"), hit.kkNumber },
             { QStringLiteral("name"), hit.name },
             { QStringLiteral("birthDate"), hit.birthDate.toString(Qt::ISODate) },
             { QStringLiteral("address"), hit.address },
             { QStringLiteral("village"), hit.village },
             { QStringLiteral("district"), hit.district },
             { QStringLiteral("regency"), hit.regency },
             { QStringLiteral("programs"), hit.programs },
             { QStringLiteral("status"), hit.status } };
}

QString stateKey(DtksResult::State state)
{
    switch (state) {
    case DtksResult::State::NoExtract:
        return QStringLiteral("no-extract");
    case DtksResult::State::NotFound:
        return QStringLiteral("not-found");
    case DtksResult::State::Found:
        break;
    }
    return QStringLiteral("found");
}

int lookup(const Arguments& args, Output& io, const QString& usage)
{
    const bool byNik = args.has(QStringLiteral("nik"));
    if (byNik == args.has(QStringLiteral("name")))
        return usageError(io, Text::tr("give either --nik NIK or --name TEXT"), usage);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    DtksLookup lookup(office->database);
    QString error;
    const auto result = byNik ? lookup.byNik(args.option(QStringLiteral("nik")), &error)
                              : lookup.byName(args.option(QStringLiteral("name")), &error);
    if (!result)
        return failed(io, error);
    if (args.has(QStringLiteral("json"))) {
        QJsonArray hits;
        for (const DtksHit& hit : result->hits)
            hits.append(hitJson(hit));
        const QJsonObject json { { QStringLiteral("state"), stateKey(result->state) },
                                 { QStringLiteral("newestExtract"),
                                   result->newestExtract.toString(Qt::ISODate) },
                                 { QStringLiteral("truncated"), result->truncated },
                                 { QStringLiteral("hits"), hits } };
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (result->state == DtksResult::State::NoExtract) {
        io.out << Text::tr("No DTKS extract imported yet.") << Qt::endl;
        return Success;
    }
    if (result->state == DtksResult::State::NotFound) {
        io.out
            << Text::tr("Not found in DTKS (extract of %1).").arg(longDate(result->newestExtract))
            << Qt::endl;
        return Success;
    }
    if (byNik) {
        const DtksNikStatus status
            = lookup.nikStatus(args.option(QStringLiteral("nik")), localToday(), &error);
        io.out << Text::tr("Found in %1 (extract of %2)")
                      .arg(extractKindKey(status.kind), longDate(status.extractDate));
        if (status.desil > 0)
            io.out << Text::tr(": desil %1, household %2, eligible: %3")
                          .arg(status.desil)
                          .arg(status.householdId,
                               status.eligible.isEmpty()
                                   ? Text::tr("none")
                                   : status.eligible.join(QStringLiteral(", ")));
        io.out << Qt::endl;
    }
    for (const DtksHit& hit : result->hits) {
        QStringList place { hit.address, hit.village, hit.district, hit.regency };
        place.removeAll(QString());
        io.out << Text::tr("%1  %2  %3  [extract of %4, line %5]")
                      .arg(hit.nik, hit.name, hit.programs, longDate(hit.extractDate))
                      .arg(hit.line)
               << Qt::endl;
        if (!place.isEmpty())
            io.out << QStringLiteral("    ") << place.join(QStringLiteral(", ")) << Qt::endl;
    }
    if (result->truncated)
        io.out << Text::tr("(only the first %1 matches are shown)")
                      .arg(byNik ? DtksLookup::MaxHits : DtksLookup::MaxNameHits)
               << Qt::endl;
    return Success;
}

int extracts(const Arguments& args, Output& io)
{
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    QString error;
    const auto list = DtksLookup(office->database).extracts(&error);
    if (!list)
        return failed(io, error);
    if (list->isEmpty())
        io.out << Text::tr("No DTKS extract imported yet.") << Qt::endl;
    for (const DtksExtract& extract : *list)
        io.out << Text::tr("%1  %2  %3 rows, %4 bad  imported %5 by %6  %7")
                      .arg(extract.extractDate.toString(Qt::ISODate), extract.sourceFile)
                      .arg(extract.rows)
                      .arg(extract.badRows)
                      .arg(extract.importedAt.toString(Qt::ISODate), extract.importedBy,
                           extract.source.isEmpty()
                               ? extractKindKey(extract.kind)
                               : QStringLiteral("%1 (%2)").arg(extractKindKey(extract.kind),
                                                               extract.source))
               << Qt::endl;
    return Success;
}

// Removes the extracts of one date (an office may import several files of one date).
int remove(const Arguments& args, Output& io, const QString& usage)
{
    const QDate date = QDate::fromString(args.option(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid())
        return usageError(io, Text::tr("--date YYYY-MM-DD is required"), usage);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const auto user = actingUser(office->database, args.option(QStringLiteral("as")), io,
                                 UserRole::Administrator);
    if (!user)
        return InvalidInput;
    QString error;
    const auto list = DtksLookup(office->database).extracts(&error);
    if (!list)
        return failed(io, error);
    int removed = 0;
    for (const DtksExtract& extract : *list) {
        if (extract.extractDate != date)
            continue;
        if (!DtksImporter(office->database).removeExtract(extract.id, *user, now(), &error))
            return failed(io, error);
        io.out << Text::tr("removed the extract of %1 (%2, %3 rows)")
                      .arg(date.toString(Qt::ISODate), extract.sourceFile)
                      .arg(extract.rows)
               << Qt::endl;
        ++removed;
    }
    if (removed == 0)
        return failed(io,
                      Text::tr("There is no DTKS extract of %1.").arg(date.toString(Qt::ISODate)));
    return Success;
}

} // namespace

DtksCommand::DtksCommand()
    : Command(
        { "dtks",
          QT_TRANSLATE_NOOP("loketctl",
                            "DTSEN and DTKS extracts (the national social-welfare data): "
                            "import, look up, list, remove; programme thresholds"),
          { QT_TRANSLATE_NOOP("loketctl",
                              "import FILE --date YYYY-MM-DD [--kind dtsen|dtks] [--source TEXT] "
                              "[--map FIELD=COLUMN …] [--db PATH] [--as USER]"),
            QT_TRANSLATE_NOOP("loketctl", "lookup (--nik NIK | --name TEXT) [--db PATH] [--json]"),
            QT_TRANSLATE_NOOP("loketctl", "extracts [--db PATH]"),
            QT_TRANSLATE_NOOP("loketctl", "remove --date YYYY-MM-DD [--db PATH] [--as USER]"),
            QT_TRANSLATE_NOOP("loketctl",
                              "thresholds [--set PROGRAMME=DESIL --from YYYY-MM-DD] "
                              "[--on YYYY-MM-DD] [--db PATH] [--as USER]") },
          { option::db,
            { "date", QT_TRANSLATE_NOOP("loketctl", "YYYY-MM-DD"),
              QT_TRANSLATE_NOOP("loketctl", "the date of the extract") },
            { "as", QT_TRANSLATE_NOOP("loketctl", "USER"),
              QT_TRANSLATE_NOOP("loketctl",
                                "the active user recorded for the import or removal "
                                "(default: the first active administrator)") },
            { "nik", QT_TRANSLATE_NOOP("loketctl", "NIK"),
              QT_TRANSLATE_NOOP("loketctl", "look up this NIK") },
            { "name", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
              QT_TRANSLATE_NOOP("loketctl", "look up names containing this text") },
            { "kind", QT_TRANSLATE_NOOP("loketctl", "KIND"),
              QT_TRANSLATE_NOOP("loketctl",
                                "dtsen or dtks (default: dtsen when the file has a desil or "
                                "household-id column)") },
            { "source", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
              QT_TRANSLATE_NOOP("loketctl", "who gave the extract (e.g. Pusdatin Kemensos)") },
            { "set", QT_TRANSLATE_NOOP("loketctl", "PROGRAMME=DESIL"),
              QT_TRANSLATE_NOOP("loketctl", "the highest desil a programme serves (0: none)") },
            { "from", QT_TRANSLATE_NOOP("loketctl", "YYYY-MM-DD"),
              QT_TRANSLATE_NOOP("loketctl", "the date a threshold applies from") },
            { "on", QT_TRANSLATE_NOOP("loketctl", "YYYY-MM-DD"),
              QT_TRANSLATE_NOOP("loketctl", "show the thresholds in force on this date") },
            { "map", QT_TRANSLATE_NOOP("loketctl", "FIELD=COLUMN"),
              QT_TRANSLATE_NOOP("loketctl",
                                "read a field from the file's column of this name; "
                                "may be given several times") },
            option::json } })
{
}

int DtksCommand::execute(const Arguments& args, Output& io) const
{
    const QString action = args.positional().value(0);
    const qsizetype count = args.positional().size();
    if (action == QLatin1String("import") && count == 2)
        return import(args, io, usage());
    if (action == QLatin1String("lookup") && count == 1)
        return lookup(args, io, usage());
    if (action == QLatin1String("extracts") && count == 1)
        return extracts(args, io);
    if (action == QLatin1String("remove") && count == 1)
        return remove(args, io, usage());
    if (action == QLatin1String("thresholds") && count == 1)
        return dtksThresholds(args, io, usage());
    return usageError(io);
}

} // namespace loket::ctl
