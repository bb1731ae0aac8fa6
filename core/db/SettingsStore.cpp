#include "SettingsStore.h"

#include "DatabaseError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

const QString SettingsStore::OfficeId = QStringLiteral("office_id");
const QString SettingsStore::DemoMarker = QStringLiteral("demo_database");

bool SettingsStore::isDemoDatabase(Database& database)
{
    QString error;
    return SettingsStore(database).value(DemoMarker, &error) == QLatin1String("1");
}

SettingsStore::SettingsStore(Database& database)
    : m_database(database)
{
}

QString SettingsStore::value(const QString& key, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT setting_value FROM settings WHERE setting_key = :key"));
    query.bindValue(QStringLiteral(":key"), key);
    if (!query.exec()) {
        *errorMessage = tr("Cannot read the setting %1: %2")
                            .arg(key, DatabaseError::describe(query.lastError()));
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

bool SettingsStore::setValue(const QString& key, const QString& value, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    // An upsert both SQLite (3.24+) and PostgreSQL accept.
    query.prepare(QStringLiteral(
        "INSERT INTO settings (setting_key, setting_value) VALUES (:key, :value)"
        " ON CONFLICT (setting_key) DO UPDATE SET setting_value = excluded.setting_value"));
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":value"), value);
    if (query.exec())
        return true;
    *errorMessage
        = tr("Cannot save the setting %1: %2").arg(key, DatabaseError::describe(query.lastError()));
    return false;
}

} // namespace loket
