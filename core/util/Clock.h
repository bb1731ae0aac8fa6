#pragma once

#include <QDateTime>
#include <functional>

namespace loket {

// The moment Loket acts at. Everything that stamps, dates or counts time takes one: the
// system clock in the application, a fixed or shifted one in tests and training runs, so that
// no result depends on the day it is run.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

// A clock that starts at `start` and runs on with the system's monotonic time, so that
// successive moments still differ and keep their order.
Clock clockStartingAt(const QDateTime& start);

} // namespace loket
