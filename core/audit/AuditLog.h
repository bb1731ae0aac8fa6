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

    // The first entry's previous hash.
    static QString genesisHash();
    // SHA-256 (hex) of the previous hash and the stored fields, joined by U+001F: what
    // entry_hash holds and AuditVerifier recomputes. `userId` is "0" for the system, and
    // absent values are empty strings.
    static QString entryHash(const QString& previousHash, const QString& occurredAt,
                             const QString& userId, const QString& action, const QString& table,
                             const QString& recordId, const QString& before, const QString& after);

private:
    Database& m_database;
};

} // namespace loket
