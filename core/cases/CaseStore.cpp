#include "CaseStore.h"

#include "ApplicantStore.h"
#include "AuditLog.h"
#include "CaseQueries.h"
#include "CaseStoreWriter.h"
#include "DatabaseError.h"
#include "DueDateCalculator.h"
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
    record.person.id = applicants.savePerson(draft.person, clerk.id, now, errorMessage);
    if (record.person.id == 0)
        return {};
    if (draft.organisation) {
        record.organisation = *draft.organisation;
        record.organisation->id
            = applicants.saveOrganisation(*draft.organisation, clerk.id, now, errorMessage);
        if (record.organisation->id == 0)
            return {};
    }
    record.serviceCode = service->code;
    record.receivedAt = now;
    record.registeredBy = clerk.id;
    record.status = record.isComplete() ? CaseStatus::Registered : CaseStatus::WaitingDocuments;
    if (record.isComplete()) {
        const DueDate due = DueDateCalculator(m_calendar, officeHoursOf(m_catalog.office))
                                .compute(service->serviceTime, now);
        record.clockStartedAt = now;
        record.dueAt = due.due;
        record.responseDueAt = due.responseDue;
    }
    if (Writer(m_database, m_catalog).add(record, {}, errorMessage) == 0)
        return {};
    const QJsonObject after { { QStringLiteral("number"), record.number },
                              { QStringLiteral("service"), service->code },
                              { QStringLiteral("status"), caseStatusKey(record.status) },
                              { QStringLiteral("person"), record.person.id },
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
        && Writer(m_database, m_catalog)
               .insertChecklist(before->id, updated.checklist, clerk.id, at, errorMessage);
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
