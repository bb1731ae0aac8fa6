#pragma once

#include "Database.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>

namespace loket {

// The office's working-day calendar as kept in its database: seeded from the national
// calendar shipped with Loket, then maintained by the administrator (new years, moved days).
class HolidayStore
{
    Q_DECLARE_TR_FUNCTIONS(loket::HolidayStore)
public:
    explicit HolidayStore(Database& database);

    bool load(WorkingCalendar* calendar, QString* errorMessage) const;
    // Adds the days of `calendar` that the database does not have yet; returns how many, or -1.
    int seed(const WorkingCalendar& calendar, const QString& source, QString* errorMessage);
    bool save(const Holiday& holiday, const QString& source, QString* errorMessage);
    bool remove(const QDate& date, QString* errorMessage);

private:
    Database& m_database;
};

} // namespace loket
