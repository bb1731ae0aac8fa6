#include "CounterWidget.h"

#include "ApplicantForm.h"
#include "CaseQueries.h"
#include "CaseStore.h"
#include "ChecklistWidget.h"
#include "ConnectionWatch.h"
#include "DocumentPrinter.h"
#include "IndonesianText.h"
#include "ReceiptBuilder.h"
#include "ServicePanel.h"
#include "TodayCasesPanel.h"
#include "UserStore.h"
#include "WorkstationSettings.h"
#include "ui_counterwidget.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QShortcut>
#include <QStatusBar>

namespace loket::ui {

CounterWidget::CounterWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CounterWidget>())
    , m_session(session)
    , m_renderer(session.database.directory().isEmpty()
                     ? QString()
                     : session.database.directory() + QStringLiteral("/templates"))
    , m_printer(new DocumentPrinter(m_renderer, this))
    , m_cases(new CaseStore(session.database, session.catalog, session.calendar, this))
    , m_servicePanel(new ServicePanel(session.catalog, this))
    , m_applicant(new ApplicantForm(session, this))
    , m_checklist(new ChecklistWidget([&session] { return session.today(); }, this))
    , m_today(new TodayCasesPanel(session, this))
    , m_connection(new ConnectionWatch(session.database, this))
{
    m_ui->setupUi(this);
    if (session.settings) // A4, or the half-A4 of this counter's receipt printer
        m_printer->setPageSize(session.settings->receiptPageSize());
    m_ui->serviceLayout->addWidget(m_servicePanel);
    m_ui->applicantLayout->addWidget(m_applicant);
    m_ui->checklistLayout->addWidget(m_checklist);
    m_ui->todayLayout->addWidget(m_today);
    m_ui->mainSplitter->setSizes({ 300, 600, 380 });
    m_ui->middleSplitter->setSizes({ 430, 300 });

    connect(m_servicePanel, &ServicePanel::serviceChosen, this, &CounterWidget::onServiceChosen);
    connect(m_servicePanel, &ServicePanel::printStandardRequested, this,
            [this](const Service* service) {
                m_printer->preview(
                    m_renderer.serviceStandardHtml(m_session.catalog.office, *service),
                    service->name, this);
            });
    connect(m_applicant, &ApplicantForm::changed, this, [this] {
        m_dirty = true;
        m_checklist->setApplicant(m_applicant->person());
    });
    connect(m_checklist, &ChecklistWidget::changed, this, [this] { m_dirty = true; });
    connect(m_today, &TodayCasesPanel::caseOpened, this, &CounterWidget::openCase);
    connect(m_ui->registerButton, &QPushButton::clicked, this, &CounterWidget::registerCurrent);
    connect(m_connection, &ConnectionWatch::lost, this, [this] { showConnection(true); });
    connect(m_connection, &ConnectionWatch::restored, this, [this] { showConnection(false); });
    connect(m_ui->printButton, &QPushButton::clicked, this, &CounterWidget::printReceipt);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, [this] { saveReceiptPdf(); });
    connect(m_ui->newButton, &QPushButton::clicked, this, &CounterWidget::nextApplicant);
    connect(m_ui->draftsComboBox, &QComboBox::activated, this,
            [this](int index) { restoreDraft(index - 1); });
    // Enter moves on through the applicant's fields, as on paper forms.
    for (QLineEdit* edit : m_applicant->findChildren<QLineEdit*>())
        edit->installEventFilter(this);
    setupShortcuts();
    refreshDrafts();
    resetForm();
}

CounterWidget::~CounterWidget() = default;

void CounterWidget::setupShortcuts()
{
    struct Binding
    {
        QKeySequence keys;
        QWidget* button;
        std::function<void()> action;
    };
    const QList<Binding> bindings {
        { QKeySequence(Qt::Key_F2), nullptr, [this] { m_servicePanel->focusSearch(); } },
        { QKeySequence(Qt::Key_F3), nullptr, [this] { m_applicant->firstField()->setFocus(); } },
        { QKeySequence(Qt::Key_F4), nullptr, [this] { m_checklist->focusItems(); } },
        { QKeySequence(Qt::Key_F6), nullptr, [this] { m_today->focusSearch(); } },
        { QKeySequence(Qt::CTRL | Qt::Key_Return), m_ui->registerButton,
          [this] { registerCurrent(); } },
        { QKeySequence(Qt::CTRL | Qt::Key_Enter), nullptr, [this] { registerCurrent(); } },
        { QKeySequence(Qt::CTRL | Qt::Key_P), m_ui->printButton, [this] { printReceipt(); } },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), m_ui->pdfButton,
          [this] { saveReceiptPdf(); } },
        { QKeySequence(Qt::CTRL | Qt::Key_N), m_ui->newButton, [this] { nextApplicant(); } },
        { QKeySequence(Qt::Key_Escape), nullptr, [this] { nextApplicant(); } },
    };
    for (const Binding& binding : bindings) {
        auto* shortcut = new QShortcut(binding.keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, binding.action);
        if (binding.button)
            binding.button->setToolTip(
                QStringLiteral("%1 (%2)").arg(static_cast<QPushButton*>(binding.button)->text(),
                                              binding.keys.toString(QKeySequence::NativeText)));
    }
    m_ui->newButton->setToolTip(
        tr("Next applicant; an unfinished one is kept as a draft (Ctrl+N, Esc)"));
    m_ui->draftsComboBox->setToolTip(tr("Applicants set aside mid-way: choose one to carry on"));
}

bool CounterWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            // Same as Tab: the next field in the form's tab order.
            QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
            QCoreApplication::sendEvent(watched, &tab);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CounterWidget::onServiceChosen(const Service* service)
{
    if (m_completing)
        return; // a returning file keeps its service
    m_service = service;
    m_applicant->setService(service);
    m_checklist->setService(service);
    m_checklist->setApplicant(m_applicant->person());
    m_case.reset();
    m_ui->printButton->setEnabled(false);
    m_ui->pdfButton->setEnabled(false);
}

// In the window's status bar too: the clerk may be looking at another part of the screen.
void CounterWidget::showConnection(bool lost)
{
    const QString text = lost ? ConnectionWatch::lostMessage() : ConnectionWatch::restoredMessage();
    showMessage(text, lost);
    m_ui->registerButton->setEnabled(!lost);
    if (auto* window = qobject_cast<QMainWindow*>(this->window()))
        window->statusBar()->showMessage(lost ? text : QString());
}

QString CounterWidget::message() const
{
    return m_ui->messageLabel->text();
}

void CounterWidget::showMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color:#b00020;font-weight:bold")
                                            : QStringLiteral("color:#1b5e20;font-weight:bold"));
}

bool CounterWidget::registerCurrent()
{
    if (m_connection->isLost()) { // Ctrl+Enter while the button is disabled
        showMessage(ConnectionWatch::lostMessage(), true);
        return false;
    }
    if (!m_service) {
        showMessage(tr("Choose a service first (F2)."), true);
        return false;
    }
    if (m_case && !m_completing) {
        showMessage(tr("This case is already registered: %1. Press Ctrl+N for the next applicant.")
                        .arg(m_case->number),
                    true);
        return false;
    }
    const User& clerk = m_session.user;
    CaseStore& store = *m_cases;
    QString error;
    std::optional<Case> result;
    if (m_completing) {
        result = store.updateChecklist(m_case->number, m_checklist->items(), clerk,
                                       m_session.clock(), &error);
    } else {
        if (!m_applicant->validate()) {
            showMessage(tr("Fix the fields marked in red; nothing has been saved and nothing typed "
                           "is lost."),
                        true);
            return false;
        }
        CaseDraft draft { m_service->code, m_checklist->isRenewal(), m_applicant->person(),
                          m_applicant->organisation(), m_checklist->items() };
        draft.smsConsent = m_applicant->smsConsent();
        result = store.registerCase(draft, clerk, m_session.clock(), &error);
    }
    if (!result) {
        if (!m_connection->checkAfterFailure())
            showMessage(tr("Not saved: %1\nNothing typed is lost; try again.").arg(error), true);
        return false;
    }
    m_case = result;
    m_completing = false;
    m_dirty = false;
    m_ui->printButton->setEnabled(true);
    m_ui->pdfButton->setEnabled(true);
    m_ui->registerButton->setText(tr("Register"));
    const QTimeZone zone = timeZoneFromName(m_session.catalog.office.timeZone);
    if (result->status == CaseStatus::WaitingDocuments)
        showMessage(tr("%1 waits for documents (%n missing). Print the slip (Ctrl+P).", nullptr,
                       int(m_checklist->missing().size()))
                        .arg(result->number),
                    false);
    else if (result->dueAt.isValid())
        showMessage(
            tr("Registered %1, due %2. Print the receipt (Ctrl+P).")
                .arg(result->number, text::longDateWithDay(result->dueAt.toTimeZone(zone).date())),
            false);
    else
        showMessage(tr("Registered %1. Print the receipt (Ctrl+P).").arg(result->number), false);
    m_today->refresh();
    return true;
}

QString CounterWidget::receiptHtml(QString* errorMessage) const
{
    // The receipt names who registered the case: never a guess when that cannot be read.
    const std::optional<User> registrar
        = UserStore(m_session.database).find(m_case->registeredBy, errorMessage);
    if (!errorMessage->isEmpty())
        return {};
    const ReceiptData receipt
        = ReceiptBuilder::build(*m_case, m_session.catalog, registrar.value_or(m_session.user));
    return m_renderer.receiptHtml(receipt, m_session.catalog.service(m_case->serviceCode));
}

bool CounterWidget::printReceipt()
{
    if (!m_case) {
        showMessage(tr("Register the case first (Ctrl+Enter), or open one from today's cases."),
                    true);
        return false;
    }
    QString error;
    const QString html = receiptHtml(&error);
    if (!error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    const bool printed = m_printer->preview(html, m_case->number, this);
    if (printed
        && !m_cases->recordPrint(m_case->number, QStringLiteral("receipt"), m_session.user, &error))
        showMessage(
            tr("The receipt was printed, but the printing could not be recorded: %1").arg(error),
            true);
    return printed;
}

bool CounterWidget::saveReceiptPdf(QString* writtenPath)
{
    if (!m_case) {
        showMessage(tr("Register the case first (Ctrl+Enter), or open one from today's cases."),
                    true);
        return false;
    }
    QString name = m_case->number;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    QString error;
    const QString html = receiptHtml(&error);
    if (!error.isEmpty()) {
        showMessage(error, true);
        return false;
    }
    const bool saved = m_printer->savePdf(html, QStringLiteral("tanda-terima-%1.pdf").arg(name),
                                          this, writtenPath);
    if (saved
        && !m_cases->recordPrint(m_case->number, QStringLiteral("receipt-pdf"), m_session.user,
                                 &error))
        showMessage(
            tr("The receipt was saved, but the saving could not be recorded: %1").arg(error), true);
    return saved;
}

void CounterWidget::openCase(const QString& caseNumber)
{
    QString error;
    const std::optional<Case> record = CaseQueries(m_session.database).find(caseNumber, &error);
    if (!record) {
        showMessage(error.isEmpty() ? tr("There is no case %1.").arg(caseNumber) : error, true);
        return;
    }
    keepDraft();
    m_completing = false;
    m_servicePanel->selectService(record->serviceCode);
    onServiceChosen(m_session.catalog.service(record->serviceCode));
    m_applicant->setApplicant(record->person, record->organisation);
    m_checklist->setRenewal(record->renewal);
    m_checklist->setItems(record->checklist);
    m_case = record;
    m_completing = record->status == CaseStatus::WaitingDocuments;
    m_dirty = false;
    m_ui->printButton->setEnabled(true);
    m_ui->pdfButton->setEnabled(true);
    m_ui->registerButton->setText(m_completing ? tr("Complete the file") : tr("Register"));
    showMessage(m_completing ? tr("%1 waits for documents: tick what the applicant brought, then "
                                  "Ctrl+Enter.")
                                   .arg(record->number)
                             : tr("%1 (%2) opened; Ctrl+P prints its receipt again.")
                                   .arg(record->number, caseStatusTitle(record->status)),
                false);
    m_checklist->focusItems();
}

bool CounterWidget::isDirty() const
{
    return m_dirty && !m_case
        && (!m_applicant->person().nik.isEmpty() || !m_applicant->person().fullName.isEmpty());
}

void CounterWidget::keepDraft()
{
    if (!isDirty())
        return;
    const Person person = m_applicant->person();
    Draft draft { m_service ? m_service->code : QString(),
                  person,
                  m_applicant->organisation(),
                  m_checklist->items(),
                  m_checklist->isRenewal(),
                  {} };
    draft.label
        = QStringLiteral("%1 — %2 — %3")
              .arg(QTime::currentTime().toString(QStringLiteral("HH.mm")),
                   person.fullName.isEmpty() ? person.nik : person.fullName, draft.serviceCode);
    m_drafts.append(draft);
    refreshDrafts();
}

void CounterWidget::refreshDrafts()
{
    m_ui->draftsComboBox->clear();
    m_ui->draftsComboBox->addItem(tr("%n draft(s)", nullptr, int(m_drafts.size())));
    for (const Draft& draft : std::as_const(m_drafts))
        m_ui->draftsComboBox->addItem(draft.label);
    m_ui->draftsComboBox->setEnabled(!m_drafts.isEmpty());
}

void CounterWidget::resetForm()
{
    m_case.reset();
    m_completing = false;
    m_applicant->clear();
    m_checklist->setService(m_service);
    m_dirty = false;
    m_ui->printButton->setEnabled(false);
    m_ui->pdfButton->setEnabled(false);
    m_ui->registerButton->setText(tr("Register"));
}

void CounterWidget::nextApplicant()
{
    keepDraft();
    resetForm();
    showMessage(m_drafts.isEmpty() ? tr("Ready for the next applicant.")
                                   : tr("Ready for the next applicant; %n draft(s) kept.", nullptr,
                                        int(m_drafts.size())),
                false);
    m_servicePanel->focusSearch();
}

void CounterWidget::restoreDraft(int index)
{
    if (index < 0 || index >= m_drafts.size())
        return;
    const Draft draft = m_drafts.takeAt(index);
    keepDraft();
    resetForm();
    m_servicePanel->selectService(draft.serviceCode);
    onServiceChosen(m_session.catalog.service(draft.serviceCode));
    m_applicant->setApplicant(draft.person, draft.organisation);
    m_checklist->setRenewal(draft.renewal);
    m_checklist->setItems(draft.checklist);
    m_dirty = true;
    refreshDrafts();
    showMessage(tr("Draft restored: %1").arg(draft.label), false);
}

} // namespace loket::ui
