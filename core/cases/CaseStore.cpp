#include "CaseStore.h"

#include "ApplicantStore.h"
#include "AuditLog.h"
#include "CaseNumberFormat.h"
#include "CaseQueries.h"
#include "DatabaseError.h"
#include "DueDateCalculator.h"
#include "SettingsStore.h"
#include "SqlValues.h"
#include "WorkingCalendar.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

CaseStore::CaseStore(Database& database, const Catalog& catalog, const WorkingCalendar& calendar,
                     QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_catalog(catalog)
    , m_calendar(calendar)
{
}

QList<ChecklistItem> CaseStore::normalisedChecklist(const Service& service,
                                                    const QList<ChecklistItem>& items,
                                                    QString* errorMessage) const
{
    // One line per requirement of the service, in its order, with the decree's own text.
    QList<ChecklistItem> result;
    for (int i = 0; i < service.requirements.size(); ++i) {
        ChecklistItem item;
        item.index = i;
        for (const ChecklistItem& given : items) {
            if (given.index == i)
                item = given;
        }
        item.index = i;
        item.text = service.requirements.at(i).text;
        if (item.note.size() > 500 || item.overrideReason.size() > 500) {
            *errorMessage = tr("The note of requirement %1 is too long: at most %2 characters.")
                                .arg(i + 1)
                                .arg(500);
            return {};
        }
        result << item;
    }
    return result;
}

QString CaseStore::allocateNumber(const QString& serviceCode, const QDate& date,
                                  QString* errorMessage)
{
    QString pattern = SettingsStore(m_database).value(CaseNumberFormat::SettingKey, errorMessage);
    if (pattern.isEmpty())
        pattern = CaseNumberFormat::DefaultPattern;
    // A stored pattern without {serial} or {year} would give cases the same number.
    *errorMessage = CaseNumberFormat::check(pattern);
    if (!errorMessage->isEmpty())
        return {};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO case_number_counters (office_id, counter_year,"
                                 " last_value) VALUES (:office, :year, 0)"
                                 " ON CONFLICT (office_id, counter_year) DO NOTHING"));
    query.bindValue(QStringLiteral(":office"), m_catalog.office.id);
    query.bindValue(QStringLiteral(":year"), date.year());
    bool ok = query.exec();
    // The increment takes the write lock: two counters never get the same serial.
    query.prepare(QStringLiteral("UPDATE case_number_counters SET last_value = last_value + 1"
                                 " WHERE office_id = :office AND counter_year = :year"));
    query.bindValue(QStringLiteral(":office"), m_catalog.office.id);
    query.bindValue(QStringLiteral(":year"), date.year());
    ok = ok && query.exec();
    query.prepare(QStringLiteral("SELECT last_value FROM case_number_counters"
                                 " WHERE office_id = :office AND counter_year = :year"));
    query.bindValue(QStringLiteral(":office"), m_catalog.office.id);
    query.bindValue(QStringLiteral(":year"), date.year());
    if (!ok || !query.exec() || !query.next()) {
        *errorMessage
            = tr("Cannot take a case number: %1").arg(DatabaseError::describe(query.lastError()));
        return {};
    }
    return CaseNumberFormat::format(pattern, query.value(0).toInt(), date, serviceCode,
                                    m_catalog.office.id);
}

bool CaseStore::insertChecklist(qint64 caseId, const QList<ChecklistItem>& items, qint64 userId,
                                const QString& at, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO case_requirements (case_id, item_index, requirement_text, state, note,"
        " override_reason, updated_by, updated_at) VALUES (:case, :index, :text, :state, :note,"
        " :reason, :user, :at)"));
    for (const ChecklistItem& item : items) {
        query.bindValue(QStringLiteral(":case"), caseId);
        query.bindValue(QStringLiteral(":index"), item.index);
        query.bindValue(QStringLiteral(":text"), item.text);
        query.bindValue(QStringLiteral(":state"), checklistStateKey(item.state));
        query.bindValue(QStringLiteral(":note"), nullableText(item.note.trimmed()));
        query.bindValue(QStringLiteral(":reason"), nullableText(item.overrideReason.trimmed()));
        query.bindValue(QStringLiteral(":user"), userId);
        query.bindValue(QStringLiteral(":at"), at);
        if (!query.exec()) {
            *errorMessage = tr("Cannot save the checklist: %1")
                                .arg(DatabaseError::describe(query.lastError()));
            return false;
        }
    }
    return true;
}

bool CaseStore::insertSteps(qint64 caseId, const Service& service, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    // The step's role says who records it (Permissions::roleForStep).
    query.prepare(QStringLiteral("INSERT INTO case_steps (case_id, step_order, step_text, state,"
                                 " step_role) VALUES (:case, :order, :text, 'pending', :role)"));
    for (const ProcedureStep& step : service.steps) {
        query.bindValue(QStringLiteral(":case"), caseId);
        query.bindValue(QStringLiteral(":order"), step.order);
        query.bindValue(QStringLiteral(":text"), step.text);
        query.bindValue(QStringLiteral(":role"), catalogkeys::roleKey(step.role));
        if (!query.exec()) {
            *errorMessage = tr("Cannot save the procedure steps: %1")
                                .arg(DatabaseError::describe(query.lastError()));
            return false;
        }
    }
    return true;
}

bool CaseStore::insertCase(const Case& record, const Service& service, qint64 personId,
                           qint64 organisationId, qint64 userId, const QString& at,
                           QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO cases (case_number, office_id, service_code, catalog_version, status,"
        " is_renewal, person_id, organisation_id, received_at, response_due_at, due_at,"
        " clock_started_at, registered_by, created_at, updated_at, sms_consent, sms_consent_at)"
        " VALUES (:number, :office, :service, :version, :status, :renewal, :person,"
        " :organisation, :received, :response, :due, :clock, :user, :at, :at, :consent,"
        " :consentAt)"));
    query.bindValue(QStringLiteral(":number"), record.number);
    query.bindValue(QStringLiteral(":office"), m_catalog.office.id);
    query.bindValue(QStringLiteral(":service"), service.code);
    query.bindValue(QStringLiteral(":version"), m_catalog.version());
    query.bindValue(QStringLiteral(":status"), caseStatusKey(record.status));
    query.bindValue(QStringLiteral(":renewal"), record.renewal ? 1 : 0);
    query.bindValue(QStringLiteral(":person"), personId);
    query.bindValue(QStringLiteral(":organisation"),
                    organisationId > 0 ? QVariant(organisationId)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(QStringLiteral(":received"), at);
    query.bindValue(QStringLiteral(":response"), nullableText(storedTime(record.responseDueAt)));
    query.bindValue(QStringLiteral(":due"), nullableText(storedTime(record.dueAt)));
    query.bindValue(QStringLiteral(":clock"), nullableText(storedTime(record.clockStartedAt)));
    query.bindValue(QStringLiteral(":user"), userId);
    query.bindValue(QStringLiteral(":at"), at);
    query.bindValue(QStringLiteral(":consent"), record.smsConsent ? 1 : 0);
    query.bindValue(QStringLiteral(":consentAt"), nullableText(record.smsConsent ? at : QString()));
    if (!query.exec()) {
        *errorMessage
            = tr("Cannot save the case: %1").arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    return true;
}

std::optional<Case> CaseStore::registerCase(const CaseDraft& draft, const User& clerk,
                                            const QDateTime& now, QString* errorMessage)
{
    errorMessage->clear();
    // Counters at other desks register too: wait for the write lock rather than fail.
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return std::nullopt;
    const QString number = registerWithinTransaction(draft, clerk, now, errorMessage);
    if (number.isEmpty() || !transaction.commit(errorMessage))
        return std::nullopt; // rolled back by the transaction's destructor
    QString error;
    std::optional<Case> registered = CaseQueries(m_database).find(number, &error);
    if (!registered) {
        *errorMessage = tr("Case %1 was registered, but it cannot be shown now: %2 Find it "
                           "among today's cases.")
                            .arg(number, error);
        return registered;
    }
    emit caseAdded(registered->id, number);
    return registered;
}

QString CaseStore::registerWithinTransaction(const CaseDraft& draft, const User& clerk,
                                             const QDateTime& now, QString* errorMessage)
{
    errorMessage->clear();
    const Service* service = m_catalog.service(draft.serviceCode);
    if (!service) {
        *errorMessage = tr("There is no service %1 in the catalog.").arg(draft.serviceCode);
        return {};
    }
    if (service->applicantKind == Service::ApplicantKind::Organisation && !draft.organisation) {
        *errorMessage = tr("This service is for organisations: fill in the organisation.");
        return {};
    }
    Case record;
    record.renewal = draft.renewal;
    record.smsConsent = draft.smsConsent;
    record.checklist = normalisedChecklist(*service, draft.checklist, errorMessage);
    if (!errorMessage->isEmpty())
        return {};

    ApplicantStore applicants(m_database);
    const qint64 personId = applicants.savePerson(draft.person, clerk.id, now, errorMessage);
    if (personId == 0)
        return {};
    qint64 organisationId = 0;
    if (draft.organisation) {
        organisationId
            = applicants.saveOrganisation(*draft.organisation, clerk.id, now, errorMessage);
        if (organisationId == 0)
            return {};
    }
    const QDateTime local = now.toTimeZone(officeHoursOf(m_catalog.office).zone);
    record.number = allocateNumber(service->code, local.date(), errorMessage);
    if (record.number.isEmpty())
        return {};

    record.status = record.isComplete() ? CaseStatus::Registered : CaseStatus::WaitingDocuments;
    if (record.isComplete()) {
        const DueDate due = DueDateCalculator(m_calendar, officeHoursOf(m_catalog.office))
                                .compute(service->serviceTime, now);
        record.clockStartedAt = now;
        record.dueAt = due.due;
        record.responseDueAt = due.responseDue;
    }
    const QString at = storedTime(now);
    if (!insertCase(record, *service, personId, organisationId, clerk.id, at, errorMessage))
        return {};
    const std::optional<qint64> caseId = CaseQueries(m_database).idOf(record.number, errorMessage);
    if (!caseId || !insertChecklist(*caseId, record.checklist, clerk.id, at, errorMessage)
        || !insertSteps(*caseId, *service, errorMessage))
        return {};
    const QJsonObject after { { QStringLiteral("number"), record.number },
                              { QStringLiteral("service"), service->code },
                              { QStringLiteral("status"), caseStatusKey(record.status) },
                              { QStringLiteral("person"), personId },
                              { QStringLiteral("due"), storedTime(record.dueAt) } };
    if (!AuditLog(m_database)
             .append({ clerk.id,
                       QStringLiteral("create"),
                       QStringLiteral("cases"),
                       record.number,
                       {},
                       after,
                       now },
                     errorMessage))
        return {};
    return record.number;
}

std::optional<Case> CaseStore::updateChecklist(const QString& caseNumber,
                                               const QList<ChecklistItem>& checklist,
                                               const User& clerk, const QDateTime& now,
                                               QString* errorMessage)
{
    errorMessage->clear();
    // Read under the write lock: another counter may be completing the same file.
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return std::nullopt;
    const std::optional<Case> before = CaseQueries(m_database).find(caseNumber, errorMessage);
    if (!before) {
        if (errorMessage->isEmpty())
            *errorMessage = tr("There is no case %1.").arg(caseNumber);
        return std::nullopt;
    }
    const Service* service = m_catalog.service(before->serviceCode);
    if (!service) {
        *errorMessage
            = tr("The case's service %1 is no longer in the catalog.").arg(before->serviceCode);
        return std::nullopt;
    }
    Case updated = *before;
    updated.checklist = normalisedChecklist(*service, checklist, errorMessage);
    if (!errorMessage->isEmpty())
        return std::nullopt;

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM case_requirements WHERE case_id = :case"));
    query.bindValue(QStringLiteral(":case"), before->id);
    const QString at = storedTime(now);
    bool ok = query.exec()
        && insertChecklist(before->id, updated.checklist, clerk.id, at, errorMessage);
    const bool starts = before->status == CaseStatus::WaitingDocuments && updated.isComplete();
    if (ok && starts) {
        const DueDate due = DueDateCalculator(m_calendar, officeHoursOf(m_catalog.office))
                                .compute(service->serviceTime, now);
        query.prepare(
            QStringLiteral("UPDATE cases SET status = 'registered', clock_started_at = :clock,"
                           " due_at = :due, response_due_at = :response, updated_at = :at"
                           " WHERE id = :case"));
        query.bindValue(QStringLiteral(":clock"), at);
        query.bindValue(QStringLiteral(":due"), nullableText(storedTime(due.due)));
        query.bindValue(QStringLiteral(":response"), nullableText(storedTime(due.responseDue)));
        query.bindValue(QStringLiteral(":at"), at);
        query.bindValue(QStringLiteral(":case"), before->id);
        ok = query.exec();
    }
    QJsonObject states;
    for (const ChecklistItem& item : updated.checklist)
        states.insert(QString::number(item.index + 1), checklistStateKey(item.state));
    ok = ok
        && AuditLog(m_database)
               .append({ clerk.id,
                         QStringLiteral("checklist"),
                         QStringLiteral("cases"),
                         caseNumber,
                         {},
                         states,
                         now },
                       errorMessage)
        && transaction.commit(errorMessage);
    if (!ok) {
        if (errorMessage->isEmpty())
            *errorMessage = tr("Cannot save the checklist: %1")
                                .arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    if (starts)
        emit statusChanged(before->id, CaseStatus::WaitingDocuments, CaseStatus::Registered);
    return CaseQueries(m_database).find(caseNumber, errorMessage);
}

bool CaseStore::recordPrint(const QString& caseNumber, const QString& document, const User& clerk,
                            QString* errorMessage)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return false;
    if (!AuditLog(m_database)
             .append({ clerk.id,
                       QStringLiteral("print"),
                       QStringLiteral("cases"),
                       caseNumber,
                       {},
                       { { QStringLiteral("document"), document } },
                       {} },
                     errorMessage)
        || !transaction.commit(errorMessage))
        return false;
    return true;
}

} // namespace loket
