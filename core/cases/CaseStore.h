#pragma once

#include "CaseModel.h"
#include "Catalog.h"
#include "Database.h"
#include "Users.h"
#include "WorkingCalendar.h"

#include <QObject>
#include <optional>

namespace loket {

// Registers cases at the counter and completes files that waited for documents. Every write
// is one transaction with its audit entries: the database is never left half-written. After
// the commit it says what changed, so that lists update the one row.
class CaseStore : public QObject
{
    Q_OBJECT
public:
    CaseStore(Database& database, const Catalog& catalog, const WorkingCalendar& calendar,
              QObject* parent = nullptr);

    // A complete file is registered and its clock starts now; an incomplete one waits for
    // documents ("menunggu kelengkapan") with no due date.
    std::optional<Case> registerCase(const CaseDraft& draft, const User& clerk,
                                     const QDateTime& now, QString* errorMessage);
    // The same inside a transaction the caller holds (batch imports); returns the case number,
    // or an empty string after which the caller must roll back.
    QString registerWithinTransaction(const CaseDraft& draft, const User& clerk,
                                      const QDateTime& now, QString* errorMessage);

    // The applicant came back: update the checklist; when nothing is missing any more the
    // clock starts now.
    std::optional<Case> updateChecklist(const QString& caseNumber,
                                        const QList<ChecklistItem>& checklist, const User& clerk,
                                        const QDateTime& now, QString* errorMessage);

    // Records a printing (receipt, slip, service standard) in the audit log.
    bool recordPrint(const QString& caseNumber, const QString& document, const User& clerk,
                     QString* errorMessage);

    class Writer; // CaseStoreWriter.h: cases written in the caller's transaction

signals:
    void caseAdded(qint64 caseId, const QString& caseNumber);
    // A file that waited for documents is complete: its clock started.
    void statusChanged(qint64 caseId, loket::CaseStatus from, loket::CaseStatus to);

private:
    QList<ChecklistItem> normalisedChecklist(const Service& service,
                                             const QList<ChecklistItem>& items,
                                             QString* errorMessage) const;

    Database& m_database;
    const Catalog& m_catalog;
    const WorkingCalendar& m_calendar;
};

} // namespace loket
