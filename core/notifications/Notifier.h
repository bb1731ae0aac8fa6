#pragma once

#include "CaseModel.h"
#include "Catalog.h"
#include "Clock.h"
#include "Complaint.h"
#include "Database.h"
#include "Notification.h"

#include <QObject>

namespace loket {

class CaseStore;
class CaseWorkflow;
class ComplaintStore;

// Turns what happens to a case or a complaint into a message for the applicant: an incomplete
// file registered, a product ready, a complaint answered. A message is queued only where the
// applicant agreed at intake (the case's SMS consent, UU 27/2022) and gave a mobile number;
// it goes by SMS when the office has set up gammu-smsd, else the clerk sends it by hand.
//
// A complaint's answer is told when the complainant agreed with the complaint and gave a valid
// mobile number; else only when the complaint is about a case, not anonymous, and made by that
// case's applicant (same NIK), whose consent covers it. Never for an anonymous complaint.
class Notifier : public QObject
{
    Q_OBJECT
public:
    Notifier(Database& database, const Catalog& catalog, Clock clock, QObject* parent = nullptr);

    // Connects the stores' signals to the slots below.
    void watch(CaseStore* store);
    void watch(CaseWorkflow* workflow);
    void watch(ComplaintStore* store);

    // The new notification's id; 0 when none is due (no consent, no valid mobile: `reason`
    // says which) or it could not be saved (`errorMessage`).
    qint64 notifyCase(qint64 caseId, NotificationEvent event, QString* reason,
                      QString* errorMessage);
    qint64 notifyComplaintAnswered(qint64 complaintId, QString* reason, QString* errorMessage);

    void caseAdded(qint64 caseId);
    void caseStatusChanged(qint64 caseId, loket::CaseStatus from, loket::CaseStatus to);
    void complaintChanged(qint64 complaintId, loket::ComplaintStatus from,
                          loket::ComplaintStatus to);

signals:
    void queued(qint64 notificationId);
    // A notification that was due could not be saved (the database said no).
    void failed(const QString& errorMessage);

private:
    struct Recipient;
    qint64 enqueue(const Recipient& recipient, NotificationEvent event, QString* reason,
                   QString* errorMessage);
    void report(qint64 id, const QString& errorMessage);

    Database& m_database;
    const Catalog& m_catalog;
    Clock m_clock;
};

} // namespace loket
