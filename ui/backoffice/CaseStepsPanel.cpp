#include "CaseStepsPanel.h"

#include "Permissions.h"
#include "ui_casestepspanel.h"

#include <QHeaderView>

namespace loket::ui {
namespace {

enum Column { OrderColumn, StepColumn, WhoColumn, NoteColumn };

// Who did the step and when; for an open step, the role that records it.
QString whoText(const CaseStep& step, const QTimeZone& zone)
{
    const QString role = userRoleTitle(Permissions::roleForStep(step.role));
    if (!step.isFinished())
        return CaseStepsPanel::tr("open — %1").arg(role);
    const QString at = step.doneAt.toTimeZone(zone).toString(QStringLiteral("dd-MM-yyyy HH.mm"));
    return step.state == CaseStep::State::Skipped
        ? CaseStepsPanel::tr("skipped by %1\n%2").arg(step.doneByName, at)
        : CaseStepsPanel::tr("done by %1\n%2").arg(step.doneByName, at);
}

} // namespace

CaseStepsPanel::CaseStepsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseStepsPanel>())
{
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->stepsTableWidget;
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({ tr("#"), tr("Step"), tr("Who, when"), tr("Note") });
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(OrderColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WhoColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(NoteColumn, QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->resizeSection(WhoColumn, 190);
    header->resizeSection(NoteColumn, 130);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->stepDoneButton->setToolTip(tr("Mark the next step done (Ctrl+D)"));
    m_ui->stepSkipButton->setToolTip(tr("Skip the next step; write why in the note (Ctrl+K)"));
    connect(m_ui->stepDoneButton, &QPushButton::clicked, this, &CaseStepsPanel::requestDone);
    connect(m_ui->stepSkipButton, &QPushButton::clicked, this, &CaseStepsPanel::requestSkip);
    connect(m_ui->stepNoteLineEdit, &QLineEdit::returnPressed, this, &CaseStepsPanel::requestDone);
}

CaseStepsPanel::~CaseStepsPanel() = default;

void CaseStepsPanel::clear()
{
    m_ui->stepsTableWidget->setRowCount(0);
    m_nextStep = 0;
    m_ui->stepDoneButton->setEnabled(false);
    m_ui->stepSkipButton->setEnabled(false);
    m_ui->stepMessageLabel->clear();
}

void CaseStepsPanel::setSteps(const QList<CaseStep>& steps, const User& user, bool caseOpen,
                              const QTimeZone& zone)
{
    QTableWidget* table = m_ui->stepsTableWidget;
    table->setRowCount(int(steps.size()));
    m_nextStep = 0;
    const CaseStep* next = nullptr;
    for (int row = 0; row < steps.size(); ++row) {
        const CaseStep& step = steps.at(row);
        if (!next && !step.isFinished()) {
            next = &step;
            m_nextStep = step.order;
        }
        auto* order = new QTableWidgetItem(QString::number(step.order));
        // A read-only check box: ticked when done, half-ticked when skipped.
        order->setCheckState(step.state == CaseStep::State::Done          ? Qt::Checked
                                 : step.state == CaseStep::State::Skipped ? Qt::PartiallyChecked
                                                                          : Qt::Unchecked);
        order->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        const QStringList cells { step.text, whoText(step, zone), step.note };
        table->setItem(row, OrderColumn, order);
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (&step == next) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            table->setItem(row, column + 1, item);
        }
    }

    QString refusal;
    if (!caseOpen)
        refusal = tr("The case is closed; its steps can no longer change.");
    else if (!next)
        refusal = tr("Every step is done or skipped.");
    else
        refusal = Permissions::check(user, Permissions::actionForStep(next->role));
    m_ui->stepDoneButton->setEnabled(refusal.isEmpty());
    m_ui->stepSkipButton->setEnabled(refusal.isEmpty());
    if (next && caseOpen && refusal.isEmpty())
        showMessage(tr("Next: step %1. %2").arg(next->order).arg(next->text), false);
    else if (next && caseOpen)
        showMessage(tr("Step %1 is not yours to record: %2").arg(next->order).arg(refusal), false);
    else
        showMessage(refusal, false);
    m_ui->stepDoneButton->setToolTip(refusal.isEmpty() ? tr("Mark the next step done (Ctrl+D)")
                                                       : tr("%1 (Ctrl+D)").arg(refusal));
}

QString CaseStepsPanel::note() const
{
    return m_ui->stepNoteLineEdit->text().trimmed();
}

void CaseStepsPanel::clearNote()
{
    m_ui->stepNoteLineEdit->clear();
}

QString CaseStepsPanel::message() const
{
    return m_ui->stepMessageLabel->text();
}

void CaseStepsPanel::showMessage(const QString& text, bool error)
{
    m_ui->stepMessageLabel->setText(text);
    m_ui->stepMessageLabel->setStyleSheet(error ? QStringLiteral("color:#b00020;font-weight:bold")
                                                : QString());
}

void CaseStepsPanel::requestDone()
{
    if (m_nextStep == 0) {
        showMessage(tr("Every step is done or skipped."), true);
        return;
    }
    emit markRequested(m_nextStep, CaseStep::State::Done, note());
}

void CaseStepsPanel::requestSkip()
{
    if (m_nextStep == 0) {
        showMessage(tr("Every step is done or skipped."), true);
        return;
    }
    if (note().isEmpty()) {
        showMessage(
            tr("Write in the note why step %1 is skipped, then skip it again.").arg(m_nextStep),
            true);
        m_ui->stepNoteLineEdit->setFocus();
        return;
    }
    emit markRequested(m_nextStep, CaseStep::State::Skipped, note());
}

} // namespace loket::ui
