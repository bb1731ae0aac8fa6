#include "LetterNumberFormat.h"

#include "NumberPattern.h"

namespace loket {

QString LetterNumberFormat::check(const QString& pattern)
{
    return NumberPattern::check(pattern,
                                { QStringLiteral("classification"), QStringLiteral("office") });
}

QString LetterNumberFormat::format(const QString& pattern, int serial, const QDate& date,
                                   const QString& classification, const QString& officeId)
{
    return NumberPattern::format(pattern, serial, date,
                                 { { QStringLiteral("classification"), classification },
                                   { QStringLiteral("office"), officeId.toUpper() } });
}

} // namespace loket
