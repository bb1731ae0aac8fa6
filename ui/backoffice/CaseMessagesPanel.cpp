#include "CaseMessagesPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

CaseMessagesPanel::CaseMessagesPanel(QWidget* parent)
    : QWidget(parent)
    , m_consentLabel(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
{
    m_consentLabel->setObjectName(QStringLiteral("smsConsentLabel"));
    m_consentLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("messagesTableWidget"));
    m_table->setHorizontalHeaderLabels({ tr("Time"), tr("About"), tr("Text"), tr("State") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_consentLabel);
    layout->addWidget(m_table, 1);
    clear();
}

void CaseMessagesPanel::setMessages(const QList<Notification>& messages, bool consent,
                                    const QTimeZone& zone)
{
    m_consentLabel->setText(consent ? tr("The applicant agreed at intake to be told by SMS.")
                                    : tr("The applicant did not agree to SMS: no message is "
                                         "sent for this case."));
    m_table->setRowCount(int(messages.size()));
    for (int row = 0; row < messages.size(); ++row) {
        const Notification& sms = messages.at(row);
        QString state = notificationStateTitle(sms.state);
        if (sms.isWithGateway())
            state = tr("Handed to the modem");
        const QStringList cells = {
            sms.createdAt.toTimeZone(zone).toString(QStringLiteral("dd-MM-yyyy HH.mm")),
            notificationEventTitle(sms.event),
            sms.text + QStringLiteral("\n→ ") + sms.phone,
            state,
        };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeRowsToContents();
}

void CaseMessagesPanel::clear()
{
    m_consentLabel->clear();
    m_table->setRowCount(0);
}

int CaseMessagesPanel::rowCount() const
{
    return m_table->rowCount();
}

QString CaseMessagesPanel::consentText() const
{
    return m_consentLabel->text();
}

} // namespace loket::ui
