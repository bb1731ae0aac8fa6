// The case view's buttons and shortcuts, and which of them the case and the user call for.
#include "CaseAttachmentsPanel.h"
#include "CaseRecordsPanel.h"
#include "CaseStepsPanel.h"
#include "CaseViewWidget.h"
#include "CaseWorkflow.h"
#include "Permissions.h"
#include "ui_caseviewwidget.h"

#include <QShortcut>

namespace loket::ui {
namespace {

struct Binding
{
    QKeySequence keys;
    QPushButton* button; // null: a shortcut only
    std::function<void()> run;
};

QString withKeys(const QString& text, const QKeySequence& keys)
{
    return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

} // namespace

void CaseViewWidget::setupActions()
{
    const QList<std::pair<QPushButton*, std::function<bool()>>> buttons {
        { m_ui->startButton, [this] { return startWork(); } },
        { m_ui->processButton, [this] { return beginProcessing(); } },
        { m_ui->reassignButton, [this] { return reassign(); } },
        { m_ui->rejectButton, [this] { return reject(); } },
        { m_ui->submitButton, [this] { return submitForSignoff(); } },
        { m_ui->initialButton, [this] { return initialDraft(); } },
        { m_ui->returnButton, [this] { return returnDraft(); } },
        { m_ui->signButton, [this] { return signDraft(); } },
        { m_ui->handoverButton, [this] { return handOver(); } },
        { m_ui->surveyButton, [this] { return recordSurvey(); } },
        { m_ui->printButton, [this] { return printDocument(); } },
        { m_ui->pdfButton, [this] { return saveDocumentPdf(); } },
    };
    for (const auto& [button, run] : buttons)
        connect(button, &QPushButton::clicked, this, [run = run] { run(); });
}

void CaseViewWidget::setShortcutScope(QWidget* scope)
{
    qDeleteAll(m_shortcuts);
    m_shortcuts.clear();
    using K = QKeySequence;
    const QList<Binding> bindings {
        { K(Qt::CTRL | Qt::Key_T), m_ui->startButton, [this] { startWork(); } },
        { K(Qt::CTRL | Qt::SHIFT | Qt::Key_T), m_ui->processButton, [this] { beginProcessing(); } },
        { K(Qt::CTRL | Qt::Key_D), nullptr, [this] { m_steps->requestDone(); } },
        { K(Qt::CTRL | Qt::Key_K), nullptr, [this] { m_steps->requestSkip(); } },
        { K(Qt::CTRL | Qt::SHIFT | Qt::Key_F), nullptr,
          [this] {
              m_ui->sectionsTabWidget->setCurrentWidget(m_ui->recordsContainer);
              m_records->requestVisit();
          } },
        { K(Qt::CTRL | Qt::SHIFT | Qt::Key_N), nullptr,
          [this] {
              m_ui->sectionsTabWidget->setCurrentWidget(m_ui->recordsContainer);
              m_records->requestNote();
          } },
        { K(Qt::CTRL | Qt::Key_U), nullptr, [this] { m_attachments->requestAttach(); } },
        { K(Qt::CTRL | Qt::SHIFT | Qt::Key_O), nullptr, [this] { m_attachments->openSelected(); } },
        { K(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), nullptr, [this] { m_attachments->saveSelected(); } },
        { K(Qt::CTRL | Qt::SHIFT | Qt::Key_R), m_ui->reassignButton, [this] { reassign(); } },
        { K(Qt::CTRL | Qt::SHIFT | Qt::Key_X), m_ui->rejectButton, [this] { reject(); } },
        { K(Qt::CTRL | Qt::Key_M), m_ui->submitButton, [this] { submitForSignoff(); } },
        { K(Qt::CTRL | Qt::Key_I), m_ui->initialButton, [this] { initialDraft(); } },
        { K(Qt::CTRL | Qt::Key_R), m_ui->returnButton, [this] { returnDraft(); } },
        { K(Qt::CTRL | Qt::Key_G), m_ui->signButton, [this] { signDraft(); } },
        { K(Qt::CTRL | Qt::Key_H), m_ui->handoverButton, [this] { handOver(); } },
        { K(Qt::CTRL | Qt::SHIFT | Qt::Key_K), m_ui->surveyButton, [this] { recordSurvey(); } },
        { K(Qt::CTRL | Qt::Key_P), m_ui->printButton, [this] { printDocument(); } },
        { K(Qt::CTRL | Qt::SHIFT | Qt::Key_S), m_ui->pdfButton, [this] { saveDocumentPdf(); } },
        { K(Qt::Key_F5), nullptr, [this] { reload(); } },
    };
    for (const Binding& binding : bindings) {
        auto* shortcut = new QShortcut(binding.keys, scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, binding.run);
        m_shortcuts << shortcut;
        if (binding.button)
            binding.button->setProperty("loketKeys", binding.keys);
    }
    updateActions();
}

void CaseViewWidget::updateActions()
{
    const User& user = m_session.user;
    // A plain flag and value, not std::optional<CaseStatus>: GCC 12's optimiser reports the
    // optional as maybe uninitialised (a false positive) and would fail a -Werror build.
    const bool hasCase = m_case.has_value();
    const CaseStatus status = hasCase ? m_case->status : CaseStatus::Registered;
    const auto is = [hasCase, status](CaseStatus wanted) { return hasCase && status == wanted; };
    const bool signerTurn = is(CaseStatus::AwaitingSignoff) && m_signoff.waitsForSigner();
    const bool canSign = Permissions::allows(user, Action::Sign)
        || Permissions::allows(user, Action::SignAsStandIn);
    const bool printable = !m_documents.isEmpty() || is(CaseStatus::Rejected);
    // Whose initials the draft waits for, by core's rule: another tier's turn is said, not
    // just greyed out; the drafter is offered their own tier's initial (paraf konseptor).
    QString initialRefusal = Permissions::check(user, Action::Initial);
    if (initialRefusal.isEmpty() && m_signoff.open && !signerTurn)
        initialRefusal = CaseWorkflow::initialRefusal(m_signoff, user);
    const bool konseptor = m_signoff.open && m_signoff.drafterId == user.id;
    struct State
    {
        QPushButton* button;
        QString text;
        bool applies;
        QString refusal;
    };
    const QList<State> states {
        { m_ui->startButton, tr("Start work"), is(CaseStatus::Registered),
          Permissions::check(user, Action::StartWork) },
        { m_ui->processButton, tr("Begin processing"), is(CaseStatus::InVerification),
          Permissions::check(user, Action::BeginProcessing) },
        { m_ui->reassignButton, tr("Reassign to another officer"),
          hasCase && isOpen(status) && !is(CaseStatus::ProductReady),
          Permissions::check(user, Action::Reassign) },
        { m_ui->rejectButton, tr("Reject the case with a reason"),
          hasCase && CaseWorkflow::isValidTransition(status, CaseStatus::Rejected),
          Permissions::check(user, Action::Reject) },
        { m_ui->submitButton, tr("Send the draft for initials"), is(CaseStatus::InProcess),
          Permissions::check(user, Action::SubmitDraft) },
        { m_ui->initialButton,
          konseptor ? tr("Read your draft and initial it as its drafter (paraf konseptor)")
                    : tr("Read and initial the draft"),
          is(CaseStatus::AwaitingSignoff) && !signerTurn, initialRefusal },
        { m_ui->returnButton, tr("Return the draft to the drafter with a note"),
          is(CaseStatus::AwaitingSignoff), Permissions::check(user, Action::ReturnDraft) },
        { m_ui->signButton, tr("Read and sign the document"), signerTurn,
          canSign ? QString() : Permissions::check(user, Action::Sign) },
        { m_ui->handoverButton, tr("Hand the product over to who collects it"),
          is(CaseStatus::ProductReady), Permissions::check(user, Action::HandOver) },
        { m_ui->surveyButton,
          m_surveyed ? tr("The applicant's satisfaction survey is recorded")
                     : tr("Record the applicant's answers to the satisfaction survey"),
          is(CaseStatus::HandedOver) && !m_surveyed, Permissions::check(user, Action::HandOver) },
        { m_ui->printButton,
          m_documents.isEmpty() ? tr("Print the rejection letter")
                                : tr("Print the product (a reprint is marked SALINAN)"),
          printable, QString() },
        { m_ui->pdfButton, tr("Save the document as PDF (counted as a printing)"), printable,
          QString() },
    };
    for (const State& state : states) {
        const QKeySequence keys = state.button->property("loketKeys").value<QKeySequence>();
        state.button->setEnabled(state.applies && state.refusal.isEmpty());
        // A refused user sees why, in core's words; the shortcut still asks core and shows it.
        state.button->setToolTip(
            withKeys(state.refusal.isEmpty() ? state.text : state.refusal, keys));
    }
    m_ui->printButton->setText(m_documents.isEmpty() && is(CaseStatus::Rejected)
                                   ? tr("Print rejection letter")
                                   : tr("Print"));
}

} // namespace loket::ui
