#include "DatabaseDialog.h"

#include "Database.h"
#include "FieldMessage.h"
#include "Migrator.h"
#include "OfficeDatabase.h"
#include "PgPassFile.h"
#include "WorkstationSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loket::ui {

DatabaseDialog::DatabaseDialog(WorkstationSettings& settings, const QString& currentLocation,
                               Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_purpose(purpose)
    , m_localFile(Database::isServerLocation(currentLocation) || currentLocation.isEmpty()
                      ? Database::defaultLocation()
                      : currentLocation)
    , m_localRadio(new QRadioButton(tr("&This computer"), this))
    , m_serverRadio(new QRadioButton(tr("The office &server (PostgreSQL)"), this))
    , m_serverBox(new QWidget(this))
{
    setWindowTitle(purpose == Purpose::FirstStart ? tr("Where is the office's data?")
                                                  : tr("Database"));
    m_localRadio->setObjectName(QStringLiteral("localRadioButton"));
    m_serverRadio->setObjectName(QStringLiteral("serverRadioButton"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(
        purpose == Purpose::FirstStart
            ? tr("Where is the office's data? One counter alone keeps it on this computer; "
                 "several counters share the office's PostgreSQL server (see docs/server.md).")
            : tr("Now: %1. A change takes effect when Loket starts again.")
                  .arg(Database::displayLocation(currentLocation)));
    intro->setObjectName(QStringLiteral("currentLabel"));
    layout->addWidget(intro);
    layout->addWidget(m_localRadio);
    auto* localNote = new QLabel(tr("The file %1").arg(m_localFile), this);
    localNote->setIndent(24);
    layout->addWidget(localNote);
    layout->addWidget(m_serverRadio);
    buildServerForm(m_serverBox);
    layout->addWidget(m_serverBox);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::FirstStart ? tr("&Next") : tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DatabaseDialog::reject);
    connect(m_serverRadio, &QRadioButton::toggled, this, &DatabaseDialog::choiceChanged);
    setLocation(currentLocation);
}

void DatabaseDialog::buildServerForm(QWidget* box)
{
    auto* form = new QFormLayout(box);
    form->setContentsMargins(24, 0, 0, 0);
    const auto line = [this, form](const QString& name, const QString& label) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        form->addRow(label, edit);
        return edit;
    };
    m_host = line(QStringLiteral("hostLineEdit"), tr("Ser&ver:"));
    m_host->setPlaceholderText(tr("name or address, e.g. 192.168.1.10"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(ServerConnection::DefaultPort);
    form->addRow(tr("&Port:"), m_port);
    m_database = line(QStringLiteral("databaseLineEdit"), tr("&Database:"));
    m_user = line(QStringLiteral("userLineEdit"), tr("&User:"));
    m_password = line(QStringLiteral("passwordLineEdit"), tr("Pass&word:"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: the one kept on this computer"));
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    form->addRow(QString(), m_testButton);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    form->addRow(QString(), m_result);
    showFieldMessage(m_result, QString());
    connect(m_testButton, &QPushButton::clicked, this, &DatabaseDialog::testConnection);
}

void DatabaseDialog::setLocation(const QString& location)
{
    QString ignored;
    const auto server = Database::isServerLocation(location)
        ? ServerConnection::fromUrl(location, &ignored)
        : std::nullopt;
    (server ? m_serverRadio : m_localRadio)->setChecked(true);
    m_host->setText(server ? server->host : QString());
    m_port->setValue(server ? server->port : ServerConnection::DefaultPort);
    m_database->setText(server ? server->database : QStringLiteral("loket"));
    m_user->setText(server ? server->user : QStringLiteral("loket"));
    choiceChanged();
}

void DatabaseDialog::choiceChanged()
{
    m_serverBox->setEnabled(m_serverRadio->isChecked());
    if (m_serverRadio->isChecked() && m_host->text().isEmpty())
        m_host->setFocus();
}

ServerConnection DatabaseDialog::server() const
{
    return { m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
             m_user->text().trimmed() };
}

QString DatabaseDialog::testResult() const
{
    return m_result->text();
}

void DatabaseDialog::showResult(const QString& text, bool error)
{
    if (error) {
        showFieldMessage(m_result, text);
        return;
    }
    m_result->setText(text);
    m_result->setStyleSheet(QStringLiteral("color:#1b5e20"));
    m_result->show();
}

bool DatabaseDialog::testConnection()
{
    const ServerConnection target = server();
    if (const QString problem = target.problem(); !problem.isEmpty()) {
        showResult(problem, true);
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Database probe;
    QString error;
    const bool connected = probe.openServer(target, m_password->text(), &error);
    QString text;
    if (connected) {
        const QString version = probe.serverVersion();
        const int schema = Migrator(probe).currentVersion(&error);
        const QString office = schema > 0 ? OfficeDatabase::officeId(probe, &error) : QString();
        text = schema > 0 && !office.isEmpty()
            ? tr("Connected to PostgreSQL %1. Schema version %2; the database belongs to the "
                 "office %3.")
                  .arg(version)
                  .arg(schema)
                  .arg(office)
            : tr("Connected to PostgreSQL %1. The database is empty: Loket sets it up for the "
                 "office next.")
                  .arg(version);
    }
    QGuiApplication::restoreOverrideCursor();
    showResult(connected && error.isEmpty() ? text : error, !connected || !error.isEmpty());
    return connected && error.isEmpty();
}

void DatabaseDialog::accept()
{
    if (m_localRadio->isChecked()) {
        m_chosen = m_localFile;
    } else {
        if (!testConnection())
            return;
        QString error;
        if (!m_password->text().isEmpty()
            && !PgPassFile().store(server(), m_password->text(), &error)) {
            showResult(error, true);
            return;
        }
        m_chosen = server().toUrl();
    }
    m_password->clear();
    m_settings.setDatabaseLocation(m_chosen);
    m_settings.sync();
    QDialog::accept();
}

} // namespace loket::ui
