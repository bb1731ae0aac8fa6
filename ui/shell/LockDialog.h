#pragma once

#include "RetryThrottle.h"
#include "UserStore.h"

#include <QDialog>
#include <memory>

namespace Ui {
class LockDialog;
}

namespace loket::ui {

// Shown while the screen is locked: only the logged-in user's password opens it again, or the
// user logs out. Escape and the window's close button do nothing, so nobody walks past it.
class LockDialog : public QDialog
{
    Q_OBJECT
public:
    LockDialog(UserStore& users, const User& user, QWidget* parent = nullptr);
    ~LockDialog() override;

    RetryThrottle& throttle() { return m_throttle; }
    void reject() override; // does not unlock

signals:
    void unlocked();
    void logoutRequested();

private:
    void unlock();
    void waitingChanged(bool waiting);

    std::unique_ptr<Ui::LockDialog> m_ui;
    UserStore& m_users;
    User m_user;
    RetryThrottle m_throttle;
};

} // namespace loket::ui
