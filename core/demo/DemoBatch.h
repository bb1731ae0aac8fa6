#pragma once

#include "ApplicantStoreWriter.h"
#include "CaseStoreWriter.h"
#include "CaseWorkflowHistory.h"
#include "Catalog.h"
#include "DemoSeeder.h"
#include "DueDateCalculator.h"
#include "RegionTable.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

namespace loket {

// What DemoSeeder::seedCases keeps while it writes: who registers and processes the cases,
// where applicants live, the NIKs taken, and the stores' writers. All cases go in one
// transaction with one audit entry, through writers that prepare their statements once,
// because the benchmark seeds a million of them: CaseStore and CaseWorkflow take a write
// transaction and audit entries for every case and every change.
struct DemoSeeder::Batch
{
    Batch(Database& database, const Catalog& catalog, const WorkingCalendar& calendar,
          quint32 outcomeSeed);

    QList<qint64> clerks;
    QList<qint64> officers; // who the back office's demo cases are assigned to
    QList<Region> villages;
    QSet<QString> niks;
    QList<qint64> persons;
    QList<qint64> organisations;
    QHash<QString, QString> chains; // each service's sign-off chain, encoded, once read
    QRandomGenerator outcomes; // its own, so that the cases stay what they were before outcomes
    DueDateCalculator calculator;
    ApplicantStore::Writer applicants;
    CaseStore::Writer cases;
    CaseWorkflow::HistoryWriter history;
};

// A case's random parts, decided before it is written.
struct DemoCasePlan
{
    const Service* service = nullptr;
    QDateTime received;
    qint64 personId = 0;
    qint64 organisationId = 0;
    bool renewal = false;
    QList<ChecklistItem::State> states;
    bool incomplete = false; // a requirement is missing: waiting for documents
    CaseStatus status = CaseStatus::Registered;
    DueDate due;
    qint64 clerkId = 0;
};

} // namespace loket
