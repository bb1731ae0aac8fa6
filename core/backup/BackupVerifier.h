#pragma once

#include "BackupManifest.h"
#include "Database.h"

#include <QCoreApplication>
#include <optional>

namespace loket {

// What a verification found out about a backup.
struct BackupCheck
{
    QString problem; // empty when the backup may be restored
    int schemaVersion = 0;
    QString officeId;
    qint64 auditEntries = 0;
    std::optional<BackupManifest> manifest; // none for a plain copy of a Loket database
    bool ok() const { return problem.isEmpty(); }
};

// Decides whether a backup may be restored: intact, a Loket database not newer than this
// Loket, every table as full as its manifest says, and its audit chain unbroken.
class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(loket::BackupVerifier)
public:
    // The open backup (SQLite). Opening a file changes its journal mode: open a copy.
    static BackupCheck verify(Database& backup);
    // The file at `path`: checked whole, then verified on a temporary copy, untouched.
    static BackupCheck verifyFile(const QString& path);

private:
    static QString integrityProblem(Database& backup);
    static QString rowCountProblem(Database& backup, const BackupManifest& manifest);
};

} // namespace loket
