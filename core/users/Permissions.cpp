#include "Permissions.h"

namespace loket {
namespace {

using R = UserRole;

struct Rule
{
    Action action;
    const char* key;
    const char* activity; // completes "… cannot %1; ask …"
    QList<UserRole> roles;
};

// The office's division of work. Administrators keep the system running (users, catalog,
// audit) and take no part in a case; the head of office signs but does not draft.
const QList<Rule>& rules()
{
    static const QList<Rule> table = {
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
    return table;
}

const Rule* ruleFor(Action action)
{
    for (const Rule& rule : rules()) {
        if (rule.action == action)
            return &rule;
    }
    return nullptr;
}

struct RoleWords
{
    UserRole role;
    const char* subject; // starts a sentence
    const char* object; // after "ask"
};

const RoleWords kRoleWords[] = {
    { R::FrontOffice, QT_TRANSLATE_NOOP("loket::Permissions", "A front-office clerk"),
      QT_TRANSLATE_NOOP("loket::Permissions", "a front-office clerk") },
    { R::BackOffice, QT_TRANSLATE_NOOP("loket::Permissions", "A back-office officer"),
      QT_TRANSLATE_NOOP("loket::Permissions", "a back-office officer") },
    { R::Verifier, QT_TRANSLATE_NOOP("loket::Permissions", "A verifier (field officer)"),
      QT_TRANSLATE_NOOP("loket::Permissions", "a verifier (field officer)") },
    { R::HeadOfDivision, QT_TRANSLATE_NOOP("loket::Permissions", "A head of division"),
      QT_TRANSLATE_NOOP("loket::Permissions", "the head of division") },
    { R::Secretary, QT_TRANSLATE_NOOP("loket::Permissions", "The secretary"),
      QT_TRANSLATE_NOOP("loket::Permissions", "the secretary") },
    { R::HeadOfOffice, QT_TRANSLATE_NOOP("loket::Permissions", "The head of office"),
      QT_TRANSLATE_NOOP("loket::Permissions", "the head of office") },
    { R::Administrator, QT_TRANSLATE_NOOP("loket::Permissions", "An administrator"),
      QT_TRANSLATE_NOOP("loket::Permissions", "an administrator") },
};

const RoleWords& wordsFor(UserRole role)
{
    for (const RoleWords& words : kRoleWords) {
        if (words.role == role)
            return words;
    }
    return kRoleWords[0];
}

} // namespace

QList<Action> allActions()
{
    QList<Action> actions;
    for (const Rule& rule : rules())
        actions << rule.action;
    return actions;
}

QString actionKey(Action action)
{
    const Rule* rule = ruleFor(action);
    return rule ? QString::fromLatin1(rule->key) : QString();
}

QList<UserRole> Permissions::allowedRoles(Action action)
{
    const Rule* rule = ruleFor(action);
    return rule ? rule->roles : QList<UserRole>();
}

QString Permissions::check(const User& user, Action action)
{
    if (!user.active)
        return tr("The account of %1 is disabled; it may not do anything.")
            .arg(user.fullName.isEmpty() ? user.username : user.fullName);
    const QList<UserRole> allowed = allowedRoles(action);
    for (UserRole role : allowed) {
        if (user.hasRole(role))
            return {};
    }
    return tr("%1 cannot %2; ask %3.").arg(subject(user), activity(action), rolesObject(allowed));
}

UserRole Permissions::roleForStep(Role stepRole)
{
    switch (stepRole) {
    case Role::FrontOffice:
        return R::FrontOffice;
    case Role::Verifier:
    case Role::FieldOfficer:
        return R::Verifier;
    case Role::HeadOfDivision:
        return R::HeadOfDivision;
    case Role::Secretary:
        return R::Secretary;
    case Role::HeadOfOffice:
        return R::HeadOfOffice;
    case Role::Applicant:
    case Role::External:
    case Role::BackOffice:
    case Role::Supervisor:
        break;
    }
    return R::BackOffice;
}

Action Permissions::actionForStep(Role stepRole)
{
    switch (roleForStep(stepRole)) {
    case R::FrontOffice:
        return Action::CounterStep;
    case R::Verifier:
        return Action::VerifyStep;
    case R::HeadOfDivision:
        return Action::HeadOfDivisionStep;
    case R::Secretary:
        return Action::SecretaryStep;
    case R::HeadOfOffice:
        return Action::HeadOfOfficeStep;
    case R::BackOffice:
    case R::Administrator:
        break;
    }
    return Action::AdvanceStep;
}

QString Permissions::roleObject(UserRole role)
{
    return QCoreApplication::translate("loket::Permissions", wordsFor(role).object);
}

QString Permissions::rolesObject(const QList<UserRole>& roles)
{
    QStringList names;
    for (UserRole role : roles)
        names << roleObject(role);
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    return tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

QString Permissions::subject(const User& user)
{
    // One role names the user's post; with several, the person is named instead.
    if (user.roles.size() == 1)
        return QCoreApplication::translate("loket::Permissions",
                                           wordsFor(*user.roles.cbegin()).subject);
    return user.fullName.isEmpty() ? user.username : user.fullName;
}

QString Permissions::activity(Action action)
{
    const Rule* rule = ruleFor(action);
    return rule ? QCoreApplication::translate("loket::Permissions", rule->activity) : QString();
}

} // namespace loket
