#include "ChecklistWidget.h"

#include "EligibilityChecker.h"
#include "ui_checklistwidget.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QShortcut>
#include <QSignalBlocker>

namespace loket::ui {

ChecklistWidget::ChecklistWidget(std::function<QDate()> today, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChecklistWidget>())
    , m_today(std::move(today))
{
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->checklistTableWidget;
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({ tr("Present"), tr("Requirement"), tr("Check"), tr("Note") });
    table->horizontalHeader()->setSectionResizeMode(RequirementColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(CheckColumn, QHeaderView::ResizeToContents);
    table->setColumnWidth(NoteColumn, 160);
    table->verticalHeader()->setVisible(true);
    table->setWordWrap(true);
    table->setToolTip(tr("Space ticks the item; type in the Note column to add a note"));
    m_prompt = [this](const QString& requirement, const QString& finding) {
        return QInputDialog::getText(
            this, tr("Override an eligibility rule"),
            tr("%1\n%2\n\nWhy is the file accepted anyway? The reason is kept with the case.")
                .arg(requirement, finding));
    };
    connect(m_ui->newRadioButton, &QRadioButton::toggled, this, [this] { rebuild(); });
    // The Alt+letter shortcuts follow the interface language: say the one in force.
    auto withKey
        = [](const QAbstractButton* button, const QString& text, const QString& extra = QString()) {
              QStringList keys {
                  extra, QKeySequence::mnemonic(button->text()).toString(QKeySequence::NativeText)
              };
              keys.removeAll(QString());
              return QStringLiteral("%1 (%2)").arg(text, keys.join(QStringLiteral(", ")));
          };
    auto* allShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    allShortcut->setContext(Qt::WindowShortcut);
    connect(allShortcut, &QShortcut::activated, this, &ChecklistWidget::markAllPresent);
    m_ui->allPresentButton->setToolTip(
        withKey(m_ui->allPresentButton, tr("Tick every required item the applicant brought"),
                allShortcut->key().toString(QKeySequence::NativeText)));
    m_ui->newRadioButton->setToolTip(withKey(m_ui->newRadioButton, tr("A new application")));
    m_ui->renewalRadioButton->setToolTip(
        withKey(m_ui->renewalRadioButton, tr("A renewal: shows the items only renewals need")));
    connect(m_ui->allPresentButton, &QPushButton::clicked, this, &ChecklistWidget::markAllPresent);
    connect(table, &QTableWidget::cellChanged, this, &ChecklistWidget::onItemChanged);
}

ChecklistWidget::~ChecklistWidget() = default;

bool ChecklistWidget::applies(const Requirement& requirement) const
{
    if (requirement.condition == Requirement::Condition::Renewal)
        return isRenewal();
    if (requirement.condition == Requirement::Condition::New)
        return !isRenewal();
    return true;
}

QString ChecklistWidget::conditionText(const Requirement& requirement) const
{
    switch (requirement.condition) {
    case Requirement::Condition::Renewal:
        return tr("renewals only");
    case Requirement::Condition::New:
        return tr("new applications only");
    case Requirement::Condition::IfPresent:
        return tr("if any");
    case Requirement::Condition::CaseSpecific:
        return tr("case-specific");
    case Requirement::Condition::Alternative:
        return tr("one of: %1").arg(requirement.alternatives.join(QStringLiteral(" / ")));
    case Requirement::Condition::Always:
        break;
    }
    if (requirement.kind == Requirement::Kind::Show)
        return tr("show the original");
    if (requirement.kind == Requirement::Kind::Eligibility)
        return tr("condition");
    return {};
}

void ChecklistWidget::setService(const Service* service)
{
    m_service = service;
    bool hasRenewal = false;
    if (service) {
        for (const Requirement& requirement : service->requirements)
            hasRenewal = hasRenewal || requirement.condition == Requirement::Condition::Renewal
                || requirement.condition == Requirement::Condition::New;
    }
    m_ui->newRadioButton->setVisible(hasRenewal);
    m_ui->renewalRadioButton->setVisible(hasRenewal);
    m_ui->applicationKindLabel->setVisible(hasRenewal);
    {
        const QSignalBlocker blocker(m_ui->newRadioButton);
        m_ui->newRadioButton->setChecked(true);
    }
    m_overrideReasons = QList<QString>(service ? service->requirements.size() : 0);
    m_ruleUnmet = QList<bool>(service ? service->requirements.size() : 0, false);
    rebuild();
}

void ChecklistWidget::setApplicant(const Person& person)
{
    m_person = person;
    refreshEligibility();
}

void ChecklistWidget::setRenewal(bool renewal)
{
    (renewal ? m_ui->renewalRadioButton : m_ui->newRadioButton)->setChecked(true);
}

bool ChecklistWidget::isRenewal() const
{
    return m_ui->renewalRadioButton->isChecked();
}

void ChecklistWidget::rebuild()
{
    const QList<ChecklistItem> previous = m_service ? items() : QList<ChecklistItem>();
    m_updating = true;
    QTableWidget* table = m_ui->checklistTableWidget;
    table->setRowCount(0);
    const int count = m_service ? static_cast<int>(m_service->requirements.size()) : 0;
    table->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        const Requirement& requirement = m_service->requirements.at(row);
        auto* state = new QTableWidgetItem;
        const bool optional = requirement.condition == Requirement::Condition::IfPresent
            || requirement.condition == Requirement::Condition::CaseSpecific;
        state->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                        | (optional ? Qt::ItemIsUserTristate : Qt::NoItemFlags));
        state->setCheckState(optional ? Qt::PartiallyChecked : Qt::Unchecked);
        for (const ChecklistItem& item : previous) {
            if (item.index == row && item.state != ChecklistItem::State::NotApplicable)
                state->setCheckState(item.state == ChecklistItem::State::Present ? Qt::Checked
                                                                                 : Qt::Unchecked);
        }
        table->setItem(row, StateColumn, state);
        const QString condition = conditionText(requirement);
        auto* text = new QTableWidgetItem(
            condition.isEmpty() ? requirement.text
                                : QStringLiteral("%1  [%2]").arg(requirement.text, condition));
        text->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        text->setToolTip(requirement.note.isEmpty() ? requirement.text : requirement.note);
        table->setItem(row, RequirementColumn, text);
        auto* check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        table->setItem(row, CheckColumn, check);
        auto* note = new QTableWidgetItem;
        for (const ChecklistItem& item : previous) {
            if (item.index == row)
                note->setText(item.note);
        }
        table->setItem(row, NoteColumn, note);
        table->setRowHidden(row, !applies(requirement));
    }
    table->resizeRowsToContents();
    m_updating = false;
    refreshEligibility();
}

void ChecklistWidget::refreshEligibility()
{
    if (!m_service)
        return updateSummary();
    m_updating = true;
    const QDate today = m_today();
    for (int row = 0; row < m_service->requirements.size(); ++row) {
        const Requirement& requirement = m_service->requirements.at(row);
        QTableWidgetItem* check = m_ui->checklistTableWidget->item(row, CheckColumn);
        if (!requirement.rule || !check)
            continue;
        const EligibilityResult result
            = EligibilityChecker::check(*requirement.rule, m_person, today);
        m_ruleUnmet[row] = result.outcome == EligibilityResult::Outcome::NotMet;
        const QString mark = result.outcome == EligibilityResult::Outcome::Met ? tr("✔ met")
            : result.outcome == EligibilityResult::Outcome::NotMet             ? tr("✘ not met")
                                                                               : tr("? check");
        check->setText(m_overrideReasons.at(row).isEmpty() ? mark : tr("✔ accepted with a reason"));
        check->setToolTip(result.explanation);
        check->setForeground(m_ruleUnmet.at(row) ? QColor(0xb0, 0x00, 0x20)
                                                 : QColor(0x1b, 0x5e, 0x20));
        // A rule that is met is ticked for the clerk; one not met stays open until overridden.
        QTableWidgetItem* state = m_ui->checklistTableWidget->item(row, StateColumn);
        if (result.outcome == EligibilityResult::Outcome::Met
            && requirement.kind == Requirement::Kind::Eligibility)
            state->setCheckState(Qt::Checked);
        else if (m_ruleUnmet.at(row) && m_overrideReasons.at(row).isEmpty())
            state->setCheckState(Qt::Unchecked);
    }
    m_updating = false;
    updateSummary();
}

void ChecklistWidget::onItemChanged(int row, int column)
{
    if (m_updating || !m_service)
        return;
    if (column == StateColumn && m_ruleUnmet.value(row)) {
        QTableWidgetItem* state = m_ui->checklistTableWidget->item(row, StateColumn);
        if (state->checkState() == Qt::Checked && m_overrideReasons.at(row).isEmpty()) {
            const QString reason
                = m_prompt(m_service->requirements.at(row).text,
                           m_ui->checklistTableWidget->item(row, CheckColumn)->toolTip())
                      .trimmed();
            m_updating = true;
            if (reason.isEmpty())
                state->setCheckState(Qt::Unchecked);
            m_updating = false;
            m_overrideReasons[row] = reason;
            refreshEligibility();
        } else if (state->checkState() != Qt::Checked) {
            m_overrideReasons[row].clear();
            refreshEligibility();
        }
    }
    updateSummary();
    emit changed();
}

void ChecklistWidget::focusItems()
{
    QTableWidget* table = m_ui->checklistTableWidget;
    table->setFocus();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (!table->isRowHidden(row)) {
            table->setCurrentCell(row, StateColumn);
            return;
        }
    }
}

void ChecklistWidget::markAllPresent()
{
    if (!m_service)
        return;
    for (int row = 0; row < m_service->requirements.size(); ++row) {
        const Requirement& requirement = m_service->requirements.at(row);
        QTableWidgetItem* state = m_ui->checklistTableWidget->item(row, StateColumn);
        const bool optional = state->flags().testFlag(Qt::ItemIsUserTristate);
        if (!m_ruleUnmet.value(row) && !optional && applies(requirement))
            state->setCheckState(Qt::Checked);
    }
}

void ChecklistWidget::setItems(const QList<ChecklistItem>& items)
{
    if (!m_service)
        return;
    m_updating = true;
    for (const ChecklistItem& item : items) {
        if (item.index < 0 || item.index >= m_service->requirements.size())
            continue;
        QTableWidgetItem* state = m_ui->checklistTableWidget->item(item.index, StateColumn);
        state->setCheckState(item.state == ChecklistItem::State::Present ? Qt::Checked
                                 : item.state == ChecklistItem::State::Missing
                                 ? Qt::Unchecked
                                 : Qt::PartiallyChecked);
        m_ui->checklistTableWidget->item(item.index, NoteColumn)->setText(item.note);
        m_overrideReasons[item.index] = item.overrideReason;
    }
    m_updating = false;
    refreshEligibility();
}

QList<ChecklistItem> ChecklistWidget::items() const
{
    QList<ChecklistItem> result;
    if (!m_service)
        return result;
    for (int row = 0; row < m_service->requirements.size(); ++row) {
        const QTableWidgetItem* state = m_ui->checklistTableWidget->item(row, StateColumn);
        if (!state)
            continue;
        ChecklistItem item;
        item.index = row;
        item.text = m_service->requirements.at(row).text;
        if (!applies(m_service->requirements.at(row))
            || state->checkState() == Qt::PartiallyChecked)
            item.state = ChecklistItem::State::NotApplicable;
        else
            item.state = state->checkState() == Qt::Checked ? ChecklistItem::State::Present
                                                            : ChecklistItem::State::Missing;
        item.note = m_ui->checklistTableWidget->item(row, NoteColumn)->text();
        item.overrideReason = m_overrideReasons.value(row);
        result << item;
    }
    return result;
}

QStringList ChecklistWidget::missing() const
{
    QStringList texts;
    for (const ChecklistItem& item : items()) {
        if (item.state == ChecklistItem::State::Missing)
            texts << item.text;
    }
    return texts;
}

void ChecklistWidget::updateSummary()
{
    const QStringList absent = missing();
    if (!m_service)
        m_ui->summaryLabel->setText(tr("Choose a service first."));
    else if (absent.isEmpty())
        m_ui->summaryLabel->setText(tr("✔ The file is complete."));
    else
        m_ui->summaryLabel->setText(tr("%n item(s) missing: the file will wait for completion.",
                                       nullptr, int(absent.size())));
}

} // namespace loket::ui
