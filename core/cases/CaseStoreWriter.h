#pragma once

#include "CaseStore.h"

#include <QSqlQuery>

namespace loket {

// Writes cases inside the caller's transaction, each statement prepared once: CaseStore's
// registrations, and a batch (the demo's past cases, a bulk import) that keeps one writer for
// all its cases. The case number comes from the office's counter as at the counter; the
// caller audits and, on failure, rolls back.
class CaseStore::Writer
{
public:
    Writer(Database& database, const Catalog& catalog);

    // Takes `record`'s number (record.number) and writes the case with its checklist and its
    // procedure's steps; returns its id, or 0 with the reason in `errorMessage`. From
    // `record`: the service, status, renewal, applicant (person.id, organisation->id),
    // checklist (in the service's order, with its texts), times and registeredBy; the row is
    // created at receivedAt.
    qint64 add(Case& record, const CaseOutcome& outcome, QString* errorMessage);
    // The checklist's rows (a new case's, or the replacement of an updated one's).
    bool insertChecklist(qint64 caseId, const QList<ChecklistItem>& items, qint64 userId,
                         const QString& at, QString* errorMessage);

private:
    // The office's next serial for `date`'s year, formatted with its number pattern.
    QString allocateNumber(const QString& serviceCode, const QDate& date, QString* errorMessage);
    qint64 insertCase(const Case& record, const CaseOutcome& outcome, QString* errorMessage);
    bool insertSteps(qint64 caseId, const Service& service, int done, QString* errorMessage);

    Database& m_database;
    const Catalog& m_catalog;
    QString m_numberPattern; // read at the first number
    QSqlQuery m_counterRow, m_counterStep, m_counterValue;
    QSqlQuery m_case, m_item, m_step;
};

} // namespace loket
