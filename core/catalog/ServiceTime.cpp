#include "ServiceTime.h"

#include "IndonesianText.h"

#include <array>
#include <utility>

namespace loket {
namespace {

const std::array<std::pair<TimeUnit, const char*>, 5> kUnitKeys = { {
    { TimeUnit::Minutes, "minutes" },
    { TimeUnit::Hours, "hours" },
    { TimeUnit::WorkingDays, "working-days" },
    { TimeUnit::CalendarDays, "calendar-days" },
    { TimeUnit::Months, "months" },
} };

const std::array<std::pair<ServiceTime::Kind, const char*>, 4> kKindKeys = { {
    { ServiceTime::Kind::Fixed, "fixed" },
    { ServiceTime::Kind::Range, "range" },
    { ServiceTime::Kind::TwoStage, "two-stage" },
    { ServiceTime::Kind::OpenEnded, "open-ended" },
} };

template<typename Enum, size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [entry, key] : table) {
        if (entry == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table,
                            const QString& key)
{
    for (const auto& [entry, text] : table) {
        if (key == QLatin1String(text))
            return entry;
    }
    return std::nullopt;
}

} // namespace

QString timeUnitKey(TimeUnit unit)
{
    return keyOf(kUnitKeys, unit);
}

std::optional<TimeUnit> timeUnitFromKey(const QString& key)
{
    return valueOf(kUnitKeys, key);
}

QString serviceTimeKindKey(ServiceTime::Kind kind)
{
    return keyOf(kKindKeys, kind);
}

std::optional<ServiceTime::Kind> serviceTimeKindFromKey(const QString& key)
{
    return valueOf(kKindKeys, key);
}

QString durationText(const Duration& duration)
{
    // Documents are in formal Indonesian whatever the interface language.
    const char* unit = "";
    switch (duration.unit) {
    case TimeUnit::Minutes:
        unit = "menit";
        break;
    case TimeUnit::Hours:
        unit = "jam";
        break;
    case TimeUnit::WorkingDays:
        unit = "hari kerja";
        break;
    case TimeUnit::CalendarDays:
        unit = "hari";
        break;
    case TimeUnit::Months:
        unit = "bulan";
        break;
    }
    return text::numberWithWords(duration.value) + QLatin1Char(' ') + QString::fromLatin1(unit);
}

} // namespace loket
