#include "IndonesianText.h"

#include <QLocale>
#include <QStringList>
#include <array>

namespace loket::text {
namespace {

const std::array<const char*, 10> kDigits
    = { "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan" };

QString digitWord(qint64 digit)
{
    return QString::fromLatin1(kDigits[static_cast<size_t>(digit)]);
}

// Words for 1..999; 0 gives an empty string so that callers can skip empty groups.
QString belowThousand(qint64 n)
{
    QStringList words;
    const qint64 hundreds = n / 100;
    const qint64 rest = n % 100;
    if (hundreds == 1)
        words << QStringLiteral("seratus");
    else if (hundreds > 1)
        words << digitWord(hundreds) + QStringLiteral(" ratus");

    if (rest == 0) {
        // nothing more
    } else if (rest < 10) {
        words << digitWord(rest);
    } else if (rest == 10) {
        words << QStringLiteral("sepuluh");
    } else if (rest == 11) {
        words << QStringLiteral("sebelas");
    } else if (rest < 20) {
        words << digitWord(rest - 10) + QStringLiteral(" belas");
    } else {
        words << digitWord(rest / 10) + QStringLiteral(" puluh");
        if (rest % 10 != 0)
            words << digitWord(rest % 10);
    }
    return words.join(QLatin1Char(' '));
}

QLocale indonesian()
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

} // namespace

QString terbilang(qint64 number)
{
    if (number == 0)
        return QStringLiteral("nol");
    if (number < 0)
        return QStringLiteral("minus ") + terbilang(-number);

    struct Scale
    {
        qint64 size;
        const char* name;
    };
    static const std::array<Scale, 4> scales = { { { 1000000000000LL, "triliun" },
                                                   { 1000000000LL, "miliar" },
                                                   { 1000000LL, "juta" },
                                                   { 1000LL, "ribu" } } };
    QStringList words;
    qint64 rest = number;
    for (const Scale& scale : scales) {
        const qint64 group = rest / scale.size;
        rest %= scale.size;
        if (group == 0)
            continue;
        // Only a thousand takes the "se-" prefix: "seribu", but "satu juta".
        if (group == 1 && scale.size == 1000)
            words << QStringLiteral("seribu");
        else
            words << terbilang(group) + QLatin1Char(' ') + QString::fromLatin1(scale.name);
    }
    if (rest > 0)
        words << belowThousand(rest);
    return words.join(QLatin1Char(' '));
}

QString numberWithWords(qint64 number)
{
    return QStringLiteral("%1 (%2)").arg(number).arg(terbilang(number));
}

QString romanMonth(int month)
{
    static const std::array<const char*, 12> numerals
        = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };
    if (month < 1 || month > 12)
        return {};
    return QString::fromLatin1(numerals[static_cast<size_t>(month - 1)]);
}

QString longDate(const QDate& date)
{
    return indonesian().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString longDateWithDay(const QDate& date)
{
    return indonesian().toString(date, QStringLiteral("dddd, d MMMM yyyy"));
}

} // namespace loket::text
