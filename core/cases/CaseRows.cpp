#include "CaseRows.h"

#include "SqlValues.h"

#include <QSqlRecord>

namespace loket {

const char* const kCaseSummaryColumns
    = "c.id, c.case_number, c.service_code, c.status, p.full_name AS applicant_name, p.nik,"
      " o.name AS organisation_name, c.received_at, c.due_at";

CaseSummary caseSummaryFromRow(const QSqlRecord& row)
{
    CaseSummary summary;
    summary.id = row.value(QStringLiteral("id")).toLongLong();
    summary.number = row.value(QStringLiteral("case_number")).toString();
    summary.serviceCode = row.value(QStringLiteral("service_code")).toString();
    caseStatusFromKey(row.value(QStringLiteral("status")).toString(), &summary.status);
    summary.applicantName = row.value(QStringLiteral("applicant_name")).toString();
    summary.nik = row.value(QStringLiteral("nik")).toString();
    summary.organisationName = row.value(QStringLiteral("organisation_name")).toString();
    summary.receivedAt = fromStoredTime(row.value(QStringLiteral("received_at")).toString());
    summary.dueAt = fromStoredTime(row.value(QStringLiteral("due_at")).toString());
    return summary;
}

} // namespace loket
