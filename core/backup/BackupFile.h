#pragma once

#include <QCoreApplication>
#include <QString>

namespace loket {

// The file side of a backup: is it a whole SQLite file, and is it kept private.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(loket::BackupFile)
public:
    // Refuses, before anything opens it, a file that is not a SQLite database at all, or one
    // shorter than its own header says (cut off while copying, a full USB stick).
    static bool checkComplete(const QString& path, QString* problem);

    // A backup holds personal data: readable by its owner only (0600), in a folder only its
    // owner may enter when Loket creates it (0700).
    static bool makePrivate(const QString& path, QString* errorMessage);
    static bool preparePrivateFolder(const QString& folder, QString* errorMessage);
};

} // namespace loket
