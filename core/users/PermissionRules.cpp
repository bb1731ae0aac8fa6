#include "PermissionRules.h"

namespace loket {
namespace {

using R = UserRole;

// The front office at the counter.
QList<PermissionRule> counterRules()
{
    return {
        { Action::RegisterCase,
          "register-case",
          QT_TRANSLATE_NOOP("loket::Permissions", "register a case"),
          { R::FrontOffice } },
        { Action::EditChecklist,
          "edit-checklist",
          QT_TRANSLATE_NOOP("loket::Permissions", "change the requirement checklist"),
          { R::FrontOffice } },
        { Action::PrintReceipt,
          "print-receipt",
          QT_TRANSLATE_NOOP("loket::Permissions", "print a receipt"),
          { R::FrontOffice } },
        { Action::HandOver,
          "hand-over",
          QT_TRANSLATE_NOOP("loket::Permissions", "hand over a product"),
          { R::FrontOffice } },
    };
}

// Working a case through its procedure steps.
QList<PermissionRule> caseWorkRules()
{
    return {
        { Action::StartWork,
          "start-work",
          QT_TRANSLATE_NOOP("loket::Permissions", "start work on a case"),
          { R::BackOffice, R::Verifier } },
        { Action::BeginProcessing,
          "begin-processing",
          QT_TRANSLATE_NOOP("loket::Permissions", "close the verification of a case"),
          { R::BackOffice } },
        { Action::CounterStep,
          "counter-step",
          QT_TRANSLATE_NOOP("loket::Permissions", "record a front-office step"),
          { R::FrontOffice } },
        { Action::AdvanceStep,
          "advance-step",
          QT_TRANSLATE_NOOP("loket::Permissions", "record a back-office step"),
          { R::BackOffice } },
        { Action::VerifyStep,
          "verify-step",
          QT_TRANSLATE_NOOP("loket::Permissions", "record a verification or field step"),
          { R::Verifier } },
        { Action::HeadOfDivisionStep,
          "head-of-division-step",
          QT_TRANSLATE_NOOP("loket::Permissions", "record a step of the head of division"),
          { R::HeadOfDivision } },
        { Action::SecretaryStep,
          "secretary-step",
          QT_TRANSLATE_NOOP("loket::Permissions", "record a step of the secretary"),
          { R::Secretary } },
        { Action::HeadOfOfficeStep,
          "head-of-office-step",
          QT_TRANSLATE_NOOP("loket::Permissions", "record a step of the head of office"),
          { R::HeadOfOffice } },
        { Action::RecordFieldVisit,
          "record-field-visit",
          QT_TRANSLATE_NOOP("loket::Permissions", "record a field visit"),
          { R::Verifier } },
        { Action::AddAssessmentNote,
          "add-assessment-note",
          QT_TRANSLATE_NOOP("loket::Permissions", "add an assessment note"),
          { R::BackOffice, R::Verifier } },
        { Action::AttachFile,
          "attach-file",
          QT_TRANSLATE_NOOP("loket::Permissions", "attach a file to a case"),
          { R::BackOffice, R::Verifier } },
        { Action::Reassign,
          "reassign",
          QT_TRANSLATE_NOOP("loket::Permissions", "reassign a case"),
          { R::BackOffice, R::HeadOfDivision } },
        { Action::Reject,
          "reject",
          QT_TRANSLATE_NOOP("loket::Permissions", "reject a case"),
          { R::BackOffice, R::HeadOfDivision, R::HeadOfOffice } },
    };
}

// Drafts, initials, signatures and letter numbers.
QList<PermissionRule> signOffRules()
{
    return {
        { Action::SubmitDraft,
          "submit-draft",
          QT_TRANSLATE_NOOP("loket::Permissions", "send a draft for initials"),
          { R::BackOffice } },
        // The back office initials at a "supervisor" tier (the section head, Kasi).
        { Action::Initial,
          "initial",
          QT_TRANSLATE_NOOP("loket::Permissions", "initial a document"),
          { R::HeadOfDivision, R::Secretary, R::BackOffice } },
        { Action::ReturnDraft,
          "return-draft",
          QT_TRANSLATE_NOOP("loket::Permissions", "return a draft to its drafter"),
          { R::HeadOfDivision, R::Secretary, R::HeadOfOffice, R::BackOffice } },
        { Action::Sign,
          "sign",
          QT_TRANSLATE_NOOP("loket::Permissions", "sign a document"),
          { R::HeadOfOffice } },
        { Action::SignAsStandIn,
          "sign-as-stand-in",
          QT_TRANSLATE_NOOP("loket::Permissions",
                            "sign for the head of office (a.n., Plt. or Plh.)"),
          { R::Secretary, R::HeadOfDivision } },
        // The number is taken when the letter is signed; numbering by hand is the back
        // office's (agenda) work.
        { Action::IssueLetterNumber,
          "issue-letter-number",
          QT_TRANSLATE_NOOP("loket::Permissions", "issue a letter number"),
          { R::BackOffice } },
    };
}

// Keeping the system, the registers, the reports and the DTKS extract.
QList<PermissionRule> officeRules()
{
    return {
        { Action::ManageUsers,
          "manage-users",
          QT_TRANSLATE_NOOP("loket::Permissions", "manage user accounts"),
          { R::Administrator } },
        { Action::ManageCatalog,
          "manage-catalog",
          QT_TRANSLATE_NOOP("loket::Permissions", "change the catalog or the sign-off chains"),
          { R::Administrator } },
        { Action::ViewAudit,
          "view-audit",
          QT_TRANSLATE_NOOP("loket::Permissions", "view the audit log"),
          { R::Administrator, R::HeadOfOffice } },
        // The recipients register holds NIKs and addresses: staff who work the cases only.
        { Action::ViewRegisters,
          "view-registers",
          QT_TRANSLATE_NOOP("loket::Permissions", "view or print the registers"),
          { R::FrontOffice, R::BackOffice, R::HeadOfDivision, R::Secretary, R::HeadOfOffice,
            R::Administrator } },
        { Action::RecordGuest,
          "record-guest",
          QT_TRANSLATE_NOOP("loket::Permissions", "write in the guest book"),
          { R::FrontOffice } },
        { Action::ViewReports,
          "view-reports",
          QT_TRANSLATE_NOOP("loket::Permissions", "view the service reports"),
          { R::HeadOfDivision, R::Secretary, R::HeadOfOffice, R::Administrator } },
        // The social-welfare data officer (back office) keeps the DTKS extract current.
        { Action::ImportDtks,
          "import-dtks",
          QT_TRANSLATE_NOOP("loket::Permissions", "import a DTKS extract"),
          { R::BackOffice, R::HeadOfDivision, R::Administrator } },
    };
}

} // namespace

// The office's division of work. Administrators keep the system running (users, catalog,
// audit) and take no part in a case; the head of office signs but does not draft.
const QList<PermissionRule>& permissionRules()
{
    static const QList<PermissionRule> table
        = counterRules() + caseWorkRules() + signOffRules() + officeRules();
    return table;
}

} // namespace loket
