#pragma once

#include "WorkingCalendar.h"

#include <QDateTime>
#include <QString>

namespace loket {

// How a case stands against its promised time, in the office's working days.
struct TimeLeft
{
    enum class Urgency { Overdue, DueToday, OnTime, NoDueDate };
    Urgency urgency = Urgency::NoDueDate;
    // Working days after today up to the due day (0: due today); when overdue, minus the
    // working days since the due day (0: overdue since earlier today).
    int workingDays = 0;
    QDateTime due;
};
QString urgencyKey(TimeLeft::Urgency urgency); // "overdue", "due-today", "on-time", "no-due-date"

// How much time is left from `now` until `due`, counted in the office's working days.
TimeLeft timeLeftUntil(const WorkingCalendar& calendar, const QTimeZone& zone, const QDateTime& due,
                       const QDateTime& now);

} // namespace loket
