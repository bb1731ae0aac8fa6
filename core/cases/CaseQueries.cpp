#include "CaseQueries.h"

#include "ApplicantStore.h"
#include "CaseModel.h"
#include "CaseRows.h"
#include "CaseSearch.h"
#include "DatabaseError.h"
#include "PersonalDataAudit.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {
namespace {

const char* const kSummaryFrom = "FROM cases c LEFT JOIN persons p ON p.id = c.person_id"
                                 " LEFT JOIN organisations o ON o.id = c.organisation_id";

// The case's own columns; its applicant, organisation and checklist are read separately.
Case caseFromRow(const QSqlRecord& row)
{
    Case record;
    record.id = row.value(QStringLiteral("id")).toLongLong();
    record.number = row.value(QStringLiteral("case_number")).toString();
    record.officeId = row.value(QStringLiteral("office_id")).toString();
    record.serviceCode = row.value(QStringLiteral("service_code")).toString();
    record.catalogVersion = row.value(QStringLiteral("catalog_version")).toString();
    caseStatusFromKey(row.value(QStringLiteral("status")).toString(), &record.status);
    record.renewal = row.value(QStringLiteral("is_renewal")).toInt() != 0;
    record.smsConsent = row.value(QStringLiteral("sms_consent")).toInt() != 0;
    record.receivedAt = fromStoredTime(row.value(QStringLiteral("received_at")).toString());
    record.clockStartedAt
        = fromStoredTime(row.value(QStringLiteral("clock_started_at")).toString());
    record.responseDueAt = fromStoredTime(row.value(QStringLiteral("response_due_at")).toString());
    record.dueAt = fromStoredTime(row.value(QStringLiteral("due_at")).toString());
    record.registeredBy = row.value(QStringLiteral("registered_by")).toLongLong();
    record.registeredByName = row.value(QStringLiteral("registered_by_name")).toString();
    return record;
}

ChecklistItem checklistItemFromRow(const QSqlRecord& row)
{
    ChecklistItem item;
    item.index = row.value(QStringLiteral("item_index")).toInt();
    item.text = row.value(QStringLiteral("requirement_text")).toString();
    checklistStateFromKey(row.value(QStringLiteral("state")).toString(), &item.state);
    item.note = row.value(QStringLiteral("note")).toString();
    item.overrideReason = row.value(QStringLiteral("override_reason")).toString();
    return item;
}

} // namespace

CaseQueries::CaseQueries(Database& database)
    : m_database(database)
{
}

std::optional<qint64> CaseQueries::idOf(const QString& caseNumber, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM cases WHERE case_number = :number"));
    query.bindValue(QStringLiteral(":number"), caseNumber.trimmed());
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage
                = tr("Cannot read the case: %1").arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    if (query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<Case> CaseQueries::find(const QString& caseNumber, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT c.id, c.case_number, c.office_id, c.service_code, c.catalog_version, c.status,"
        " c.is_renewal, c.person_id, c.organisation_id, c.received_at, c.clock_started_at,"
        " c.response_due_at, c.due_at, c.registered_by, c.sms_consent,"
        " u.full_name AS registered_by_name FROM cases c"
        " JOIN users u ON u.id = c.registered_by WHERE c.case_number = :number"));
    query.bindValue(QStringLiteral(":number"), caseNumber.trimmed());
    QString error;
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage
                = tr("Cannot read the case: %1").arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    const QSqlRecord row = query.record();
    Case record = caseFromRow(row);
    ApplicantStore applicants(m_database);
    record.person = applicants.person(row.value(QStringLiteral("person_id")).toLongLong(), &error)
                        .value_or(Person {});
    const QVariant organisationId = row.value(QStringLiteral("organisation_id"));
    if (!organisationId.isNull() && error.isEmpty())
        record.organisation = applicants.organisation(organisationId.toLongLong(), &error);
    if (error.isEmpty())
        record.checklist = checklist(record.id, &error);
    if (!error.isEmpty()) { // half a case is not shown as if it were whole
        if (errorMessage)
            *errorMessage = error;
        return std::nullopt;
    }
    return record;
}

std::optional<Case> CaseQueries::view(const QString& caseNumber, qint64 viewerId,
                                      QString* errorMessage) const
{
    std::optional<Case> record = find(caseNumber, errorMessage);
    if (record && record->person.id != 0
        && !PersonalDataAudit(m_database)
                .viewed(viewerId, record->person.id, QStringLiteral("case %1").arg(record->number),
                        errorMessage))
        return std::nullopt;
    return record;
}

QList<ChecklistItem> CaseQueries::checklist(qint64 caseId, QString* errorMessage) const
{
    QList<ChecklistItem> items;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT item_index, requirement_text, state, note, override_reason"
                       " FROM case_requirements WHERE case_id = :case ORDER BY item_index"));
    query.bindValue(QStringLiteral(":case"), caseId);
    if (!query.exec()) {
        *errorMessage
            = tr("Cannot read the case: %1").arg(DatabaseError::describe(query.lastError()));
        return items;
    }
    while (query.next())
        items << checklistItemFromRow(query.record());
    return items;
}

QList<CaseSummary> CaseQueries::summaries(const QString& where,
                                          const QList<QPair<QString, QVariant>>& binds, int limit,
                                          QString* errorMessage) const
{
    QList<CaseSummary> result;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 %2 %3 ORDER BY c.received_at DESC, c.id DESC LIMIT :limit")
            .arg(QLatin1String(kCaseSummaryColumns), QLatin1String(kSummaryFrom), where));
    for (const auto& [name, value] : binds)
        query.bindValue(name, value);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage
                = tr("Cannot read the cases: %1").arg(DatabaseError::describe(query.lastError()));
        return result;
    }
    while (query.next())
        result << caseSummaryFromRow(query.record());
    return result;
}

QList<CaseSummary> CaseQueries::forNik(const QString& nik, QString* errorMessage) const
{
    return summaries(QStringLiteral("WHERE p.nik = :nik"),
                     { { QStringLiteral(":nik"), nik.trimmed() } }, 200, errorMessage);
}

QList<CaseSummary> CaseQueries::registeredBy(qint64 userId, const QDateTime& from,
                                             const QDateTime& to, QString* errorMessage) const
{
    return summaries(QStringLiteral("WHERE c.registered_by = :user AND c.created_at >= :from"
                                    " AND c.created_at < :to"),
                     { { QStringLiteral(":user"), userId },
                       { QStringLiteral(":from"), storedTime(from) },
                       { QStringLiteral(":to"), storedTime(to) } },
                     500, errorMessage);
}

QList<CaseSummary> CaseQueries::search(const QString& text, int limit, QString* errorMessage) const
{
    // One query per alternative, each with the limit: the counter searches as the clerk
    // types, and an office's database grows to a million cases.
    QString error;
    for (const SqlCondition& alternative : CaseSearch::alternatives(text)) {
        const QList<CaseSummary> found = summaries(QStringLiteral("WHERE ") + alternative.sql,
                                                   alternative.binds, limit, &error);
        if (!error.isEmpty()) {
            if (errorMessage)
                *errorMessage = error;
            return {};
        }
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QList<CaseSummary> CaseQueries::list(std::optional<CaseStatus> status, int limit,
                                     QString* errorMessage) const
{
    if (!status)
        return summaries(QString(), {}, limit, errorMessage);
    return summaries(QStringLiteral("WHERE c.status = :status"),
                     { { QStringLiteral(":status"), caseStatusKey(*status) } }, limit,
                     errorMessage);
}

QList<CaseSummary> CaseQueries::openFor(const QString& nik, const QString& serviceCode,
                                        QString* errorMessage) const
{
    // Filtered by service in SQL, so that a person's many other cases cannot push an open one
    // past the limit; isOpen() alone says which statuses are closed.
    QList<CaseSummary> open;
    const QList<CaseSummary> ofService = summaries(
        QStringLiteral("WHERE p.nik = :nik AND c.service_code = :service"),
        { { QStringLiteral(":nik"), nik.trimmed() }, { QStringLiteral(":service"), serviceCode } },
        1000, errorMessage);
    for (const CaseSummary& summary : ofService) {
        if (isOpen(summary.status))
            open << summary;
    }
    return open;
}

} // namespace loket
