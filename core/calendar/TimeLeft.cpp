#include "TimeLeft.h"

namespace loket {
namespace {

// Longer than any promised time; keeps a broken date from looping for long.
constexpr int kMaxDays = 3660;

} // namespace

QString urgencyKey(TimeLeft::Urgency urgency)
{
    switch (urgency) {
    case TimeLeft::Urgency::Overdue:
        return QStringLiteral("overdue");
    case TimeLeft::Urgency::DueToday:
        return QStringLiteral("due-today");
    case TimeLeft::Urgency::OnTime:
        return QStringLiteral("on-time");
    case TimeLeft::Urgency::NoDueDate:
        break;
    }
    return QStringLiteral("no-due-date");
}

TimeLeft timeLeftUntil(const WorkingCalendar& calendar, const QTimeZone& zone, const QDateTime& due,
                       const QDateTime& now)
{
    TimeLeft left;
    left.due = due;
    if (!due.isValid())
        return left;
    const QDate today = now.toTimeZone(zone).date();
    const QDate dueDay = due.toTimeZone(zone).date();
    if (now > due) {
        left.urgency = TimeLeft::Urgency::Overdue;
        for (QDate day = dueDay.addDays(1); day <= today && -left.workingDays < kMaxDays;
             day = day.addDays(1)) {
            if (calendar.isWorkingDay(day))
                --left.workingDays;
        }
        return left;
    }
    left.urgency = dueDay == today ? TimeLeft::Urgency::DueToday : TimeLeft::Urgency::OnTime;
    for (QDate day = today.addDays(1); day <= dueDay && left.workingDays < kMaxDays;
         day = day.addDays(1)) {
        if (calendar.isWorkingDay(day))
            ++left.workingDays;
    }
    return left;
}

} // namespace loket
