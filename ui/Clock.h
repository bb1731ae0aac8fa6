#pragma once

#include <QDateTime>
#include <functional>

namespace loket::ui {

// The moment the back office's screens act at: the system clock, or a fixed one in tests.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace loket::ui
