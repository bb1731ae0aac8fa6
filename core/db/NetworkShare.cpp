#include "NetworkShare.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <sys/vfs.h>

namespace loket {
namespace {

// statfs(2) f_type values (linux/magic.h; the SMB2 and CIFS ones from the kernel's smb client).
constexpr quint32 kNfs = 0x6969;
constexpr quint32 kSmb = 0x517B;
constexpr quint32 kCifs = 0xFF534D42;
constexpr quint32 kSmb2 = 0xFE534D42;
constexpr quint32 kV9fs = 0x01021997; // 9p: shared folders of virtual machines and WSL
constexpr quint32 kFuse = 0x65735546;

QString existingFolderOf(const QString& path)
{
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(folder) && !QDir(folder).isRoot())
        folder = QFileInfo(folder).absolutePath();
    return folder;
}

} // namespace

QString NetworkShare::networkFileSystem(quint32 magic, const QString& typeName)
{
    switch (magic) {
    case kNfs:
        return QStringLiteral("NFS");
    case kSmb:
    case kCifs:
    case kSmb2:
        return QStringLiteral("SMB/CIFS");
    case kV9fs:
        return QStringLiteral("9p");
    case kFuse:
        // FUSE is local as often as not (an encrypted folder); only its network kinds count.
        if (typeName == QLatin1String("fuse.sshfs"))
            return QStringLiteral("SSHFS");
        if (typeName == QLatin1String("fuse.smbnetfs")
            || typeName == QLatin1String("fuse.gvfsd-fuse"))
            return QStringLiteral("SMB/CIFS");
        return {};
    default:
        return {};
    }
}

QString NetworkShare::fileSystemOf(const QString& path)
{
    const QString folder = existingFolderOf(path);
    struct statfs info
    {
    };
    if (::statfs(QFile::encodeName(folder).constData(), &info) != 0)
        return {};
    const auto magic = static_cast<quint32>(info.f_type);
    const QString typeName
        = magic == kFuse ? QString::fromLatin1(QStorageInfo(folder).fileSystemType()) : QString();
    return networkFileSystem(magic, typeName);
}

QString NetworkShare::refusal(const QString& path)
{
    const QString share = fileSystemOf(path);
    if (share.isEmpty())
        return {};
    return tr("The database file %1 is on a network share (%2). Several counters writing one "
              "file on a share damage it, so Loket does not open it there. Put the office's "
              "data on a PostgreSQL server instead (see docs/server.md), or keep the file on "
              "this computer's own disk.")
        .arg(path, share);
}

} // namespace loket
