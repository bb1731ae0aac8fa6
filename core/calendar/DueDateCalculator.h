#pragma once

#include "ServiceTime.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace loket {

struct DueDate
{
    QDateTime start; // when the clock started (see the counting rule below)
    QDateTime responseDue; // two-stage times: the promised initial response
    QDateTime due; // the promised completion; invalid when the time is open-ended
    QStringList warnings; // e.g. a year whose holidays have not been entered
    bool isOpenEnded() const { return !due.isValid(); }
};

// The counting rule, followed everywhere a due date is computed (see README.md):
//  1. Times are the office's local time (WIB or WITA).
//  2. The clock starts when a complete file is received during office hours on a working day.
//     A file received before opening starts at opening; one received after closing, or on a
//     weekend or holiday, starts at the opening of the next working day.
//  3. Working days: the starting day counts as day 1; due at closing time of day N
//     ("1 hari kerja" = the same day).
//  4. Calendar days and months: the starting day counts as day 1 (N days, or N months less a
//     day); due at closing time; a due day that is not a working day moves to the next one.
//  5. Minutes and hours run round the clock from the start; a due time outside office hours
//     moves to the next opening of a working day.
//  6. Ranges promise their maximum. Two-stage times: the response is due after the initial
//     time; the follow-up is counted from then by the same rules; an open follow-up ("sesuai
//     kebutuhan layanan") and open-ended times ("tergantung kelengkapan berkas") have no due date.
class DueDateCalculator
{
    Q_DECLARE_TR_FUNCTIONS(loket::DueDateCalculator)
public:
    DueDateCalculator(const WorkingCalendar& calendar, const OfficeHours& hours);

    DueDate compute(const ServiceTime& time, const QDateTime& received) const;
    QDateTime startOfCounting(const QDateTime& received) const;
    QDateTime addDuration(const QDateTime& start, const Duration& duration) const;

private:
    QDateTime at(const QDate& date, const QTime& time) const;
    QDateTime closeOfWorkingDayOnOrAfter(const QDate& date) const;
    QDateTime withinOfficeHours(const QDateTime& moment) const;
    void warnAboutUncoveredYears(const DueDate& due, QStringList* warnings) const;

    const WorkingCalendar& m_calendar;
    OfficeHours m_hours;
};

} // namespace loket
