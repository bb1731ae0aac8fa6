#pragma once

#include "Catalog.h"
#include "Complaint.h"
#include "Database.h"
#include "DueDateCalculator.h"
#include "IssuedDocuments.h"
#include "LetterData.h"
#include "LetterRenderer.h"
#include "Users.h"
#include "WorkingCalendar.h"

#include <QObject>
#include <optional>

namespace loket {

// What a user may do with complaints. The counter (front office) and the back office record
// them and give the initial response; the back office, the heads and the secretary follow them
// up, answer and close them; a verifier may add follow-up notes from the field. An
// administrator keeps the system running and takes no part.
enum class ComplaintAction { Record, Respond, Forward, FollowUp, Answer, Close };

// Records complaints, aspirations and information requests and moves them along their
// timeline: received → responded → forwarded to the head → followed up (any number of notes)
// → answered (with a numbered, frozen answer letter) → closed. Every action is checked (order,
// permission, required text) and written in one transaction with a complaint_events row and an
// audit entry; a refused action changes nothing. Once committed, it says what changed.
class ComplaintStore : public QObject
{
    Q_OBJECT
public:
    // `templateDirectory`: the office's own letter templates (beside the database); empty for
    // the built-in ones.
    ComplaintStore(Database& database, const Catalog& catalog, const WorkingCalendar& calendar,
                   const QString& templateDirectory = QString(), QObject* parent = nullptr);

    static QList<UserRole> allowedRoles(ComplaintAction action);
    // Empty when `user` may; otherwise a sentence saying who can.
    static QString check(const User& user, ComplaintAction action);
    static bool allows(const User& user, ComplaintAction action)
    {
        return check(user, action).isEmpty();
    }
    // Whoever takes part in any step sees the complaints list.
    static bool mayView(const User& user);

    // The complaint handling time: the catalog's own complaint service when it has one (a
    // two-stage time, e.g. Palangka Raya's PKY-23 "Respon awal: 1 (satu) hari kerja; Tindak
    // lanjut: sesuai kebutuhan layanan"), else an initial response within one working day. No
    // decree of the three offices promises a completion time, so there is no answer due date
    // unless an office's catalog gives the follow-up a duration.
    static ServiceTime handlingTime(const Catalog& catalog);
    // responseDue and due (the answer; invalid when none) for a complaint received then,
    // by the office's hours and calendar (see DueDateCalculator).
    DueDate dueDates(const QDateTime& received) const;

    // Every problem of the draft, each with a code ("subject.empty", "lapor.ticket-missing",
    // "lapor.ticket-other-channel", "name.empty", "nik.format", "case.unknown", …).
    ValidationMessages validate(const ComplaintDraft& draft, const QDateTime& now) const;

    std::optional<Complaint> record(const ComplaintDraft& draft, const User& user,
                                    const QDateTime& now, QString* errorMessage);
    // The initial response (what the complainant was told); a note is required.
    bool respond(const QString& number, const QString& note, const User& user, const QDateTime& now,
                 QString* errorMessage);
    // To the head of office or a head of division, after the initial response.
    bool forward(const QString& number, qint64 headId, const QString& note, const User& user,
                 const QDateTime& now, QString* errorMessage);
    // A follow-up note, after forwarding; may be repeated until answered.
    bool followUp(const QString& number, const QString& note, const User& user,
                  const QDateTime& now, QString* errorMessage);
    // The answer: takes a letter number (document type "complaint-answer"), renders the letter
    // in the head of office's name with a verification code and freezes it, in the same
    // transaction. Returns the issued letter.
    std::optional<StoredDocument> answer(const QString& number, const QString& answerText,
                                         const User& user, const QDateTime& now,
                                         QString* errorMessage);
    bool close(const QString& number, const QString& note, const User& user, const QDateTime& now,
               QString* errorMessage);

    // The answer letter as it would be issued, unnumbered and marked KONSEP.
    LetterData answerDraft(const Complaint& complaint, const QString& answerText,
                           const QDate& date) const;
    // The issued answer letter of an answered complaint.
    // Nothing when there is none, or (with `errorMessage`) when it cannot be read.
    std::optional<StoredDocument> answerLetter(const Complaint& complaint,
                                               QString* errorMessage = nullptr) const;
    const LetterRenderer& renderer() const { return m_renderer; }

signals:
    void complaintAdded(qint64 complaintId, const QString& number);
    // A step of its timeline: its status before and now (a follow-up may repeat one).
    void complaintChanged(qint64 complaintId, loket::ComplaintStatus from,
                          loket::ComplaintStatus to);

private:
    struct Step;
    bool apply(const QString& number, const Step& step, const User& user, const QDateTime& now,
               QString* errorMessage);
    QString allocateNumber(int year, QString* errorMessage);
    qint64 insertComplaint(const ComplaintDraft& draft, const QString& number,
                           const QDateTime& received, const DueDate& due,
                           std::optional<qint64> caseId, const User& user, const QDateTime& now,
                           QString* errorMessage);
    bool addEvent(qint64 complaintId, const QString& event, const QString& note, qint64 userId,
                  const QDateTime& at, QString* errorMessage);
    std::optional<StoredDocument> issueLetter(const Complaint& complaint, const QString& answerText,
                                              const User& user, const QDateTime& now,
                                              qint64* letterId, QString* errorMessage);

    Database& m_database;
    const Catalog& m_catalog;
    const WorkingCalendar& m_calendar;
    LetterRenderer m_renderer;
};

} // namespace loket
