#pragma once

#include <QDate>
#include <QString>

namespace loket::text {

// Indonesian number words ("terbilang"): 3 → "tiga", 1500000 → "satu juta lima ratus ribu".
QString terbilang(qint64 number);

// The form documents use for counts: 3 → "3 (tiga)".
QString numberWithWords(qint64 number);

// Roman numeral of a month (1 → "I" … 12 → "XII"), as used in letter numbers.
QString romanMonth(int month);

// "4 Januari 2024"
QString longDate(const QDate& date);

// "Kamis, 4 Januari 2024"
QString longDateWithDay(const QDate& date);

} // namespace loket::text
