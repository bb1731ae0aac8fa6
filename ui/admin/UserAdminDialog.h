#pragma once

#include "UserStore.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QCheckBox;

namespace Ui {
class UserAdminDialog;
}

namespace loket::ui {

// The administrator's list of user accounts: add a user, change their details and roles (a
// user may hold several), reset a password, disable or enable an account. UserStore refuses
// every change from anyone but an active administrator; this dialog also shows nothing but a
// refusal to anyone else.
class UserAdminDialog : public QDialog
{
    Q_OBJECT
public:
    UserAdminDialog(UserStore& users, const User& actor, QWidget* parent = nullptr);
    ~UserAdminDialog() override;

    qint64 currentUserId() const { return m_editingId; } // 0 while a new user is being added

private:
    void reload(qint64 selectId);
    void showUser(int row);
    void startNewUser();
    void save();
    void resetPassword();
    void toggleActive();
    void clearMessages();
    void showResult(bool ok, const QString& message);
    User userFromFields() const;
    bool checkFields(bool creating);
    bool checkPasswordFields();
    int rowOf(qint64 id) const;

    std::unique_ptr<Ui::UserAdminDialog> m_ui;
    UserStore& m_users;
    User m_actor;
    QList<User> m_list;
    QHash<UserRole, QCheckBox*> m_roleBoxes;
    qint64 m_editingId = 0;
};

} // namespace loket::ui
