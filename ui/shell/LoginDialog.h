#pragma once

#include "RetryThrottle.h"
#include "UserStore.h"

#include <QDialog>
#include <memory>

namespace Ui {
class LoginDialog;
}

namespace loket::ui {

// The login screen. A wrong password shows UserStore's message and makes the next try wait a
// little longer each time. In a demo database it says so in a banner and lists the demo
// accounts with their passwords; double-clicking one fills in the fields.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(UserStore& users, const QString& officeName, bool demo, QWidget* parent = nullptr);
    ~LoginDialog() override;

    User user() const { return m_user; } // who logged in, once accepted
    void setUsername(const QString& username);
    RetryThrottle& throttle() { return m_throttle; }

private:
    void logIn();
    void fillDemoAccount(int row);
    void waitingChanged(bool waiting);
    void showDemoAccounts();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    UserStore& m_users;
    RetryThrottle m_throttle;
    User m_user;
};

} // namespace loket::ui
