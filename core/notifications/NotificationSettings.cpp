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

QString NotificationSettings::defaultText(NotificationEvent event)
{
    // Formal Indonesian, GSM-7 only: until the office writes its own.
    switch (event) {
    case NotificationEvent::ProductReady:
        return QStringLiteral("{kantor}: {layanan} nomor {nomor} sudah selesai. Silakan ambil di "
                              "{tempat} mulai {tanggal} pada jam layanan dengan membawa tanda "
                              "terima.");
    case NotificationEvent::Incomplete:
        return QStringLiteral("{kantor}: berkas {layanan} nomor {nomor} belum lengkap. Mohon "
                              "lengkapi persyaratan di {tempat} agar berkas dapat diproses.");
    case NotificationEvent::ComplaintAnswered:
        return QStringLiteral("{kantor}: pengaduan nomor {nomor} sudah dijawab. Jawaban dapat "
                              "diambil di {tempat} mulai {tanggal}.");
    }
    return {};
}

QString NotificationSettings::templateText(NotificationEvent event, QString* errorMessage) const
{
    errorMessage->clear();
    const QString text = SettingsStore(m_database).value(templateKey(event), errorMessage);
    return text.isEmpty() && errorMessage->isEmpty() ? defaultText(event) : text;
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
