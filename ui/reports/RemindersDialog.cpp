#include "RemindersDialog.h"

#include "IndonesianText.h"
#include "UrgencyStyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QString kindText(Reminder::Kind kind)
{
    switch (kind) {
    case Reminder::Kind::Case:
        return RemindersDialog::tr("Case");
    case Reminder::Kind::Complaint:
        return RemindersDialog::tr("Complaint");
    case Reminder::Kind::CollectiveDecree:
        return RemindersDialog::tr("Collective decree");
    }
    return {};
}

// As the worklist shows late and due-today cases; what is approaching gets a light blue.
QVariant urgencyLook(Reminder::Urgency urgency, int role)
{
    switch (urgency) {
    case Reminder::Urgency::Overdue:
        return urgencyData(TimeLeft::Urgency::Overdue, role, false);
    case Reminder::Urgency::DueToday:
        return urgencyData(TimeLeft::Urgency::DueToday, role, false);
    case Reminder::Urgency::Approaching:
        break;
    }
    return role == Qt::BackgroundRole ? QVariant(QColor(0xe7, 0xf1, 0xff)) : QVariant();
}

} // namespace

RemindersDialog::RemindersDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("remindersDialog"));
    setWindowTitle(tr("Reminders"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("remindersSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("remindersTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Urgency"), tr("What"), tr("Number"), tr("About"), tr("Due") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openReminderButton"));
    open->setToolTip(tr("Show the selected case or complaint (Enter)"));
    connect(open, &QPushButton::clicked, this, &RemindersDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RemindersDialog::openCurrent);
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table);
    enter->setContext(Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &RemindersDialog::openCurrent);
    layout->addWidget(buttons);
    resize(1000, 420);
}

QString RemindersDialog::urgencyText(const Reminder& reminder)
{
    switch (reminder.urgency) {
    case Reminder::Urgency::Overdue:
        return reminder.workingDays > 0
            ? tr("%n working day(s) late", nullptr, reminder.workingDays)
            : tr("late since today");
    case Reminder::Urgency::DueToday:
        return tr("due today");
    case Reminder::Urgency::Approaching:
        return tr("%n working day(s) left", nullptr, reminder.workingDays);
    }
    return {};
}

void RemindersDialog::setError(const QString& message)
{
    m_reminders.clear();
    m_table->setRowCount(0);
    m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_summary->setText(message);
}

void RemindersDialog::setReminders(const QList<Reminder>& reminders)
{
    m_reminders = reminders;
    m_summary->setStyleSheet(QString());
    int overdue = 0;
    int today = 0;
    for (const Reminder& reminder : reminders) {
        overdue += reminder.urgency == Reminder::Urgency::Overdue ? 1 : 0;
        today += reminder.urgency == Reminder::Urgency::DueToday ? 1 : 0;
    }
    m_summary->setText(reminders.isEmpty() ? tr("Nothing is due today and nothing is overdue.")
                                           : tr("%1 overdue, %2 due today, %3 approaching.")
                                                 .arg(overdue)
                                                 .arg(today)
                                                 .arg(reminders.size() - overdue - today));
    m_table->setRowCount(int(reminders.size()));
    for (int row = 0; row < reminders.size(); ++row) {
        const Reminder& reminder = reminders.at(row);
        const QStringList cells
            = { urgencyText(reminder), kindText(reminder.kind), reminder.reference, reminder.text,
                text::longDate(reminder.due.date()) };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            item->setData(Qt::BackgroundRole, urgencyLook(reminder.urgency, Qt::BackgroundRole));
            item->setData(Qt::ForegroundRole, urgencyLook(reminder.urgency, Qt::ForegroundRole));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    if (!reminders.isEmpty())
        m_table->selectRow(0);
}

void RemindersDialog::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_reminders.size())
        return;
    emit openRequested(m_reminders.at(row));
}

} // namespace loket::ui
