// DemoSeeder::seedCases: many varied, realistic cases written fast in batches.
#include "AuditLog.h"
#include "CaseModel.h"
#include "CaseNumberFormat.h"
#include "DatabaseError.h"
#include "DemoBatch.h"
#include "SettingsStore.h"
#include "SqlValues.h"
#include "UserStore.h"
#include "WorkingCalendar.h"

#include <QJsonObject>
#include <QSqlError>
#include <algorithm>

namespace loket {
namespace {

constexpr int kBatchSize = 20000; // cases per transaction

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

bool bindAndRun(QSqlQuery& query, const QVariantList& values, QString* errorMessage)
{
    for (int v = 0; v < values.size(); ++v)
        query.bindValue(v, values.at(v));
    if (query.exec())
        return true;
    *errorMessage = DemoSeeder::tr("Cannot write the demo cases: %1")
                        .arg(DatabaseError::describe(query.lastError()));
    return false;
}

QVariant nullString()
{
    return QVariant(QMetaType(QMetaType::QString));
}

} // namespace

DemoSeeder::Batch::Batch(Database& database, const WorkingCalendar& calendar,
                         const OfficeHours& officeHours, quint32 outcomeSeed)
    : outcomes(outcomeSeed)
    , hours(officeHours)
    , calculator(calendar, hours)
    , insertPerson(database.connection())
    , insertWord(database.connection())
    , insertOrganisation(database.connection())
    , insertCase(database.connection())
    , insertItem(database.connection())
    , insertStep(database.connection())
    , insertHistory(database.connection())
    , updateOutcome(database.connection())
{
    insertWord.prepare(
        QStringLiteral("INSERT INTO person_name_words (person_id, word) VALUES (?, ?)"));
    insertPerson.prepare(QStringLiteral(
        "INSERT INTO persons (nik, kk_number, full_name, birth_place, birth_date, sex, address,"
        " province_code, regency_code, district_code, village_code, phone, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertOrganisation.prepare(QStringLiteral(
        "INSERT INTO organisations (name, deed_number, decree_number, npwp, address, chair_name,"
        " phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertCase.prepare(QStringLiteral(
        "INSERT INTO cases (case_number, office_id, service_code, catalog_version, status,"
        " is_renewal, person_id, organisation_id, received_at, response_due_at, due_at,"
        " clock_started_at, registered_by, rejection_reason, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertItem.prepare(QStringLiteral(
        "INSERT INTO case_requirements (case_id, item_index, requirement_text, state, note,"
        " override_reason, updated_by, updated_at) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?)"));
    insertHistory.prepare(QStringLiteral(
        "INSERT INTO case_status_history (case_id, from_status, to_status, changed_by,"
        " changed_at, note) VALUES (?, ?, ?, ?, ?, NULL)"));
    updateOutcome.prepare(QStringLiteral("UPDATE cases SET assigned_to = ?, clock_stopped_at = ?,"
                                         " updated_at = ? WHERE id = ?"));
    insertStep.prepare(QStringLiteral("INSERT INTO case_steps (case_id, step_order, step_text,"
                                      " state) VALUES (?, ?, ?, ?)"));
}

int DemoSeeder::seedCases(int count, const QDateTime& until, int days, QString* errorMessage)
{
    Batch batch(m_database, m_calendar, officeHoursOf(m_catalog.office),
                quint32(count) ^ 0x5eed2026u);
    if (!prepareBatch(batch, errorMessage))
        return -1;
    QList<QDateTime> moments;
    moments.reserve(count);
    for (int i = 0; i < count; ++i)
        moments << randomWorkingMoment(until, days);
    std::sort(moments.begin(), moments.end());
    for (int i = 0; i < count; ++i) {
        if (i % kBatchSize == 0) {
            batch.transaction = std::make_unique<WriteTransaction>(m_database);
            if (!batch.transaction->begin(errorMessage))
                return -1;
        }
        if (!writeDemoCase(batch, moments.at(i), until, errorMessage))
            return -1; // the batch is rolled back by its transaction
        if (((i + 1) % kBatchSize == 0 || i + 1 == count)
            && !closeBatch(batch, (i % kBatchSize) + 1, errorMessage))
            return -1;
    }
    return count;
}

bool DemoSeeder::prepareBatch(Batch& batch, QString* errorMessage)
{
    for (const User& user : UserStore(m_database).all()) {
        if (user.hasRole(UserRole::BackOffice))
            batch.officers << user.id;
        if (user.hasRole(UserRole::FrontOffice))
            batch.clerks << user.id;
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
    QString error;
    batch.numberPattern = SettingsStore(m_database).value(CaseNumberFormat::SettingKey, &error);
    if (!error.isEmpty()) {
        *errorMessage = error;
        return false;
    }
    if (batch.numberPattern.isEmpty())
        batch.numberPattern = CaseNumberFormat::DefaultPattern;
    // Numbers and NIKs already taken, so that a second seeding adds to the first.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT counter_year, last_value FROM case_number_counters"
                                 " WHERE office_id = :office"));
    query.bindValue(QStringLiteral(":office"), m_catalog.office.id);
    if (!bindAndRun(query, {}, errorMessage))
        return false;
    while (query.next())
        batch.serials.insert(query.value(QStringLiteral("counter_year")).toInt(),
                             query.value(QStringLiteral("last_value")).toInt());
    query.prepare(QStringLiteral("SELECT nik FROM persons"));
    if (!bindAndRun(query, {}, errorMessage))
        return false;
    while (query.next())
        batch.niks.insert(query.value(0).toString());
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
        plan->organisationId = demoOrganisation(batch, storedTime(received), errorMessage);
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
    const qint64 caseId = insertDemoCase(batch, plan, errorMessage);
    if (caseId == 0)
        return false;
    const QString at = storedTime(received);
    const Service& service = *plan.service;
    for (int r = 0; r < service.requirements.size(); ++r) {
        if (!bindAndRun(batch.insertItem,
                        { caseId, r, service.requirements.at(r).text,
                          checklistStateKey(plan.states.at(r)), plan.clerkId, at },
                        errorMessage))
            return false;
    }
    const bool finished
        = plan.status == CaseStatus::HandedOver || plan.status == CaseStatus::ProductReady;
    if (!writeOutcome(batch, caseId, plan, until, errorMessage))
        return false;
    for (const ProcedureStep& step : service.steps) {
        if (!bindAndRun(batch.insertStep,
                        { caseId, step.order, step.text,
                          finished ? QStringLiteral("done") : QStringLiteral("pending") },
                        errorMessage))
            return false;
    }
    return true;
}

qint64 DemoSeeder::insertDemoCase(Batch& batch, const DemoCasePlan& plan, QString* errorMessage)
{
    const QString at = storedTime(plan.received);
    const QDate day = plan.received.toTimeZone(batch.hours.zone).date();
    const int serial = ++batch.serials[day.year()];
    const QString number = CaseNumberFormat::format(batch.numberPattern, serial, day,
                                                    plan.service->code, m_catalog.office.id);
    const QVariantList values { number,
                                m_catalog.office.id,
                                plan.service->code,
                                m_catalog.version(),
                                caseStatusKey(plan.status),
                                plan.renewal ? 1 : 0,
                                plan.personId,
                                plan.organisationId > 0 ? QVariant(plan.organisationId)
                                                        : QVariant(QMetaType(QMetaType::LongLong)),
                                at,
                                nullableText(storedTime(plan.due.responseDue)),
                                nullableText(storedTime(plan.due.due)),
                                plan.incomplete ? nullString() : QVariant(at),
                                plan.clerkId,
                                plan.status == CaseStatus::Rejected ? QVariant(QStringLiteral(
                                    "Persyaratan tidak memenuhi ketentuan (data demo)."))
                                                                    : nullString(),
                                at,
                                at };
    if (!bindAndRun(batch.insertCase, values, errorMessage))
        return 0;
    return batch.insertCase.lastInsertId().toLongLong();
}

// The back office's part of a case past registration: the officer it is assigned to and, for
// a finished case, when it became ready and was handed over.
bool DemoSeeder::writeOutcome(Batch& batch, qint64 caseId, const DemoCasePlan& plan,
                              const QDateTime& until, QString* errorMessage)
{
    if (batch.officers.isEmpty() || plan.status == CaseStatus::Registered
        || plan.status == CaseStatus::WaitingDocuments || plan.status == CaseStatus::Rejected)
        return true;
    const qint64 officer
        = batch.officers.at(batch.outcomes.bounded(static_cast<int>(batch.officers.size())));
    QDateTime last = plan.received;
    QVariant stopped = nullString();
    if (plan.status == CaseStatus::HandedOver || plan.status == CaseStatus::ProductReady) {
        const QDateTime ready = demoCompletion(plan.received, plan.due.due, until, batch.outcomes);
        const QDateTime handed = qMin(until, ready.addDays(1 + batch.outcomes.bounded(3)));
        last = plan.status == CaseStatus::HandedOver ? handed : ready;
        stopped = storedTime(ready);
        if (!bindAndRun(batch.insertHistory,
                        { caseId, caseStatusKey(CaseStatus::AwaitingSignoff),
                          caseStatusKey(CaseStatus::ProductReady), officer, storedTime(ready) },
                        errorMessage))
            return false;
        if (plan.status == CaseStatus::HandedOver
            && !bindAndRun(batch.insertHistory,
                           { caseId, caseStatusKey(CaseStatus::ProductReady),
                             caseStatusKey(CaseStatus::HandedOver), plan.clerkId,
                             storedTime(handed) },
                           errorMessage))
            return false;
    }
    return bindAndRun(batch.updateOutcome, { officer, stopped, storedTime(last), caseId },
                      errorMessage);
}

// Ends a batch: the number counters as far as it took them, one audit entry, the commit.
bool DemoSeeder::closeBatch(Batch& batch, int written, QString* errorMessage)
{
    for (auto it = batch.serials.cbegin(); it != batch.serials.cend(); ++it) {
        QSqlQuery counter(m_database.connection());
        counter.prepare(
            QStringLiteral("INSERT INTO case_number_counters (office_id, counter_year, last_value)"
                           " VALUES (:office, :year, :value) ON CONFLICT (office_id, counter_year)"
                           " DO UPDATE SET last_value = excluded.last_value"));
        counter.bindValue(QStringLiteral(":office"), m_catalog.office.id);
        counter.bindValue(QStringLiteral(":year"), it.key());
        counter.bindValue(QStringLiteral(":value"), it.value());
        if (!bindAndRun(counter, {}, errorMessage))
            return false;
    }
    return AuditLog(m_database)
               .append({ 0,
                         QStringLiteral("seed"),
                         QStringLiteral("cases"),
                         QString(),
                         {},
                         { { QStringLiteral("demoCases"), written } },
                         {} },
                       errorMessage)
        && batch.transaction->commit(errorMessage);
}

} // namespace loket
