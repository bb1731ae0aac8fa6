#include "Permissions.h"

#include "PermissionRules.h"

namespace loket {
namespace {

using R = UserRole;

const PermissionRule* ruleFor(Action action)
{
    for (const PermissionRule& rule : permissionRules()) {
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
    for (const PermissionRule& rule : permissionRules())
        actions << rule.action;
    return actions;
}

QString actionKey(Action action)
{
    const PermissionRule* rule = ruleFor(action);
    return rule ? QString::fromLatin1(rule->key) : QString();
}

QList<UserRole> Permissions::allowedRoles(Action action)
{
    const PermissionRule* rule = ruleFor(action);
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

QList<UserRole> Permissions::caseOfficerRoles()
{
    return { R::BackOffice, R::Verifier };
}

bool Permissions::isCaseOfficerRole(UserRole role)
{
    return caseOfficerRoles().contains(role);
}

bool Permissions::isCaseOfficer(const User& user)
{
    if (!user.active)
        return false;
    for (UserRole role : caseOfficerRoles()) {
        if (user.hasRole(role))
            return true;
    }
    return false;
}

bool Permissions::hasWorklist(const User& user)
{
    for (UserRole role : caseOfficerRoles()
             + QList<UserRole> { R::HeadOfDivision, R::Secretary, R::HeadOfOffice }) {
        if (user.hasRole(role))
            return true;
    }
    return false;
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
    const PermissionRule* rule = ruleFor(action);
    return rule ? QCoreApplication::translate("loket::Permissions", rule->activity) : QString();
}

} // namespace loket
