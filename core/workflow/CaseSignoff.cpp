// CaseWorkflow: tiered initials (paraf berjenjang), returns to the drafter, and signing.
#include "CaseModel.h"
#include "CaseWorkflow.h"
#include "CaseWorkflowHistory.h"
#include "DatabaseError.h"
#include "SignoffSettings.h"
#include "SqlValues.h"
#include "WorkflowQueries.h"
#include "WorkflowSupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {
namespace {

QString roleName(Role role)
{
    return Permissions::roleObject(Permissions::roleForStep(role));
}

// The signer's turn: the head of office, or a stand-in who may sign for them.
bool maySign(const User& user)
{
    return Permissions::allows(user, Action::Sign)
        || Permissions::allows(user, Action::SignAsStandIn);
}

} // namespace

bool CaseWorkflow::insertSignoff(Work& work, SignoffEntry::Kind kind, Role role, int round,
                                 const QString& chain, const QString& note, SignForm form,
                                 const IssuedDocument& document, const QJsonObject& extra)
{
    if (!HistoryWriter(m_database)
             .signoff({ work.record.id, round, kind, role, work.actor.id, form, chain, note,
                        document, work.now },
                      work.error))
        return false;
    QJsonObject after = extra;
    after.insert(QStringLiteral("round"), round);
    after.insert(QStringLiteral("role"), catalogkeys::roleKey(role));
    if (!chain.isEmpty())
        after.insert(QStringLiteral("chain"), chain);
    if (!note.isEmpty())
        after.insert(QStringLiteral("note"), note);
    if (kind == SignoffEntry::Kind::Sign) {
        after.insert(QStringLiteral("form"), signFormKey(form));
        after.insert(QStringLiteral("letterNumber"), document.letterNumber);
    }
    return audit(work, signoffKindKey(kind), {}, after);
}

bool CaseWorkflow::submitForSignoff(const QString& caseNumber, const QString& note,
                                    const User& user, const QDateTime& now, QString* errorMessage)
{
    return run(caseNumber, user, Action::SubmitDraft, now, errorMessage, [&](Work& work) {
        if (work.record.status == CaseStatus::AwaitingSignoff) {
            *work.error
                = tr("The draft of case %1 is already awaiting sign-off.").arg(work.record.number);
            return false;
        }
        const std::optional<SignoffConfig> config
            = SignoffSettings(m_database, m_catalog).config(work.record.serviceCode, work.error);
        if (!config)
            return false;
        const int round
            = WorkflowQueries(m_database, m_catalog).signoff(work.record.id, work.error).round + 1;
        if (!work.error->isEmpty())
            return false;
        return changeStatus(work, CaseStatus::AwaitingSignoff, note.trimmed())
            && insertSignoff(work, SignoffEntry::Kind::Submit, Role::BackOffice, round,
                             config->chain.encode(), note.trimmed(), SignForm::Own, {});
    });
}

// Paraf berjenjang as Permendagri 1/2023 on tata naskah dinas has it: the drafter (konseptor)
// initials first, then each tier up the hierarchy, then the signer signs. So each tier is
// initialled in order by a holder of its role, the drafter included: their initial on a tier
// they hold is the paraf konseptor. Nobody initials two tiers of one draft. Signing is not an
// initial: whoever initialled may still sign when the chain or the day makes them the signer
// (a.n., or Plh. while the head is away). Thus with one person per role every chain an
// administrator may set has its people: the drafter holds the back office's (supervisor) tier,
// every other tier and the signer are someone else's.
QString CaseWorkflow::initialRefusal(const SignoffState& state, const User& user)
{
    if (!state.open)
        return tr("No draft is waiting for initials.");
    if (state.waitsForSigner())
        return tr("The draft has all its initials; it waits for the signature of %1.")
            .arg(roleName(state.chain.signer));
    const Role tier = state.chain.initials.at(state.initialsDone);
    if (!user.hasRole(Permissions::roleForStep(tier)))
        return tr("The draft waits for the initials of %1 first.").arg(roleName(tier));
    for (const SignoffEntry& entry : state.entries) {
        if (entry.kind == SignoffEntry::Kind::Initial && entry.userId == user.id)
            return tr("You have already initialled this draft.");
    }
    return {};
}

bool CaseWorkflow::initial(const QString& caseNumber, const QString& note, const User& user,
                           const QDateTime& now, QString* errorMessage)
{
    return run(caseNumber, user, Action::Initial, now, errorMessage, [&](Work& work) {
        if (work.record.status != CaseStatus::AwaitingSignoff) {
            *work.error = tr("Case %1 has no draft waiting for initials (it is \"%2\").")
                              .arg(work.record.number, caseStatusTitle(work.record.status));
            return false;
        }
        const SignoffState state
            = WorkflowQueries(m_database, m_catalog).signoff(work.record.id, work.error);
        if (!work.error->isEmpty())
            return false;
        *work.error = initialRefusal(state, work.actor);
        if (!work.error->isEmpty())
            return false;
        QJsonObject extra;
        if (work.actor.id == state.drafterId)
            extra.insert(QStringLiteral("paraf"), QStringLiteral("konseptor"));
        return insertSignoff(work, SignoffEntry::Kind::Initial,
                             state.chain.initials.at(state.initialsDone), state.round, QString(),
                             note.trimmed(), SignForm::Own, {}, extra);
    });
}

bool CaseWorkflow::returnDraft(const QString& caseNumber, const QString& note, const User& user,
                               const QDateTime& now, QString* errorMessage)
{
    return run(caseNumber, user, Action::ReturnDraft, now, errorMessage, [&](Work& work) {
        if (work.record.status != CaseStatus::AwaitingSignoff) {
            *work.error = tr("Case %1 has no draft awaiting sign-off (it is \"%2\").")
                              .arg(work.record.number, caseStatusTitle(work.record.status));
            return false;
        }
        const SignoffState state
            = WorkflowQueries(m_database, m_catalog).signoff(work.record.id, work.error);
        if (!work.error->isEmpty())
            return false;
        const Role holder = state.nextRole().value_or(state.chain.signer);
        const bool mayReturn = state.waitsForSigner()
            ? maySign(work.actor)
            : work.actor.hasRole(Permissions::roleForStep(holder));
        const QString text = note.trimmed();
        if (!mayReturn)
            *work.error
                = tr("The draft is with %1; only they can return it now.").arg(roleName(holder));
        else if (text.isEmpty() || text.size() > 2000)
            *work.error = tr("Say what the drafter should change (at most 2000 characters).");
        if (!work.error->isEmpty())
            return false;
        const Role actedAs = state.waitsForSigner() ? state.chain.signer : holder;
        if (!insertSignoff(work, SignoffEntry::Kind::Return, actedAs, state.round, QString(), text,
                           SignForm::Own, {})
            || !changeStatus(work, CaseStatus::InProcess, text))
            return false;
        // The draft goes back to the desk of whoever wrote it.
        const qint64 assigned
            = WorkflowQueries(m_database, m_catalog).assignedTo(work.record.id, work.error);
        if (!work.error->isEmpty())
            return false;
        return state.drafterId == 0 || assigned == state.drafterId
            || assign(work, state.drafterId, text);
    });
}

std::optional<IssuedDocument> CaseWorkflow::sign(const QString& caseNumber,
                                                 std::optional<SignForm> form, const User& user,
                                                 const QDateTime& now, QString* errorMessage)
{
    std::optional<IssuedDocument> issued;
    const bool signedOff = run(caseNumber, user, std::nullopt, now, errorMessage, [&](Work& work) {
        const SignoffState state
            = WorkflowQueries(m_database, m_catalog).signoff(work.record.id, work.error);
        if (!work.error->isEmpty())
            return false;
        const SignForm how = form.value_or(state.open ? state.chain.form : SignForm::Own);
        // In one's own name only the head of office signs; a.n., Plt. and Plh. are stand-ins.
        *work.error = Permissions::check(
            work.actor, how == SignForm::Own ? Action::Sign : Action::SignAsStandIn);
        if (!work.error->isEmpty())
            return false;
        if (work.record.status != CaseStatus::AwaitingSignoff) {
            *work.error = tr("Case %1 has no draft awaiting signature (it is \"%2\").")
                              .arg(work.record.number, caseStatusTitle(work.record.status));
            return false;
        }
        // Without a submitted round there is no chain to follow: signing would skip the
        // initials the rules require. The way on is a return to the drafter, who sends it.
        if (!state.open) {
            *work.error = tr("The draft of case %1 was never sent for initials, so it cannot be "
                             "signed: return it to the drafter, who sends it again.")
                              .arg(work.record.number);
            return false;
        }
        if (!state.waitsForSigner()) {
            *work.error = tr("The draft still needs the initials of %1.")
                              .arg(roleName(state.chain.initials.at(state.initialsDone)));
            return false;
        }
        if (!m_issuer) {
            *work.error = tr("Signing takes the letter number, but no letter numbering is "
                             "connected: the document cannot be issued.");
            return false;
        }
        issued = m_issuer->issue(work.record, { work.actor, how, now }, work.error);
        if (!issued || issued->letterNumber.isEmpty()) {
            if (work.error->isEmpty())
                *work.error = tr("The document could not be issued.");
            issued.reset();
            return false;
        }
        Role actedAs = Role::HeadOfOffice;
        if (how != SignForm::Own)
            actedAs
                = work.actor.hasRole(UserRole::Secretary) ? Role::Secretary : Role::HeadOfDivision;
        return insertSignoff(work, SignoffEntry::Kind::Sign, actedAs, state.round, QString(),
                             QString(), how, *issued)
            && changeStatus(work, CaseStatus::ProductReady, issued->letterNumber);
    });
    if (!signedOff)
        issued.reset();
    return issued;
}

} // namespace loket
