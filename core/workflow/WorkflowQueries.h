#pragma once

#include "Catalog.h"
#include "Database.h"
#include "WorkflowModel.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <optional>

namespace loket {

// Reading what the back office recorded on a case, for the case view and the workflow's own
// checks. Lists are oldest first. When a query fails the result is empty and `errorMessage`
// (where given) says why; an error already there is kept, so that one message can collect a
// series of reads.
class WorkflowQueries
{
    Q_DECLARE_TR_FUNCTIONS(loket::WorkflowQueries)
public:
    WorkflowQueries(Database& database, const Catalog& catalog);

    QList<CaseStep> steps(qint64 caseId, QString* errorMessage = nullptr) const;
    QList<StatusChange> statusHistory(qint64 caseId, QString* errorMessage = nullptr) const;
    QList<FieldVisit> visits(qint64 caseId, QString* errorMessage = nullptr) const;
    QList<AssessmentNote> notes(qint64 caseId, QString* errorMessage = nullptr) const;
    QList<AttachmentInfo> attachments(qint64 caseId, QString* errorMessage = nullptr) const;
    QByteArray attachmentContent(qint64 attachmentId, QString* errorMessage = nullptr) const;
    QList<Assignment> assignments(qint64 caseId, QString* errorMessage = nullptr) const;
    // The officer the case is assigned to; 0 when nobody.
    qint64 assignedTo(qint64 caseId, QString* errorMessage = nullptr) const;
    QString rejectionReason(qint64 caseId, QString* errorMessage = nullptr) const;
    std::optional<Handover> handover(qint64 caseId, QString* errorMessage = nullptr) const;
    SignoffState signoff(qint64 caseId, QString* errorMessage = nullptr) const;
    // Every round.
    QList<SignoffEntry> signoffHistory(qint64 caseId, QString* errorMessage = nullptr) const;

private:
    QSqlQuery byCase(const char* sql, qint64 id, QString* errorMessage) const;

    Database& m_database;
    const Catalog& m_catalog;
};

} // namespace loket
