#pragma once

#include "Session.h"

#include <QMainWindow>

class QMenu;

namespace loket::ui {
class CounterWidget;
}

namespace loket::ui {

// The counter's main window: the counter screen in the middle, the office's menus above.
// What happens on logout, locking, user management and settings is wired by whoever owns the
// session (AppController); this window only offers the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);

    // "Kantor" menu: the controller adds Users…, Settings…, Lock and Log out here.
    QMenu* officeMenu() const { return m_officeMenu; }
    Session& session() { return m_session; }
    CounterWidget& counter() { return *m_counter; }

private:
    Session& m_session;
    QMenu* m_officeMenu = nullptr;
    CounterWidget* m_counter = nullptr;
};

} // namespace loket::ui
