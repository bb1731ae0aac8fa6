#include "WorkflowModel.h"

namespace loket {

QString caseStepStateKey(CaseStep::State state)
{
    switch (state) {
    case CaseStep::State::Pending:
        return QStringLiteral("pending");
    case CaseStep::State::Done:
        return QStringLiteral("done");
    case CaseStep::State::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString fieldVisitKindKey(FieldVisit::Kind kind)
{
    return kind == FieldVisit::Kind::HomeVisit ? QStringLiteral("home-visit")
                                               : QStringLiteral("verification");
}

bool fieldVisitKindFromKey(const QString& key, FieldVisit::Kind* kind)
{
    for (auto candidate : { FieldVisit::Kind::Verification, FieldVisit::Kind::HomeVisit }) {
        if (fieldVisitKindKey(candidate) == key) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString signFormKey(SignForm form)
{
    switch (form) {
    case SignForm::Own:
        return {};
    case SignForm::AtasNama:
        return QStringLiteral("a.n.");
    case SignForm::Plt:
        return QStringLiteral("Plt.");
    case SignForm::Plh:
        return QStringLiteral("Plh.");
    }
    return {};
}

bool signFormFromKey(const QString& key, SignForm* form)
{
    // People type "an", "a.n.", "PLT", "plt." alike.
    QString folded = key.trimmed().toLower();
    folded.remove(QLatin1Char('.'));
    if (folded.isEmpty() || folded == QLatin1String("own")) {
        *form = SignForm::Own;
        return true;
    }
    for (auto candidate : { SignForm::AtasNama, SignForm::Plt, SignForm::Plh }) {
        QString name = signFormKey(candidate).toLower();
        name.remove(QLatin1Char('.'));
        if (folded == name) {
            *form = candidate;
            return true;
        }
    }
    return false;
}

Role roleFromKey(const QString& key, bool* ok)
{
    const qsizetype index = catalogkeys::roles().indexOf(key);
    *ok = index >= 0;
    return index >= 0 ? static_cast<Role>(index) : Role::BackOffice;
}

QString SignoffChain::encode() const
{
    QStringList tiers;
    for (Role role : initials)
        tiers << catalogkeys::roleKey(role);
    return QStringList { tiers.join(QLatin1Char(',')), catalogkeys::roleKey(signer),
                         signFormKey(form) }
        .join(QLatin1Char('|'));
}

bool SignoffChain::decode(const QString& text, SignoffChain* chain)
{
    const QStringList parts = text.split(QLatin1Char('|'));
    if (parts.size() != 3)
        return false;
    SignoffChain result;
    bool ok = true;
    for (const QString& key : parts.at(0).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        result.initials << roleFromKey(key, &ok);
        if (!ok)
            return false;
    }
    result.signer = roleFromKey(parts.at(1), &ok);
    if (!ok || !signFormFromKey(parts.at(2), &result.form))
        return false;
    *chain = result;
    return true;
}

QString signoffKindKey(SignoffEntry::Kind kind)
{
    switch (kind) {
    case SignoffEntry::Kind::Submit:
        return QStringLiteral("submit");
    case SignoffEntry::Kind::Initial:
        return QStringLiteral("initial");
    case SignoffEntry::Kind::Return:
        return QStringLiteral("return");
    case SignoffEntry::Kind::Sign:
        return QStringLiteral("sign");
    }
    return {};
}

std::optional<Role> SignoffState::nextRole() const
{
    if (!open)
        return std::nullopt;
    if (initialsDone < chain.initials.size())
        return chain.initials.at(initialsDone);
    return chain.signer;
}

} // namespace loket
