#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QList>

namespace loket {

// One broken link of the audit chain.
struct AuditProblem
{
    enum class Kind {
        // The entry's stored hash no longer matches its contents: it was edited.
        Altered,
        // The entry's previous hash is not the hash of the entry before it: entries between
        // them were deleted, or the entry before was rewritten along with its hash.
        BrokenLink,
    };
    Kind kind = Kind::Altered;
    qint64 entryId = 0;
    qint64 previousEntryId = 0; // BrokenLink: the entry now before it; 0 when it is the first
    QString message;
};

struct AuditVerification
{
    qint64 entries = 0;
    qint64 lastEntryId = 0;
    QString lastHash; // the chain's head: note it down to notice later removal of the newest
    QList<AuditProblem> problems;
    bool intact() const { return problems.isEmpty(); }
};

// Recomputes the audit log's hash chain from the first entry to the last and reports every
// broken link. What it cannot see: entries removed from the end, since nothing follows them —
// compare the head (lastEntryId, lastHash) with one noted down earlier.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(loket::AuditVerifier)
public:
    explicit AuditVerifier(Database& database);
    // False only when the log cannot be read; a tampered log is a successful verification
    // with problems.
    bool verify(AuditVerification* result, QString* errorMessage) const;

private:
    Database& m_database;
};

} // namespace loket
