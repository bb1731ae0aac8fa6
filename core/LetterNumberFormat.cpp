#include "LetterNumberFormat.h"

#include "IndonesianText.h"

#include <QRegularExpression>

namespace loket {
namespace {

const QRegularExpression& placeholder()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z-]+)(?::(\\d))?\\}"));
    return pattern;
}

const QStringList& knownNames()
{
    static const QStringList names {
        QStringLiteral("serial"),      QStringLiteral("year"),           QStringLiteral("month"),
        QStringLiteral("roman-month"), QStringLiteral("classification"), QStringLiteral("office")
    };
    return names;
}

} // namespace

QString LetterNumberFormat::check(const QString& pattern)
{
    if (pattern.size() > 120)
        return tr("The pattern is too long: at most 120 characters.");
    // Only what format() replaces counts: "{serial:12}" would stay as text, and every letter
    // would get the same number.
    int serials = 0;
    bool hasYear = false;
    QString unknown;
    auto matches = placeholder().globalMatch(pattern);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        serials += name == QLatin1String("serial") ? 1 : 0;
        hasYear = hasYear || name == QLatin1String("year");
        if (unknown.isEmpty() && !knownNames().contains(name))
            unknown = name;
    }
    if (serials == 0)
        return tr("The pattern needs {serial}: without it numbers would repeat.");
    if (!hasYear)
        return tr("The pattern needs {year}: the serial starts again every year.");
    if (!unknown.isEmpty())
        return tr("Unknown placeholder {%1}.").arg(unknown);
    return {};
}

QString LetterNumberFormat::format(const QString& pattern, int serial, const QDate& date,
                                   const QString& classification, const QString& officeId)
{
    QString result;
    qsizetype last = 0;
    auto matches = placeholder().globalMatch(pattern);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += pattern.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        if (name == QLatin1String("serial"))
            result += QStringLiteral("%1").arg(serial, match.captured(2).toInt(), 10,
                                               QLatin1Char('0'));
        else if (name == QLatin1String("year"))
            result += QString::number(date.year());
        else if (name == QLatin1String("month"))
            result += QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'));
        else if (name == QLatin1String("roman-month"))
            result += text::romanMonth(date.month());
        else if (name == QLatin1String("classification"))
            result += classification;
        else if (name == QLatin1String("office"))
            result += officeId.toUpper();
        else
            result += match.captured(0);
    }
    return result + pattern.mid(last);
}

} // namespace loket
