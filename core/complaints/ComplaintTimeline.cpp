// ComplaintStore's timeline: initial response, forwarding to the head, follow-up and closing,
// each checked and written with its event and audit entry in one transaction.
#include "AuditLog.h"
#include "ComplaintQueries.h"
#include "ComplaintStore.h"
#include "DatabaseError.h"
#include "SqlValues.h"
#include "UserStore.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <functional>
#include <utility>

namespace loket {

struct ComplaintStore::Step
{
    Step(ComplaintAction a, QList<ComplaintStatus> f, ComplaintStatus t, QString e, QString n)
        : action(a)
        , from(std::move(f))
        , to(t)
        , event(std::move(e))
        , note(std::move(n))
    {
    }
    ComplaintAction action;
    QList<ComplaintStatus> from; // the statuses the action is allowed in
    ComplaintStatus to;
    QString event;
    QString note;
    bool noteRequired = true;
    int noteLimit = 2000;
    QString assignments; // further "column = :value" of the update
    QVariantMap values;
    // Runs inside the transaction, after the checks; may add to `values`.
    std::function<bool(const Complaint&, QVariantMap*, QString*)> within;
};

namespace {

int rank(ComplaintStatus status)
{
    return int(allComplaintStatuses().indexOf(status));
}

// Why the action does not fit where the complaint stands: too early or already done.
QString orderRefusal(ComplaintAction action, const Complaint& complaint, bool tooEarly)
{
    const QString n = complaint.number;
    if (complaint.status == ComplaintStatus::Closed)
        return ComplaintStore::tr("%1 is closed; nothing more can be recorded.").arg(n);
    switch (action) {
    case ComplaintAction::Respond:
        return ComplaintStore::tr("%1 already has its initial response.").arg(n);
    case ComplaintAction::Forward:
        return tooEarly
            ? ComplaintStore::tr("Give the initial response to %1 before forwarding it.").arg(n)
            : ComplaintStore::tr("%1 has already been forwarded to the head.").arg(n);
    case ComplaintAction::FollowUp:
        return tooEarly
            ? ComplaintStore::tr("Forward %1 to the head before recording a follow-up.").arg(n)
            : ComplaintStore::tr("%1 has been answered; close it instead.").arg(n);
    case ComplaintAction::Answer:
        return tooEarly ? ComplaintStore::tr("Forward %1 to the head before answering it.").arg(n)
                        : ComplaintStore::tr("%1 has already been answered.").arg(n);
    case ComplaintAction::Close:
        return ComplaintStore::tr("Answer %1 before closing it.").arg(n);
    case ComplaintAction::Record:
        break;
    }
    return {};
}

} // namespace

bool ComplaintStore::apply(const QString& number, const Step& step, const User& user,
                           const QDateTime& now, QString* errorMessage)
{
    *errorMessage = check(user, step.action);
    if (!errorMessage->isEmpty())
        return false;
    const QString note = step.note.trimmed();
    if (note.size() > step.noteLimit) {
        *errorMessage = tr("The text may have at most %1 characters.").arg(step.noteLimit);
        return false;
    }
    // Read inside the write lock: another desk may have acted on the complaint meanwhile.
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return false;
    const std::optional<Complaint> complaint
        = ComplaintQueries(m_database, m_catalog, m_calendar).find(number);
    if (!complaint) {
        *errorMessage = tr("There is no complaint %1.").arg(number.trimmed());
        return false;
    }
    if (!step.from.contains(complaint->status)) {
        *errorMessage = orderRefusal(step.action, *complaint,
                                     rank(complaint->status) < rank(step.from.first()));
        return false;
    }
    if (step.noteRequired && note.isEmpty()) {
        switch (step.action) {
        case ComplaintAction::Respond:
            *errorMessage = tr("Write the initial response: what the complainant was told.");
            break;
        case ComplaintAction::Answer:
            *errorMessage = tr("Write the answer: it is printed in the answer letter.");
            break;
        default:
            *errorMessage = tr("Write the follow-up note: what was done.");
        }
        return false;
    }
    QVariantMap values = step.values;
    if (step.within && !step.within(*complaint, &values, errorMessage))
        return false;

    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE complaints SET status = :to, updated_at = :at%1"
                       " WHERE id = :id")
            .arg(step.assignments.isEmpty() ? QString() : QStringLiteral(", ") + step.assignments));
    query.bindValue(QStringLiteral(":to"), complaintStatusKey(step.to));
    query.bindValue(QStringLiteral(":at"), storedTime(now));
    query.bindValue(QStringLiteral(":id"), complaint->id);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec()) {
        *errorMessage
            = tr("Cannot save the complaint: %1").arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    QJsonObject after { { QStringLiteral("status"), complaintStatusKey(step.to) } };
    if (!note.isEmpty())
        after.insert(QStringLiteral("note"), note);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() != QLatin1String(":note"))
            after.insert(it.key().mid(1), QJsonValue::fromVariant(it.value()));
    }
    const bool saved = addEvent(complaint->id, step.event, note, user.id, now, errorMessage)
        && AuditLog(m_database)
               .append({ user.id,
                         step.event,
                         QStringLiteral("complaints"),
                         complaint->number,
                         { { QStringLiteral("status"), complaintStatusKey(complaint->status) } },
                         after,
                         now },
                       errorMessage)
        && transaction.commit(errorMessage);
    if (saved)
        emit complaintChanged(complaint->id, complaint->status, step.to);
    return saved;
}

bool ComplaintStore::respond(const QString& number, const QString& note, const User& user,
                             const QDateTime& now, QString* errorMessage)
{
    Step step(ComplaintAction::Respond, { ComplaintStatus::Received }, ComplaintStatus::Responded,
              QStringLiteral("responded"), note);
    step.assignments = QStringLiteral("responded_at = :respondedAt");
    step.values.insert(QStringLiteral(":respondedAt"), storedTime(now));
    return apply(number, step, user, now, errorMessage);
}

bool ComplaintStore::forward(const QString& number, qint64 headId, const QString& note,
                             const User& user, const QDateTime& now, QString* errorMessage)
{
    errorMessage->clear();
    const std::optional<User> head = UserStore(m_database).find(headId, errorMessage);
    if (!errorMessage->isEmpty())
        return false;
    if (!head || !head->active
        || !(head->hasRole(UserRole::HeadOfOffice) || head->hasRole(UserRole::HeadOfDivision))) {
        *errorMessage
            = tr("Choose the head of office or a head of division to forward the complaint to.");
        return false;
    }
    Step step(ComplaintAction::Forward, { ComplaintStatus::Responded }, ComplaintStatus::Forwarded,
              QStringLiteral("forwarded"), note);
    step.noteRequired = false;
    step.assignments = QStringLiteral("forwarded_at = :forwardedAt, forwarded_to = :forwardedTo");
    step.values.insert(QStringLiteral(":forwardedAt"), storedTime(now));
    step.values.insert(QStringLiteral(":forwardedTo"), head->id);
    return apply(number, step, user, now, errorMessage);
}

bool ComplaintStore::followUp(const QString& number, const QString& note, const User& user,
                              const QDateTime& now, QString* errorMessage)
{
    const Step step(ComplaintAction::FollowUp,
                    { ComplaintStatus::Forwarded, ComplaintStatus::FollowedUp },
                    ComplaintStatus::FollowedUp, QStringLiteral("follow-up"), note);
    return apply(number, step, user, now, errorMessage);
}

bool ComplaintStore::close(const QString& number, const QString& note, const User& user,
                           const QDateTime& now, QString* errorMessage)
{
    Step step(ComplaintAction::Close, { ComplaintStatus::Answered }, ComplaintStatus::Closed,
              QStringLiteral("closed"), note);
    step.noteRequired = false;
    step.assignments = QStringLiteral("closed_at = :closedAt");
    step.values.insert(QStringLiteral(":closedAt"), storedTime(now));
    return apply(number, step, user, now, errorMessage);
}

std::optional<StoredDocument> ComplaintStore::answer(const QString& number,
                                                     const QString& answerText, const User& user,
                                                     const QDateTime& now, QString* errorMessage)
{
    Step step(ComplaintAction::Answer, { ComplaintStatus::Forwarded, ComplaintStatus::FollowedUp },
              ComplaintStatus::Answered, QStringLiteral("answered"), answerText);
    step.noteLimit = 5000;
    step.assignments = QStringLiteral(
        "answered_at = :answeredAt, answer_text = :answerText, letter_id = :letterId");
    step.values.insert(QStringLiteral(":answeredAt"), storedTime(now));
    step.values.insert(QStringLiteral(":answerText"), answerText.trimmed());
    std::optional<StoredDocument> issued;
    step.within = [&](const Complaint& complaint, QVariantMap* values, QString* error) {
        qint64 letterId = 0;
        issued = issueLetter(complaint, answerText.trimmed(), user, now, &letterId, error);
        values->insert(QStringLiteral(":letterId"), letterId);
        return issued.has_value();
    };
    if (!apply(number, step, user, now, errorMessage))
        return std::nullopt;
    return issued;
}

} // namespace loket
