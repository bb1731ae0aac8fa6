#include "ComplaintQueries.h"

#include "ComplaintStore.h"
#include "DatabaseError.h"
#include "SqlValues.h"
#include "UserStore.h"
#include "WorkingCalendar.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace loket {
namespace {

const QString kColumns = QStringLiteral(
    "SELECT c.id, c.complaint_number, c.kind, c.channel, c.lapor_ticket, c.anonymous,"
    " c.complainant_name, c.complainant_nik, c.complainant_phone, c.complainant_address,"
    " c.subject, c.description, c.case_id, k.case_number, c.status, c.received_at,"
    " c.response_due_at, c.answer_due_at, c.responded_at, c.forwarded_at, c.forwarded_to,"
    " h.full_name AS forwarded_to_name, c.answered_at, c.answer_text, c.letter_id, "
    "l.letter_number, c.closed_at,"
    " c.recorded_by, r.full_name AS recorded_by_name, c.sms_consent, c.sms_consent_at"
    " FROM complaints c"
    " LEFT JOIN cases k ON k.id = c.case_id"
    " LEFT JOIN users h ON h.id = c.forwarded_to"
    " LEFT JOIN letters l ON l.id = c.letter_id"
    " LEFT JOIN users r ON r.id = c.recorded_by ");

// The one reading of kColumns' row.
Complaint complaintFromRow(const QSqlRecord& row)
{
    Complaint c;
    c.id = row.value(QStringLiteral("id")).toLongLong();
    c.number = row.value(QStringLiteral("complaint_number")).toString();
    c.kind = complaintKindFromKey(row.value(QStringLiteral("kind")).toString())
                 .value_or(ComplaintKind::Complaint);
    c.channel = complaintChannelFromKey(row.value(QStringLiteral("channel")).toString())
                    .value_or(ComplaintChannelKind::InPerson);
    c.laporTicket = row.value(QStringLiteral("lapor_ticket")).toString();
    c.anonymous = row.value(QStringLiteral("anonymous")).toInt() != 0;
    c.name = row.value(QStringLiteral("complainant_name")).toString();
    c.nik = row.value(QStringLiteral("complainant_nik")).toString();
    c.phone = row.value(QStringLiteral("complainant_phone")).toString();
    c.address = row.value(QStringLiteral("complainant_address")).toString();
    c.subject = row.value(QStringLiteral("subject")).toString();
    c.description = row.value(QStringLiteral("description")).toString();
    c.smsConsent = row.value(QStringLiteral("sms_consent")).toInt() != 0;
    c.smsConsentAt = fromStoredTime(row.value(QStringLiteral("sms_consent_at")).toString());
    c.caseId = row.value(QStringLiteral("case_id")).toLongLong();
    c.caseNumber = row.value(QStringLiteral("case_number")).toString();
    c.status = complaintStatusFromKey(row.value(QStringLiteral("status")).toString())
                   .value_or(ComplaintStatus::Received);
    c.receivedAt = fromStoredTime(row.value(QStringLiteral("received_at")).toString());
    c.responseDueAt = fromStoredTime(row.value(QStringLiteral("response_due_at")).toString());
    c.answerDueAt = fromStoredTime(row.value(QStringLiteral("answer_due_at")).toString());
    c.respondedAt = fromStoredTime(row.value(QStringLiteral("responded_at")).toString());
    c.forwardedAt = fromStoredTime(row.value(QStringLiteral("forwarded_at")).toString());
    c.forwardedTo = row.value(QStringLiteral("forwarded_to")).toLongLong();
    c.forwardedToName = row.value(QStringLiteral("forwarded_to_name")).toString();
    c.answeredAt = fromStoredTime(row.value(QStringLiteral("answered_at")).toString());
    c.answerText = row.value(QStringLiteral("answer_text")).toString();
    c.letterId = row.value(QStringLiteral("letter_id")).toLongLong();
    c.letterNumber = row.value(QStringLiteral("letter_number")).toString();
    c.closedAt = fromStoredTime(row.value(QStringLiteral("closed_at")).toString());
    c.recordedBy = row.value(QStringLiteral("recorded_by")).toLongLong();
    c.recordedByName = row.value(QStringLiteral("recorded_by_name")).toString();
    return c;
}

bool matches(const Complaint& c, const QString& search)
{
    if (search.isEmpty())
        return true;
    for (const QString* field :
         { &c.number, &c.laporTicket, &c.name, &c.subject, &c.description, &c.caseNumber }) {
        if (field->contains(search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// UTC bounds of office-local days, in the stored form (ISO text compares in time order).
QString startOfDay(const QDate& day, const QTimeZone& zone)
{
    return storedTime(QDateTime(day, QTime(0, 0), zone));
}

} // namespace

ComplaintQueries::ComplaintQueries(Database& database, const Catalog& catalog,
                                   const WorkingCalendar& calendar)
    : m_database(database)
    , m_catalog(catalog)
    , m_calendar(calendar)
{
}

bool ComplaintQueries::read(QSqlQuery& query, QString* errorMessage) const
{
    if (query.exec())
        return true;
    if (errorMessage)
        *errorMessage
            = tr("Cannot read the complaints: %1").arg(DatabaseError::describe(query.lastError()));
    return false;
}

std::optional<qint64> ComplaintQueries::idOf(const QString& number, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM complaints WHERE complaint_number = :number"));
    query.bindValue(QStringLiteral(":number"), number.trimmed());
    if (!read(query, errorMessage) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QList<Complaint> ComplaintQueries::select(const QString& where, const QVariantMap& values,
                                          QString* errorMessage) const
{
    QList<Complaint> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(kColumns + where);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!read(query, errorMessage))
        return result;
    while (query.next())
        result << complaintFromRow(query.record());
    return result;
}

QList<ComplaintEvent> ComplaintQueries::events(qint64 complaintId, QString* errorMessage) const
{
    QList<ComplaintEvent> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT e.event, e.note, e.user_id, u.full_name, e.occurred_at FROM complaint_events e"
        " LEFT JOIN users u ON u.id = e.user_id WHERE e.complaint_id = :id ORDER BY e.id"));
    query.bindValue(QStringLiteral(":id"), complaintId);
    if (!read(query, errorMessage))
        return result;
    while (query.next())
        result << ComplaintEvent { query.value(QStringLiteral("event")).toString(),
                                   query.value(QStringLiteral("note")).toString(),
                                   query.value(QStringLiteral("user_id")).toLongLong(),
                                   query.value(QStringLiteral("full_name")).toString(),
                                   fromStoredTime(
                                       query.value(QStringLiteral("occurred_at")).toString()) };
    return result;
}

std::optional<Complaint> ComplaintQueries::find(const QString& number, QString* errorMessage) const
{
    QString error;
    const QList<Complaint> found
        = select(QStringLiteral("WHERE c.complaint_number = :number"),
                 { { QStringLiteral(":number"), number.trimmed() } }, &error);
    if (found.isEmpty() && error.isEmpty())
        return std::nullopt;
    Complaint complaint = found.value(0);
    if (error.isEmpty())
        complaint.events = events(complaint.id, &error);
    if (!error.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        return std::nullopt;
    }
    return complaint;
}

bool ComplaintQueries::newestFirst(const Complaint& a, const Complaint& b)
{
    if (a.receivedAt != b.receivedAt)
        return a.receivedAt > b.receivedAt;
    return a.id > b.id;
}

QList<Complaint> ComplaintQueries::list(const ComplaintFilter& filter, const QDateTime& now,
                                        QString* errorMessage) const
{
    QStringList conditions;
    QVariantMap values;
    const QTimeZone zone = officeHoursOf(m_catalog.office).zone;
    if (filter.status) {
        conditions << QStringLiteral("c.status = :status");
        values.insert(QStringLiteral(":status"), complaintStatusKey(*filter.status));
    }
    if (filter.openOnly)
        conditions << QStringLiteral("c.status <> 'closed'");
    if (filter.complaintId > 0) {
        conditions << QStringLiteral("c.id = :id");
        values.insert(QStringLiteral(":id"), filter.complaintId);
    }
    if (filter.channel) {
        conditions << QStringLiteral("c.channel = :channel");
        values.insert(QStringLiteral(":channel"), complaintChannelKey(*filter.channel));
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("c.received_at >= :from");
        values.insert(QStringLiteral(":from"), startOfDay(filter.from, zone));
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("c.received_at < :to");
        values.insert(QStringLiteral(":to"), startOfDay(filter.to.addDays(1), zone));
    }
    const QString where = conditions.isEmpty()
        ? QString()
        : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    // An office receives tens of complaints a month: the text and overdue filters run here.
    QList<Complaint> result;
    const QString search = filter.search.trimmed();
    for (const Complaint& complaint :
         select(where + QStringLiteral(" ORDER BY c.received_at DESC, c.id DESC"), values,
                errorMessage)) {
        if ((!filter.overdueOnly || complaint.isOverdue(now)) && matches(complaint, search))
            result << complaint;
    }
    return result;
}

QList<Complaint> ComplaintQueries::period(int year, int month, QString* errorMessage) const
{
    const QTimeZone zone = officeHoursOf(m_catalog.office).zone;
    const QDate first(year, month == 0 ? 1 : month, 1);
    const QDate next = month == 0 ? first.addYears(1) : first.addMonths(1);
    return select(QStringLiteral("WHERE c.received_at >= :from AND c.received_at < :to"
                                 " ORDER BY c.received_at, c.id"),
                  { { QStringLiteral(":from"), startOfDay(first, zone) },
                    { QStringLiteral(":to"), startOfDay(next, zone) } },
                  errorMessage);
}

bool ComplaintQueries::tracksAnswer(const Complaint& complaint)
{
    return complaint.respondedAt.isValid();
}

TimeLeft ComplaintQueries::timeLeft(const Complaint& complaint, const QDateTime& now) const
{
    const QTimeZone zone = officeHoursOf(m_catalog.office).zone;
    if (!complaint.respondedAt.isValid())
        return timeLeftUntil(m_calendar, zone, complaint.responseDueAt, now);
    if (!complaint.answeredAt.isValid() && complaint.status != ComplaintStatus::Closed)
        return timeLeftUntil(m_calendar, zone, complaint.answerDueAt, now);
    return {};
}

QList<ComplaintReminder> ComplaintQueries::dueTodayOrOverdue(qint64 userId, const QDateTime& now,
                                                             QString* errorMessage) const
{
    const std::optional<User> user = UserStore(m_database).find(userId, errorMessage);
    if (!user || !user->active)
        return {};
    const bool responds = ComplaintStore::allows(*user, ComplaintAction::Respond);
    const bool answers = ComplaintStore::allows(*user, ComplaintAction::Answer);
    QList<ComplaintReminder> result;
    ComplaintFilter open;
    open.openOnly = true;
    for (const Complaint& complaint : list(open, now, errorMessage)) {
        const bool answer = tracksAnswer(complaint);
        const bool mine = answer ? answers || complaint.forwardedTo == userId : responds;
        if (!mine)
            continue;
        const TimeLeft left = timeLeft(complaint, now);
        if (left.urgency == TimeLeft::Urgency::Overdue
            || left.urgency == TimeLeft::Urgency::DueToday)
            result << ComplaintReminder { complaint, answer, left };
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const ComplaintReminder& a, const ComplaintReminder& b) {
                         const bool aLate = a.timeLeft.urgency == TimeLeft::Urgency::Overdue;
                         const bool bLate = b.timeLeft.urgency == TimeLeft::Urgency::Overdue;
                         if (aLate != bLate)
                             return aLate;
                         return a.timeLeft.due < b.timeLeft.due;
                     });
    return result;
}

QList<User> ComplaintQueries::heads(QString* errorMessage) const
{
    QList<User> result;
    for (const User& user : UserStore(m_database).all(errorMessage)) {
        if (user.active
            && (user.hasRole(UserRole::HeadOfOffice) || user.hasRole(UserRole::HeadOfDivision)))
            result << user;
    }
    return result;
}

} // namespace loket
