#pragma once

#include "Clock.h"
#include "Reminders.h"

#include <QSet>
#include <QToolButton>
#include <functional>

class QTimer;

namespace loket::ui {

class RemindersDialog;

// The status bar's reminder: "3 overdue · 2 due today", red while anything is overdue. It asks
// again every few minutes; when something new has become due it opens the list by itself, so
// nobody has to remember to look — and nobody is interrupted twice for the same thing. When
// the reminders cannot be read it says so, in red, instead of "No reminders".
class ReminderButton : public QToolButton
{
    Q_OBJECT
public:
    // Sets the error message when the reminders cannot be read.
    using Source = std::function<QList<Reminder>(const QDateTime& now, QString* errorMessage)>;
    static constexpr int DefaultIntervalMinutes = 5;

    ReminderButton(Source source, Clock clock, QWidget* parent = nullptr);

    void setIntervalMinutes(int minutes);
    RemindersDialog* dialog() const { return m_dialog; }
    const QList<Reminder>& reminders() const { return m_reminders; }
    QString errorText() const { return m_error; } // why the last refresh read nothing

public slots:
    void refresh(); // also called on start by whoever shows the window
    void showList();

signals:
    void openRequested(const loket::Reminder& reminder);

private:
    static QString keyOf(const Reminder& reminder);
    void showFailure();

    Source m_source;
    Clock m_clock;
    QTimer* m_timer = nullptr;
    RemindersDialog* m_dialog = nullptr;
    QList<Reminder> m_reminders;
    QSet<QString> m_seen;
    QString m_error;
};

} // namespace loket::ui
