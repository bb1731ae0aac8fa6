#include "BackupManifest.h"

#include "DatabaseError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

const QString BackupManifest::TableName = QStringLiteral("loket_backup_manifest");

namespace {
const QString rowsPrefix = QStringLiteral("rows:");
}

qint64 BackupManifest::totalRows() const
{
    qint64 total = 0;
    for (qint64 count : rowCounts)
        total += count;
    return total;
}

QString BackupManifest::dialectName(Database::Dialect dialect)
{
    return dialect == Database::Dialect::PostgreSQL ? QStringLiteral("postgresql")
                                                    : QStringLiteral("sqlite");
}

bool BackupManifest::write(Database& backup, QString* errorMessage) const
{
    QSqlQuery query(backup.connection());
    if (!query.exec(QStringLiteral("CREATE TABLE %1 (item TEXT PRIMARY KEY, value TEXT NOT NULL)")
                        .arg(TableName))) {
        *errorMessage = tr("Cannot write the backup's manifest: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    QMap<QString, QString> items {
        { QStringLiteral("source_dialect"), sourceDialect },
        { QStringLiteral("schema_version"), QString::number(schemaVersion) },
        { QStringLiteral("office_id"), officeId },
        { QStringLiteral("taken_at"), takenAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("loket_version"), loketVersion }
    };
    for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
        items.insert(rowsPrefix + it.key(), QString::number(it.value()));
    query.prepare(
        QStringLiteral("INSERT INTO %1 (item, value) VALUES (:item, :value)").arg(TableName));
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        query.bindValue(QStringLiteral(":item"), it.key());
        // An unknown item (no office yet, no version in loketctl) is stored empty, not NULL.
        query.bindValue(QStringLiteral(":value"),
                        it.value().isNull() ? QStringLiteral("") : it.value());
        if (!query.exec()) {
            *errorMessage = tr("Cannot write the backup's manifest: %1")
                                .arg(DatabaseError::describe(query.lastError()));
            return false;
        }
    }
    return true;
}

std::optional<BackupManifest> BackupManifest::read(Database& backup, QString* errorMessage)
{
    if (!backup.connection().tables().contains(TableName))
        return std::nullopt;
    QSqlQuery query(backup.connection());
    if (!query.exec(QStringLiteral("SELECT item, value FROM %1").arg(TableName))) {
        *errorMessage = tr("Cannot read the backup's manifest: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    BackupManifest manifest;
    while (query.next()) {
        const QString item = query.value(QStringLiteral("item")).toString();
        const QString value = query.value(QStringLiteral("value")).toString();
        if (item.startsWith(rowsPrefix))
            manifest.rowCounts.insert(item.mid(rowsPrefix.size()), value.toLongLong());
        else if (item == QLatin1String("source_dialect"))
            manifest.sourceDialect = value;
        else if (item == QLatin1String("schema_version"))
            manifest.schemaVersion = value.toInt();
        else if (item == QLatin1String("office_id"))
            manifest.officeId = value;
        else if (item == QLatin1String("taken_at"))
            manifest.takenAt = QDateTime::fromString(value, Qt::ISODate);
        else if (item == QLatin1String("loket_version"))
            manifest.loketVersion = value;
    }
    return manifest;
}

bool BackupManifest::remove(Database& backup, QString* errorMessage)
{
    QSqlQuery query(backup.connection());
    if (query.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(TableName)))
        return true;
    *errorMessage = tr("Cannot remove the backup's manifest: %1")
                        .arg(DatabaseError::describe(query.lastError()));
    return false;
}

} // namespace loket
