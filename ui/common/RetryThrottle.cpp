#include "RetryThrottle.h"

namespace loket::ui {

RetryThrottle::RetryThrottle(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { emit waitingChanged(false); });
}

void RetryThrottle::setDelays(int firstMilliseconds, int capMilliseconds)
{
    m_first = qMax(0, firstMilliseconds);
    m_cap = qMax(m_first, capMilliseconds);
}

void RetryThrottle::failed()
{
    qint64 delay = m_first;
    for (int i = 0; i < m_failures && delay < m_cap; ++i)
        delay *= 2;
    ++m_failures;
    m_timer.start(int(qMin<qint64>(delay, m_cap)));
    emit waitingChanged(true);
}

void RetryThrottle::succeeded()
{
    m_failures = 0;
    m_timer.stop();
}

} // namespace loket::ui
