#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace loket {

// What may be attached to a case: PDF, JPEG and PNG files up to 10 MB. The type is read from
// the content's first bytes (its "magic"), never from the name: a scan called "ktp.pdf" that is
// really a PNG is fine, a program renamed "surat.pdf" is not.
class Attachments
{
    Q_DECLARE_TR_FUNCTIONS(loket::Attachments)
public:
    static constexpr qint64 MaxSize = 10 * 1024 * 1024;

    // "application/pdf", "image/jpeg", "image/png"; empty for anything else.
    static QString mediaType(const QByteArray& content);
    // Empty when the file may be attached, else a sentence saying why not.
    static QString check(const QString& fileName, const QByteArray& content);
    // The size alone, before a file is read: empty when `size` bytes may be attached.
    static QString checkSize(const QString& fileName, qint64 size);
    // The name kept with the file: without folders, at most 200 characters.
    static QString storedName(const QString& fileName);
};

} // namespace loket
