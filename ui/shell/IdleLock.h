#pragma once

#include "LockDialog.h"
#include "UserStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace loket::ui {

// Locks the screen after a while without keyboard or mouse input anywhere in the application:
// every open window's content is covered and a LockDialog asks the same user's password (or
// offers to log out). Installed as an event filter on the application.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    // `window`: the main window, parent of the lock dialog.
    IdleLock(UserStore& users, const User& user, QWidget* window, QObject* parent = nullptr);
    ~IdleLock() override;

    // How long without input before locking; 0 never locks. Settings give minutes; tests
    // give a few milliseconds.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeout; }

    bool isLocked() const { return m_dialog != nullptr; }
    LockDialog* lockDialog() const { return m_dialog; }

    void lock();

signals:
    void locked();
    void unlocked();
    void logoutRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void checkIdle();
    void cover();
    void uncover();
    void finish(bool logout);

    UserStore& m_users;
    User m_user;
    QPointer<QWidget> m_window;
    QTimer m_timer;
    QElapsedTimer m_sinceInput;
    int m_timeout = 0;
    QPointer<LockDialog> m_dialog;
    QHash<QWidget*, QPointer<QWidget>> m_covers; // window → the widget hiding its content
};

} // namespace loket::ui
