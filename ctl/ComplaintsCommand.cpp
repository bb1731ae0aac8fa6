// loketctl complaints: list complaints, write the monthly or yearly register, record one.
#include "Commands.h"
#include "ComplaintQueries.h"
#include "ComplaintRegisterReport.h"
#include "ComplaintStore.h"
#include "IndonesianText.h"
#include "OfficeContext.h"
#include "UserStore.h"
#include "WorkingCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace loket::ctl {
namespace {

QString localTime(const QDateTime& at, const QTimeZone& zone)
{
    return at.isValid() ? at.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

QJsonObject complaintJson(const Complaint& c, const QDateTime& now, const QTimeZone& zone)
{
    return { { QStringLiteral("number"), c.number },
             { QStringLiteral("kind"), complaintKindKey(c.kind) },
             { QStringLiteral("channel"), complaintChannelKey(c.channel) },
             { QStringLiteral("laporTicket"), c.laporTicket },
             { QStringLiteral("anonymous"), c.anonymous },
             { QStringLiteral("complainant"), c.complainant() },
             { QStringLiteral("subject"), c.subject },
             { QStringLiteral("case"), c.caseNumber },
             { QStringLiteral("status"), complaintStatusKey(c.status) },
             { QStringLiteral("receivedAt"), localTime(c.receivedAt, zone) },
             { QStringLiteral("responseDueAt"), localTime(c.responseDueAt, zone) },
             { QStringLiteral("answerDueAt"), localTime(c.answerDueAt, zone) },
             { QStringLiteral("respondedAt"), localTime(c.respondedAt, zone) },
             { QStringLiteral("forwardedAt"), localTime(c.forwardedAt, zone) },
             { QStringLiteral("forwardedTo"), c.forwardedToName },
             { QStringLiteral("answeredAt"), localTime(c.answeredAt, zone) },
             { QStringLiteral("letterNumber"), c.letterNumber },
             { QStringLiteral("closedAt"), localTime(c.closedAt, zone) },
             { QStringLiteral("responseOverdue"), c.responseOverdue(now) },
             { QStringLiteral("answerOverdue"), c.answerOverdue(now) } };
}

int list(const Arguments& args, Output& io, const QString& usage)
{
    ComplaintFilter filter;
    filter.overdueOnly = args.has(QStringLiteral("overdue"));
    if (args.has(QStringLiteral("status"))) {
        filter.status = complaintStatusFromKey(args.option(QStringLiteral("status")));
        if (!filter.status)
            return usageError(
                io, Text::tr("unknown status \"%1\"").arg(args.option(QStringLiteral("status"))),
                usage);
    }
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const QDateTime now = ctl::now();
    const QTimeZone zone = officeHoursOf(office->catalog.office).zone;
    const QList<Complaint> complaints
        = ComplaintQueries(office->database, office->catalog, office->calendar).list(filter, now);
    if (args.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Complaint& complaint : complaints)
            array.append(complaintJson(complaint, now, zone));
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const Complaint& c : complaints) {
        const QString late = ComplaintRegisterReport::lateness(c, now);
        io.out << QStringLiteral("%1  %2  %3  %4  %5  %6%7")
                      .arg(c.number, -14)
                      .arg(c.receivedAt.toTimeZone(zone).toString(
                          QStringLiteral("yyyy-MM-dd HH:mm")))
                      .arg(complaintChannelKey(c.channel), -12)
                      .arg(complaintStatusKey(c.status), -11)
                      .arg(c.complainant(), c.subject,
                           late.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(late))
               << Qt::endl;
    }
    io.out << Text::tr("%n complaint(s)", nullptr, int(complaints.size())) << Qt::endl;
    return Success;
}

int writeRegister(const Arguments& args, Output& io, const QString& usage)
{
    const QString monthText = args.option(QStringLiteral("month"));
    const QDate month = QDate::fromString(monthText + QStringLiteral("-01"), Qt::ISODate);
    const bool pdf = args.has(QStringLiteral("pdf"));
    if (!month.isValid())
        return usageError(io, Text::tr("--month YYYY-MM is required"), usage);
    if (pdf == args.has(QStringLiteral("csv")))
        return usageError(io, Text::tr("give either --pdf OUT or --csv OUT"), usage);
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const QDateTime now = ctl::now();
    const QList<Complaint> complaints
        = ComplaintQueries(office->database, office->catalog, office->calendar)
              .period(month.year(), month.month());
    QString error;
    const QString out = args.option(pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    if (pdf) {
        const QString html = ComplaintRegisterReport::html(office->catalog.office, month.year(),
                                                           month.month(), complaints, now);
        if (!ComplaintRegisterReport::writePdf(html, out, &error))
            return failed(io, error);
    } else {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(ComplaintRegisterReport::csv(office->catalog.office, complaints, now)) < 0
            || !file.commit())
            return failed(io, Text::tr("Cannot write %1: %2").arg(out, file.errorString()));
    }
    io.out << Text::tr("register of %1 (%n complaint(s)) written to %2", nullptr,
                       int(complaints.size()))
                  .arg(monthText, out)
           << Qt::endl;
    return Success;
}

int add(const Arguments& args, Output& io, const QString& usage)
{
    if (!args.has(QStringLiteral("as")))
        return usageError(io, Text::tr("--as USER is required"), usage);
    ComplaintDraft draft;
    const QString kind = args.option(QStringLiteral("kind"));
    const QString channel = args.option(QStringLiteral("channel"));
    if (!kind.isEmpty() && !complaintKindFromKey(kind))
        return usageError(io, Text::tr("--kind is complaint, aspiration or information"), usage);
    if (!channel.isEmpty() && !complaintChannelFromKey(channel))
        return usageError(io,
                          Text::tr("--channel is in-person, written, phone, sms-whatsapp, email, "
                                   "website, instagram, facebook or lapor"),
                          usage);
    draft.kind = complaintKindFromKey(kind).value_or(ComplaintKind::Complaint);
    draft.channel = complaintChannelFromKey(channel).value_or(ComplaintChannelKind::InPerson);
    draft.laporTicket = args.option(QStringLiteral("ticket"));
    draft.anonymous = args.has(QStringLiteral("anonymous"));
    draft.name = args.option(QStringLiteral("name"));
    draft.nik = args.option(QStringLiteral("nik"));
    draft.phone = args.option(QStringLiteral("phone"));
    draft.address = args.option(QStringLiteral("address"));
    draft.subject = args.option(QStringLiteral("subject"));
    draft.description = args.option(QStringLiteral("description"));
    draft.caseNumber = args.option(QStringLiteral("case"));
    if (args.has(QStringLiteral("received"))) {
        draft.receivedAt
            = QDateTime::fromString(args.option(QStringLiteral("received")), Qt::ISODate);
        if (!draft.receivedAt.isValid())
            return usageError(io,
                              Text::tr("--received takes an ISO date and time with its offset, "
                                       "e.g. 2024-02-07T16:30:00+07:00"),
                              usage);
    }
    auto office = openOffice(args, io);
    if (!office)
        return InvalidInput;
    const std::optional<User> user
        = actingUser(office->database, args.option(QStringLiteral("as")), io);
    if (!user)
        return InvalidInput;
    QString error;
    const auto complaint = ComplaintStore(office->database, office->catalog, office->calendar)
                               .record(draft, *user, now(), &error);
    if (!complaint)
        return failed(io, error);
    const QTimeZone zone = officeHoursOf(office->catalog.office).zone;
    io.out << Text::tr("%1 recorded; initial response due %2")
                  .arg(complaint->number,
                       complaint->responseDueAt.toTimeZone(zone).toString(
                           QStringLiteral("yyyy-MM-dd HH:mm")))
           << Qt::endl;
    return Success;
}

} // namespace

ComplaintsCommand::ComplaintsCommand()
    : Command(
        { "complaints",
          QT_TRANSLATE_NOOP("loketctl", "complaints, aspirations and requests for information"),
          { QT_TRANSLATE_NOOP("loketctl", "list [--overdue] [--status S] [--json] [--db PATH]"),
            QT_TRANSLATE_NOOP("loketctl",
                              "register --month YYYY-MM --pdf OUT|--csv OUT "
                              "[--db PATH]"),
            QT_TRANSLATE_NOOP("loketctl",
                              "add --as USER --subject TEXT --description TEXT "
                              "[--kind K] [--channel C] [--ticket T] [--anonymous] "
                              "[--name N] [--nik NIK] [--phone P] [--address A] "
                              "[--case NUMBER] [--received DATETIME] [--db PATH]") },
          { option::db,
            { "status", QT_TRANSLATE_NOOP("loketctl", "S"),
              QT_TRANSLATE_NOOP("loketctl", "only complaints with this status") },
            { "overdue", nullptr, QT_TRANSLATE_NOOP("loketctl", "only overdue complaints") },
            option::json,
            option::month,
            { "pdf", QT_TRANSLATE_NOOP("loketctl", "OUT"),
              QT_TRANSLATE_NOOP("loketctl", "write the register as PDF to this file") },
            { "csv", QT_TRANSLATE_NOOP("loketctl", "OUT"),
              QT_TRANSLATE_NOOP("loketctl", "write the register as CSV to this file") },
            { "as", QT_TRANSLATE_NOOP("loketctl", "USER"),
              QT_TRANSLATE_NOOP("loketctl",
                                "the active user who records the complaint "
                                "(required)") },
            { "kind", QT_TRANSLATE_NOOP("loketctl", "K"),
              QT_TRANSLATE_NOOP("loketctl", "complaint (default), aspiration or information") },
            { "channel", QT_TRANSLATE_NOOP("loketctl", "C"),
              QT_TRANSLATE_NOOP("loketctl",
                                "how it came in: in-person (default), written, phone, "
                                "sms-whatsapp, email, website, instagram, facebook or "
                                "lapor") },
            { "ticket", QT_TRANSLATE_NOOP("loketctl", "T"),
              QT_TRANSLATE_NOOP("loketctl", "the SP4N-LAPOR! ticket number") },
            { "anonymous", nullptr,
              QT_TRANSLATE_NOOP("loketctl", "the complainant stays anonymous") },
            { "name", QT_TRANSLATE_NOOP("loketctl", "N"),
              QT_TRANSLATE_NOOP("loketctl", "the complainant's name") },
            { "nik", QT_TRANSLATE_NOOP("loketctl", "NIK"),
              QT_TRANSLATE_NOOP("loketctl", "the complainant's NIK") },
            { "phone", QT_TRANSLATE_NOOP("loketctl", "P"),
              QT_TRANSLATE_NOOP("loketctl", "the complainant's telephone number") },
            { "address", QT_TRANSLATE_NOOP("loketctl", "A"),
              QT_TRANSLATE_NOOP("loketctl", "the complainant's address") },
            { "subject", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
              QT_TRANSLATE_NOOP("loketctl", "what it is about, in a few words") },
            { "description", QT_TRANSLATE_NOOP("loketctl", "TEXT"),
              QT_TRANSLATE_NOOP("loketctl", "the complaint in full") },
            { "case", QT_TRANSLATE_NOOP("loketctl", "NUMBER"),
              QT_TRANSLATE_NOOP("loketctl", "the case it concerns") },
            { "received", QT_TRANSLATE_NOOP("loketctl", "DATETIME"),
              QT_TRANSLATE_NOOP("loketctl",
                                "when it was received, with its offset (default: "
                                "now)") } } })
{
}

bool ComplaintsCommand::rendersDocuments(const QStringList& words) const
{
    return words.value(0) == QLatin1String("register"); // the complaint register's PDF
}

int ComplaintsCommand::execute(const Arguments& args, Output& io) const
{
    const QString action = args.positional().value(0);
    if (args.positional().size() != 1)
        return usageError(io);
    if (action == QLatin1String("list"))
        return list(args, io, usage());
    if (action == QLatin1String("register"))
        return writeRegister(args, io, usage());
    if (action == QLatin1String("add"))
        return add(args, io, usage());
    return usageError(io);
}

} // namespace loket::ctl
