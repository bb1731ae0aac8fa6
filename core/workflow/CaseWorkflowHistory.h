#pragma once

#include "CaseWorkflow.h"

#include <QSqlQuery>

namespace loket {

// A case's history rows: its status changes (case_status_history) and the acts on its draft
// (signoff_records). CaseWorkflow writes them within each change; a batch (the demo's past
// cases, a bulk import) keeps one writer for all its cases, each statement prepared once. Both
// inside the caller's transaction; the caller audits and, on failure, rolls back.
class CaseWorkflow::HistoryWriter
{
public:
    explicit HistoryWriter(Database& database);

    struct StatusChange
    {
        qint64 caseId = 0;
        CaseStatus from = CaseStatus::Registered;
        CaseStatus to = CaseStatus::Registered;
        qint64 userId = 0;
        QDateTime at;
        QString note;
    };
    bool statusChange(const StatusChange& change, QString* errorMessage);

    // One act on a draft; `document` only for a signature.
    struct SignoffAct
    {
        qint64 caseId = 0;
        int round = 0;
        SignoffEntry::Kind kind = SignoffEntry::Kind::Submit;
        Role role = Role::BackOffice; // the tier or signer acted for
        qint64 userId = 0;
        SignForm form = SignForm::Own;
        QString chain; // SignoffChain::encode(), with a submission
        QString note;
        IssuedDocument document;
        QDateTime at;
    };
    bool signoff(const SignoffAct& act, QString* errorMessage);

private:
    QSqlQuery m_status;
    QSqlQuery m_signoff;
};

} // namespace loket
