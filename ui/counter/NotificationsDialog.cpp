#include "NotificationsDialog.h"

#include "GammuGateway.h"
#include "NotificationSettings.h"
#include "NotificationStore.h"
#include "WorkingCalendar.h"

#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

enum Column { TimeColumn, ReferenceColumn, PhoneColumn, EventColumn, TextColumn, StateColumn };

QString stateText(const Notification& sms)
{
    QString text = notificationStateTitle(sms.state);
    if (sms.isWithGateway())
        return QCoreApplication::translate("loket::ui::NotificationsDialog", "Handed to the modem");
    if (sms.channel == NotificationChannel::Manual && sms.state == NotificationState::Queued)
        text = QCoreApplication::translate("loket::ui::NotificationsDialog", "To send by hand");
    return text;
}

} // namespace

NotificationsDialog::NotificationsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Notifications to applicants"));
    setObjectName(QStringLiteral("NotificationsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* dayLabel = new QLabel(tr("&Day:"), this);
    m_dayEdit = new QDateEdit(session.today(), this);
    m_dayEdit->setObjectName(QStringLiteral("dayDateEdit"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    dayLabel->setBuddy(m_dayEdit);
    top->addWidget(dayLabel);
    top->addWidget(m_dayEdit);
    top->addStretch(1);
    layout->addLayout(top);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("notificationsTableWidget"));
    m_table->setHorizontalHeaderLabels(
        { tr("Time"), tr("Number"), tr("Phone"), tr("About"), tr("Text"), tr("State") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_messageLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copyButton = buttons->addButton(tr("&Copy text"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_whatsAppButton = buttons->addButton(tr("&WhatsApp…"), QDialogButtonBox::ActionRole);
    m_whatsAppButton->setObjectName(QStringLiteral("whatsAppButton"));
    m_markButton = buttons->addButton(tr("&Mark as sent by hand"), QDialogButtonBox::ActionRole);
    m_markButton->setObjectName(QStringLiteral("markSentButton"));
    m_sendButton = buttons->addButton(tr("Send by &SMS"), QDialogButtonBox::ActionRole);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_statusButton = buttons->addButton(tr("&Read status"), QDialogButtonBox::ActionRole);
    m_statusButton->setObjectName(QStringLiteral("statusButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dayEdit, &QDateEdit::dateChanged, this, &NotificationsDialog::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &NotificationsDialog::updateButtons);
    connect(m_copyButton, &QPushButton::clicked, this, &NotificationsDialog::copySelected);
    connect(m_whatsAppButton, &QPushButton::clicked, this, &NotificationsDialog::openWhatsApp);
    connect(m_markButton, &QPushButton::clicked, this, &NotificationsDialog::markSelectedCopied);
    connect(m_sendButton, &QPushButton::clicked, this, &NotificationsDialog::sendBySms);
    connect(m_statusButton, &QPushButton::clicked, this, &NotificationsDialog::readStatus);
    resize(900, 480);
    refresh();
}

NotificationsDialog::~NotificationsDialog() = default;

void NotificationsDialog::setDay(const QDate& day)
{
    m_dayEdit->setDate(day); // refreshes
}

void NotificationsDialog::refresh()
{
    QString error;
    const QTimeZone zone = timeZoneFromName(m_session.catalog.office.timeZone);
    m_rows = NotificationStore(m_session.database).forDay(m_dayEdit->date(), zone, &error);
    m_table->setRowCount(0);
    if (!error.isEmpty()) {
        showMessage(tr("The notifications cannot be read: %1").arg(error), true);
        updateButtons();
        return;
    }
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Notification& sms = m_rows.at(row);
        const QStringList cells = {
            sms.createdAt.toTimeZone(zone).toString(QStringLiteral("HH.mm")),
            sms.reference,
            sms.phone,
            notificationEventTitle(sms.event),
            sms.text,
            stateText(sms),
        };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    fitRows();
    QString configError;
    const bool modem
        = !NotificationSettings(m_session.database).gammuConfig(&configError).isEmpty();
    m_sendButton->setVisible(modem);
    m_statusButton->setVisible(modem);
    if (m_rows.isEmpty())
        showMessage(tr("No notifications on this day."));
    else if (!modem)
        showMessage(tr("No SMS modem is set up: copy each text into WhatsApp or your phone, "
                       "then mark it as sent."));
    else
        showMessage(QString());
    updateButtons();
}

void NotificationsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitRows(); // the text column has its width only now
}

void NotificationsDialog::fitRows()
{
    m_table->resizeRowsToContents();
}

int NotificationsDialog::rowCount() const
{
    return m_table->rowCount();
}

void NotificationsDialog::selectRow(int row)
{
    m_table->selectRow(row);
}

const Notification* NotificationsDialog::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(rows.first().row());
}

void NotificationsDialog::updateButtons()
{
    const Notification* sms = selected();
    const bool waiting = sms && sms->state == NotificationState::Queued && !sms->isWithGateway();
    m_copyButton->setEnabled(sms);
    m_whatsAppButton->setEnabled(sms);
    m_markButton->setEnabled(waiting);
    if (sms)
        m_whatsAppButton->setToolTip(whatsAppLink(*sms).toString(QUrl::FullyEncoded));
}

bool NotificationsDialog::copySelected()
{
    const Notification* sms = selected();
    if (!sms)
        return false;
    QApplication::clipboard()->setText(sms->text);
    showMessage(tr("The text for %1 is copied; paste it into the message.").arg(sms->phone));
    return true;
}

bool NotificationsDialog::openWhatsApp()
{
    const Notification* sms = selected();
    if (!sms)
        return false;
    const QUrl link = whatsAppLink(*sms);
    if (m_openLink(link)) {
        showMessage(
            tr("WhatsApp opened for %1; mark the message as sent once it went.").arg(sms->phone));
        return true;
    }
    showMessage(
        tr("No browser opened the link; copy it: %1").arg(link.toString(QUrl::FullyEncoded)), true);
    return false;
}

bool NotificationsDialog::markSelectedCopied()
{
    const Notification* sms = selected();
    if (!sms)
        return false;
    const int row = m_table->currentRow();
    QString error;
    if (!NotificationStore(m_session.database).markCopied(sms->id, m_session.clock(), &error)) {
        showMessage(error, true);
        return false;
    }
    refresh();
    selectRow(row);
    showMessage(tr("Marked as sent by hand."));
    return true;
}

bool NotificationsDialog::sendBySms()
{
    QString error;
    const QString config = NotificationSettings(m_session.database).gammuConfig(&error);
    m_gateway = std::make_unique<GammuGateway>(m_session.database, config, m_session.clock);
    connect(m_gateway.get(), &GammuGateway::finished, this,
            [this](int handedOver, const QStringList& problems) {
                refresh();
                showMessage(problems.isEmpty()
                                ? tr("%n message(s) handed to the SMS modem.", "", handedOver)
                                : problems.join(QLatin1Char('\n')),
                            !problems.isEmpty());
            });
    // Off while gammu-smsd-inject runs; an empty queue finishes at once.
    m_sendButton->setEnabled(false);
    connect(m_gateway.get(), &GammuGateway::finished, m_sendButton,
            [this] { m_sendButton->setEnabled(true); });
    if (!m_gateway->sendQueued(&error)) {
        m_sendButton->setEnabled(true);
        showMessage(error, true);
        return false;
    }
    return true;
}

bool NotificationsDialog::readStatus()
{
    QString error;
    const QString config = NotificationSettings(m_session.database).gammuConfig(&error);
    const int changed
        = GammuGateway(m_session.database, config, m_session.clock).readStatus(&error);
    if (changed < 0) {
        showMessage(error, true);
        return false;
    }
    refresh();
    showMessage(tr("%n message(s) reported back by the SMS modem.", "", changed));
    return true;
}

QString NotificationsDialog::message() const
{
    return m_messageLabel->text();
}

void NotificationsDialog::showMessage(const QString& text, bool problem)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(problem ? QStringLiteral("color:#b00020") : QString());
}

} // namespace loket::ui
