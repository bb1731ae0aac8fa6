// The office's division of work as core enforces it: who may do what, the sentence a refusal
// gives, how procedure steps map to roles, and the status flow. No database: these are the
// rules themselves.
#include "CaseWorkflow.h"
#include "Permissions.h"

#include <QTest>
#include <tuple>

using namespace loket;

Q_DECLARE_METATYPE(loket::Action)
Q_DECLARE_METATYPE(loket::UserRole)
Q_DECLARE_METATYPE(loket::Role)
Q_DECLARE_METATYPE(loket::CaseStatus)

namespace {

using R = UserRole;

// The policy as the office states it, written out independently of Permissions.cpp.
const QList<QPair<Action, QList<UserRole>>>& expectedPolicy()
{
    static const QList<QPair<Action, QList<UserRole>>> policy = {
        { Action::RegisterCase, { R::FrontOffice } },
        { Action::EditChecklist, { R::FrontOffice } },
        { Action::PrintReceipt, { R::FrontOffice } },
        { Action::HandOver, { R::FrontOffice } },
        { Action::StartWork, { R::BackOffice, R::Verifier } },
        { Action::BeginProcessing, { R::BackOffice } },
        { Action::CounterStep, { R::FrontOffice } },
        { Action::AdvanceStep, { R::BackOffice } },
        { Action::VerifyStep, { R::Verifier } },
        { Action::HeadOfDivisionStep, { R::HeadOfDivision } },
        { Action::SecretaryStep, { R::Secretary } },
        { Action::HeadOfOfficeStep, { R::HeadOfOffice } },
        { Action::RecordFieldVisit, { R::Verifier } },
        { Action::AddAssessmentNote, { R::BackOffice, R::Verifier } },
        { Action::AttachFile, { R::BackOffice, R::Verifier } },
        { Action::Reassign, { R::BackOffice, R::HeadOfDivision } },
        { Action::Reject, { R::BackOffice, R::HeadOfDivision, R::HeadOfOffice } },
        { Action::SubmitDraft, { R::BackOffice } },
        { Action::Initial, { R::BackOffice, R::HeadOfDivision, R::Secretary } },
        { Action::ReturnDraft,
          { R::BackOffice, R::HeadOfDivision, R::Secretary, R::HeadOfOffice } },
        { Action::Sign, { R::HeadOfOffice } },
        { Action::SignAsStandIn, { R::HeadOfDivision, R::Secretary } },
        { Action::IssueLetterNumber, { R::BackOffice } },
        { Action::ManageUsers, { R::Administrator } },
        { Action::ManageCatalog, { R::Administrator } },
        { Action::ViewAudit, { R::Administrator, R::HeadOfOffice } },
        { Action::ViewRegisters,
          { R::FrontOffice, R::BackOffice, R::HeadOfDivision, R::Secretary, R::HeadOfOffice,
            R::Administrator } },
        { Action::RecordGuest, { R::FrontOffice } },
        { Action::ViewReports,
          { R::HeadOfDivision, R::Secretary, R::HeadOfOffice, R::Administrator } },
        { Action::ImportDtks, { R::BackOffice, R::HeadOfDivision, R::Administrator } },
    };
    return policy;
}

User userWith(const QSet<UserRole>& roles, bool active = true)
{
    User user;
    user.id = 7;
    user.username = QStringLiteral("rina");
    user.fullName = QStringLiteral("Rina Marlina");
    user.roles = roles;
    user.active = active;
    return user;
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT
private slots:
    void everyActionHasAPolicy();
    void policy_data();
    void policy();
    void refusalSentences_data();
    void refusalSentences();
    void disabledAccountMayDoNothing();
    void caseOfficers_data();
    void caseOfficers();
    void stepRoles_data();
    void stepRoles();
    void transitions_data();
    void transitions();
};

void TestPermissions::everyActionHasAPolicy()
{
    QCOMPARE(allActions().size(), expectedPolicy().size());
    QSet<QString> keys;
    for (Action action : allActions()) {
        QVERIFY(!actionKey(action).isEmpty());
        keys.insert(actionKey(action));
        QVERIFY2(!Permissions::allowedRoles(action).isEmpty(), qPrintable(actionKey(action)));
    }
    QCOMPARE(keys.size(), allActions().size());
    // Administrators keep the system, never a case: they do not sign.
    for (Action action : { Action::Sign, Action::SignAsStandIn, Action::Initial,
                           Action::IssueLetterNumber, Action::RegisterCase })
        QVERIFY(!Permissions::allowedRoles(action).contains(R::Administrator));
    QVERIFY(!Permissions::allowedRoles(Action::IssueLetterNumber).contains(R::Verifier));
}

void TestPermissions::policy_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<UserRole>("role");
    QTest::addColumn<bool>("allowed");
    for (const auto& [action, roles] : expectedPolicy()) {
        for (UserRole role : allUserRoles())
            QTest::addRow("%s by %s", qPrintable(actionKey(action)), qPrintable(userRoleKey(role)))
                << action << role << roles.contains(role);
    }
}

void TestPermissions::policy()
{
    QFETCH(Action, action);
    QFETCH(UserRole, role);
    QFETCH(bool, allowed);
    const QString refusal = Permissions::check(userWith({ role }), action);
    QCOMPARE(refusal.isEmpty(), allowed);
    QCOMPARE(Permissions::allows(userWith({ role }), action), allowed);
    if (!allowed) {
        // The sentence names the user's post and who to ask instead.
        QVERIFY2(refusal.contains(QStringLiteral(" cannot ")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("; ask ")), qPrintable(refusal));
        QVERIFY2(refusal.endsWith(QLatin1Char('.')), qPrintable(refusal));
        for (UserRole may : Permissions::allowedRoles(action))
            QVERIFY2(refusal.contains(Permissions::roleObject(may)), qPrintable(refusal));
    }
    // Another role on top never takes a permission away.
    QCOMPARE(Permissions::check(userWith({ role, R::FrontOffice }), action).isEmpty(),
             allowed || Permissions::check(userWith({ R::FrontOffice }), action).isEmpty());
}

void TestPermissions::refusalSentences_data()
{
    QTest::addColumn<QSet<UserRole>>("roles");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("sentence");
    QTest::addRow("front office initials")
        << QSet<UserRole> { R::FrontOffice } << Action::Initial
        << QStringLiteral("A front-office clerk cannot initial a document; ask the head of "
                          "division, the secretary or a back-office officer.");
    QTest::addRow("verifier takes a letter number")
        << QSet<UserRole> { R::Verifier } << Action::IssueLetterNumber
        << QStringLiteral("A verifier (field officer) cannot issue a letter number; ask a "
                          "back-office officer.");
    QTest::addRow("administrator signs")
        << QSet<UserRole> { R::Administrator } << Action::Sign
        << QStringLiteral("An administrator cannot sign a document; ask the head of office.");
    QTest::addRow("head of office registers")
        << QSet<UserRole> { R::HeadOfOffice } << Action::RegisterCase
        << QStringLiteral("The head of office cannot register a case; ask a front-office clerk.");
    QTest::addRow("several roles: the person is named")
        << QSet<UserRole> { R::FrontOffice, R::Verifier } << Action::Sign
        << QStringLiteral("Rina Marlina cannot sign a document; ask the head of office.");
    QTest::addRow("no role at all")
        << QSet<UserRole> {} << Action::HandOver
        << QStringLiteral("Rina Marlina cannot hand over a product; ask a front-office clerk.");
}

void TestPermissions::refusalSentences()
{
    QFETCH(QSet<UserRole>, roles);
    QFETCH(Action, action);
    QFETCH(QString, sentence);
    QCOMPARE(Permissions::check(userWith(roles), action), sentence);
}

void TestPermissions::disabledAccountMayDoNothing()
{
    const QList<UserRole> roles = allUserRoles();
    const User disabled = userWith(QSet<UserRole>(roles.cbegin(), roles.cend()), false);
    for (Action action : allActions()) {
        const QString refusal = Permissions::check(disabled, action);
        QVERIFY2(refusal.contains(QStringLiteral("disabled")), qPrintable(refusal));
    }
}

void TestPermissions::caseOfficers_data()
{
    QTest::addColumn<UserRole>("role");
    QTest::addColumn<bool>("officer");
    QTest::addColumn<bool>("worklist");
    // Written out per role, so that a role added later must be placed here by hand.
    const QList<std::tuple<UserRole, bool, bool>> expected = {
        { R::FrontOffice, false, false },   { R::BackOffice, true, true },
        { R::Verifier, true, true },        { R::HeadOfDivision, false, true },
        { R::Secretary, false, true },      { R::HeadOfOffice, false, true },
        { R::Administrator, false, false },
    };
    QCOMPARE(expected.size(), allUserRoles().size());
    for (const auto& [role, officer, worklist] : expected)
        QTest::addRow("%s", qPrintable(userRoleKey(role))) << role << officer << worklist;
}

void TestPermissions::caseOfficers()
{
    QFETCH(UserRole, role);
    QFETCH(bool, officer);
    QFETCH(bool, worklist);
    QCOMPARE(Permissions::isCaseOfficerRole(role), officer);
    QCOMPARE(Permissions::caseOfficerRoles().contains(role), officer);
    QCOMPARE(Permissions::isCaseOfficer(userWith({ role })), officer);
    QCOMPARE(Permissions::hasWorklist(userWith({ role })), worklist);
    // A disabled account is given no case, whatever its role; its tabs are the login's business.
    QVERIFY(!Permissions::isCaseOfficer(userWith({ role }, false)));
    QCOMPARE(Permissions::hasWorklist(userWith({ role }, false)), worklist);
    // A second role never takes the first away.
    QCOMPARE(Permissions::isCaseOfficer(userWith({ role, R::FrontOffice })), officer);
    QCOMPARE(Permissions::isCaseOfficer(userWith({ role, R::Verifier })), true);
    QCOMPARE(Permissions::hasWorklist(userWith({ role, R::Administrator })), worklist);
}

void TestPermissions::stepRoles_data()
{
    QTest::addColumn<Role>("step");
    QTest::addColumn<UserRole>("role");
    QTest::addColumn<Action>("action");
    QTest::addRow("applicant") << Role::Applicant << R::BackOffice << Action::AdvanceStep;
    QTest::addRow("front-office") << Role::FrontOffice << R::FrontOffice << Action::CounterStep;
    QTest::addRow("back-office") << Role::BackOffice << R::BackOffice << Action::AdvanceStep;
    QTest::addRow("verifier") << Role::Verifier << R::Verifier << Action::VerifyStep;
    QTest::addRow("field-officer") << Role::FieldOfficer << R::Verifier << Action::VerifyStep;
    QTest::addRow("supervisor") << Role::Supervisor << R::BackOffice << Action::AdvanceStep;
    QTest::addRow("head-of-division")
        << Role::HeadOfDivision << R::HeadOfDivision << Action::HeadOfDivisionStep;
    QTest::addRow("secretary") << Role::Secretary << R::Secretary << Action::SecretaryStep;
    QTest::addRow("head-of-office")
        << Role::HeadOfOffice << R::HeadOfOffice << Action::HeadOfOfficeStep;
    QTest::addRow("external") << Role::External << R::BackOffice << Action::AdvanceStep;
}

void TestPermissions::stepRoles()
{
    QFETCH(Role, step);
    QFETCH(UserRole, role);
    QFETCH(Action, action);
    QCOMPARE(Permissions::roleForStep(step), role);
    QCOMPARE(Permissions::actionForStep(step), action);
    QCOMPARE(Permissions::allowedRoles(action), QList<UserRole> { role });
}

void TestPermissions::transitions_data()
{
    using S = CaseStatus;
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<CaseStatus>("to");
    QTest::addColumn<bool>("valid");
    const QList<QPair<S, S>> flow = {
        { S::WaitingDocuments, S::Registered }, { S::Registered, S::InVerification },
        { S::InVerification, S::InProcess },    { S::InProcess, S::AwaitingSignoff },
        { S::AwaitingSignoff, S::InProcess },   { S::AwaitingSignoff, S::ProductReady },
        { S::ProductReady, S::HandedOver },
    };
    const QList<S> all
        = { S::Registered,      S::WaitingDocuments, S::InVerification, S::InProcess,
            S::AwaitingSignoff, S::ProductReady,     S::HandedOver,     S::Rejected };
    for (S from : all) {
        for (S to : all) {
            const bool valid
                = from != to && isOpen(from) && (to == S::Rejected || flow.contains({ from, to }));
            QTest::addRow("%s to %s", qPrintable(caseStatusKey(from)),
                          qPrintable(caseStatusKey(to)))
                << from << to << valid;
        }
    }
}

void TestPermissions::transitions()
{
    QFETCH(CaseStatus, from);
    QFETCH(CaseStatus, to);
    QFETCH(bool, valid);
    const QString refusal = CaseWorkflow::transitionRefusal(from, to);
    QCOMPARE(refusal.isEmpty(), valid);
    QCOMPARE(CaseWorkflow::isValidTransition(from, to), valid);
    if (!valid)
        QVERIFY2(refusal.contains(caseStatusTitle(from)), qPrintable(refusal));
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
