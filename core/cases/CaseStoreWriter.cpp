#include "CaseStoreWriter.h"

#include "CaseNumberFormat.h"
#include "DatabaseError.h"
#include "SettingsStore.h"
#include "SqlValues.h"
#include "WorkingCalendar.h"

#include <QSqlError>

namespace loket {

CaseStore::Writer::Writer(Database& database, const Catalog& catalog)
    : m_database(database)
    , m_catalog(catalog)
    , m_counterRow(database.connection())
    , m_counterStep(database.connection())
    , m_counterValue(database.connection())
    , m_case(database.connection())
    , m_item(database.connection())
    , m_step(database.connection())
{
    m_counterRow.prepare(QStringLiteral(
        "INSERT INTO case_number_counters (office_id, counter_year, last_value)"
        " VALUES (:office, :year, 0) ON CONFLICT (office_id, counter_year) DO NOTHING"));
    // The increment takes the write lock: two counters never get the same serial.
    m_counterStep.prepare(
        QStringLiteral("UPDATE case_number_counters SET last_value = last_value + 1"
                       " WHERE office_id = :office AND counter_year = :year"));
    m_counterValue.prepare(QStringLiteral("SELECT last_value FROM case_number_counters"
                                          " WHERE office_id = :office AND counter_year = :year"));
    m_case.prepare(QStringLiteral(
        "INSERT INTO cases (case_number, office_id, service_code, catalog_version, status,"
        " is_renewal, person_id, organisation_id, received_at, response_due_at, due_at,"
        " clock_started_at, clock_stopped_at, registered_by, assigned_to,"
        " rejection_reason, created_at, updated_at, sms_consent, sms_consent_at) VALUES (:number,"
        " :office, :service, :version, :status, :renewal, :person, :organisation, :received,"
        " :response, :due, :clock, :stopped, :user, :assigned, :reason, :received, :changed,"
        " :consent, :consentAt)"));
    m_item.prepare(QStringLiteral(
        "INSERT INTO case_requirements (case_id, item_index, requirement_text, state,"
        " note, override_reason, updated_by, updated_at) VALUES (:case, :index, :text,"
        " :state, :note, :reason, :user, :at)"));
    // The step's role says who records it (Permissions::roleForStep).
    m_step.prepare(
        QStringLiteral("INSERT INTO case_steps (case_id, step_order, step_text, state, step_role)"
                       " VALUES (:case, :order, :text, :state, :role)"));
}

qint64 CaseStore::Writer::add(Case& record, const CaseOutcome& outcome, QString* errorMessage)
{
    errorMessage->clear();
    const Service* service = m_catalog.service(record.serviceCode);
    if (!service) {
        *errorMessage
            = CaseStore::tr("There is no service %1 in the catalog.").arg(record.serviceCode);
        return 0;
    }
    record.serviceCode = service->code;
    // The number's year and month are the office's, wherever the computer's clock is.
    const QDate day = record.receivedAt.toTimeZone(officeHoursOf(m_catalog.office).zone).date();
    record.number = allocateNumber(service->code, day, errorMessage);
    if (record.number.isEmpty())
        return 0;
    const qint64 id = insertCase(record, outcome, errorMessage);
    if (id == 0
        || !insertChecklist(id, record.checklist, record.registeredBy,
                            storedTime(record.receivedAt), errorMessage)
        || !insertSteps(id, *service, outcome.stepsDone, errorMessage))
        return 0;
    record.id = id;
    return id;
}

QString CaseStore::Writer::allocateNumber(const QString& serviceCode, const QDate& date,
                                          QString* errorMessage)
{
    if (m_numberPattern.isEmpty()) {
        const QString stored
            = SettingsStore(m_database).value(CaseNumberFormat::SettingKey, errorMessage);
        if (!errorMessage->isEmpty())
            return {};
        // A stored pattern without {serial} or {year} would give cases the same number.
        const QString pattern = stored.isEmpty() ? CaseNumberFormat::DefaultPattern : stored;
        *errorMessage = CaseNumberFormat::check(pattern);
        if (!errorMessage->isEmpty())
            return {};
        m_numberPattern = pattern;
    }
    for (QSqlQuery* query : { &m_counterRow, &m_counterStep, &m_counterValue }) {
        query->bindValue(QStringLiteral(":office"), m_catalog.office.id);
        query->bindValue(QStringLiteral(":year"), date.year());
        if (!query->exec()) {
            *errorMessage = CaseStore::tr("Cannot take a case number: %1")
                                .arg(DatabaseError::describe(query->lastError()));
            return {};
        }
    }
    if (!m_counterValue.next()) {
        *errorMessage = CaseStore::tr("Cannot take a case number: %1")
                            .arg(DatabaseError::describe(m_counterValue.lastError()));
        return {};
    }
    const int serial = m_counterValue.value(QStringLiteral("last_value")).toInt();
    m_counterValue.finish();
    return CaseNumberFormat::format(m_numberPattern, serial, date, serviceCode,
                                    m_catalog.office.id);
}

qint64 CaseStore::Writer::insertCase(const Case& record, const CaseOutcome& outcome,
                                     QString* errorMessage)
{
    const QString received = storedTime(record.receivedAt);
    m_case.bindValue(QStringLiteral(":number"), record.number);
    m_case.bindValue(QStringLiteral(":office"), m_catalog.office.id);
    m_case.bindValue(QStringLiteral(":service"), record.serviceCode);
    m_case.bindValue(QStringLiteral(":version"), m_catalog.version());
    m_case.bindValue(QStringLiteral(":status"), caseStatusKey(record.status));
    m_case.bindValue(QStringLiteral(":renewal"), record.renewal ? 1 : 0);
    m_case.bindValue(QStringLiteral(":person"), record.person.id);
    m_case.bindValue(QStringLiteral(":organisation"),
                     nullableId(record.organisation ? record.organisation->id : 0));
    m_case.bindValue(QStringLiteral(":received"), received);
    m_case.bindValue(QStringLiteral(":response"), nullableText(storedTime(record.responseDueAt)));
    m_case.bindValue(QStringLiteral(":due"), nullableText(storedTime(record.dueAt)));
    m_case.bindValue(QStringLiteral(":clock"), nullableText(storedTime(record.clockStartedAt)));
    m_case.bindValue(QStringLiteral(":stopped"), nullableText(storedTime(outcome.clockStoppedAt)));
    m_case.bindValue(QStringLiteral(":user"), record.registeredBy);
    m_case.bindValue(QStringLiteral(":assigned"), nullableId(outcome.assignedTo));
    m_case.bindValue(QStringLiteral(":reason"), nullableText(outcome.rejectionReason));
    m_case.bindValue(QStringLiteral(":changed"),
                     outcome.lastChange.isValid() ? storedTime(outcome.lastChange) : received);
    // Consent to SMS is given at intake, with the file (UU 27/2022).
    m_case.bindValue(QStringLiteral(":consent"), record.smsConsent ? 1 : 0);
    m_case.bindValue(QStringLiteral(":consentAt"),
                     nullableText(record.smsConsent ? received : QString()));
    const qint64 id = m_case.exec() ? m_case.lastInsertId().toLongLong() : 0;
    if (id <= 0) {
        *errorMessage = CaseStore::tr("Cannot save the case: %1")
                            .arg(DatabaseError::describe(m_case.lastError()));
        return 0;
    }
    return id;
}

bool CaseStore::Writer::insertChecklist(qint64 caseId, const QList<ChecklistItem>& items,
                                        qint64 userId, const QString& at, QString* errorMessage)
{
    for (const ChecklistItem& item : items) {
        m_item.bindValue(QStringLiteral(":case"), caseId);
        m_item.bindValue(QStringLiteral(":index"), item.index);
        m_item.bindValue(QStringLiteral(":text"), item.text);
        m_item.bindValue(QStringLiteral(":state"), checklistStateKey(item.state));
        m_item.bindValue(QStringLiteral(":note"), nullableText(item.note.trimmed()));
        m_item.bindValue(QStringLiteral(":reason"), nullableText(item.overrideReason.trimmed()));
        m_item.bindValue(QStringLiteral(":user"), userId);
        m_item.bindValue(QStringLiteral(":at"), at);
        if (!m_item.exec()) {
            *errorMessage = CaseStore::tr("Cannot save the checklist: %1")
                                .arg(DatabaseError::describe(m_item.lastError()));
            return false;
        }
    }
    return true;
}

bool CaseStore::Writer::insertSteps(qint64 caseId, const Service& service, int done,
                                    QString* errorMessage)
{
    // The states are case_steps' own ('pending', 'done': WorkflowModel's caseStepStateKey).
    for (int s = 0; s < service.steps.size(); ++s) {
        const ProcedureStep& step = service.steps.at(s);
        m_step.bindValue(QStringLiteral(":case"), caseId);
        m_step.bindValue(QStringLiteral(":order"), step.order);
        m_step.bindValue(QStringLiteral(":text"), step.text);
        m_step.bindValue(QStringLiteral(":state"),
                         s < done ? QStringLiteral("done") : QStringLiteral("pending"));
        m_step.bindValue(QStringLiteral(":role"), catalogkeys::roleKey(step.role));
        if (!m_step.exec()) {
            *errorMessage = CaseStore::tr("Cannot save the procedure steps: %1")
                                .arg(DatabaseError::describe(m_step.lastError()));
            return false;
        }
    }
    return true;
}

} // namespace loket
