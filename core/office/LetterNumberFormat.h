#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace loket {

// An office's pattern for outgoing letter numbers, one per register, e.g.
// "400.9/{serial}/SK-DINSOS/{roman-month}/{year}" → "400.9/12/SK-DINSOS/III/2024" (Seruyan) or
// "{classification}/{serial}/DINSOS/{year}" → "188.4/3/DINSOS/2024" (Kotabaru). Placeholders:
// {serial} or {serial:N} (zero-padded to N digits), {year}, {month}, {roman-month},
// {classification} (the document type's classification code) and {office}. The serial runs per
// register and year.
class LetterNumberFormat
{
    Q_DECLARE_TR_FUNCTIONS(loket::LetterNumberFormat)
public:
    // Empty when the pattern is usable; otherwise what is wrong with it.
    static QString check(const QString& pattern);
    static QString format(const QString& pattern, int serial, const QDate& date,
                          const QString& classification, const QString& officeId);
};

} // namespace loket
