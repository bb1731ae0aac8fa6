#include "DueDateCalculator.h"

namespace loket {

DueDateCalculator::DueDateCalculator(const WorkingCalendar& calendar, const OfficeHours& hours)
    : m_calendar(calendar)
    , m_hours(hours)
{
}

QDateTime DueDateCalculator::at(const QDate& date, const QTime& time) const
{
    return QDateTime(date, time, m_hours.zone);
}

QDateTime DueDateCalculator::startOfCounting(const QDateTime& received) const
{
    const QDateTime local = received.toTimeZone(m_hours.zone);
    const QDate day = local.date();
    if (m_calendar.isWorkingDay(day)) {
        if (local.time() < m_hours.open)
            return at(day, m_hours.open);
        if (local.time() < m_hours.close)
            return local;
    }
    return at(m_calendar.nextWorkingDay(day), m_hours.open);
}

QDateTime DueDateCalculator::closeOfWorkingDayOnOrAfter(const QDate& date) const
{
    const QDate day = m_calendar.isWorkingDay(date) ? date : m_calendar.nextWorkingDay(date);
    return at(day, m_hours.close);
}

QDateTime DueDateCalculator::withinOfficeHours(const QDateTime& moment) const
{
    const QDate day = moment.date();
    if (m_calendar.isWorkingDay(day) && moment.time() >= m_hours.open
        && moment.time() <= m_hours.close)
        return moment;
    if (m_calendar.isWorkingDay(day) && moment.time() < m_hours.open)
        return at(day, m_hours.open);
    return at(m_calendar.nextWorkingDay(day), m_hours.open);
}

QDateTime DueDateCalculator::addDuration(const QDateTime& start, const Duration& duration) const
{
    const QDateTime local = start.toTimeZone(m_hours.zone);
    switch (duration.unit) {
    case TimeUnit::Minutes:
        return withinOfficeHours(local.addSecs(qint64(duration.value) * 60));
    case TimeUnit::Hours:
        return withinOfficeHours(local.addSecs(qint64(duration.value) * 3600));
    case TimeUnit::WorkingDays: {
        QDate day = local.date();
        if (!m_calendar.isWorkingDay(day))
            day = m_calendar.nextWorkingDay(day);
        for (int counted = 1; counted < duration.value; ++counted)
            day = m_calendar.nextWorkingDay(day);
        return at(day, m_hours.close);
    }
    case TimeUnit::CalendarDays:
        return closeOfWorkingDayOnOrAfter(local.date().addDays(qMax(duration.value, 1) - 1));
    case TimeUnit::Months:
        return closeOfWorkingDayOnOrAfter(local.date().addMonths(duration.value).addDays(-1));
    }
    return {};
}

DueDate DueDateCalculator::compute(const ServiceTime& time, const QDateTime& received) const
{
    DueDate result;
    result.start = startOfCounting(received);
    switch (time.kind) {
    case ServiceTime::Kind::Fixed:
        result.due = addDuration(result.start, time.duration);
        break;
    case ServiceTime::Kind::Range:
        result.due = addDuration(result.start, time.max);
        break;
    case ServiceTime::Kind::TwoStage:
        result.responseDue = addDuration(result.start, time.initial);
        if (time.followUp)
            result.due = addDuration(startOfCounting(result.responseDue), *time.followUp);
        break;
    case ServiceTime::Kind::OpenEnded:
        break;
    }
    warnAboutUncoveredYears(result, &result.warnings);
    return result;
}

void DueDateCalculator::warnAboutUncoveredYears(const DueDate& due, QStringList* warnings) const
{
    const QDateTime last = due.due.isValid() ? due.due : due.responseDue;
    if (!last.isValid())
        return;
    for (int year = due.start.date().year(); year <= last.date().year(); ++year) {
        if (!m_calendar.coversYear(year))
            warnings->append(tr("The holidays of %1 have not been entered; the due date counts "
                                "only weekends for that year.")
                                 .arg(year));
    }
}

} // namespace loket
