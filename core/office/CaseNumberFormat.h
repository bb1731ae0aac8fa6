#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace loket {

// An office's pattern for case numbers, e.g. "{serial:4}/{service}/{roman-month}/{year}" →
// "0007/PKY-05/I/2024". Placeholders: {serial} or {serial:N} (zero-padded to N digits),
// {year}, {month}, {roman-month}, {service}, {office}. The serial runs per office and year.
class CaseNumberFormat
{
    Q_DECLARE_TR_FUNCTIONS(loket::CaseNumberFormat)
public:
    static const QString DefaultPattern;
    static const QString SettingKey;

    // Empty when the pattern is usable; otherwise what is wrong with it.
    static QString check(const QString& pattern);
    static QString format(const QString& pattern, int serial, const QDate& date,
                          const QString& serviceCode, const QString& officeId);
};

} // namespace loket
