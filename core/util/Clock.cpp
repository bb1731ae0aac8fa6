#include "Clock.h"

#include <QElapsedTimer>
#include <memory>

namespace loket {

Clock clockStartingAt(const QDateTime& start)
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    const QDateTime origin = start.toUTC();
    return [origin, elapsed] { return origin.addMSecs(elapsed->elapsed()); };
}

} // namespace loket
