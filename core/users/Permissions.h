#pragma once

#include "Catalog.h"
#include "Users.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace loket {

// What a user may ask Loket to do. Each action is allowed to a fixed set of roles (see
// Permissions::allowedRoles); core checks it on every write, whatever the caller is.
enum class Action {
    RegisterCase,
    EditChecklist,
    PrintReceipt,
    HandOver,
    StartWork, // registered → in verification
    BeginProcessing, // in verification → in process
    CounterStep, // a procedure step of the front office
    AdvanceStep, // a back-office, supervisor, applicant or external step
    VerifyStep, // a verifier or field-officer step
    HeadOfDivisionStep,
    SecretaryStep,
    HeadOfOfficeStep,
    RecordFieldVisit,
    AddAssessmentNote,
    AttachFile,
    Reassign,
    Reject,
    SubmitDraft, // the draft goes to initials
    Initial,
    ReturnDraft,
    Sign, // in the head of office's own name
    SignAsStandIn, // "a.n.", "Plt." or "Plh." the head of office
    IssueLetterNumber,
    ManageUsers,
    ManageCatalog, // the catalog and the per-service sign-off chains
    ViewAudit,
    // Issue 5: registers, reports, the guest book, DTKS extracts.
    ViewRegisters, // the registers of recipients, guests and letters
    RecordGuest, // the guest book at the counter
    ViewReports, // the service recap and the satisfaction index
    ImportDtks, // load a DTKS extract
};

QList<Action> allActions();
QString actionKey(Action action); // "initial"

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(loket::Permissions)
public:
    // Empty when `user` may do `action`; otherwise a translated sentence saying who may
    // ("A front-office clerk cannot initial a document; ask the head of division.").
    // A disabled account may do nothing.
    static QString check(const User& user, Action action);
    static bool allows(const User& user, Action action) { return check(user, action).isEmpty(); }
    static QList<UserRole> allowedRoles(Action action);

    // Who records a procedure step of the catalog: field-officer and verifier steps the
    // verifier, back-office and supervisor steps the back office, and so on; the back office
    // records what the applicant or an outside party did.
    static UserRole roleForStep(Role stepRole);
    static Action actionForStep(Role stepRole);

    // Who takes cases: the back office and the verifiers. Only an active case officer may be
    // given a case, and only they are offered when a case is reassigned or filtered by officer.
    static QList<UserRole> caseOfficerRoles();
    static bool isCaseOfficerRole(UserRole role);
    static bool isCaseOfficer(const User& user); // active, with a case officer's role
    // Who has a worklist: the case officers and whoever initials or signs a draft.
    static bool hasWorklist(const User& user);

    // "the head of division", "a verifier (field officer)": for sentences naming who acts.
    static QString roleObject(UserRole role);
    static QString rolesObject(const QList<UserRole>& roles); // "… or …"

private:
    static QString subject(const User& user);
    static QString activity(Action action);
};

} // namespace loket
