// loketctl audit: verifies the audit log's hash chain and lists its entries.
#include "AuditQueries.h"
#include "AuditVerifier.h"
#include "Commands.h"
#include "Database.h"
#include "OfficeContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace loket::ctl {
namespace {

int verify(const Arguments& args, Output& io)
{
    // Only the log itself is needed: verification works even when the catalog does not load.
    Database database;
    QString error;
    if (!database.open(Database::resolveLocation(args.option(QStringLiteral("db"))),
                       Database::OpenMode::MustExist, &error))
        return failed(io, error);
    AuditVerification result;
    if (!AuditVerifier(database).verify(&result, &error))
        return failed(io, error);
    for (const AuditProblem& problem : std::as_const(result.problems))
        io.out << problem.message << Qt::endl;
    if (!result.intact()) {
        io.err << Text::tr("audit log TAMPERED: %n problem(s) in %1 entries", nullptr,
                           int(result.problems.size()))
                      .arg(result.entries)
               << Qt::endl;
        return InvalidInput;
    }
    io.out << Text::tr("audit log intact: %n entries", nullptr, int(result.entries)) << Qt::endl;
    if (result.entries > 0)
        io.out << Text::tr("last entry %1, hash %2").arg(result.lastEntryId).arg(result.lastHash)
               << Qt::endl;
    return Success;
}

QJsonObject recordJson(const AuditRecord& record, const QTimeZone& zone)
{
    return { { QStringLiteral("id"), record.id },
             { QStringLiteral("at"), record.occurredAt.toTimeZone(zone).toString(Qt::ISODate) },
             { QStringLiteral("user"), record.username },
             { QStringLiteral("userName"), record.userFullName },
             { QStringLiteral("action"), record.action },
             { QStringLiteral("table"), record.table },
             { QStringLiteral("record"), record.recordId },
             { QStringLiteral("before"), record.before },
             { QStringLiteral("after"), record.after },
             { QStringLiteral("previousHash"), record.previousHash },
             { QStringLiteral("hash"), record.entryHash } };
}

int list(const Arguments& args, Output& io, const QString& usage)
{
    const QDate from = QDate::fromString(args.option(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(args.option(QStringLiteral("to")), Qt::ISODate);
    if ((args.has(QStringLiteral("from")) && !from.isValid())
        || (args.has(QStringLiteral("to")) && !to.isValid()))
        return usageError(io, Text::tr("dates are YYYY-MM-DD"), usage);
    bool limitOk = true;
    const int limit = args.has(QStringLiteral("limit"))
        ? args.option(QStringLiteral("limit")).toInt(&limitOk)
        : 1000;
    if (!limitOk || limit < 1)
        return usageError(io, Text::tr("--limit must be a positive number"), usage);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    // Dates are the office's days: --to includes the whole day.
    const QTimeZone zone = timeZoneFromName(office->catalog.office.timeZone);
    AuditFilter filter;
    filter.username = args.option(QStringLiteral("user"));
    filter.caseNumber = args.option(QStringLiteral("case"));
    if (from.isValid())
        filter.from = QDateTime(from, QTime(0, 0), zone);
    if (to.isValid())
        filter.until = QDateTime(to.addDays(1), QTime(0, 0), zone);
    filter.limit = limit;
    QString error;
    const QList<AuditRecord> records = AuditQueries(office->database).list(filter, &error);
    if (!error.isEmpty())
        return failed(io, error);
    if (args.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AuditRecord& record : records)
            array.append(recordJson(record, zone));
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const AuditRecord& record : records) {
        QString details
            = QString::fromUtf8(QJsonDocument(record.after.isEmpty() ? record.before : record.after)
                                    .toJson(QJsonDocument::Compact));
        if (details.size() > 100)
            details = details.left(99) + QChar(0x2026);
        io.out << QStringLiteral("%1  %2  %3  %4  %5 %6  %7")
                      .arg(record.id, 6)
                      .arg(record.occurredAt.toTimeZone(zone).toString(
                          QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                      .arg(record.username.isEmpty() ? Text::tr("(system)") : record.username, -12)
                      .arg(record.action, -10)
                      .arg(record.table, record.recordId, details)
               << Qt::endl;
    }
    io.out << Text::tr("%n entries", nullptr, int(records.size())) << Qt::endl;
    return Success;
}

} // namespace

AuditCommand::AuditCommand()
    : Command({ "audit",
                QT_TRANSLATE_NOOP("loketctl", "the audit log: verify its chain, list it"),
                { QT_TRANSLATE_NOOP("loketctl", "verify [--db PATH]"),
                  QT_TRANSLATE_NOOP("loketctl",
                                    "list [--db PATH] [--user NAME] [--case NUMBER] "
                                    "[--from DATE] [--to DATE] [--limit N] [--json]") },
                { option::db,
                  { "user", QT_TRANSLATE_NOOP("loketctl", "NAME"),
                    QT_TRANSLATE_NOOP("loketctl", "only entries of this user name") },
                  option::caseNumber,
                  { "from", QT_TRANSLATE_NOOP("loketctl", "DATE"),
                    QT_TRANSLATE_NOOP("loketctl", "from this day (YYYY-MM-DD)") },
                  { "to", QT_TRANSLATE_NOOP("loketctl", "DATE"),
                    QT_TRANSLATE_NOOP("loketctl", "up to and including this day (YYYY-MM-DD)") },
                  { "limit", QT_TRANSLATE_NOOP("loketctl", "N"),
                    QT_TRANSLATE_NOOP("loketctl", "at most this many entries") },
                  option::json } })
{
}

int AuditCommand::execute(const Arguments& args, Output& io) const
{
    const QString action = args.positional().value(0);
    if (args.positional().size() != 1)
        return usageError(io);
    if (action == QLatin1String("verify"))
        return verify(args, io);
    if (action == QLatin1String("list"))
        return list(args, io, usage());
    return usageError(io);
}

} // namespace loket::ctl
