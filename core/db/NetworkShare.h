#pragma once

#include <QCoreApplication>
#include <QString>

namespace loket {

// SQLite locks a file through the operating system's file locks, which NFS and SMB/CIFS shares
// do not keep reliably: several counters writing one file on a share damage it. Such a file is
// refused, and the message points to the office server (docs/server.md).
class NetworkShare
{
    Q_DECLARE_TR_FUNCTIONS(loket::NetworkShare)
public:
    // The network file system of a folder, by statfs()'s f_type (and, for FUSE, the mount's type
    // name such as "fuse.sshfs"); empty for a local one.
    static QString networkFileSystem(quint32 magic, const QString& typeName);
    // The network file system holding `path` (a file or a folder not created yet: its nearest
    // existing folder is asked); empty when it is local or cannot be told.
    static QString fileSystemOf(const QString& path);
    // Why the SQLite database `path` may not be used; empty when it may.
    static QString refusal(const QString& path);
};

} // namespace loket
