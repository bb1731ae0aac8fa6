#pragma once

#include "Reminders.h"

#include <QDialog>

class QTableWidget;
class QLabel;

namespace loket::ui {

// What is due today or overdue for the user, most urgent first. Opening a line (Enter or a
// double click) asks the main window to show that case or complaint.
class RemindersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RemindersDialog(QWidget* parent = nullptr);

    void setReminders(const QList<Reminder>& reminders);
    // The reminders could not be read: says why instead of "nothing is due".
    void setError(const QString& message);
    const QList<Reminder>& reminders() const { return m_reminders; }
    QTableWidget* table() const { return m_table; }

    // "terlambat 2 hari kerja", "jatuh tempo hari ini", "tinggal 5 hari kerja"
    static QString urgencyText(const Reminder& reminder);

signals:
    void openRequested(const loket::Reminder& reminder);

private:
    void openCurrent();

    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QList<Reminder> m_reminders;
};

} // namespace loket::ui
