#include "NumberPattern.h"

#include "IndonesianText.h"

#include <QRegularExpression>

namespace loket {
namespace {

const QRegularExpression& placeholder()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z-]+)(?::(\\d))?\\}"));
    return pattern;
}

} // namespace

QString NumberPattern::check(const QString& pattern, const QStringList& names, int maxLength)
{
    if (pattern.size() > maxLength)
        return tr("The pattern is too long: at most %1 characters.").arg(maxLength);
    // Only what format() replaces counts: "{serial:12}" or "{serial/" would stay as text, and
    // every number would be the same.
    const QStringList known = QStringList { QStringLiteral("serial"), QStringLiteral("year"),
                                            QStringLiteral("month"), QStringLiteral("roman-month") }
        + names;
    bool hasSerial = false;
    bool hasYear = false;
    QString unknown;
    auto matches = placeholder().globalMatch(pattern);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        hasSerial = hasSerial || name == QLatin1String("serial");
        hasYear = hasYear || name == QLatin1String("year");
        if (unknown.isEmpty() && !known.contains(name))
            unknown = name;
    }
    if (!hasSerial)
        return tr("The pattern needs {serial}: without it numbers would repeat.");
    if (!hasYear)
        return tr("The pattern needs {year}: the serial starts again every year.");
    if (!unknown.isEmpty())
        return tr("Unknown placeholder {%1}.").arg(unknown);
    return {};
}

QString NumberPattern::format(const QString& pattern, int serial, const QDate& date,
                              const QHash<QString, QString>& values)
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
        else if (values.contains(name))
            result += values.value(name);
        else
            result += match.captured(0);
    }
    return result + pattern.mid(last);
}

} // namespace loket
