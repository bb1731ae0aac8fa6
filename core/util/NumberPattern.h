#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>

namespace loket {

// The placeholder language shared by case numbers and letter numbers: {serial} or {serial:N}
// (zero-padded to N digits), {year}, {month}, {roman-month}, and named values a caller adds
// ({service}, {office}, {classification}). A usable pattern has {serial} and {year}, so that
// numbers never repeat within a year and restart each year.
class NumberPattern
{
    Q_DECLARE_TR_FUNCTIONS(loket::NumberPattern)
public:
    // `names`: the caller's own placeholders besides serial, year, month and roman-month.
    // Empty when the pattern is usable; otherwise what is wrong with it.
    static QString check(const QString& pattern, const QStringList& names, int maxLength = 120);
    static QString format(const QString& pattern, int serial, const QDate& date,
                          const QHash<QString, QString>& values);
};

} // namespace loket
