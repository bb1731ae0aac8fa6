#include "Attachments.h"

#include <QFileInfo>

namespace loket {

QString Attachments::mediaType(const QByteArray& content)
{
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (content.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (content.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    return {};
}

QString Attachments::check(const QString& fileName, const QByteArray& content)
{
    const QString name = storedName(fileName);
    if (const QString tooBig = checkSize(fileName, content.size()); !tooBig.isEmpty())
        return tooBig;
    if (!mediaType(content).isEmpty())
        return {};
    // Windows and Linux programs: say so plainly, whatever the name pretends.
    if (content.startsWith("MZ")
        || content.startsWith("\x7F"
                              "ELF"))
        return tr("%1 is a program, not a document: it cannot be attached.").arg(name);
    return tr("%1 is not a PDF, JPEG or PNG file (judging by its content, not its name); only "
              "those can be attached.")
        .arg(name);
}

QString Attachments::checkSize(const QString& fileName, qint64 size)
{
    const QString name = storedName(fileName);
    if (size <= 0)
        return tr("%1 is empty.").arg(name);
    if (size > MaxSize)
        return tr("%1 is %2 MB; an attachment may be at most %3 MB. Scan it at a lower "
                  "resolution or split it into several files.")
            .arg(name)
            .arg(double(size) / (1024 * 1024), 0, 'f', 1)
            .arg(MaxSize / (1024 * 1024));
    return {};
}

QString Attachments::storedName(const QString& fileName)
{
    QString name = QFileInfo(QString(fileName).replace(QLatin1Char('\\'), QLatin1Char('/')))
                       .fileName()
                       .trimmed();
    if (name.isEmpty())
        name = tr("attachment");
    return name.left(200);
}

} // namespace loket
