#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

namespace loket {
namespace {

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser;

} // namespace

bool PrivateFiles::restrict(QFileDevice& file, QString* errorMessage)
{
    if (file.setPermissions(kOwnerFile))
        return true;
    if (errorMessage)
        *errorMessage = tr("Cannot make %1 readable by its owner only: %2")
                            .arg(file.fileName(), file.errorString());
    return false;
}

bool PrivateFiles::createFile(const QString& path, QString* errorMessage)
{
    QFile file(path);
    // Created with the mode at once: there is no moment in which others may open it.
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile))
        return true;
    if (errorMessage)
        *errorMessage = tr("Cannot create %1: %2").arg(path, file.errorString());
    return false;
}

bool PrivateFiles::createFolder(const QString& path, QString* errorMessage)
{
    QStringList missing;
    for (QFileInfo folder(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
         !folder.exists() && !folder.isRoot(); folder = QFileInfo(folder.absolutePath()))
        missing.prepend(folder.absoluteFilePath());
    for (const QString& folder : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(folder).constData(), FolderMode) != 0
            && !QFileInfo(folder).isDir()) {
            if (errorMessage)
                *errorMessage = tr("Cannot create the folder %1.").arg(folder);
            return false;
        }
        // mkdir's mode passes through the umask, which may only take away more: fine.
    }
    return true;
}

int PrivateFiles::mode(const QString& path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

bool PrivateFiles::isPrivate(const QString& path)
{
    const int bits = mode(path);
    return bits >= 0 && (bits & 077) == 0;
}

PrivateFiles::Tightening PrivateFiles::tighten(const QString& path, QString* notice)
{
    const int before = mode(path);
    if (before < 0)
        return Tightening::Missing;
    if ((before & 077) == 0)
        return Tightening::AlreadyPrivate;
    if (::chmod(QFile::encodeName(path).constData(), mode_t(before & ~077)) != 0) {
        if (notice)
            *notice = tr("%1 may be read by other accounts of this computer (permissions %2), "
                         "and Loket cannot change that: ask the administrator to run "
                         "\"chmod go-rwx %1\".")
                          .arg(path, QString::number(before, 8));
        return Tightening::Failed;
    }
    if (notice)
        *notice = tr("%1 could be read by other accounts of this computer (permissions %2); it "
                     "holds personal data, so Loket made it readable by its owner only (%3).")
                      .arg(path, QString::number(before, 8), QString::number(before & ~077, 8));
    return Tightening::Tightened;
}

} // namespace loket
