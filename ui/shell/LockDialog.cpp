#include "LockDialog.h"

#include "FieldMessage.h"
#include "ui_lockdialog.h"

#include <QGuiApplication>
#include <QPushButton>

namespace loket::ui {

LockDialog::LockDialog(UserStore& users, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LockDialog>())
    , m_users(users)
    , m_user(user)
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    m_ui->explanationLabel->setText(
        tr("<p><b>Loket is locked.</b></p><p>%1 (%2) is logged in. Enter the password to go on, "
           "or log out so that someone else can log in.</p>")
            .arg(user.fullName.toHtmlEscaped(), user.username.toHtmlEscaped()));
    showFieldMessage(m_ui->messageLabel, QString());
    showFieldNote(m_ui->waitLabel, QString());
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockDialog::unlock);
    connect(m_ui->logoutButton, &QPushButton::clicked, this, [this] {
        m_ui->passwordLineEdit->clear();
        done(QDialog::Rejected);
        emit logoutRequested();
    });
    connect(&m_throttle, &RetryThrottle::waitingChanged, this, &LockDialog::waitingChanged);
    m_ui->passwordLineEdit->setFocus();
}

LockDialog::~LockDialog() = default;

void LockDialog::reject()
{
    m_ui->passwordLineEdit->setFocus();
}

void LockDialog::unlock()
{
    if (m_throttle.isWaiting())
        return;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<User> user
        = m_users.authenticate(m_user.username, m_ui->passwordLineEdit->text(), &error);
    QGuiApplication::restoreOverrideCursor();
    m_ui->passwordLineEdit->clear();
    if (!user || user->id != m_user.id) {
        showFieldMessage(m_ui->messageLabel, error);
        m_throttle.failed();
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    m_throttle.succeeded();
    showFieldMessage(m_ui->messageLabel, QString());
    accept();
    emit unlocked();
}

void LockDialog::waitingChanged(bool waiting)
{
    m_ui->unlockButton->setEnabled(!waiting);
    const int seconds = (m_throttle.currentDelay() + 999) / 1000;
    showFieldNote(m_ui->waitLabel,
                  waiting ? tr("You can try again in %n second(s).", nullptr, seconds) : QString());
    if (!waiting)
        m_ui->unlockButton->setDefault(true);
}

} // namespace loket::ui
