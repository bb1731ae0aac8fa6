#pragma once

#include <QCoreApplication>
#include <QString>

class QFileDevice;

namespace loket {

// Personal data (UU 27/2022) is readable by the account that runs Loket only: the database
// and its WAL files, backups and exports are created 0600 and the folders Loket makes for them
// 0700. The one place that knows how; every writer of such a file calls it.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(loket::PrivateFiles)
public:
    static constexpr int FileMode = 0600;
    static constexpr int FolderMode = 0700;

    enum class Tightening { AlreadyPrivate, Tightened, Missing, Failed };

    // An open file about to be written (a QFile, or a QSaveFile before commit): owner only.
    static bool restrict(QFileDevice& file, QString* errorMessage);
    // A new empty file, owner only; refuses one that exists.
    static bool createFile(const QString& path, QString* errorMessage);
    // The folder and its missing parents; each folder it makes is owner only, while one that
    // exists keeps its permissions (a shared /srv or /tmp is not Loket's to change).
    static bool createFolder(const QString& path, QString* errorMessage);
    // Takes away the access of the group and of others from an existing file or folder; says
    // whether there was any to take (then `notice` says so in a sentence for the administrator).
    static Tightening tighten(const QString& path, QString* notice = nullptr);
    // True when neither the group nor others may read, write or enter it.
    static bool isPrivate(const QString& path);
    static int mode(const QString& path); // the permission bits (0644), -1 when missing
};

} // namespace loket
