#include "NotificationSettings.h"

#include "SettingsStore.h"

namespace loket {

namespace {

QString templateKey(NotificationEvent event)
{
    return QStringLiteral("sms_template.") + notificationEventKey(event);
}

const QString MaxPartsKey = QStringLiteral("sms_max_parts");
const QString GammuConfigKey = QStringLiteral("sms_gammu_config");

} // namespace

NotificationSettings::NotificationSettings(Database& database)
    : m_database(database)
{
}

QString NotificationSettings::templateText(NotificationEvent event, QString* errorMessage) const
{
    return SettingsStore(m_database).value(templateKey(event), errorMessage);
}

bool NotificationSettings::setTemplateText(NotificationEvent event, const QString& text,
                                           QString* errorMessage)
{
    return SettingsStore(m_database).setValue(templateKey(event), text.trimmed(), errorMessage);
}

int NotificationSettings::maxParts(QString* errorMessage) const
{
    errorMessage->clear();
    const QString stored = SettingsStore(m_database).value(MaxPartsKey, errorMessage);
    if (!errorMessage->isEmpty())
        return 0;
    bool ok = false;
    const int parts = stored.toInt(&ok);
    return ok && parts >= 1 && parts <= MaxPartsLimit ? parts : DefaultMaxParts;
}

bool NotificationSettings::setMaxParts(int parts, QString* errorMessage)
{
    if (parts < 1 || parts > MaxPartsLimit) {
        *errorMessage = tr("A message may take 1 to %1 SMS parts.").arg(MaxPartsLimit);
        return false;
    }
    return SettingsStore(m_database).setValue(MaxPartsKey, QString::number(parts), errorMessage);
}

QString NotificationSettings::gammuConfig(QString* errorMessage) const
{
    return SettingsStore(m_database).value(GammuConfigKey, errorMessage).trimmed();
}

bool NotificationSettings::setGammuConfig(const QString& path, QString* errorMessage)
{
    // Empty (no modem) is stored as an empty text: the column takes no NULL.
    const QString value = path.trimmed();
    return SettingsStore(m_database)
        .setValue(GammuConfigKey, value.isEmpty() ? QStringLiteral("") : value, errorMessage);
}

} // namespace loket
