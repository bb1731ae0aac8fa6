#include "CaseWorkflow.h"

#include "AuditLog.h"
#include "CaseModel.h"
#include "CaseQueries.h"
#include "CaseWorkflowHistory.h"
#include "DatabaseError.h"
#include "SqlValues.h"
#include "WorkflowQueries.h"
#include "WorkflowSupport.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {
namespace {

QString elided(const QString& text)
{
    return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
}

} // namespace

CaseWorkflow::CaseWorkflow(Database& database, const Catalog& catalog, DocumentIssuer* issuer,
                           QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_issuer(issuer)
{
}

QString CaseWorkflow::transitionRefusal(CaseStatus from, CaseStatus to)
{
    using S = CaseStatus;
    static const QList<QPair<S, S>> flow = {
        { S::WaitingDocuments, S::Registered }, { S::Registered, S::InVerification },
        { S::InVerification, S::InProcess },    { S::InProcess, S::AwaitingSignoff },
        { S::AwaitingSignoff, S::InProcess },   { S::AwaitingSignoff, S::ProductReady },
        { S::ProductReady, S::HandedOver },
    };
    if (!isOpen(from))
        return tr("The case is already \"%1\"; its status cannot change any more.")
            .arg(caseStatusTitle(from));
    if (from == to)
        return tr("The case is already \"%1\".").arg(caseStatusTitle(from));
    if (to == S::Rejected || flow.contains({ from, to }))
        return {};
    return tr("A case that is \"%1\" cannot go to \"%2\".")
        .arg(caseStatusTitle(from), caseStatusTitle(to));
}

QString CaseWorkflow::openRefusal(const Case& record) const
{
    if (!isOpen(record.status))
        return tr("Case %1 is closed (\"%2\").").arg(record.number, caseStatusTitle(record.status));
    if (record.status == CaseStatus::WaitingDocuments)
        return tr("Case %1 is still waiting for documents: the front office completes its "
                  "checklist first.")
            .arg(record.number);
    return {};
}

bool CaseWorkflow::run(const QString& caseNumber, const User& user, std::optional<Action> action,
                       const QDateTime& now, QString* errorMessage, const Body& body)
{
    errorMessage->clear();
    const std::optional<User> actor = workflow::storedActor(m_database, user, errorMessage);
    if (!actor)
        return false;
    if (action) {
        *errorMessage = Permissions::check(*actor, *action);
        if (!errorMessage->isEmpty())
            return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return false;
    const std::optional<Case> record = CaseQueries(m_database).find(caseNumber, errorMessage);
    if (!record) {
        if (errorMessage->isEmpty())
            *errorMessage = tr("There is no case %1.").arg(caseNumber.trimmed());
        return false;
    }
    Work work { *actor, *record, now, errorMessage, {} };
    if (!body(work)) {
        if (errorMessage->isEmpty())
            *errorMessage = tr("Cannot save the case: %1")
                                .arg(DatabaseError::describe(m_database.connection().lastError()));
        return false;
    }
    if (!transaction.commit(errorMessage))
        return false;
    for (const auto& [from, to] : std::as_const(work.statusChanges))
        emit statusChanged(work.record.id, from, to);
    emit caseChanged(work.record.number, work.record.status, work.record.id);
    return true;
}

bool CaseWorkflow::audit(Work& work, const QString& action, const QJsonObject& before,
                         const QJsonObject& after)
{
    return AuditLog(m_database)
        .append({ work.actor.id, action, QStringLiteral("cases"), work.record.number, before, after,
                  work.now },
                work.error);
}

bool CaseWorkflow::changeStatus(Work& work, CaseStatus to, const QString& note)
{
    const CaseStatus from = work.record.status;
    if (from == CaseStatus::WaitingDocuments && to != CaseStatus::Rejected)
        *work.error = openRefusal(work.record);
    else
        *work.error = transitionRefusal(from, to);
    if (!work.error->isEmpty())
        return false;
    // The service-time clock stops when the product is ready or the case is rejected.
    const bool stopsClock = to == CaseStatus::ProductReady || to == CaseStatus::Rejected;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE cases SET status = :to, updated_at = :at%1"
                                 " WHERE id = :case AND status = :from")
                      .arg(stopsClock ? QStringLiteral(", clock_stopped_at = :at") : QString()));
    query.bindValue(QStringLiteral(":to"), caseStatusKey(to));
    query.bindValue(QStringLiteral(":at"), storedTime(work.now));
    query.bindValue(QStringLiteral(":case"), work.record.id);
    query.bindValue(QStringLiteral(":from"), caseStatusKey(from));
    if (!query.exec() || query.numRowsAffected() != 1) {
        *work.error = tr("Cannot change the status of case %1: %2")
                          .arg(work.record.number, DatabaseError::describe(query.lastError()));
        return false;
    }
    if (!HistoryWriter(m_database)
             .statusChange({ work.record.id, from, to, work.actor.id, work.now, note }, work.error))
        return false;
    work.record.status = to;
    work.statusChanges.append({ from, to });
    QJsonObject after { { QStringLiteral("status"), caseStatusKey(to) } };
    if (!note.isEmpty())
        after.insert(QStringLiteral("note"), note);
    return audit(work, QStringLiteral("status"),
                 { { QStringLiteral("status"), caseStatusKey(from) } }, after);
}

bool CaseWorkflow::start(const QString& caseNumber, const User& user, const QDateTime& now,
                         QString* errorMessage)
{
    return run(caseNumber, user, Action::StartWork, now, errorMessage, [this](Work& work) {
        return changeStatus(work, CaseStatus::InVerification, QString());
    });
}

bool CaseWorkflow::beginProcessing(const QString& caseNumber, const User& user,
                                   const QDateTime& now, QString* errorMessage)
{
    return run(caseNumber, user, Action::BeginProcessing, now, errorMessage, [this](Work& work) {
        if (work.record.status == CaseStatus::AwaitingSignoff) {
            *work.error = tr("The draft of case %1 is awaiting sign-off: only returning it takes "
                             "the case back to \"%2\".")
                              .arg(work.record.number, caseStatusTitle(CaseStatus::InProcess));
            return false;
        }
        return changeStatus(work, CaseStatus::InProcess, QString());
    });
}

// Why `step` cannot be recorded as `state` with the note `text`; empty when it can.
QString CaseWorkflow::stepRefusal(const Work& work, const QList<CaseStep>& steps,
                                  const CaseStep& step, CaseStep::State state,
                                  const QString& text) const
{
    // Who may record it depends on the step: that is the permission checked first.
    QString refusal = Permissions::check(work.actor, Permissions::actionForStep(step.role));
    if (refusal.isEmpty())
        refusal = openRefusal(work.record);
    if (refusal.isEmpty() && state == CaseStep::State::Pending)
        refusal = tr("A step can only be marked done or skipped.");
    if (refusal.isEmpty() && step.isFinished())
        refusal = tr("Step %1 was already recorded (%2) by %3.")
                      .arg(step.order)
                      .arg(step.state == CaseStep::State::Skipped ? tr("skipped") : tr("done"),
                           step.doneByName);
    for (const CaseStep& earlier : steps) {
        if (refusal.isEmpty() && earlier.order < step.order && !earlier.isFinished())
            refusal = tr("Step %1 comes first: \"%2\" is still open.")
                          .arg(earlier.order)
                          .arg(elided(earlier.text));
    }
    if (refusal.isEmpty() && state == CaseStep::State::Skipped && text.isEmpty())
        refusal = tr("Say why step %1 is skipped.").arg(step.order);
    if (refusal.isEmpty() && text.size() > 2000)
        refusal = tr("The note is too long: at most 2000 characters.");
    return refusal;
}

bool CaseWorkflow::markStep(const QString& caseNumber, int stepOrder, CaseStep::State state,
                            const QString& note, const User& user, const QDateTime& now,
                            QString* errorMessage)
{
    return run(caseNumber, user, std::nullopt, now, errorMessage, [&](Work& work) {
        const QList<CaseStep> steps
            = WorkflowQueries(m_database, m_catalog).steps(work.record.id, work.error);
        if (!work.error->isEmpty())
            return false;
        const CaseStep* step = nullptr;
        for (const CaseStep& candidate : steps) {
            if (candidate.order == stepOrder)
                step = &candidate;
        }
        if (!step) {
            *work.error = tr("Case %1 has no step %2.").arg(work.record.number).arg(stepOrder);
            return false;
        }
        const QString text = note.trimmed();
        *work.error = stepRefusal(work, steps, *step, state, text);
        if (!work.error->isEmpty())
            return false;

        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "UPDATE case_steps SET state = :state, done_by = :user, done_at = :at, note = :note"
            " WHERE case_id = :case AND step_order = :order AND state = 'pending'"));
        query.bindValue(QStringLiteral(":state"), caseStepStateKey(state));
        query.bindValue(QStringLiteral(":user"), work.actor.id);
        query.bindValue(QStringLiteral(":at"), storedTime(work.now));
        query.bindValue(QStringLiteral(":note"), nullableText(text));
        query.bindValue(QStringLiteral(":case"), work.record.id);
        query.bindValue(QStringLiteral(":order"), stepOrder);
        if (!query.exec() || query.numRowsAffected() != 1) {
            *work.error = tr("Cannot record step %1: %2")
                              .arg(stepOrder)
                              .arg(DatabaseError::describe(query.lastError()));
            return false;
        }
        const QJsonObject before { { QStringLiteral("step"), stepOrder },
                                   { QStringLiteral("state"), QStringLiteral("pending") } };
        QJsonObject after { { QStringLiteral("step"), stepOrder },
                            { QStringLiteral("state"), caseStepStateKey(state) } };
        if (!text.isEmpty())
            after.insert(QStringLiteral("note"), text);
        if (!audit(work, QStringLiteral("step"), before, after))
            return false;
        // The first back-office or verification step starts the work; the first back-office
        // step after verification takes the case into processing.
        const Action kind = Permissions::actionForStep(step->role);
        if (kind != Action::VerifyStep && kind != Action::AdvanceStep)
            return true;
        const QString reason = tr("step %1").arg(stepOrder);
        if (work.record.status == CaseStatus::Registered
            && !changeStatus(work, CaseStatus::InVerification, reason))
            return false;
        const bool backOffice = step->role == Role::BackOffice || step->role == Role::Supervisor;
        return !(backOffice && work.record.status == CaseStatus::InVerification)
            || changeStatus(work, CaseStatus::InProcess, reason);
    });
}

bool CaseWorkflow::reject(const QString& caseNumber, const QString& reason, const User& user,
                          const QDateTime& now, QString* errorMessage)
{
    return run(caseNumber, user, Action::Reject, now, errorMessage, [&](Work& work) {
        const QString text = reason.trimmed();
        if (text.isEmpty() || text.size() > 1000) {
            *work.error = tr("Give the reason for the rejection (at most 1000 characters): the "
                             "applicant is told it.");
            return false;
        }
        if (!changeStatus(work, CaseStatus::Rejected, text))
            return false;
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("UPDATE cases SET rejection_reason = :reason WHERE id = :case"));
        query.bindValue(QStringLiteral(":reason"), text);
        query.bindValue(QStringLiteral(":case"), work.record.id);
        return query.exec();
    });
}

} // namespace loket
