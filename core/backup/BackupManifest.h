#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <optional>

namespace loket {

// What a backup file says about itself, kept in a table of its own inside the file: where it
// came from and how many rows each table had, so that a restore can tell a whole backup from a
// cut or altered one.
struct BackupManifest
{
    Q_DECLARE_TR_FUNCTIONS(loket::BackupManifest)
public:
    static const QString TableName;

    QString sourceDialect; // "sqlite" or "postgresql"
    int schemaVersion = 0;
    QString officeId;
    QDateTime takenAt;
    QString loketVersion;
    QMap<QString, qint64> rowCounts; // per table, the manifest's own excluded

    qint64 totalRows() const;

    // Creates the manifest table in `backup` and writes this manifest into it.
    bool write(Database& backup, QString* errorMessage) const;
    // The manifest of `backup`; nullopt with an empty `errorMessage` when it has none.
    static std::optional<BackupManifest> read(Database& backup, QString* errorMessage);
    static bool remove(Database& backup, QString* errorMessage);
    static QString dialectName(Database::Dialect dialect);
};

} // namespace loket
