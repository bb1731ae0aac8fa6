// ComplaintStore: permissions, handling time, validation and recording a complaint. The
// timeline actions are in ComplaintTimeline.cpp, the answer letter in ComplaintAnswer.cpp.
#include "ComplaintStore.h"

#include "AuditLog.h"
#include "CaseQueries.h"
#include "ComplaintQueries.h"
#include "DatabaseError.h"
#include "Permissions.h"
#include "SqlValues.h"
#include "WorkingCalendar.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {
namespace {

using R = UserRole;

const char* activity(ComplaintAction action)
{
    switch (action) {
    case ComplaintAction::Record:
        return QT_TRANSLATE_NOOP("loket::ComplaintStore", "record a complaint");
    case ComplaintAction::Respond:
        return QT_TRANSLATE_NOOP("loket::ComplaintStore", "give a complaint's initial response");
    case ComplaintAction::Forward:
        return QT_TRANSLATE_NOOP("loket::ComplaintStore", "forward a complaint to the head");
    case ComplaintAction::FollowUp:
        return QT_TRANSLATE_NOOP("loket::ComplaintStore", "record a complaint's follow-up");
    case ComplaintAction::Answer:
        return QT_TRANSLATE_NOOP("loket::ComplaintStore", "answer a complaint");
    case ComplaintAction::Close:
        return QT_TRANSLATE_NOOP("loket::ComplaintStore", "close a complaint");
    }
    return "";
}

// Every problem of a draft, one a line.
QString joinedTexts(const ValidationMessages& problems)
{
    QStringList texts;
    for (const ValidationMessage& problem : problems)
        texts << problem.text;
    return texts.join(QLatin1Char('\n'));
}

// What the audit log keeps of a recorded complaint.
QJsonObject recordedView(const QString& number, const ComplaintDraft& draft, const DueDate& due)
{
    return { { QStringLiteral("number"), number },
             { QStringLiteral("kind"), complaintKindKey(draft.kind) },
             { QStringLiteral("channel"), complaintChannelKey(draft.channel) },
             { QStringLiteral("anonymous"), draft.anonymous },
             { QStringLiteral("responseDue"), storedTime(due.responseDue) } };
}

} // namespace

ComplaintStore::ComplaintStore(Database& database, const Catalog& catalog,
                               const WorkingCalendar& calendar, const QString& templateDirectory,
                               QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_calendar(calendar)
    , m_renderer(templateDirectory)
{
}

QList<UserRole> ComplaintStore::allowedRoles(ComplaintAction action)
{
    switch (action) {
    case ComplaintAction::Record:
    case ComplaintAction::Respond:
    case ComplaintAction::Forward:
        return { R::FrontOffice, R::BackOffice };
    case ComplaintAction::FollowUp:
        return { R::BackOffice, R::Verifier, R::HeadOfDivision, R::Secretary, R::HeadOfOffice };
    case ComplaintAction::Answer:
    case ComplaintAction::Close:
        return { R::BackOffice, R::HeadOfDivision, R::Secretary, R::HeadOfOffice };
    }
    return {};
}

QString ComplaintStore::check(const User& user, ComplaintAction action)
{
    if (!user.active)
        return tr("The account of %1 is disabled; it may not do anything.").arg(user.username);
    const QList<UserRole> roles = allowedRoles(action);
    for (UserRole role : roles) {
        if (user.hasRole(role))
            return {};
    }
    return tr("Your roles do not allow you to %1; ask %2.")
        .arg(tr(activity(action)), Permissions::rolesObject(roles));
}

bool ComplaintStore::mayView(const User& user)
{
    for (ComplaintAction action :
         { ComplaintAction::Record, ComplaintAction::FollowUp, ComplaintAction::Answer }) {
        if (allows(user, action))
            return true;
    }
    return false;
}

ServiceTime ComplaintStore::handlingTime(const Catalog& catalog)
{
    for (const Service& service : catalog.services) {
        if (service.product.document == QLatin1String("information")
            && service.serviceTime.kind == ServiceTime::Kind::TwoStage)
            return service.serviceTime;
    }
    ServiceTime time;
    time.kind = ServiceTime::Kind::TwoStage;
    time.text = QStringLiteral("Respon awal: 1 (satu) hari kerja");
    time.initial = { 1, TimeUnit::WorkingDays };
    return time;
}

DueDate ComplaintStore::dueDates(const QDateTime& received) const
{
    return DueDateCalculator(m_calendar, officeHoursOf(m_catalog.office))
        .compute(handlingTime(m_catalog), received);
}

ValidationMessages ComplaintStore::validate(const ComplaintDraft& draft, const QDateTime& now) const
{
    ValidationMessages problems;
    auto add = [&problems](const char* code, const QString& text) {
        problems.append({ QString::fromLatin1(code), text });
    };
    const QString subject = draft.subject.trimmed();
    if (subject.isEmpty())
        add("subject.empty", tr("Fill in the subject: what the complaint is about, in a line."));
    else if (subject.size() > 200)
        add("subject.length", tr("The subject may have at most %1 characters.").arg(200));
    const QString description = draft.description.trimmed();
    if (description.isEmpty())
        add("description.empty", tr("Fill in the description: what the complainant reported."));
    else if (description.size() > 5000)
        add("description.length", tr("The description may have at most %1 characters.").arg(5000));

    const QString ticket = draft.laporTicket.trimmed();
    static const QRegularExpression ticketForm(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9./-]{2,39}$"));
    if (draft.channel == ComplaintChannelKind::Lapor && ticket.isEmpty())
        add("lapor.ticket-missing", tr("Enter the SP4N-LAPOR! ticket number."));
    else if (draft.channel == ComplaintChannelKind::Lapor && !ticketForm.match(ticket).hasMatch())
        add("lapor.ticket-format",
            tr("The LAPOR ticket number has 3 to 40 letters, digits, dots, slashes or hyphens."));
    else if (draft.channel != ComplaintChannelKind::Lapor && !ticket.isEmpty())
        add("lapor.ticket-other-channel",
            tr("A ticket number belongs to the SP4N-LAPOR! channel only: clear it or choose "
               "that channel."));

    if (!draft.anonymous) {
        const QString name = draft.name.trimmed();
        if (name.isEmpty())
            add("name.empty", tr("Fill in the complainant's name, or tick Anonymous."));
        else if (name.size() > 100)
            add("name.length", tr("The name may have at most %1 characters.").arg(100));
        static const QRegularExpression nikForm(QStringLiteral("^\\d{16}$"));
        const QString nik = draft.nik.trimmed().remove(QLatin1Char(' '));
        if (!nik.isEmpty() && !nikForm.match(nik).hasMatch())
            add("nik.format", tr("The NIK has 16 digits; leave it empty if it is not known."));
        static const QRegularExpression phoneForm(QStringLiteral("^[0-9+() -]{6,30}$"));
        const QString phone = draft.phone.trimmed();
        if (!phone.isEmpty() && !phoneForm.match(phone).hasMatch())
            add("phone.format",
                tr("The telephone number has 6 to 30 digits, spaces, +, - or brackets."));
        if (draft.address.trimmed().size() > 500)
            add("address.length", tr("The address may have at most %1 characters.").arg(500));
    }
    const QString caseNumber = draft.caseNumber.trimmed();
    QString readError;
    if (!caseNumber.isEmpty() && !CaseQueries(m_database).idOf(caseNumber, &readError))
        add("case.unknown",
            readError.isEmpty()
                ? tr("There is no case %1: check the related case number, or leave it empty.")
                      .arg(caseNumber)
                : readError);
    if (draft.receivedAt.isValid() && draft.receivedAt > now.addSecs(60))
        add("received.future", tr("The time of receipt lies in the future."));
    return problems;
}

QString ComplaintStore::allocateNumber(int year, QString* errorMessage)
{
    // Inside the caller's write transaction: the increment holds the lock, so two workstations
    // never take the same serial.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO complaint_counters (year, last_serial)"
                                 " VALUES (:year, 0) ON CONFLICT (year) DO NOTHING"));
    query.bindValue(QStringLiteral(":year"), year);
    bool ok = query.exec();
    query.prepare(QStringLiteral(
        "UPDATE complaint_counters SET last_serial = last_serial + 1 WHERE year = :year"));
    query.bindValue(QStringLiteral(":year"), year);
    ok = ok && query.exec();
    query.prepare(QStringLiteral("SELECT last_serial FROM complaint_counters WHERE year = :year"));
    query.bindValue(QStringLiteral(":year"), year);
    if (!ok || !query.exec() || !query.next()) {
        *errorMessage = tr("Cannot take a complaint number: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return {};
    }
    return QStringLiteral("ADU/%1/%2")
        .arg(year)
        .arg(query.value(0).toInt(), 4, 10, QLatin1Char('0'));
}

bool ComplaintStore::addEvent(qint64 complaintId, const QString& event, const QString& note,
                              qint64 userId, const QDateTime& at, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO complaint_events (complaint_id, event, note, user_id,"
                                 " occurred_at) VALUES (:complaint, :event, :note, :user, :at)"));
    query.bindValue(QStringLiteral(":complaint"), complaintId);
    query.bindValue(QStringLiteral(":event"), event);
    query.bindValue(QStringLiteral(":note"), nullableText(note.trimmed()));
    query.bindValue(QStringLiteral(":user"), userId);
    query.bindValue(QStringLiteral(":at"), storedTime(at));
    if (!query.exec()) {
        *errorMessage = tr("Cannot save the complaint's timeline: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    return true;
}

// The complaint's row; returns its id, or 0 (and why) when it cannot be written.
qint64 ComplaintStore::insertComplaint(const ComplaintDraft& draft, const QString& number,
                                       const QDateTime& received, const DueDate& due,
                                       std::optional<qint64> caseId, const User& user,
                                       const QDateTime& now, QString* errorMessage)
{
    const bool anonymous = draft.anonymous;
    const auto identity = [anonymous](const QString& text) {
        return anonymous ? QVariant(QMetaType(QMetaType::QString)) : nullableText(text.trimmed());
    };
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO complaints (complaint_number, office_id, kind, channel, lapor_ticket,"
        " anonymous, complainant_name, complainant_nik, complainant_phone, complainant_address,"
        " subject, description, case_id, status, received_at, response_due_at, answer_due_at,"
        " recorded_by, created_at, updated_at, sms_consent, sms_consent_at) VALUES (:number,"
        " :office, :kind, :channel, :ticket, :anonymous, :name, :nik, :phone, :address, :subject,"
        " :description, :case, 'received', :received, :response, :answer, :user, :at, :at,"
        " :consent, :consentAt)"));
    query.bindValue(QStringLiteral(":number"), number);
    query.bindValue(QStringLiteral(":office"), m_catalog.office.id);
    query.bindValue(QStringLiteral(":kind"), complaintKindKey(draft.kind));
    query.bindValue(QStringLiteral(":channel"), complaintChannelKey(draft.channel));
    query.bindValue(QStringLiteral(":ticket"), nullableText(draft.laporTicket.trimmed()));
    query.bindValue(QStringLiteral(":anonymous"), anonymous ? 1 : 0);
    query.bindValue(QStringLiteral(":name"), identity(draft.name));
    query.bindValue(QStringLiteral(":nik"), identity(draft.nik.trimmed().remove(QLatin1Char(' '))));
    query.bindValue(QStringLiteral(":phone"), identity(draft.phone));
    query.bindValue(QStringLiteral(":address"), identity(draft.address));
    query.bindValue(QStringLiteral(":subject"), draft.subject.trimmed());
    query.bindValue(QStringLiteral(":description"), draft.description.trimmed());
    query.bindValue(QStringLiteral(":case"),
                    caseId ? QVariant(*caseId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(QStringLiteral(":received"), storedTime(received));
    query.bindValue(QStringLiteral(":response"), storedTime(due.responseDue));
    query.bindValue(QStringLiteral(":answer"), nullableText(storedTime(due.due)));
    query.bindValue(QStringLiteral(":user"), user.id);
    query.bindValue(QStringLiteral(":at"), storedTime(now));
    // Consent to an SMS is given at intake, with the complaint (UU 27/2022).
    const bool consent = draft.smsConsent && !anonymous;
    query.bindValue(QStringLiteral(":consent"), consent ? 1 : 0);
    query.bindValue(QStringLiteral(":consentAt"),
                    nullableText(consent ? storedTime(received) : QString()));
    if (!query.exec()) {
        *errorMessage
            = tr("Cannot save the complaint: %1").arg(DatabaseError::describe(query.lastError()));
        return 0;
    }
    // PostgreSQL has no lastInsertId() for tables without OIDs: read the id back.
    const qint64 id = ComplaintQueries(m_database, m_catalog, m_calendar).idOf(number).value_or(0);
    if (id <= 0 && errorMessage->isEmpty())
        *errorMessage
            = tr("Cannot save the complaint: %1").arg(DatabaseError::describe(query.lastError()));
    return id;
}

std::optional<Complaint> ComplaintStore::record(const ComplaintDraft& draft, const User& user,
                                                const QDateTime& now, QString* errorMessage)
{
    *errorMessage = check(user, ComplaintAction::Record);
    if (!errorMessage->isEmpty())
        return std::nullopt;
    if (const ValidationMessages problems = validate(draft, now); !problems.isEmpty()) {
        *errorMessage = joinedTexts(problems);
        return std::nullopt;
    }
    const QDateTime received = draft.receivedAt.isValid() ? draft.receivedAt : now;
    const DueDate due = dueDates(received);
    const std::optional<qint64> caseId = draft.caseNumber.trimmed().isEmpty()
        ? std::nullopt
        : CaseQueries(m_database).idOf(draft.caseNumber.trimmed());

    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return std::nullopt;
    const int year = received.toTimeZone(officeHoursOf(m_catalog.office).zone).date().year();
    const QString number = allocateNumber(year, errorMessage);
    if (number.isEmpty())
        return std::nullopt;
    const qint64 id
        = insertComplaint(draft, number, received, due, caseId, user, now, errorMessage);
    if (id <= 0)
        return std::nullopt;
    const QJsonObject after = recordedView(number, draft, due);
    if (!addEvent(id, QStringLiteral("recorded"), QString(), user.id, now, errorMessage)
        || !AuditLog(m_database)
                .append({ user.id,
                          QStringLiteral("create"),
                          QStringLiteral("complaints"),
                          number,
                          {},
                          after,
                          now },
                        errorMessage)
        || !transaction.commit(errorMessage))
        return std::nullopt;
    emit complaintAdded(id, number);
    return ComplaintQueries(m_database, m_catalog, m_calendar).find(number);
}

} // namespace loket
