#include "CaseWorkflowHistory.h"

#include "DatabaseError.h"
#include "SqlValues.h"

#include <QSqlError>

namespace loket {

CaseWorkflow::HistoryWriter::HistoryWriter(Database& database)
    : m_status(database.connection())
    , m_signoff(database.connection())
{
    m_status.prepare(QStringLiteral(
        "INSERT INTO case_status_history (case_id, from_status, to_status, changed_by,"
        " changed_at, note) VALUES (:case, :from, :to, :user, :at, :note)"));
    m_signoff.prepare(QStringLiteral(
        "INSERT INTO signoff_records (case_id, round_no, kind, actor_role, user_id,"
        " sign_form, chain, note, document_id, letter_number, acted_at) VALUES (:case,"
        " :round, :kind, :role, :user, :form, :chain, :note, :document, :letter, :at)"));
}

bool CaseWorkflow::HistoryWriter::statusChange(const StatusChange& change, QString* errorMessage)
{
    m_status.bindValue(QStringLiteral(":case"), change.caseId);
    m_status.bindValue(QStringLiteral(":from"), caseStatusKey(change.from));
    m_status.bindValue(QStringLiteral(":to"), caseStatusKey(change.to));
    m_status.bindValue(QStringLiteral(":user"), change.userId);
    m_status.bindValue(QStringLiteral(":at"), storedTime(change.at));
    m_status.bindValue(QStringLiteral(":note"), nullableText(change.note));
    if (m_status.exec())
        return true;
    *errorMessage = CaseWorkflow::tr("Cannot record the status change: %1")
                        .arg(DatabaseError::describe(m_status.lastError()));
    return false;
}

bool CaseWorkflow::HistoryWriter::signoff(const SignoffAct& act, QString* errorMessage)
{
    m_signoff.bindValue(QStringLiteral(":case"), act.caseId);
    m_signoff.bindValue(QStringLiteral(":round"), act.round);
    m_signoff.bindValue(QStringLiteral(":kind"), signoffKindKey(act.kind));
    m_signoff.bindValue(QStringLiteral(":role"), catalogkeys::roleKey(act.role));
    m_signoff.bindValue(QStringLiteral(":user"), act.userId);
    m_signoff.bindValue(QStringLiteral(":form"), nullableText(signFormKey(act.form)));
    m_signoff.bindValue(QStringLiteral(":chain"), nullableText(act.chain));
    m_signoff.bindValue(QStringLiteral(":note"), nullableText(act.note));
    m_signoff.bindValue(QStringLiteral(":document"), nullableId(act.document.documentId));
    m_signoff.bindValue(QStringLiteral(":letter"), nullableText(act.document.letterNumber));
    m_signoff.bindValue(QStringLiteral(":at"), storedTime(act.at));
    if (m_signoff.exec())
        return true;
    *errorMessage = CaseWorkflow::tr("Cannot record the sign-off: %1")
                        .arg(DatabaseError::describe(m_signoff.lastError()));
    return false;
}

} // namespace loket
