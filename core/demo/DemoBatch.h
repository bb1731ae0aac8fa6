#pragma once

#include "Catalog.h"
#include "DemoSeeder.h"
#include "DueDateCalculator.h"
#include "RegionTable.h"
#include "WriteTransaction.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <memory>

namespace loket {

// What DemoSeeder::seedCases keeps while it writes: who registers and processes the cases,
// where applicants live, the numbers and NIKs taken, and its prepared statements. Cases are
// written in batches, each one transaction with one audit entry, because the benchmark seeds
// a million of them: CaseStore and CaseWorkflow take a write transaction and audit entries for
// every case and every change.
struct DemoSeeder::Batch
{
    Batch(Database& database, const WorkingCalendar& calendar, const OfficeHours& hours,
          quint32 outcomeSeed);

    QList<qint64> clerks;
    QList<qint64> officers; // who the back office's demo cases are assigned to
    QList<Region> villages;
    QString numberPattern;
    QMap<int, int> serials; // the last case number's serial, by year
    QSet<QString> niks;
    QList<qint64> persons;
    QList<qint64> organisations;
    QRandomGenerator outcomes; // its own, so that the cases stay what they were before outcomes
    OfficeHours hours;
    DueDateCalculator calculator;
    std::unique_ptr<WriteTransaction> transaction;
    QSqlQuery insertPerson, insertWord, insertOrganisation, insertCase, insertItem, insertStep,
        insertHistory, updateOutcome;
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
