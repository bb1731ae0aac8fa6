#include "CaseViewWidget.h"

#include "CaseApplicantPanel.h"
#include "CaseAttachmentsPanel.h"
#include "CaseHistoryPanel.h"
#include "CaseMessagesPanel.h"
#include "CaseQueries.h"
#include "CaseRecordsPanel.h"
#include "CaseStepsPanel.h"
#include "CaseWorkflow.h"
#include "DtksLookupWidget.h"
#include "IndonesianText.h"
#include "LetterPrinter.h"
#include "NotificationStore.h"
#include "Permissions.h"
#include "ProductIssuer.h"
#include "SurveyStore.h"
#include "UserStore.h"
#include "WorkflowQueries.h"
#include "Worklist.h"
#include "WorklistModel.h"
#include "ui_caseviewwidget.h"

#include <QApplication>

namespace loket::ui {

CaseViewWidget::CaseViewWidget(Session& session, CaseWorkflow& workflow, ProductIssuer& issuer,
                               QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseViewWidget>())
    , m_session(session)
    , m_workflow(workflow)
    , m_issuer(issuer)
    , m_printer(new LetterPrinter(issuer.renderer(), this))
    , m_applicant(new CaseApplicantPanel(this))
    , m_steps(new CaseStepsPanel(this))
    , m_records(new CaseRecordsPanel(this))
    , m_attachments(new CaseAttachmentsPanel(this))
    , m_history(new CaseHistoryPanel(this))
    , m_messages(new CaseMessagesPanel(this))
{
    m_ui->setupUi(this);
    m_ui->applicantLayout->addWidget(m_applicant);
    m_ui->stepsLayout->addWidget(m_steps);
    m_ui->recordsLayout->addWidget(m_records);
    m_ui->attachmentsLayout->addWidget(m_attachments);
    m_ui->historyLayout->addWidget(m_history);
    // Under the history rather than a tab of its own: the tabs must fit a 1024-pixel screen.
    m_ui->historyLayout->addWidget(m_messages);
    m_applicant->setDtksSource([this](const Case& record) {
        return DtksLookupWidget::caseLine(m_session.database, m_session.catalog, record,
                                          m_session.today());
    });
    m_attachments->setContentSource([this](qint64 id, QString* errorMessage) {
        return WorkflowQueries(m_session.database, m_session.catalog)
            .attachmentContent(id, errorMessage);
    });
    connect(m_steps, &CaseStepsPanel::markRequested, this, &CaseViewWidget::markStep);
    connect(m_records, &CaseRecordsPanel::visitRequested, this, &CaseViewWidget::recordVisit);
    connect(m_records, &CaseRecordsPanel::noteRequested, this, &CaseViewWidget::addNote);
    connect(m_attachments, &CaseAttachmentsPanel::attachRequested, this, &CaseViewWidget::attach);
    const auto showProblem = [this](const QString& text) { showMessage(text, true); };
    connect(m_records, &CaseRecordsPanel::problem, this, showProblem);
    connect(m_attachments, &CaseAttachmentsPanel::problem, this, showProblem);
    m_ui->messageLabel->setFocusPolicy(Qt::NoFocus);
    setupActions();
    setShortcutScope(this);
    clear();
}

CaseViewWidget::~CaseViewWidget() = default;

QString CaseViewWidget::message() const
{
    return m_ui->messageLabel->text();
}

void CaseViewWidget::showMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color:#b00020;font-weight:bold")
                                            : QStringLiteral("color:#1b5e20;font-weight:bold"));
}

int CaseViewWidget::printCount() const
{
    return m_printCounts.isEmpty() ? 0 : m_printCounts.last();
}

QString CaseViewWidget::headerText() const
{
    return QStringList { m_ui->numberLabel->text(),   m_ui->statusLabel->text(),
                         m_ui->serviceLabel->text(),  m_ui->dueLabel->text(),
                         m_ui->assigneeLabel->text(), m_ui->productLabel->text() }
        .join(QLatin1Char('\n'));
}

void CaseViewWidget::clear()
{
    m_case.reset();
    m_signoff = {};
    m_documents.clear();
    m_printCounts.clear();
    m_rejectionReason.clear();
    m_assigneeName.clear();
    m_assignedTo = 0;
    m_surveyed = false;
    m_ui->numberLabel->setText(tr("No case open"));
    m_ui->serviceLabel->setText(tr("Choose a case in the worklist and press Enter."));
    for (QLabel* label : { m_ui->statusLabel, m_ui->dueLabel, m_ui->assigneeLabel,
                           m_ui->productLabel, m_ui->messageLabel })
        label->clear();
    m_ui->productLabel->hide();
    m_applicant->clear();
    m_steps->clear();
    m_records->clear();
    m_attachments->clear();
    m_history->clear();
    m_messages->clear();
    m_ui->sectionsTabWidget->setEnabled(false);
    updateActions();
}

// Without a window manager (or with one slow to hand focus back), a closed dialog can leave no
// widget with the keyboard, and the case's shortcuts would stop working.
void CaseViewWidget::regainFocus()
{
    window()->activateWindow();
    const QWidget* focus = QApplication::focusWidget();
    if (!focus || !window()->isAncestorOf(focus))
        focusCase();
}

void CaseViewWidget::focusCase()
{
    m_ui->sectionsTabWidget->setFocus();
}

bool CaseViewWidget::openCase(const QString& caseNumber)
{
    QString error;
    if (!CaseQueries(m_session.database).idOf(caseNumber, &error)) {
        clear();
        showMessage(error.isEmpty() ? tr("There is no case %1.").arg(caseNumber) : error, true);
        return false;
    }
    const bool another = !m_case || m_case->number != caseNumber;
    // Opening a case shows its applicant's full record: a view the audit log records.
    if (another && !CaseQueries(m_session.database).view(caseNumber, m_session.user.id, &error)) {
        clear();
        showMessage(error, true);
        return false;
    }
    m_case = Case {};
    m_case->number = caseNumber;
    if (another) {
        m_ui->messageLabel->clear();
        m_steps->clearNote();
    }
    reload();
    return true;
}

void CaseViewWidget::reload()
{
    if (!m_case)
        return;
    // Everything is read first: a case shown half (no steps, no history) would mislead.
    QString error;
    const std::optional<Case> record = CaseQueries(m_session.database).find(m_case->number, &error);
    const WorkflowQueries queries(m_session.database, m_session.catalog);
    const qint64 id = record ? record->id : 0;
    const SignoffState signoff = queries.signoff(id, &error);
    const QString rejectionReason = queries.rejectionReason(id, &error);
    const bool surveyed
        = SurveyStore(m_session.database, m_session.catalog).forCase(id, &error).has_value();
    const qint64 assignedTo = queries.assignedTo(id, &error);
    const QList<Assignment> assignments = queries.assignments(id, &error);
    const QList<CaseStep> steps = queries.steps(id, &error);
    const QList<FieldVisit> visits = queries.visits(id, &error);
    const QList<AssessmentNote> notes = queries.notes(id, &error);
    const QList<AttachmentInfo> attachments = queries.attachments(id, &error);
    const std::optional<Handover> handover = queries.handover(id, &error);
    const QList<StatusChange> changes = queries.statusHistory(id, &error);
    const QList<SignoffEntry> signoffs = queries.signoffHistory(id, &error);
    const QList<Notification> messages = NotificationStore(m_session.database).forCase(id, &error);
    const std::optional<User> handedOverBy = handover && error.isEmpty()
        ? UserStore(m_session.database).find(handover->handedOverBy, &error)
        : std::nullopt;
    IssuedDocuments issued(m_session.database);
    const QList<StoredDocument> documents = issued.forCase(id, &error);
    QList<int> printCounts;
    for (const StoredDocument& document : documents)
        printCounts << issued.printCount(document, &error);
    if (!record) {
        clear();
        if (!error.isEmpty())
            showMessage(error, true);
        return;
    }
    if (!error.isEmpty()) {
        const QString number = record->number;
        clear();
        showMessage(tr("Case %1 cannot be shown: %2").arg(number, error), true);
        return;
    }
    m_case = record;
    const QTimeZone zone = timeZoneFromName(m_session.catalog.office.timeZone);
    const User& user = m_session.user;
    const bool open = isOpen(record->status);
    m_signoff = signoff;
    m_rejectionReason = rejectionReason;
    m_surveyed = surveyed;
    m_assignedTo = assignedTo;
    m_assigneeName
        = m_assignedTo != 0 && !assignments.isEmpty() ? assignments.last().toUserName : QString();
    m_documents = documents;
    m_printCounts = printCounts;

    m_applicant->setCase(*record);
    m_steps->setSteps(steps, user, open, zone);
    m_records->setRecords(visits, notes, user, open, zone, now().toTimeZone(zone).date());
    m_attachments->setAttachments(attachments, user, open, zone);
    CaseHistoryPanel::Outcome outcome { m_documents, m_printCounts, m_rejectionReason, handover,
                                        handedOverBy ? handedOverBy->fullName : QString() };
    m_history->setHistory(changes, assignments, signoffs, outcome, zone);
    m_messages->setMessages(messages, record->smsConsent, zone);
    m_ui->sectionsTabWidget->setEnabled(true);
    showHeader();
    updateActions();
}

void CaseViewWidget::showHeader()
{
    const Case& record = *m_case;
    const QTimeZone zone = timeZoneFromName(m_session.catalog.office.timeZone);
    const Service* service = m_session.catalog.service(record.serviceCode);
    m_ui->numberLabel->setText(record.number);
    m_ui->statusLabel->setText(caseStatusTitle(record.status));
    m_ui->serviceLabel->setText(QStringLiteral("%1 %2").arg(
        record.serviceCode, service ? service->name : tr("(service not in the catalog)")));
    QString due = tr("No due date");
    if (record.dueAt.isValid()) {
        const QDateTime at = record.dueAt.toTimeZone(zone);
        due = tr("Due %1, %2")
                  .arg(text::longDateWithDay(at.date()),
                       at.time().toString(QStringLiteral("HH.mm")));
        const bool running = isOpen(record.status) && record.status != CaseStatus::ProductReady;
        if (running) {
            const TimeLeft left
                = Worklist(m_session.database, m_session.catalog, m_session.calendar)
                      .timeLeft(record.dueAt, now());
            due += QStringLiteral(" — ") + WorklistModel::timeLeftText(left);
            m_ui->dueLabel->setStyleSheet(left.urgency == TimeLeft::Urgency::Overdue
                                              ? QStringLiteral("color:#842029;font-weight:bold")
                                              : left.urgency == TimeLeft::Urgency::DueToday
                                              ? QStringLiteral("color:#664d03;font-weight:bold")
                                              : QString());
        } else {
            m_ui->dueLabel->setStyleSheet(QString());
        }
    }
    m_ui->dueLabel->setText(due);
    QString assignee = m_assigneeName.isEmpty() ? tr("Not assigned to an officer")
                                                : tr("Assigned to %1").arg(m_assigneeName);
    if (record.status == CaseStatus::AwaitingSignoff) {
        if (const std::optional<Role> next = m_signoff.nextRole()) {
            const QString who = Permissions::roleObject(Permissions::roleForStep(*next));
            assignee += QStringLiteral(" · ")
                + (m_signoff.waitsForSigner()
                       ? tr("the document waits for the signature of %1").arg(who)
                       : tr("the draft waits for the initials of %1").arg(who));
        }
    }
    m_ui->assigneeLabel->setText(assignee);
    if (m_documents.isEmpty()) {
        m_ui->productLabel->hide();
    } else {
        const StoredDocument& document = m_documents.last();
        const int prints = m_printCounts.last();
        m_ui->productLabel->setText(
            tr("Issued %1 (code %2); %3")
                .arg(document.number, document.verificationCode,
                     prints == 0 ? tr("not printed yet")
                                 : tr("printed %n time(s); the next print is a copy (SALINAN)",
                                      nullptr, prints)));
        m_ui->productLabel->show();
    }
}

} // namespace loket::ui
