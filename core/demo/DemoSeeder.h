#pragma once

#include "CaseWorkflowHistory.h"
#include "Catalog.h"
#include "Database.h"
#include "RegionTable.h"
#include "Users.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace loket {

struct DemoCasePlan;

// Synthetic, clearly-demo data for training mode and benchmarks: demo users of every role and
// realistic cases across all services, with valid NIKs from the office's real regions.
// Never used on a real installation's database.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(loket::DemoSeeder)
public:
    struct Account
    {
        QString username;
        QString password;
        QString fullName;
        UserRole role;
    };

    // The demo users shown on the demo login screen.
    static QList<Account> accounts();

    DemoSeeder(Database& database, const Catalog& catalog, const WorkingCalendar& calendar,
               const RegionTable& regions, quint32 seed = 20240102);

    bool seedUsers(QString* errorMessage);
    // Adds `count` cases received over the `days` days before `until`; returns how many.
    int seedCases(int count, const QDateTime& until, int days, QString* errorMessage);
    // After the cases: the guest book, survey answers, complaints and a DTKS extract.
    bool seedOfficeRecords(const QDateTime& until, int days, QString* errorMessage);

private:
    struct Batch; // DemoBatch.h
    // Cases (DemoCases.cpp): each planned from the random generator, then written.
    bool prepareBatch(Batch& batch, QString* errorMessage);
    bool planCase(Batch& batch, const QDateTime& received, const QDateTime& until,
                  DemoCasePlan* plan, QString* errorMessage);
    void demoChecklist(const Service& service, DemoCasePlan* plan);
    bool writeDemoCase(Batch& batch, const QDateTime& received, const QDateTime& until,
                       QString* errorMessage);
    Case demoCase(const DemoCasePlan& plan) const;
    CaseOutcome demoOutcome(Batch& batch, const DemoCasePlan& plan, const QDateTime& until,
                            QList<CaseWorkflow::HistoryWriter::StatusChange>* changes);
    bool submitDemoDraft(Batch& batch, qint64 caseId, const DemoCasePlan& plan, qint64 officerId,
                         QString* errorMessage);
    // Applicants (DemoApplicants.cpp): the id of a returning or new one; 0 on failure.
    qint64 demoPerson(Batch& batch, const QDateTime& received, QString* errorMessage);
    qint64 newDemoPerson(Batch& batch, const QDateTime& received, QString* errorMessage);
    qint64 demoOrganisation(Batch& batch, const QDateTime& at, QString* errorMessage);

    QString randomNik(const QString& districtCode, const QDate& birth, bool female, int serial);
    QDateTime randomWorkingMoment(const QDateTime& until, int days);

    Database& m_database;
    const Catalog& m_catalog;
    const WorkingCalendar& m_calendar;
    const RegionTable& m_regions;
    QRandomGenerator m_random;
};

} // namespace loket
