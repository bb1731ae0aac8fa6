#pragma once

#include "Database.h"
#include "Notification.h"

#include <QCoreApplication>

namespace loket {

// The office's notification settings, kept as settings rows: a message text for each event
// (defaultText() until the office writes its own), how many SMS parts a message may take, and the
// gammu-smsd configuration file of the office's modem (empty: no modem, the clerk copies the
// messages by hand).
class NotificationSettings
{
    Q_DECLARE_TR_FUNCTIONS(loket::NotificationSettings)
public:
    explicit NotificationSettings(Database& database);

    // The office's text, or defaultText() while it has none.
    QString templateText(NotificationEvent event, QString* errorMessage) const;
    static QString defaultText(NotificationEvent event);
    bool setTemplateText(NotificationEvent event, const QString& text, QString* errorMessage);
    // 0 when it cannot be read (errorMessage says why).
    int maxParts(QString* errorMessage) const;
    bool setMaxParts(int parts, QString* errorMessage);
    QString gammuConfig(QString* errorMessage) const;
    bool setGammuConfig(const QString& path, QString* errorMessage);

    static constexpr int DefaultMaxParts = 3;
    static constexpr int MaxPartsLimit = 10;

private:
    Database& m_database;
};

} // namespace loket
