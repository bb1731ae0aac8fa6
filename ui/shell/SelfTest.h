#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

namespace loket::ui {

// `loket --self-test`: the application starts as a user would start it, and this watcher closes
// the first window it reaches — the login or the first-start window — so that it quits cleanly.
// It passes only if that window was reached; an error message box, or nothing within the time
// limit, fails it. CI runs it on every built preset, so a build that cannot start never lands.
class SelfTest : public QObject
{
    Q_OBJECT
public:
    explicit SelfTest(int timeLimitMs, QObject* parent = nullptr);

    bool passed() const { return !m_reached.isEmpty() && m_failure.isEmpty(); }
    QString report() const; // one line, in English, for the log of a CI run

private:
    void look();

    QTimer m_poll;
    int m_timeLimitMs;
    int m_waitedMs = 0;
    QString m_reached; // the window's class, once shown
    QString m_failure;
};

} // namespace loket::ui
