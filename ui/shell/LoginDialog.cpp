#include "LoginDialog.h"

#include "DemoSeeder.h"
#include "FieldMessage.h"
#include "ui_logindialog.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>

namespace loket::ui {

LoginDialog::LoginDialog(UserStore& users, const QString& officeName, bool demo, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_users(users)
{
    m_ui->setupUi(this);
    m_ui->officeLabel->setText(QStringLiteral("<h3>%1</h3>").arg(officeName.toHtmlEscaped()));
    m_ui->demoBannerLabel->setVisible(demo);
    m_ui->demoBannerLabel->setStyleSheet(
        QStringLiteral("background:#b35900;color:white;font-weight:bold;padding:6px"));
    m_ui->demoGroupBox->setVisible(demo);
    if (demo) {
        setWindowTitle(tr("%1 [TRAINING / DEMO]").arg(windowTitle()));
        showDemoAccounts();
    }
    showFieldMessage(m_ui->messageLabel, QString());
    showFieldNote(m_ui->waitLabel, QString());

    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(m_ui->quitButton, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(&m_throttle, &RetryThrottle::waitingChanged, this, &LoginDialog::waitingChanged);
    connect(m_ui->demoAccountsTableWidget, &QTableWidget::cellDoubleClicked, this,
            &LoginDialog::fillDemoAccount);
    connect(m_ui->demoAccountsTableWidget, &QTableWidget::cellActivated, this,
            &LoginDialog::fillDemoAccount);
    m_ui->usernameLineEdit->setFocus();
    adjustSize();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUsername(const QString& username)
{
    m_ui->usernameLineEdit->setText(username);
    (username.isEmpty() ? m_ui->usernameLineEdit : m_ui->passwordLineEdit)->setFocus();
}

void LoginDialog::showDemoAccounts()
{
    QTableWidget* table = m_ui->demoAccountsTableWidget;
    const QList<DemoSeeder::Account> accounts = DemoSeeder::accounts();
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({ tr("User name"), tr("Password"), tr("Role"), tr("Name") });
    table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const DemoSeeder::Account& account = accounts.at(row);
        const QStringList cells
            = { account.username, account.password, userRoleTitle(account.role), account.fullName };
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
                            + table->rowHeight(0) * int(accounts.size()) + 4);
    table->setMinimumWidth(table->horizontalHeader()->length() + 4);
}

void LoginDialog::fillDemoAccount(int row)
{
    const QList<DemoSeeder::Account> accounts = DemoSeeder::accounts();
    if (row < 0 || row >= accounts.size())
        return;
    m_ui->usernameLineEdit->setText(accounts.at(row).username);
    m_ui->passwordLineEdit->setText(accounts.at(row).password);
    m_ui->loginButton->setFocus();
}

void LoginDialog::logIn()
{
    if (m_throttle.isWaiting())
        return;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<User> user = m_users.authenticate(m_ui->usernameLineEdit->text(),
                                                          m_ui->passwordLineEdit->text(), &error);
    QGuiApplication::restoreOverrideCursor();
    m_ui->passwordLineEdit->clear();
    if (!user) {
        showFieldMessage(m_ui->messageLabel, error);
        m_throttle.failed();
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    m_throttle.succeeded();
    showFieldMessage(m_ui->messageLabel, QString());
    m_user = *user;
    accept();
}

void LoginDialog::waitingChanged(bool waiting)
{
    m_ui->loginButton->setEnabled(!waiting);
    const int seconds = (m_throttle.currentDelay() + 999) / 1000;
    showFieldNote(m_ui->waitLabel,
                  waiting ? tr("You can try again in %n second(s).", nullptr, seconds) : QString());
    if (!waiting)
        m_ui->loginButton->setDefault(true);
}

} // namespace loket::ui
