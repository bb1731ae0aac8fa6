#include "BackupFile.h"

#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace loket {

namespace {
constexpr int HeaderSize = 100;
const QByteArray sqliteMagic("SQLite format 3\0", 16);
} // namespace

bool BackupFile::checkComplete(const QString& path, QString* problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("Cannot read the backup %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray header = file.read(HeaderSize);
    const qint64 size = file.size();
    if (!header.startsWith(sqliteMagic)) {
        *problem = sqliteMagic.startsWith(header) && !header.isEmpty()
            ? tr("The backup %1 is cut off: the file ends within its header. Use another "
                 "backup.")
                  .arg(path)
            : tr("%1 is not a Loket backup (not a SQLite database file). Choose the .sqlite "
                 "file that Loket wrote.")
                  .arg(path);
        return false;
    }
    if (header.size() < HeaderSize) {
        *problem = tr("The backup %1 is cut off: the file ends within its header. Use another "
                      "backup.")
                       .arg(path);
        return false;
    }
    // Page size at offset 16 (1 means 65536); the page count at 28 is valid when the change
    // counter at 24 equals the one at 92.
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const quint16 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const bool countValid
        = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || size % pageSize != 0 || (countValid && size < pageSize * pageCount)) {
        *problem = tr("The backup %1 is cut off: it has %2 bytes, fewer than its own header "
                      "announces. Use another backup.")
                       .arg(path)
                       .arg(size);
        return false;
    }
    return true;
}

bool BackupFile::makePrivate(const QString& path, QString* errorMessage)
{
    const PrivateFiles::Tightening result = PrivateFiles::tighten(path);
    if (result == PrivateFiles::Tightening::AlreadyPrivate
        || result == PrivateFiles::Tightening::Tightened)
        return true;
    *errorMessage = tr("Cannot make the backup %1 private to its owner.").arg(path);
    return false;
}

bool BackupFile::preparePrivateFolder(const QString& folder, QString* errorMessage)
{
    if (QFileInfo(folder).isDir())
        return true;
    QString ignored; // the message below says what to do
    if (PrivateFiles::createFolder(folder, &ignored))
        return true;
    *errorMessage = tr("Cannot create the backup folder %1. Choose a folder this user may "
                       "write to.")
                        .arg(folder);
    return false;
}

} // namespace loket
