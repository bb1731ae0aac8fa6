#pragma once

#include <QObject>
#include <QTimer>

namespace loket::ui {

// After each wrong password the next try waits longer: 1 s, 2 s, 4 s, then 8 s each time, so that
// guessing is slow while a typo costs a moment. A timer, never a sleep: the screen stays alive.
class RetryThrottle : public QObject
{
    Q_OBJECT
public:
    explicit RetryThrottle(QObject* parent = nullptr);

    // Tests shorten the delays; the defaults are 1000 and 8000 ms.
    void setDelays(int firstMilliseconds, int capMilliseconds);

    void failed(); // starts the next, longer wait
    void succeeded(); // back to the first delay
    bool isWaiting() const { return m_timer.isActive(); }
    int currentDelay() const { return m_timer.interval(); } // of the running or last wait

signals:
    void waitingChanged(bool waiting);

private:
    QTimer m_timer;
    int m_first = 1000;
    int m_cap = 8000;
    int m_failures = 0;
};

} // namespace loket::ui
