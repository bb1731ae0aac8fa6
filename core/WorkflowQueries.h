#pragma once

#include "Catalog.h"
#include "Database.h"
#include "WorkflowModel.h"

#include <optional>

namespace loket {

// Reading what the back office recorded on a case, for the case view and the workflow's own
// checks. Lists are oldest first.
class WorkflowQueries
{
public:
    WorkflowQueries(Database& database, const Catalog& catalog);

    QList<CaseStep> steps(qint64 caseId) const;
    QList<StatusChange> statusHistory(qint64 caseId) const;
    QList<FieldVisit> visits(qint64 caseId) const;
    QList<AssessmentNote> notes(qint64 caseId) const;
    QList<AttachmentInfo> attachments(qint64 caseId) const;
    QByteArray attachmentContent(qint64 attachmentId) const;
    QList<Assignment> assignments(qint64 caseId) const;
    // The officer the case is assigned to; 0 when nobody.
    qint64 assignedTo(qint64 caseId) const;
    QString rejectionReason(qint64 caseId) const;
    std::optional<Handover> handover(qint64 caseId) const;
    SignoffState signoff(qint64 caseId) const;
    QList<SignoffEntry> signoffHistory(qint64 caseId) const; // every round

private:
    Database& m_database;
    const Catalog& m_catalog;
};

} // namespace loket
