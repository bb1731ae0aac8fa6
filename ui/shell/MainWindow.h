#pragma once

#include "Session.h"

#include <QMainWindow>

class QMenu;
class QTabWidget;

namespace loket::ui {
class BackOfficeWidget;
class ComplaintsWidget;
class CounterWidget;
class ReminderButton;
class WorkstationSettings;
} // namespace loket::ui

namespace loket {
class Notifier;
struct Reminder;
} // namespace loket

namespace loket::ui {

// The main window: a tab for each part of the office's work the user's roles cover — the
// counter and the products ready for collection for the front office, the worklist with the
// case view for the back office, verifiers, heads and the secretary — and the office's menus.
// What happens on logout, locking, user management and settings is wired by whoever owns the
// session (AppController); this window only offers the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);

    // Shows the window inside its screen's free area, where WindowPlacement puts it: maximised
    // on small screens, else where it was left on this computer if that still fits. Where it
    // is left is kept in `settings` when it closes.
    void showPlaced(WorkstationSettings* settings);

    // "Kantor" menu: the controller adds Users…, Settings…, Lock and Log out here.
    QMenu* officeMenu() const { return m_officeMenu; }
    Session& session() { return m_session; }
    CounterWidget* counter() const { return m_counter; } // null without the counter's tab
    BackOfficeWidget* worklist() const { return m_worklist; } // null without a worklist
    BackOfficeWidget* collection() const { return m_collection; } // ready for collection
    ComplaintsWidget* complaints() const { return m_complaints; } // null without the tab
    QTabWidget* tabs() const { return m_tabs; }
    // In the status bar: what is due today or overdue. The controller refreshes it once the
    // window shows; it refreshes itself every few minutes.
    ReminderButton* reminders() const { return m_reminders; }
    Notifier* notifier() const { return m_notifier; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void openReminder(const Reminder& reminder);
    void connectCounterToLists();
    void connectNotifier();

    Session& m_session;
    QMenu* m_officeMenu = nullptr;
    QTabWidget* m_tabs = nullptr;
    CounterWidget* m_counter = nullptr;
    BackOfficeWidget* m_worklist = nullptr;
    BackOfficeWidget* m_collection = nullptr;
    ComplaintsWidget* m_complaints = nullptr;
    ReminderButton* m_reminders = nullptr;
    Notifier* m_notifier = nullptr; // SMS to applicants on what the tabs change
    WorkstationSettings* m_placementSettings = nullptr; // where showPlaced() was told to keep it
};

} // namespace loket::ui
