#pragma once

#include <QString>
#include <optional>

namespace loket {

enum class TimeUnit { Minutes, Hours, WorkingDays, CalendarDays, Months };

struct Duration
{
    int value = 0;
    TimeUnit unit = TimeUnit::WorkingDays;
};

// A service's promised completion time, in every form the decrees use.
struct ServiceTime
{
    enum class Kind { Fixed, Range, TwoStage, OpenEnded };

    Kind kind = Kind::OpenEnded;
    QString text; // the decree's own wording
    Duration duration; // Fixed
    Duration min, max; // Range ("3 sd 5 bulan"): the promise is the maximum
    Duration initial; // TwoStage: the initial response
    std::optional<Duration> followUp; // TwoStage: the follow-up; none when "sesuai kebutuhan"
};

QString timeUnitKey(TimeUnit unit); // "working-days"
std::optional<TimeUnit> timeUnitFromKey(const QString& key);

QString serviceTimeKindKey(ServiceTime::Kind kind); // "two-stage"
std::optional<ServiceTime::Kind> serviceTimeKindFromKey(const QString& key);

// "3 (tiga) hari kerja", "30 (tiga puluh) menit": the form documents print.
QString durationText(const Duration& duration);

} // namespace loket
