#pragma once

#include <QString>

namespace loket {

// How long a text is as an SMS. A text made only of the GSM 03.38 alphabet goes as GSM-7:
// 160 characters in one message, 153 in each part of a longer one (the rest carries the
// joining header); the extension characters (€ [ ] { } ~ ^ \ |) take two. Anything else (é, ✓,
// an emoji) sends the whole text as UCS-2: 70 in one, 67 per part.
struct SmsLength
{
    bool unicode = false;
    int units = 0; // septets (GSM-7) or UTF-16 code units (UCS-2)
    int parts = 0; // 0 for an empty text
    int perPart = 160; // what one part holds at this length

    static SmsLength of(const QString& text);
    static bool isGsm7(const QString& text);
};

} // namespace loket
