#pragma once

#include "CaseModel.h"
#include "Catalog.h"
#include "Database.h"
#include "DocumentIssuer.h"
#include "Permissions.h"
#include "Users.h"
#include "WorkflowModel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

namespace loket {

// The back office's work on a registered case, from the first step to the handover:
//
//   registered → in verification → in process → awaiting sign-off → product ready → handed over
//   (any open status → rejected, with a reason; awaiting sign-off → in process when a draft is
//   returned). Waiting for documents belongs to the front office (CaseStore::updateChecklist).
//
// Every method first checks the acting user's permission (Permissions::check, with the roles
// and the disabled flag as the database has them now) and refuses with its sentence; then the
// case's state. Each change is one transaction (BEGIN IMMEDIATE) with its audit entries, on the
// "cases" table under the case number; status changes are also kept in case_status_history.
// On refusal or failure nothing is written and `errorMessage` says why.
class CaseWorkflow : public QObject
{
    Q_OBJECT
public:
    // `issuer` takes the letter number when a draft is signed; without one, sign() refuses.
    CaseWorkflow(Database& database, const Catalog& catalog, DocumentIssuer* issuer = nullptr,
                 QObject* parent = nullptr);

    // The flow above: empty when `from` may move to `to`, else a sentence saying why not.
    static QString transitionRefusal(CaseStatus from, CaseStatus to);
    static bool isValidTransition(CaseStatus from, CaseStatus to)
    {
        return transitionRefusal(from, to).isEmpty();
    }

    // Registered → in verification (also done by the first back-office or verification step).
    bool start(const QString& caseNumber, const User& user, const QDateTime& now,
               QString* errorMessage);
    // In verification → in process (also done by the first back-office or supervisor step).
    bool beginProcessing(const QString& caseNumber, const User& user, const QDateTime& now,
                         QString* errorMessage);

    // Marks procedure step `stepOrder` done or skipped; steps go in order, each recorded by
    // the role its catalog role maps to (Permissions::actionForStep). Skipping needs a note.
    bool markStep(const QString& caseNumber, int stepOrder, CaseStep::State state,
                  const QString& note, const User& user, const QDateTime& now,
                  QString* errorMessage);

    bool recordVisit(const QString& caseNumber, FieldVisit::Kind kind, const QDate& date,
                     const QString& findings, const User& user, const QDateTime& now,
                     QString* errorMessage);
    bool addNote(const QString& caseNumber, const QString& text, const User& user,
                 const QDateTime& now, QString* errorMessage);
    // Returns the attachment's id. See Attachments for what is accepted.
    std::optional<qint64> attach(const QString& caseNumber, const QString& fileName,
                                 const QByteArray& content, const User& user, const QDateTime& now,
                                 QString* errorMessage);
    // To an active back-office officer or verifier.
    bool reassign(const QString& caseNumber, qint64 officerId, const QString& note,
                  const User& user, const QDateTime& now, QString* errorMessage);
    bool reject(const QString& caseNumber, const QString& reason, const User& user,
                const QDateTime& now, QString* errorMessage);

    // Tiered initials: the drafter sends the draft with the service's chain (SignoffSettings);
    // each tier initials in order (see initialRefusal), then the signer signs. Anyone the draft
    // waits for may return it to the drafter with a note (→ in process).
    bool submitForSignoff(const QString& caseNumber, const QString& note, const User& user,
                          const QDateTime& now, QString* errorMessage);
    bool initial(const QString& caseNumber, const QString& note, const User& user,
                 const QDateTime& now, QString* errorMessage);
    // Empty when `user` may initial the tier an open draft waits for, else why not; the one
    // rule the workflow, the worklists and the case view apply. A disabled account or a role
    // without the Initial action is Permissions::check's to refuse.
    static QString initialRefusal(const SignoffState& state, const User& user);
    bool returnDraft(const QString& caseNumber, const QString& note, const User& user,
                     const QDateTime& now, QString* errorMessage);
    // Signs in the head of office's name, or as a stand-in with `form` (default: the chain's).
    // Calls the DocumentIssuer inside the transaction; its failure undoes the signing.
    // → product ready.
    std::optional<IssuedDocument> sign(const QString& caseNumber, std::optional<SignForm> form,
                                       const User& user, const QDateTime& now,
                                       QString* errorMessage);

    // Product ready → handed over, to the person who collected it (their NIK: 16 digits).
    bool handOver(const QString& caseNumber, const Handover& handover, const User& user,
                  const QDateTime& now, QString* errorMessage);

    class HistoryWriter; // CaseWorkflowHistory.h: status changes and sign-off acts

signals:
    // After each committed change of a case (a step, a record, its assignment, its status):
    // its number, its status now, and its id, for a list to read that one case again.
    void caseChanged(const QString& caseNumber, loket::CaseStatus status, qint64 caseId);
    // After a committed change of status, once for each (one step may move a case on twice).
    void statusChanged(qint64 caseId, loket::CaseStatus from, loket::CaseStatus to);

private:
    struct Work
    {
        User actor;
        Case record;
        QDateTime now;
        QString* error = nullptr;
        QList<QPair<CaseStatus, CaseStatus>> statusChanges; // told once committed
    };
    using Body = std::function<bool(Work&)>;

    // Checks the actor and `action` (none: the body checks), opens the transaction, reads the
    // case, runs `body`, commits, and tells listeners.
    bool run(const QString& caseNumber, const User& user, std::optional<Action> action,
             const QDateTime& now, QString* errorMessage, const Body& body);

    bool changeStatus(Work& work, CaseStatus to, const QString& note);
    bool audit(Work& work, const QString& action, const QJsonObject& before,
               const QJsonObject& after);
    bool assign(Work& work, qint64 officerId, const QString& note);
    // `extra`: further facts for its audit entry (an initial that is the paraf konseptor).
    bool insertSignoff(Work& work, SignoffEntry::Kind kind, Role role, int round,
                       const QString& chain, const QString& note, SignForm form,
                       const IssuedDocument& document, const QJsonObject& extra = {});
    QString openRefusal(const Case& record) const; // closed or still waiting for documents
    QString stepRefusal(const Work& work, const QList<CaseStep>& steps, const CaseStep& step,
                        CaseStep::State state, const QString& text) const;

    Database& m_database;
    const Catalog& m_catalog;
    DocumentIssuer* m_issuer;
};

} // namespace loket
