#include "ReminderButton.h"

#include "RemindersDialog.h"

#include <QApplication>
#include <QTimer>

namespace loket::ui {

ReminderButton::ReminderButton(Source source, Clock clock, QWidget* parent)
    : QToolButton(parent)
    , m_source(std::move(source))
    , m_clock(std::move(clock))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("reminderButton"));
    setAutoRaise(true);
    setToolTip(tr("Cases and complaints due today or overdue (Ctrl+Shift+R)"));
    setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_dialog = new RemindersDialog(this);
    connect(m_dialog, &RemindersDialog::openRequested, this, &ReminderButton::openRequested);
    connect(this, &QToolButton::clicked, this, &ReminderButton::showList);
    connect(m_timer, &QTimer::timeout, this, &ReminderButton::refresh);
    setIntervalMinutes(DefaultIntervalMinutes);
}

void ReminderButton::setIntervalMinutes(int minutes)
{
    m_timer->start(minutes * 60 * 1000);
}

QString ReminderButton::keyOf(const Reminder& reminder)
{
    return QStringLiteral("%1|%2|%3")
        .arg(int(reminder.kind))
        .arg(reminder.reference)
        .arg(int(reminder.urgency));
}

void ReminderButton::refresh()
{
    m_error.clear();
    m_reminders = m_source(m_clock(), &m_error);
    if (!m_error.isEmpty()) {
        showFailure();
        return;
    }
    int overdue = 0;
    int today = 0;
    bool somethingNew = false;
    for (const Reminder& reminder : std::as_const(m_reminders)) {
        overdue += reminder.urgency == Reminder::Urgency::Overdue ? 1 : 0;
        today += reminder.urgency == Reminder::Urgency::DueToday ? 1 : 0;
        const QString key = keyOf(reminder);
        if (!m_seen.contains(key)) {
            m_seen.insert(key);
            somethingNew = true;
        }
    }
    if (m_reminders.isEmpty())
        setText(tr("No reminders"));
    else
        setText(tr("%1 overdue · %2 due today · %3 approaching")
                    .arg(overdue)
                    .arg(today)
                    .arg(m_reminders.size() - overdue - today));
    // Palette and font, not a style sheet: a style sheet would cascade into the list window.
    QPalette colours = QApplication::palette(this);
    if (overdue > 0 || today > 0)
        colours.setColor(QPalette::ButtonText,
                         overdue > 0 ? QColor(0xa0, 0x00, 0x00) : QColor(0x8a, 0x5a, 0x00));
    setPalette(colours);
    QFont bold = QApplication::font(this);
    bold.setBold(overdue > 0 || today > 0);
    setFont(bold);
    setToolTip(tr("Cases and complaints due today or overdue (Ctrl+Shift+R)"));
    m_dialog->setReminders(m_reminders);
    if (somethingNew)
        showList();
}

void ReminderButton::showFailure()
{
    // Not opened by itself: the next try comes in a few minutes, and a lock is no news.
    setText(tr("Reminders could not be read"));
    setToolTip(m_error);
    QPalette colours = QApplication::palette(this);
    colours.setColor(QPalette::ButtonText, QColor(0xa0, 0x00, 0x00));
    setPalette(colours);
    QFont bold = QApplication::font(this);
    bold.setBold(true);
    setFont(bold);
    m_dialog->setError(m_error);
}

void ReminderButton::showList()
{
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace loket::ui
