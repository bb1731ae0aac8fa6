#pragma once

#include "CaseModel.h"
#include "Catalog.h"
#include "Database.h"
#include "TimeLeft.h"
#include "Users.h"
#include "WorkflowModel.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <optional>

class QSqlRecord;

namespace loket {

class WorkflowQueries;

// A line of a worklist: the case, whose turn it is, and how much time is left.
struct WorklistItem
{
    CaseSummary summary;
    QString serviceName;
    QString division;
    std::optional<UserRole> waitingFor; // whose turn it is
    qint64 assignedTo = 0;
    QString assignedToName;
    int nextStep = 0; // the first open procedure step; 0 when none
    QString nextStepText;
    SignoffState signoff; // while awaiting sign-off
    QDateTime clockStoppedAt; // product ready or rejected
    TimeLeft timeLeft; // at the clock's stop when it stopped
};

struct WorklistFilter
{
    QString serviceCode;
    std::optional<CaseStatus> status;
    QString division; // as the catalog names it
    qint64 officerId = 0; // cases assigned to this user
    QString search; // case number, NIK or name (CaseQueries::search)
    qint64 caseId = 0; // this case only: its line, to update one row of a list shown
};

// The back office's and the counter's lists of open cases, most urgent first: sorted by due
// date (cases without one last), then by arrival. A case waits for the role of its first open
// step (mapped by Permissions::roleForStep), the back office when none is open or when only the
// counter's closing steps are left in processing (it drafts the product first), the next
// initialling tier or the signer while awaiting sign-off, and the front office while waiting
// for documents or for collection. A case assigned to an officer shows in that officer's list
// only, while it waits for the back office or a verifier.
//
// A list that cannot be read is empty, and `errorMessage` (where given) says why: a locked or
// unreachable database must never look like "no work today".
class Worklist
{
    Q_DECLARE_TR_FUNCTIONS(loket::Worklist)
public:
    Worklist(Database& database, const Catalog& catalog, const WorkingCalendar& calendar);

    QList<WorklistItem> forUser(const User& user, const WorklistFilter& filter,
                                const QDateTime& now, QString* errorMessage = nullptr) const;
    QList<WorklistItem> forRole(UserRole role, const WorklistFilter& filter, const QDateTime& now,
                                QString* errorMessage = nullptr) const;
    QList<WorklistItem> open(const WorklistFilter& filter, const QDateTime& now,
                             QString* errorMessage = nullptr) const;
    // Product ready, waiting for the applicant: longest waiting first.
    QList<WorklistItem> readyForCollection(const WorklistFilter& filter, const QDateTime& now,
                                           QString* errorMessage = nullptr) const;

    // The orders of the lists: open cases most urgent first; products ready for collection
    // longest waiting first. Total orders (the case id settles a tie), so that a line read
    // again finds its one place in a list shown.
    static bool mostUrgentFirst(const WorklistItem& a, const WorklistItem& b);
    static bool longestWaitingFirst(const WorklistItem& a, const WorklistItem& b);

    TimeLeft timeLeft(const QDateTime& due, const QDateTime& now) const;
    QStringList divisions() const; // the catalog's, for a filter

private:
    QList<WorklistItem> load(const WorklistFilter& filter, const QList<CaseStatus>& statuses,
                             const QDateTime& now, QString* errorMessage) const;
    // Fills in from the worklist query's row what the case summary does not hold: whose turn
    // it is, the next step, the sign-off round and the time left.
    void completeItem(WorklistItem* item, const QSqlRecord& row, const Service* service,
                      const WorkflowQueries& workflow, const QDateTime& now,
                      QString* errorMessage) const;

    Database& m_database;
    const Catalog& m_catalog;
    const WorkingCalendar& m_calendar;
    OfficeHours m_hours;
};

} // namespace loket
