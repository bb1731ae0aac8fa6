#include "QrCode.h"

#include <memory>
#include <qrencode.h>

namespace loket {

QImage QrCode::image(const QString& text, int moduleSize)
{
    if (text.isEmpty() || moduleSize < 1)
        return {};
    const QByteArray utf8 = text.toUtf8();
    // Case-sensitive 8-bit mode keeps the text exactly as given (verification codes mix cases).
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};

    constexpr int quietZone = 4;
    const int modules = code->width;
    const int side = (modules + 2 * quietZone) * moduleSize;
    QImage result(side, side, QImage::Format_Mono);
    result.setColorTable({ qRgb(255, 255, 255), qRgb(0, 0, 0) });
    result.fill(0);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            // Bit 0 of each byte is the module's colour; the other bits say what kind it is.
            if ((code->data[y * modules + x] & 1) == 0)
                continue;
            const int left = (x + quietZone) * moduleSize;
            const int top = (y + quietZone) * moduleSize;
            for (int dy = 0; dy < moduleSize; ++dy)
                for (int dx = 0; dx < moduleSize; ++dx)
                    result.setPixel(left + dx, top + dy, 1);
        }
    }
    return result;
}

QString QrCode::payload(const QString& officeId, const QString& verificationCode)
{
    return QStringLiteral("LOKET:%1:%2").arg(officeId, verificationCode);
}

} // namespace loket
