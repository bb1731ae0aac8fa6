#include "UserAdminDialog.h"

#include "FieldMessage.h"
#include "ui_useradmindialog.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QPushButton>

namespace loket::ui {
namespace {

// "head-of-division" → "headOfDivisionCheckBox"
QString checkBoxName(UserRole role)
{
    const QStringList words = userRoleKey(role).split(QLatin1Char('-'));
    QString name = words.first();
    for (int i = 1; i < words.size(); ++i)
        name += words.at(i).left(1).toUpper() + words.at(i).mid(1);
    return name + QStringLiteral("CheckBox");
}

QString rolesTitle(const User& user)
{
    QStringList titles;
    for (UserRole role : allUserRoles()) {
        if (user.hasRole(role))
            titles << userRoleTitle(role);
    }
    return titles.join(QStringLiteral(", "));
}

} // namespace

UserAdminDialog::UserAdminDialog(UserStore& users, const User& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserAdminDialog>())
    , m_users(users)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    QWidget* previous = m_ui->positionLineEdit;
    const QList<UserRole> roles = allUserRoles();
    for (int i = 0; i < roles.size(); ++i) {
        auto* box = new QCheckBox(userRoleTitle(roles.at(i)), m_ui->rolesWidget);
        box->setObjectName(checkBoxName(roles.at(i)));
        m_ui->rolesLayout->addWidget(box, i % 4, i / 4);
        m_roleBoxes.insert(roles.at(i), box);
        setTabOrder(previous, box);
        previous = box;
    }
    setTabOrder(previous, m_ui->passwordLineEdit);
    m_ui->usersTableWidget->setColumnCount(4);
    m_ui->usersTableWidget->setHorizontalHeaderLabels(
        { tr("User name"), tr("Full name"), tr("Status"), tr("Roles") });
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);
    clearMessages();

    const bool administrator = actor.hasRole(UserRole::Administrator);
    showFieldMessage(m_ui->refusalLabel,
                     administrator ? QString()
                                   : tr("Only an administrator manages user accounts. Ask the "
                                        "office's administrator."));
    for (QWidget* part : QList<QWidget*> { m_ui->detailsGroupBox, m_ui->usersTableWidget,
                                           m_ui->newButton, m_ui->activeButton })
        part->setEnabled(administrator);
    if (administrator)
        reload(actor.id);
    connect(m_ui->usersTableWidget, &QTableWidget::currentCellChanged, this,
            [this](int row) { showUser(row); });
    connect(m_ui->newButton, &QPushButton::clicked, this, &UserAdminDialog::startNewUser);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &UserAdminDialog::save);
    connect(m_ui->resetPasswordButton, &QPushButton::clicked, this,
            &UserAdminDialog::resetPassword);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &UserAdminDialog::toggleActive);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UserAdminDialog::reject);
}

UserAdminDialog::~UserAdminDialog() = default;

int UserAdminDialog::rowOf(qint64 id) const
{
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list.at(row).id == id)
            return row;
    }
    return -1;
}

void UserAdminDialog::reload(qint64 selectId)
{
    m_list = m_users.all();
    QTableWidget* table = m_ui->usersTableWidget;
    const QSignalBlocker blocker(table);
    table->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const User& user = m_list.at(row);
        const QStringList cells = { user.username, user.fullName,
                                    user.active ? tr("active") : tr("disabled"), rolesTitle(user) };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (!user.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    const int row = qMax(0, rowOf(selectId));
    table->setCurrentCell(row, 0);
    showUser(row);
}

void UserAdminDialog::showUser(int row)
{
    clearMessages();
    if (row < 0 || row >= m_list.size()) {
        startNewUser();
        return;
    }
    const User& user = m_list.at(row);
    m_editingId = user.id;
    m_ui->detailsGroupBox->setTitle(tr("User %1").arg(user.username));
    m_ui->usernameLineEdit->setText(user.username);
    m_ui->usernameLineEdit->setReadOnly(true);
    m_ui->fullNameLineEdit->setText(user.fullName);
    m_ui->nipLineEdit->setText(user.nip);
    m_ui->rankLineEdit->setText(user.rankGrade);
    m_ui->positionLineEdit->setText(user.position);
    for (auto it = m_roleBoxes.cbegin(); it != m_roleBoxes.cend(); ++it)
        it.value()->setChecked(user.hasRole(it.key()));
    m_ui->passwordLabel->setText(tr("New &password:"));
    m_ui->passwordLineEdit->clear();
    m_ui->repeatLineEdit->clear();
    m_ui->resetPasswordButton->setEnabled(true);
    m_ui->activeButton->setEnabled(true);
    m_ui->activeButton->setText(user.active ? tr("&Disable") : tr("&Enable"));
}

void UserAdminDialog::startNewUser()
{
    clearMessages();
    m_editingId = 0;
    {
        const QSignalBlocker blocker(m_ui->usersTableWidget);
        m_ui->usersTableWidget->clearSelection();
        m_ui->usersTableWidget->setCurrentCell(-1, -1);
    }
    m_ui->detailsGroupBox->setTitle(tr("New user"));
    for (QLineEdit* edit :
         { m_ui->usernameLineEdit, m_ui->fullNameLineEdit, m_ui->nipLineEdit, m_ui->rankLineEdit,
           m_ui->positionLineEdit, m_ui->passwordLineEdit, m_ui->repeatLineEdit })
        edit->clear();
    m_ui->usernameLineEdit->setReadOnly(false);
    for (QCheckBox* box : std::as_const(m_roleBoxes))
        box->setChecked(false);
    m_ui->passwordLabel->setText(tr("&Password:"));
    m_ui->resetPasswordButton->setEnabled(false);
    m_ui->activeButton->setEnabled(false);
    m_ui->usernameLineEdit->setFocus();
}

void UserAdminDialog::clearMessages()
{
    for (QLabel* label :
         { m_ui->usernameMessageLabel, m_ui->fullNameMessageLabel, m_ui->nipMessageLabel,
           m_ui->rolesMessageLabel, m_ui->passwordMessageLabel, m_ui->repeatMessageLabel,
           m_ui->messageLabel })
        showFieldMessage(label, QString());
}

void UserAdminDialog::showResult(bool ok, const QString& message)
{
    showFieldMessage(m_ui->messageLabel, message);
    if (ok)
        m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
}

User UserAdminDialog::userFromFields() const
{
    User user;
    const int row = rowOf(m_editingId);
    if (row >= 0)
        user = m_list.at(row);
    user.username = m_ui->usernameLineEdit->text().trimmed();
    user.fullName = m_ui->fullNameLineEdit->text().trimmed();
    user.nip = m_ui->nipLineEdit->text().trimmed();
    user.rankGrade = m_ui->rankLineEdit->text().trimmed();
    user.position = m_ui->positionLineEdit->text().trimmed();
    user.roles.clear();
    for (auto it = m_roleBoxes.cbegin(); it != m_roleBoxes.cend(); ++it) {
        if (it.value()->isChecked())
            user.roles.insert(it.key());
    }
    return user;
}

bool UserAdminDialog::checkPasswordFields()
{
    const QString password = m_ui->passwordLineEdit->text();
    const QString tooShort = UserStore::checkPassword(password);
    const QString different = m_ui->repeatLineEdit->text() == password
        ? QString()
        : tr("The two passwords are not the same.");
    showFieldMessage(m_ui->passwordMessageLabel, tooShort);
    showFieldMessage(m_ui->repeatMessageLabel, different);
    if (!tooShort.isEmpty() || !different.isEmpty()) {
        (tooShort.isEmpty() ? m_ui->repeatLineEdit : m_ui->passwordLineEdit)->setFocus();
        return false;
    }
    return true;
}

bool UserAdminDialog::checkFields(bool creating)
{
    const User user = userFromFields();
    const QList<QPair<QLabel*, QString>> checks = {
        { m_ui->usernameMessageLabel, UserStore::checkUsername(user.username) },
        { m_ui->fullNameMessageLabel, UserStore::checkFullName(user.fullName) },
        { m_ui->nipMessageLabel, UserStore::checkNip(user.nip) },
        { m_ui->rolesMessageLabel,
          user.roles.isEmpty() ? tr("Give the user at least one role.") : QString() },
    };
    const QList<QWidget*> fields = { m_ui->usernameLineEdit, m_ui->fullNameLineEdit,
                                     m_ui->nipLineEdit, m_roleBoxes.value(allUserRoles().first()) };
    QWidget* firstWrong = nullptr;
    for (int i = 0; i < checks.size(); ++i) {
        showFieldMessage(checks.at(i).first, checks.at(i).second);
        if (!checks.at(i).second.isEmpty() && !firstWrong)
            firstWrong = fields.at(i);
    }
    if (firstWrong) {
        firstWrong->setFocus();
        return false;
    }
    return !creating || checkPasswordFields();
}

void UserAdminDialog::save()
{
    clearMessages();
    const bool creating = m_editingId == 0;
    if (!checkFields(creating))
        return;
    const User user = userFromFields();
    QString error;
    if (creating) {
        const auto created
            = m_users.create(user, m_ui->passwordLineEdit->text(), m_actor.id, &error);
        if (!created)
            return showResult(false, error);
        reload(created->id);
        return showResult(true, tr("%1 can now log in as %2.").arg(user.fullName, user.username));
    }
    if (!m_users.update(user, m_actor.id, &error))
        return showResult(false, error);
    reload(user.id);
    showResult(true, tr("The changes to %1 are saved.").arg(user.fullName));
}

void UserAdminDialog::resetPassword()
{
    clearMessages();
    if (m_editingId == 0 || !checkPasswordFields())
        return;
    QString error;
    if (!m_users.setPassword(m_editingId, m_ui->passwordLineEdit->text(), m_actor.id, &error))
        return showResult(false, error);
    m_ui->passwordLineEdit->clear();
    m_ui->repeatLineEdit->clear();
    showResult(true,
               tr("The password of %1 is changed; tell them the new one in person.")
                   .arg(m_list.at(rowOf(m_editingId)).fullName));
}

void UserAdminDialog::toggleActive()
{
    clearMessages();
    const int row = rowOf(m_editingId);
    if (row < 0)
        return;
    User user = m_list.at(row);
    user.active = !user.active;
    QString error;
    if (!m_users.update(user, m_actor.id, &error))
        return showResult(false, error);
    reload(user.id);
    showResult(true,
               user.active ? tr("%1 can log in again.").arg(user.fullName)
                           : tr("%1 can no longer log in.").arg(user.fullName));
}

} // namespace loket::ui
