// The workflow's operations by name, each with the state a case needs for it: shared by the
// tests that run every operation (by every role, or in the wrong state).
#pragma once

#include "WorkflowFixture.h"

namespace loket::test {

inline const QByteArray kPdf
    = QByteArrayLiteral("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n");

// The state each operation needs to succeed, and the action whose permission it checks.
struct Operation
{
    const char* name;
    CaseStatus status;
    int stepsDone; // steps of PKY-08 recorded before (1 applicant, 2 verifier, 3 back office)
    Action action;
};

inline const QList<Operation>& operations()
{
    using S = CaseStatus;
    static const QList<Operation> list = {
        { "start", S::Registered, 0, Action::StartWork },
        { "process", S::InVerification, 0, Action::BeginProcessing },
        { "step applicant", S::Registered, 0, Action::AdvanceStep },
        { "step verifier", S::Registered, 1, Action::VerifyStep },
        { "step back-office", S::Registered, 2, Action::AdvanceStep },
        { "step front-office", S::Registered, 3, Action::CounterStep },
        { "visit", S::InVerification, 0, Action::RecordFieldVisit },
        { "note", S::InVerification, 0, Action::AddAssessmentNote },
        { "attach", S::InVerification, 0, Action::AttachFile },
        { "reassign", S::InVerification, 0, Action::Reassign },
        { "reject", S::InVerification, 0, Action::Reject },
        { "submit", S::InProcess, 0, Action::SubmitDraft },
        { "initial", S::AwaitingSignoff, 0, Action::Initial },
        { "return", S::AwaitingSignoff, 0, Action::ReturnDraft },
        { "sign", S::AwaitingSignoff, 0, Action::Sign },
        { "sign a.n.", S::AwaitingSignoff, 0, Action::SignAsStandIn },
        { "handover", S::ProductReady, 0, Action::HandOver },
    };
    return list;
}

// Runs `operation` on case `number` as `user`. Signing first has the head of division initial
// (the default chain of PKY-08) when the draft waits for that.
inline bool perform(WorkflowFixture& f, CaseWorkflow& flow, const QString& operation,
                    const QString& number, const User& user, QString* error)
{
    const QDateTime now = f.tick();
    if (operation == QLatin1String("start"))
        return flow.start(number, user, now, error);
    if (operation == QLatin1String("process"))
        return flow.beginProcessing(number, user, now, error);
    const QMap<QString, int> steps = { { QStringLiteral("step applicant"), 1 },
                                       { QStringLiteral("step verifier"), 2 },
                                       { QStringLiteral("step back-office"), 3 },
                                       { QStringLiteral("step front-office"), 4 } };
    if (steps.contains(operation))
        return flow.markStep(number, steps.value(operation), CaseStep::State::Done, QString(), user,
                             now, error);
    if (operation == QLatin1String("visit"))
        return flow.recordVisit(number, FieldVisit::Kind::HomeVisit, now.date(),
                                QStringLiteral("Rumah semi permanen, 5 jiwa."), user, now, error);
    if (operation == QLatin1String("note"))
        return flow.addNote(number, QStringLiteral("Layak dibantu."), user, now, error);
    if (operation == QLatin1String("attach"))
        return flow.attach(number, QStringLiteral("sktm.pdf"), kPdf, user, now, error).has_value();
    if (operation == QLatin1String("reassign"))
        return flow.reassign(number, f.user(QStringLiteral("bayu")).id, QString(), user, now,
                             error);
    if (operation == QLatin1String("reject"))
        return flow.reject(number, QStringLiteral("Bukan penduduk kota."), user, now, error);
    if (operation == QLatin1String("submit"))
        return flow.submitForSignoff(number, QString(), user, now, error);
    if (operation == QLatin1String("initial"))
        return flow.initial(number, QString(), user, now, error);
    if (operation == QLatin1String("return"))
        return flow.returnDraft(number, QStringLiteral("Perbaiki alamat."), user, now, error);
    if (operation == QLatin1String("handover"))
        return flow.handOver(number,
                             { QStringLiteral("Sari Dewi"),
                               QStringLiteral("6271014503900002"),
                               QStringLiteral("spouse"),
                               0,
                               {} },
                             user, now, error);
    // Signing: the head of division initials first.
    QString setup;
    if (f.status(number) == QLatin1String("awaiting-signoff")
        && !flow.initial(number, QString(), f.user(QStringLiteral("hadi")), now, &setup)) {
        *error = setup;
        return false;
    }
    const std::optional<SignForm> form = operation == QLatin1String("sign a.n.")
        ? std::optional<SignForm>(SignForm::AtasNama)
        : std::nullopt;
    return flow.sign(number, form, user, f.tick(), error).has_value();
}

inline const Operation* operationNamed(const QString& name)
{
    for (const Operation& candidate : operations()) {
        if (name == QLatin1String(candidate.name))
            return &candidate;
    }
    return nullptr;
}

} // namespace loket::test
