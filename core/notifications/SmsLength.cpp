#include "SmsLength.h"

namespace loket {

namespace {

// GSM 03.38 default alphabet (one septet each), as Unicode.
const QString& basicAlphabet()
{
    static const QString alphabet
        = QString::fromUtf8("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                            "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return alphabet;
}

// The extension table: an escape septet and the character, two in all.
const QString& extensionAlphabet()
{
    static const QString extension = QString::fromUtf8("\f^{}\\[~]|€");
    return extension;
}

int septets(const QString& text, bool* fits)
{
    int count = 0;
    for (const QChar c : text) {
        if (basicAlphabet().contains(c))
            count += 1;
        else if (extensionAlphabet().contains(c))
            count += 2;
        else {
            *fits = false;
            return 0;
        }
    }
    *fits = true;
    return count;
}

} // namespace

bool SmsLength::isGsm7(const QString& text)
{
    bool fits = false;
    septets(text, &fits);
    return fits;
}

SmsLength SmsLength::of(const QString& text)
{
    SmsLength length;
    bool fits = false;
    const int gsmUnits = septets(text, &fits);
    length.unicode = !fits;
    length.units = fits ? gsmUnits : int(text.size());
    const int single = length.unicode ? 70 : 160;
    const int part = length.unicode ? 67 : 153;
    if (length.units == 0) {
        length.parts = 0;
        length.perPart = single;
    } else if (length.units <= single) {
        length.parts = 1;
        length.perPart = single;
    } else {
        length.parts = (length.units + part - 1) / part;
        length.perPart = part;
    }
    return length;
}

} // namespace loket
