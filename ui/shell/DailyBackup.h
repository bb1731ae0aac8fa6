#pragma once

#include "Clock.h"
#include "Database.h"

#include <QObject>

class QMainWindow;
class QThread;

namespace loket::ui {

// The day's automatic backup (AutoBackup), taken after a login in a worker thread on its own
// connection, so that the counter never waits for it; and the warning in the main window's
// status bar when the last good backup is too old or today's failed.
class DailyBackup : public QObject
{
    Q_OBJECT
public:
    DailyBackup(Database& database, Clock clock, QObject* parent = nullptr);
    ~DailyBackup() override; // lets a running backup finish its file

    // Takes the day's backup if it is due; nothing while one is running.
    void start();
    bool running() const { return m_thread != nullptr; }
    // Shows, updates or removes the warning in `window`'s status bar.
    void showWarning(QMainWindow* window);

signals:
    void finished();

private:
    Database& m_database;
    Clock m_clock;
    QThread* m_thread = nullptr;
    QString m_failure; // of the last run; empty when it succeeded or was not due
};

} // namespace loket::ui
