#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace loket {

// Which audit entries to show; an empty field does not filter.
struct AuditFilter
{
    QString username;
    // Entries about the case (their record is its number) and about the letters issued for it.
    QString caseNumber;
    QDateTime from; // inclusive
    QDateTime until; // exclusive
    int limit = 1000;
};

struct AuditRecord
{
    qint64 id = 0;
    QDateTime occurredAt; // UTC
    qint64 userId = 0; // 0: the system
    QString username;
    QString userFullName;
    QString action;
    QString table;
    QString recordId;
    QJsonObject before;
    QJsonObject after;
    QString previousHash;
    QString entryHash;
};

// Read access to the audit log for viewers: the newest entries first.
class AuditQueries
{
    Q_DECLARE_TR_FUNCTIONS(loket::AuditQueries)
public:
    explicit AuditQueries(Database& database);
    QList<AuditRecord> list(const AuditFilter& filter, QString* errorMessage) const;

private:
    Database& m_database;
};

} // namespace loket
