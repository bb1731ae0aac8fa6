#include "CaseNumberFormat.h"

#include "NumberPattern.h"

namespace loket {

const QString CaseNumberFormat::DefaultPattern
    = QStringLiteral("{serial:4}/{service}/{roman-month}/{year}");
const QString CaseNumberFormat::SettingKey = QStringLiteral("case_number_pattern");

QString CaseNumberFormat::check(const QString& pattern)
{
    return NumberPattern::check(pattern, { QStringLiteral("service"), QStringLiteral("office") });
}

QString CaseNumberFormat::format(const QString& pattern, int serial, const QDate& date,
                                 const QString& serviceCode, const QString& officeId)
{
    return NumberPattern::format(pattern, serial, date,
                                 { { QStringLiteral("service"), serviceCode },
                                   { QStringLiteral("office"), officeId.toUpper() } });
}

} // namespace loket
