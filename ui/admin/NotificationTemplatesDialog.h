#pragma once

#include "Catalog.h"
#include "Database.h"
#include "Notification.h"
#include "SmsTemplate.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace loket::ui {

// The administrator's page for SMS notifications: the office's text for each event with its
// length and SMS parts as typed (filled with the office's longest service name), the most parts
// a message may take, and the gammu-smsd configuration file of the office's modem (empty: the
// clerk sends the messages by hand). Saving refuses a text that is too long or names an unknown
// placeholder, saying which.
class NotificationTemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    NotificationTemplatesDialog(Database& database, const Catalog& catalog,
                                QWidget* parent = nullptr);

    QPlainTextEdit* editor(NotificationEvent event) const { return m_editors.value(event); }
    QString lengthText(NotificationEvent event) const;
    // Checks and saves everything; false (nothing saved) with the reason shown.
    bool save();
    QString message() const;

private:
    void load();
    void updateLength(NotificationEvent event);

    Database& m_database;
    SmsFields m_worstCase;
    QMap<NotificationEvent, QPlainTextEdit*> m_editors;
    QMap<NotificationEvent, QLabel*> m_lengthLabels;
    QSpinBox* m_maxPartsSpinBox = nullptr;
    QLineEdit* m_gammuConfigLineEdit = nullptr;
    QLabel* m_messageLabel = nullptr;
};

} // namespace loket::ui
