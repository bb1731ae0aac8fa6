#pragma once

#include "ValidationMessage.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace loket {

// Complaints, aspirations and information requests (pengaduan, aspirasi dan permintaan
// informasi) as the complaint standard handles them: received on any channel, an initial
// response within one working day, forwarded to the head, followed up, answered by letter,
// closed.
enum class ComplaintKind { Complaint, Aspiration, Information };

enum class ComplaintChannelKind {
    InPerson, // tatap muka
    Written, // surat tertulis or the complaint box
    Phone,
    SmsWhatsapp,
    Email,
    Website,
    Instagram,
    Facebook,
    Lapor, // SP4N-LAPOR!: carries the ticket number
};

// The timeline, in order; a follow-up may be recorded more than once.
enum class ComplaintStatus { Received, Responded, Forwarded, FollowedUp, Answered, Closed };

QList<ComplaintKind> allComplaintKinds();
QList<ComplaintChannelKind> allComplaintChannels();
QList<ComplaintStatus> allComplaintStatuses();

// Keys stored in the database and used by loketctl: "complaint", "sms-whatsapp", "followed-up".
QString complaintKindKey(ComplaintKind kind);
std::optional<ComplaintKind> complaintKindFromKey(const QString& key);
QString complaintChannelKey(ComplaintChannelKind channel);
std::optional<ComplaintChannelKind> complaintChannelFromKey(const QString& key);
QString complaintStatusKey(ComplaintStatus status);
std::optional<ComplaintStatus> complaintStatusFromKey(const QString& key);

// For people (translated): "Complaint", "SMS / WhatsApp", "Forwarded to the head".
QString complaintKindTitle(ComplaintKind kind);
QString complaintChannelTitle(ComplaintChannelKind channel);
QString complaintStatusTitle(ComplaintStatus status);

// For printed documents, always formal Indonesian: "Pengaduan", "SP4N-LAPOR!", "Dijawab".
QString complaintKindDocumentTitle(ComplaintKind kind);
QString complaintChannelDocumentTitle(ComplaintChannelKind channel);
QString complaintStatusDocumentTitle(ComplaintStatus status);

// What the clerk records. Identity fields are ignored (and not stored) for an anonymous
// complainant; the LAPOR ticket belongs to the SP4N-LAPOR! channel only.
struct ComplaintDraft
{
    ComplaintKind kind = ComplaintKind::Complaint;
    ComplaintChannelKind channel = ComplaintChannelKind::InPerson;
    QString laporTicket;
    bool anonymous = false;
    QString name, nik, phone, address;
    QString subject;
    QString description;
    QString caseNumber; // a related case, optional; must exist
    QDateTime receivedAt; // invalid: now
    // Agreed to an SMS to `phone` when the complaint is answered (UU 27/2022); the form offers
    // it only with a mobile number; never stored for an anonymous complainant.
    bool smsConsent = false;
};

// One step of the timeline as recorded: "recorded", "responded", "forwarded", "follow-up",
// "answered", "closed".
struct ComplaintEvent
{
    QString event;
    QString note;
    qint64 userId = 0;
    QString userName;
    QDateTime occurredAt;
};

struct Complaint
{
    qint64 id = 0;
    QString number; // "ADU/2026/0001"
    ComplaintKind kind = ComplaintKind::Complaint;
    ComplaintChannelKind channel = ComplaintChannelKind::InPerson;
    QString laporTicket;
    bool anonymous = false;
    QString name, nik, phone, address;
    QString subject, description;
    bool smsConsent = false; // the complainant's own, see ComplaintDraft
    QDateTime smsConsentAt; // when it was given: the complaint's receipt
    qint64 caseId = 0;
    QString caseNumber;
    ComplaintStatus status = ComplaintStatus::Received;
    QDateTime receivedAt;
    QDateTime responseDueAt; // one working day by the office's calendar
    QDateTime answerDueAt; // invalid: the standard sets no completion time
    QDateTime respondedAt, forwardedAt, answeredAt, closedAt;
    qint64 forwardedTo = 0;
    QString forwardedToName;
    QString answerText;
    qint64 letterId = 0;
    QString letterNumber;
    qint64 recordedBy = 0;
    QString recordedByName;
    QList<ComplaintEvent> events; // filled by ComplaintQueries::find only

    // "Anonim" for an anonymous complainant.
    QString complainant() const;
    // No initial response yet and its due time has passed.
    bool responseOverdue(const QDateTime& now) const;
    // Not answered yet and the standard's completion time (if any) has passed.
    bool answerOverdue(const QDateTime& now) const;
    bool isOverdue(const QDateTime& now) const
    {
        return responseOverdue(now) || answerOverdue(now);
    }
};

} // namespace loket
