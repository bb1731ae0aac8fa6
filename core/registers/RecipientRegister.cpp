#include "RecipientRegister.h"

#include "CaseModel.h"
#include "DatabaseError.h"
#include "SqlValues.h"
#include "WorkingCalendar.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {

RecipientRegister::RecipientRegister(Database& database, const Catalog& catalog)
    : m_database(database)
    , m_catalog(catalog)
{
}

QString RecipientRegister::selectStatement(bool withService)
{
    // A range on cases_received (received_at) gives the rows in order; the completion time is
    // one lookup per row on case_status_history_case, the handover one on its unique case_id.
    QString sql = QStringLiteral(
        "SELECT c.id, c.case_number, c.received_at, p.full_name AS applicant_name,"
        " o.name AS organisation_name, p.nik, p.address AS person_address,"
        " o.address AS organisation_address, c.service_code, c.status,"
        " (SELECT MAX(s.changed_at) FROM case_status_history s WHERE s.case_id = c.id"
        "  AND s.to_status IN ('product-ready', 'rejected')) AS completed_at,"
        " h.handed_over_at, r.full_name AS registered_by_name, a.full_name AS assigned_to_name,"
        " c.updated_at"
        " FROM cases c"
        " LEFT JOIN persons p ON p.id = c.person_id"
        " LEFT JOIN organisations o ON o.id = c.organisation_id"
        " LEFT JOIN case_handovers h ON h.case_id = c.id"
        " LEFT JOIN users r ON r.id = c.registered_by"
        " LEFT JOIN users a ON a.id = c.assigned_to"
        " WHERE c.received_at >= :from AND c.received_at < :to");
    if (withService)
        sql += QStringLiteral(" AND c.service_code = :service");
    return sql + QStringLiteral(" ORDER BY c.received_at, c.id");
}

// The one reading of a row of selectStatement()'s query.
RecipientEntry RecipientRegister::entryFromRow(const QSqlRecord& row) const
{
    RecipientEntry entry;
    entry.caseId = row.value(QStringLiteral("id")).toLongLong();
    entry.caseNumber = row.value(QStringLiteral("case_number")).toString();
    entry.receivedAt = fromStoredTime(row.value(QStringLiteral("received_at")).toString());
    entry.applicantName = row.value(QStringLiteral("applicant_name")).toString();
    entry.organisationName = row.value(QStringLiteral("organisation_name")).toString();
    entry.nik = row.value(QStringLiteral("nik")).toString();
    const QString organisationAddress
        = row.value(QStringLiteral("organisation_address")).toString();
    entry.address = entry.organisationName.isEmpty() || organisationAddress.isEmpty()
        ? row.value(QStringLiteral("person_address")).toString()
        : organisationAddress;
    entry.serviceCode = row.value(QStringLiteral("service_code")).toString();
    if (const Service* known = m_catalog.service(entry.serviceCode))
        entry.serviceName = known->name;
    caseStatusFromKey(row.value(QStringLiteral("status")).toString(), &entry.status);
    if (entry.status == CaseStatus::ProductReady || entry.status == CaseStatus::HandedOver
        || entry.status == CaseStatus::Rejected)
        entry.completedAt = fromStoredTime(row.value(QStringLiteral("completed_at")).toString());
    entry.handedOverAt = fromStoredTime(row.value(QStringLiteral("handed_over_at")).toString());
    // Cases written without their history (demo data): the last change, if any, is when
    // the case reached its state.
    QDateTime updatedAt = fromStoredTime(row.value(QStringLiteral("updated_at")).toString());
    if (updatedAt <= entry.receivedAt)
        updatedAt = QDateTime(); // never changed since: the date is unknown
    if (entry.status == CaseStatus::HandedOver && !entry.handedOverAt.isValid())
        entry.handedOverAt = updatedAt;
    if (entry.status != CaseStatus::HandedOver && !entry.completedAt.isValid()
        && (entry.status == CaseStatus::ProductReady || entry.status == CaseStatus::Rejected))
        entry.completedAt = updatedAt;
    entry.registeredByName = row.value(QStringLiteral("registered_by_name")).toString();
    entry.assignedToName = row.value(QStringLiteral("assigned_to_name")).toString();
    return entry;
}

QList<RecipientEntry> RecipientRegister::entries(const RegisterPeriod& period,
                                                 const QString& serviceCode,
                                                 QString* errorMessage) const
{
    errorMessage->clear();
    if (!period.isValid()) {
        *errorMessage = tr("Choose a day, a month or a year.");
        return {};
    }
    const QTimeZone zone = officeHoursOf(m_catalog.office).zone;
    const QString service = serviceCode.trimmed();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(selectStatement(!service.isEmpty()));
    query.bindValue(QStringLiteral(":from"), period.storedFrom(zone));
    query.bindValue(QStringLiteral(":to"), period.storedTo(zone));
    if (!service.isEmpty())
        query.bindValue(QStringLiteral(":service"), service);
    if (!query.exec()) {
        *errorMessage = tr("Cannot read the register of service recipients: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return {};
    }
    QList<RecipientEntry> entries;
    while (query.next())
        entries << entryFromRow(query.record());
    return entries;
}

} // namespace loket
