#include "RecipientRegister.h"

#include "CaseModel.h"
#include "DatabaseError.h"
#include "SqlValues.h"
#include "WorkingCalendar.h"

#include <QSqlError>
#include <QSqlQuery>

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
        "SELECT c.id, c.case_number, c.received_at, p.full_name, o.name, p.nik, p.address,"
        " o.address, c.service_code, c.status,"
        " (SELECT MAX(s.changed_at) FROM case_status_history s WHERE s.case_id = c.id"
        "  AND s.to_status IN ('product-ready', 'rejected')),"
        " h.handed_over_at, r.full_name, a.full_name, c.updated_at"
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
    while (query.next()) {
        RecipientEntry entry;
        entry.caseId = query.value(0).toLongLong();
        entry.caseNumber = query.value(1).toString();
        entry.receivedAt = fromStoredTime(query.value(2).toString());
        entry.applicantName = query.value(3).toString();
        entry.organisationName = query.value(4).toString();
        entry.nik = query.value(5).toString();
        entry.address = entry.organisationName.isEmpty() || query.value(7).toString().isEmpty()
            ? query.value(6).toString()
            : query.value(7).toString();
        entry.serviceCode = query.value(8).toString();
        if (const Service* known = m_catalog.service(entry.serviceCode))
            entry.serviceName = known->name;
        caseStatusFromKey(query.value(9).toString(), &entry.status);
        if (entry.status == CaseStatus::ProductReady || entry.status == CaseStatus::HandedOver
            || entry.status == CaseStatus::Rejected)
            entry.completedAt = fromStoredTime(query.value(10).toString());
        entry.handedOverAt = fromStoredTime(query.value(11).toString());
        // Cases written without their history (demo data): the last change, if any, is when
        // the case reached its state.
        QDateTime updatedAt = fromStoredTime(query.value(14).toString());
        if (updatedAt <= entry.receivedAt)
            updatedAt = QDateTime(); // never changed since: the date is unknown
        if (entry.status == CaseStatus::HandedOver && !entry.handedOverAt.isValid())
            entry.handedOverAt = updatedAt;
        if (entry.status != CaseStatus::HandedOver && !entry.completedAt.isValid()
            && (entry.status == CaseStatus::ProductReady || entry.status == CaseStatus::Rejected))
            entry.completedAt = updatedAt;
        entry.registeredByName = query.value(12).toString();
        entry.assignedToName = query.value(13).toString();
        entries << entry;
    }
    return entries;
}

} // namespace loket
