#pragma once

#include <QImage>
#include <QString>

namespace loket {

// QR codes for the verification footer of issued documents, through libqrencode (Debian's
// libqrencode-dev).
class QrCode
{
public:
    // The symbol as a black-and-white image (QImage::Format_Mono, so that a PDF keeps it sharp):
    // `moduleSize` pixels per module and the standard quiet zone of 4 modules. Error correction
    // level M, which survives a fold or a stamp over a corner. A null image if `text` cannot be
    // encoded (empty, or longer than a QR code holds).
    static QImage image(const QString& text, int moduleSize = 4);

    // What a document's QR code says: "LOKET:<office id>:<verification code>".
    static QString payload(const QString& officeId, const QString& verificationCode);
};

} // namespace loket
