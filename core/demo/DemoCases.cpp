// DemoSeeder::seedCases: many varied, realistic cases, written fast through the stores' writers.
#include "AuditLog.h"
#include "CaseModel.h"
#include "DemoBatch.h"
#include "SignoffSettings.h"
#include "UserStore.h"
#include "WorkingCalendar.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <algorithm>

namespace loket {
namespace {

CaseStatus statusForAge(int days, QRandomGenerator& random)
{
    if (random.bounded(100) < 3)
        return CaseStatus::Rejected;
    if (days < 1)
        return CaseStatus::Registered;
    if (days < 3)
        return CaseStatus::InVerification;
    if (days < 7)
        return CaseStatus::InProcess;
    if (days < 10)
        return CaseStatus::AwaitingSignoff;
    if (days < 15)
        return CaseStatus::ProductReady;
    return CaseStatus::HandedOver;
}

// When a finished demo case became ready: mostly within its service time, about one in five
// a few days late, so that the service recap shows both. Never after `until`.
QDateTime demoCompletion(const QDateTime& received, const QDateTime& due, const QDateTime& until,
                         QRandomGenerator& random)
{
    QDateTime done;
    if (due.isValid() && random.bounded(100) >= 20)
        done = received.addSecs(qint64(received.secsTo(due) * (0.3 + random.bounded(0.7))));
    else if (due.isValid())
        done = due.addDays(1 + random.bounded(5));
    else
        done = received.addDays(1 + random.bounded(10));
    return qMax(received, qMin(done, until));
}

} // namespace

DemoSeeder::Batch::Batch(Database& database, const Catalog& catalog,
                         const WorkingCalendar& calendar, quint32 outcomeSeed)
    : outcomes(outcomeSeed)
    , calculator(calendar, officeHoursOf(catalog.office))
    , applicants(database)
    , cases(database, catalog)
    , history(database)
{
}

// One transaction for all the cases: a failure anywhere leaves none of them.
int DemoSeeder::seedCases(int count, const QDateTime& until, int days, QString* errorMessage)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return -1;
    Batch batch(m_database, m_catalog, m_calendar, quint32(count) ^ 0x5eed2026u);
    if (!prepareBatch(batch, errorMessage))
        return -1;
    QList<QDateTime> moments;
    moments.reserve(count);
    for (int i = 0; i < count; ++i)
        moments << randomWorkingMoment(until, days);
    std::sort(moments.begin(), moments.end());
    for (const QDateTime& moment : std::as_const(moments)) {
        QString error;
        if (!writeDemoCase(batch, moment, until, &error)) {
            *errorMessage = tr("Cannot write the demo cases: %1").arg(error);
            return -1; // rolled back by the transaction
        }
    }
    if (count == 0)
        return 0;
    const bool written = AuditLog(m_database)
                             .append({ 0,
                                       QStringLiteral("seed"),
                                       QStringLiteral("cases"),
                                       QString(),
                                       {},
                                       { { QStringLiteral("demoCases"), count } },
                                       {} },
                                     errorMessage)
        && transaction.commit(errorMessage);
    return written ? count : -1;
}

bool DemoSeeder::prepareBatch(Batch& batch, QString* errorMessage)
{
    QString error;
    for (const User& user : UserStore(m_database).all(&error)) {
        if (user.hasRole(UserRole::BackOffice))
            batch.officers << user.id;
        if (user.hasRole(UserRole::FrontOffice))
            batch.clerks << user.id;
    }
    if (!error.isEmpty()) {
        *errorMessage = error;
        return false;
    }
    if (batch.clerks.isEmpty()) {
        *errorMessage = tr("The database has no front-office user to register the cases.");
        return false;
    }
    for (const Region& district : m_regions.children(m_catalog.office.regionCode))
        batch.villages += m_regions.children(district.code);
    if (batch.villages.isEmpty()) {
        *errorMessage
            = tr("No villages are known for the region %1.").arg(m_catalog.office.regionCode);
        return false;
    }
    // NIKs already taken, so that a second seeding adds to the first.
    batch.niks = ApplicantStore(m_database).allNiks(&error);
    if (!error.isEmpty()) {
        *errorMessage = error;
        return false;
    }
    return true;
}

void DemoSeeder::demoChecklist(const Service& service, DemoCasePlan* plan)
{
    bool hasRenewalItems = false;
    for (const Requirement& requirement : service.requirements)
        hasRenewalItems
            = hasRenewalItems || requirement.condition == Requirement::Condition::Renewal;
    plan->renewal = hasRenewalItems && m_random.bounded(100) < 35;
    const bool incomplete = m_random.bounded(100) < 12;
    int missingAt = -1;
    for (int r = 0; r < service.requirements.size(); ++r) {
        const Requirement::Condition condition = service.requirements.at(r).condition;
        ChecklistItem::State state = ChecklistItem::State::Present;
        if ((condition == Requirement::Condition::Renewal && !plan->renewal)
            || (condition == Requirement::Condition::New && plan->renewal)
            || ((condition == Requirement::Condition::IfPresent
                 || condition == Requirement::Condition::CaseSpecific)
                && m_random.bounded(2) == 0))
            state = ChecklistItem::State::NotApplicable;
        if (incomplete && missingAt < 0 && state == ChecklistItem::State::Present)
            missingAt = r;
        plan->states << state;
    }
    if (missingAt >= 0)
        plan->states[missingAt] = ChecklistItem::State::Missing;
    plan->incomplete = missingAt >= 0;
}

bool DemoSeeder::planCase(Batch& batch, const QDateTime& received, const QDateTime& until,
                          DemoCasePlan* plan, QString* errorMessage)
{
    plan->received = received;
    plan->service
        = &m_catalog.services.at(m_random.bounded(static_cast<int>(m_catalog.services.size())));
    plan->personId = demoPerson(batch, received, errorMessage);
    if (plan->personId == 0)
        return false;
    if (plan->service->applicantKind == Service::ApplicantKind::Organisation) {
        plan->organisationId = demoOrganisation(batch, received, errorMessage);
        if (plan->organisationId == 0)
            return false;
    }
    demoChecklist(*plan->service, plan);
    const int age = static_cast<int>(received.daysTo(until));
    plan->status = plan->incomplete ? CaseStatus::WaitingDocuments : statusForAge(age, m_random);
    if (!plan->incomplete)
        plan->due = batch.calculator.compute(plan->service->serviceTime, received);
    plan->clerkId = batch.clerks.at(m_random.bounded(static_cast<int>(batch.clerks.size())));
    return true;
}

bool DemoSeeder::writeDemoCase(Batch& batch, const QDateTime& received, const QDateTime& until,
                               QString* errorMessage)
{
    DemoCasePlan plan;
    if (!planCase(batch, received, until, &plan, errorMessage))
        return false;
    QList<CaseWorkflow::HistoryWriter::StatusChange> changes;
    const CaseOutcome outcome = demoOutcome(batch, plan, until, &changes);
    Case record = demoCase(plan);
    const qint64 caseId = batch.cases.add(record, outcome, errorMessage);
    if (caseId == 0)
        return false;
    for (CaseWorkflow::HistoryWriter::StatusChange& change : changes) {
        change.caseId = caseId;
        if (!batch.history.statusChange(change, errorMessage))
            return false;
    }
    return plan.status != CaseStatus::AwaitingSignoff || outcome.assignedTo == 0
        || submitDemoDraft(batch, caseId, plan, outcome.assignedTo, errorMessage);
}

// The case as the counter registered it.
Case DemoSeeder::demoCase(const DemoCasePlan& plan) const
{
    Case record;
    record.serviceCode = plan.service->code;
    record.status = plan.status;
    record.renewal = plan.renewal;
    record.person.id = plan.personId;
    if (plan.organisationId > 0) {
        record.organisation = Organisation {};
        record.organisation->id = plan.organisationId;
    }
    record.receivedAt = plan.received;
    if (!plan.incomplete)
        record.clockStartedAt = plan.received;
    record.responseDueAt = plan.due.responseDue;
    record.dueAt = plan.due.due;
    record.registeredBy = plan.clerkId;
    for (int r = 0; r < plan.service->requirements.size(); ++r) {
        ChecklistItem item;
        item.index = r;
        item.text = plan.service->requirements.at(r).text;
        item.state = plan.states.at(r);
        record.checklist << item;
    }
    return record;
}

// The back office's part of a case past registration: the officer it is assigned to and, for
// a finished case, when it became ready and was handed over (its status changes).
CaseOutcome DemoSeeder::demoOutcome(Batch& batch, const DemoCasePlan& plan, const QDateTime& until,
                                    QList<CaseWorkflow::HistoryWriter::StatusChange>* changes)
{
    CaseOutcome outcome;
    const bool finished
        = plan.status == CaseStatus::HandedOver || plan.status == CaseStatus::ProductReady;
    if (finished)
        outcome.stepsDone = static_cast<int>(plan.service->steps.size());
    if (plan.status == CaseStatus::Rejected)
        outcome.rejectionReason
            = QStringLiteral("Persyaratan tidak memenuhi ketentuan (data demo).");
    if (batch.officers.isEmpty() || plan.status == CaseStatus::Registered
        || plan.status == CaseStatus::WaitingDocuments || plan.status == CaseStatus::Rejected)
        return outcome;
    outcome.assignedTo
        = batch.officers.at(batch.outcomes.bounded(static_cast<int>(batch.officers.size())));
    if (!finished)
        return outcome;
    const QDateTime ready = demoCompletion(plan.received, plan.due.due, until, batch.outcomes);
    const QDateTime handed = qMin(until, ready.addDays(1 + batch.outcomes.bounded(3)));
    outcome.clockStoppedAt = ready;
    outcome.lastChange = plan.status == CaseStatus::HandedOver ? handed : ready;
    changes->append({ 0, CaseStatus::AwaitingSignoff, CaseStatus::ProductReady, outcome.assignedTo,
                      ready, QString() });
    if (plan.status == CaseStatus::HandedOver)
        changes->append({ 0, CaseStatus::ProductReady, CaseStatus::HandedOver, plan.clerkId, handed,
                          QString() });
    return outcome;
}

// As CaseWorkflow::submitForSignoff: the officer sends the draft with the service's chain of
// initials, so that it waits for its first tier (round 1, when the case was last changed).
bool DemoSeeder::submitDemoDraft(Batch& batch, qint64 caseId, const DemoCasePlan& plan,
                                 qint64 officerId, QString* errorMessage)
{
    QString& chain = batch.chains[plan.service->code];
    if (chain.isEmpty()) {
        const std::optional<SignoffConfig> config
            = SignoffSettings(m_database, m_catalog).config(plan.service->code, errorMessage);
        if (!config)
            return false;
        chain = config->chain.encode();
    }
    return batch.history.signoff({ caseId,
                                   1,
                                   SignoffEntry::Kind::Submit,
                                   Role::BackOffice,
                                   officerId,
                                   SignForm::Own,
                                   chain,
                                   QString(),
                                   {},
                                   plan.received },
                                 errorMessage);
}

} // namespace loket
