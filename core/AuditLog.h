#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace loket {

struct AuditEntry
{
    qint64 userId = 0; // 0: the system (migrations, imports without a user)
    QString action; // "create", "update", "print", "login", …
    QString table;
    QString recordId;
    QJsonObject before;
    QJsonObject after;
    QDateTime at;
};

// The append-only record of who changed what. Each entry's hash covers the previous entry's
// hash, so an edited or deleted row breaks the chain. Call inside the caller's transaction, so
// that the change and its record are written together or not at all.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(loket::AuditLog)
public:
    explicit AuditLog(Database& database);
    bool append(const AuditEntry& entry, QString* errorMessage);

private:
    Database& m_database;
};

} // namespace loket
