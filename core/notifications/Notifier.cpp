#include "Notifier.h"

#include "CaseStore.h"
#include "CaseWorkflow.h"
#include "ComplaintStore.h"
#include "DatabaseError.h"
#include "IndonesianText.h"
#include "NotificationSettings.h"
#include "NotificationStore.h"
#include "PhoneNumber.h"
#include "SmsTemplate.h"
#include "WorkingCalendar.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

// Who is told, about what: read from the case (and the complaint).
struct Notifier::Recipient
{
    qint64 caseId = 0;
    qint64 complaintId = 0;
    QString number; // the case's or the complaint's
    QString serviceCode;
    bool consent = false;
    QString phone; // as written at the counter
};

Notifier::Notifier(Database& database, const Catalog& catalog, Clock clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_clock(std::move(clock))
{
}

void Notifier::watch(CaseStore* store)
{
    connect(store, &CaseStore::caseAdded, this,
            [this](qint64 caseId, const QString&) { caseAdded(caseId); });
    connect(store, &CaseStore::statusChanged, this, &Notifier::caseStatusChanged);
}

void Notifier::watch(CaseWorkflow* workflow)
{
    connect(workflow, &CaseWorkflow::statusChanged, this, &Notifier::caseStatusChanged);
}

void Notifier::watch(ComplaintStore* store)
{
    connect(store, &ComplaintStore::complaintChanged, this, &Notifier::complaintChanged);
}

void Notifier::report(qint64 id, const QString& errorMessage)
{
    if (id > 0)
        emit queued(id);
    else if (!errorMessage.isEmpty())
        emit failed(errorMessage);
}

void Notifier::caseAdded(qint64 caseId)
{
    // A file registered incomplete: the applicant is told what the office still waits for.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT status FROM cases WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), caseId);
    if (!query.exec() || !query.next()) {
        emit failed(tr("Cannot read case %1 for its notification: %2")
                        .arg(caseId)
                        .arg(DatabaseError::describe(query.lastError())));
        return;
    }
    if (query.value(0).toString() != caseStatusKey(CaseStatus::WaitingDocuments))
        return;
    QString reason, error;
    report(notifyCase(caseId, NotificationEvent::Incomplete, &reason, &error), error);
}

void Notifier::caseStatusChanged(qint64 caseId, CaseStatus, CaseStatus to)
{
    std::optional<NotificationEvent> event;
    if (to == CaseStatus::ProductReady)
        event = NotificationEvent::ProductReady;
    else if (to == CaseStatus::WaitingDocuments)
        event = NotificationEvent::Incomplete;
    if (!event)
        return;
    QString reason, error;
    report(notifyCase(caseId, *event, &reason, &error), error);
}

void Notifier::complaintChanged(qint64 complaintId, ComplaintStatus from, ComplaintStatus to)
{
    if (to != ComplaintStatus::Answered || from == ComplaintStatus::Answered)
        return;
    QString reason, error;
    report(notifyComplaintAnswered(complaintId, &reason, &error), error);
}

qint64 Notifier::notifyCase(qint64 caseId, NotificationEvent event, QString* reason,
                            QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT c.case_number, c.service_code, c.sms_consent, p.phone FROM cases c"
                       " LEFT JOIN persons p ON p.id = c.person_id WHERE c.id = :id"));
    query.bindValue(QStringLiteral(":id"), caseId);
    if (!query.exec() || !query.next()) {
        *errorMessage = tr("Cannot read case %1 for its notification: %2")
                            .arg(caseId)
                            .arg(DatabaseError::describe(query.lastError()));
        return 0;
    }
    Recipient recipient;
    recipient.caseId = caseId;
    recipient.number = query.value(QStringLiteral("case_number")).toString();
    recipient.serviceCode = query.value(QStringLiteral("service_code")).toString();
    recipient.consent = query.value(QStringLiteral("sms_consent")).toInt() == 1;
    recipient.phone = query.value(QStringLiteral("phone")).toString();
    return enqueue(recipient, event, reason, errorMessage);
}

qint64 Notifier::notifyComplaintAnswered(qint64 complaintId, QString* reason, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT k.complaint_number, k.anonymous, k.complainant_nik, k.complainant_phone,"
        " k.sms_consent AS complaint_consent, k.case_id, c.service_code, c.sms_consent, p.nik,"
        " p.phone FROM complaints k"
        " LEFT JOIN cases c ON c.id = k.case_id LEFT JOIN persons p ON p.id = c.person_id"
        " WHERE k.id = :id"));
    query.bindValue(QStringLiteral(":id"), complaintId);
    if (!query.exec() || !query.next()) {
        *errorMessage = tr("Cannot read complaint %1 for its notification: %2")
                            .arg(complaintId)
                            .arg(DatabaseError::describe(query.lastError()));
        return 0;
    }
    Recipient recipient;
    recipient.complaintId = complaintId;
    recipient.caseId = query.value(QStringLiteral("case_id")).toLongLong();
    recipient.number = query.value(QStringLiteral("complaint_number")).toString();
    recipient.serviceCode = query.value(QStringLiteral("service_code")).toString();
    const bool anonymous = query.value(QStringLiteral("anonymous")).toInt() != 0;
    const QString complainantPhone = query.value(QStringLiteral("complainant_phone")).toString();
    // The complainant's own consent, given with the complaint, goes to the number they gave.
    if (!anonymous && query.value(QStringLiteral("complaint_consent")).toInt() == 1
        && PhoneNumber::isValid(complainantPhone)) {
        recipient.consent = true;
        recipient.phone = complainantPhone;
        return enqueue(recipient, NotificationEvent::ComplaintAnswered, reason, errorMessage);
    }
    recipient.phone = query.value(QStringLiteral("phone")).toString();
    const QString nik = query.value(QStringLiteral("nik")).toString();
    // Else the case's consent, which covers its own applicant only.
    recipient.consent = recipient.caseId > 0
        && query.value(QStringLiteral("sms_consent")).toInt() == 1 && !anonymous && !nik.isEmpty()
        && query.value(QStringLiteral("complainant_nik")).toString() == nik;
    if (!recipient.consent && recipient.caseId == 0) {
        *reason
            = tr("Complaint %1 is about no case: no SMS consent covers it.").arg(recipient.number);
        return 0;
    }
    return enqueue(recipient, NotificationEvent::ComplaintAnswered, reason, errorMessage);
}

qint64 Notifier::enqueue(const Recipient& recipient, NotificationEvent event, QString* reason,
                         QString* errorMessage)
{
    reason->clear();
    errorMessage->clear();
    if (!recipient.consent) {
        *reason = tr("%1: the applicant did not agree to SMS notifications.").arg(recipient.number);
        return 0;
    }
    ValidationMessage problem;
    const QString phone = PhoneNumber::normalise(recipient.phone, &problem);
    if (phone.isEmpty()) {
        *reason = QStringLiteral("%1: %2").arg(recipient.number, problem.text);
        return 0;
    }
    NotificationSettings settings(m_database);
    const QString text = settings.templateText(event, errorMessage);
    const QString gammuConfig = settings.gammuConfig(errorMessage);
    if (!errorMessage->isEmpty())
        return 0;
    const QDateTime now = m_clock();
    const Service* service = m_catalog.service(recipient.serviceCode);
    SmsFields fields;
    fields.number = recipient.number;
    fields.service = service ? service->name : QString();
    fields.place = m_catalog.office.address;
    fields.date = text::longDate(now.toTimeZone(officeHoursOf(m_catalog.office).zone).date());
    fields.office = m_catalog.office.name;

    Notification notification;
    notification.caseId = recipient.caseId; // a complaint's too: the case view shows it
    notification.complaintId = recipient.complaintId;
    notification.event = event;
    notification.phone = phone;
    notification.text = SmsTemplate::render(text, fields);
    notification.channel
        = gammuConfig.isEmpty() ? NotificationChannel::Manual : NotificationChannel::Sms;
    notification.createdAt = now;
    return NotificationStore(m_database).enqueue(notification, errorMessage);
}

} // namespace loket
