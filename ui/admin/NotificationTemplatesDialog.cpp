#include "NotificationTemplatesDialog.h"

#include "NotificationSettings.h"
#include "WriteTransaction.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loket::ui {

NotificationTemplatesDialog::NotificationTemplatesDialog(Database& database, const Catalog& catalog,
                                                         QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_worstCase(SmsFields::worstCase(catalog))
{
    setWindowTitle(tr("SMS notifications"));
    setObjectName(QStringLiteral("NotificationTemplatesDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Placeholders: %1 — the number, the service, where to collect, "
                               "from when, the office. Messages go only to applicants who "
                               "agreed at the counter.")
                                .arg(SmsTemplate::placeholders().join(QStringLiteral(" "))),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* form = new QFormLayout;
    for (NotificationEvent event : allNotificationEvents()) {
        auto* editor = new QPlainTextEdit(this);
        editor->setObjectName(notificationEventKey(event) + QStringLiteral("TextEdit"));
        editor->setTabChangesFocus(true);
        editor->setMaximumHeight(80);
        editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        auto* length = new QLabel(this);
        length->setObjectName(notificationEventKey(event) + QStringLiteral("LengthLabel"));
        auto* box = new QVBoxLayout;
        box->setSpacing(1);
        box->addWidget(editor);
        box->addWidget(length);
        form->addRow(notificationEventTitle(event) + QLatin1Char(':'), box);
        m_editors.insert(event, editor);
        m_lengthLabels.insert(event, length);
        connect(editor, &QPlainTextEdit::textChanged, this, [this, event] { updateLength(event); });
    }
    m_maxPartsSpinBox = new QSpinBox(this);
    m_maxPartsSpinBox->setObjectName(QStringLiteral("maxPartsSpinBox"));
    m_maxPartsSpinBox->setRange(1, NotificationSettings::MaxPartsLimit);
    form->addRow(tr("At most SMS &parts per message:"), m_maxPartsSpinBox);
    m_gammuConfigLineEdit = new QLineEdit(this);
    m_gammuConfigLineEdit->setObjectName(QStringLiteral("gammuConfigLineEdit"));
    m_gammuConfigLineEdit->setPlaceholderText(tr("empty: no modem, the clerk sends by hand"));
    form->addRow(tr("SMS gateway: gammu-smsd &config file:"), m_gammuConfigLineEdit);
    layout->addLayout(form);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color:#b00020"));
    layout->addWidget(m_messageLabel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_maxPartsSpinBox, &QSpinBox::valueChanged, this, [this] {
        for (NotificationEvent event : allNotificationEvents())
            updateLength(event);
    });
    load();
    resize(640, sizeHint().height());
}

void NotificationTemplatesDialog::load()
{
    NotificationSettings settings(m_database);
    QString error;
    for (NotificationEvent event : allNotificationEvents())
        m_editors.value(event)->setPlainText(settings.templateText(event, &error));
    const int parts = settings.maxParts(&error);
    m_maxPartsSpinBox->setValue(parts > 0 ? parts : NotificationSettings::DefaultMaxParts);
    m_gammuConfigLineEdit->setText(settings.gammuConfig(&error));
    m_messageLabel->setText(error.isEmpty() ? QString()
                                            : tr("The settings cannot be read: %1").arg(error));
}

void NotificationTemplatesDialog::updateLength(NotificationEvent event)
{
    const QString text = m_editors.value(event)->toPlainText();
    const SmsLength length = SmsLength::of(SmsTemplate::render(text, m_worstCase));
    QString line = tr("Up to %1 characters (%2): %n SMS part(s)", "", length.parts)
                       .arg(length.units)
                       .arg(length.unicode ? tr("UCS-2, 70 per SMS, 67 per part")
                                           : tr("GSM-7, 160 per SMS, 153 per part"));
    const bool tooLong = length.parts > m_maxPartsSpinBox->value();
    if (tooLong)
        line += QStringLiteral(" — ") + tr("too long, at most %1").arg(m_maxPartsSpinBox->value());
    m_lengthLabels.value(event)->setText(line);
    m_lengthLabels.value(event)->setStyleSheet(tooLong ? QStringLiteral("color:#b00020")
                                                       : QString());
}

QString NotificationTemplatesDialog::lengthText(NotificationEvent event) const
{
    return m_lengthLabels.value(event)->text();
}

bool NotificationTemplatesDialog::save()
{
    for (NotificationEvent event : allNotificationEvents()) {
        const QString refusal = SmsTemplate::check(m_editors.value(event)->toPlainText(),
                                                   m_worstCase, m_maxPartsSpinBox->value());
        if (!refusal.isEmpty()) {
            m_messageLabel->setText(
                QStringLiteral("%1: %2").arg(notificationEventTitle(event), refusal));
            m_editors.value(event)->setFocus();
            return false;
        }
    }
    QString error;
    WriteTransaction transaction(m_database);
    NotificationSettings settings(m_database);
    bool ok = transaction.begin(&error);
    for (NotificationEvent event : allNotificationEvents())
        ok = ok && settings.setTemplateText(event, m_editors.value(event)->toPlainText(), &error);
    ok = ok && settings.setMaxParts(m_maxPartsSpinBox->value(), &error)
        && settings.setGammuConfig(m_gammuConfigLineEdit->text(), &error)
        && transaction.commit(&error);
    if (!ok) {
        m_messageLabel->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    m_messageLabel->clear();
    return true;
}

QString NotificationTemplatesDialog::message() const
{
    return m_messageLabel->text();
}

} // namespace loket::ui
