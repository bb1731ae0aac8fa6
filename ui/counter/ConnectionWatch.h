#pragma once

#include <QObject>
#include <QTimer>

namespace loket {
class Database;
}

namespace loket::ui {

// The office server went away (a restart, a network cable): after a write failed, the counter
// asks whether the database still answers. While it does not, the watch opens the connection
// again every few seconds (Database::ensureConnected) and says when it is back, so that the
// counter can keep its form and carry on. A file on this computer never gets lost this way.
class ConnectionWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultRetryMs = 3000;
    explicit ConnectionWatch(Database& database, QObject* parent = nullptr);

    void setRetryInterval(int ms) { m_retry.setInterval(ms); }
    bool isLost() const { return m_lost; }
    // After a failed write: true when the connection is gone and could not be opened again
    // (lost() was emitted and the retries have begun).
    bool checkAfterFailure();

    // For the status bar and the counter's message.
    static QString lostMessage();
    static QString restoredMessage();

signals:
    void lost();
    void restored();

private:
    void retry();

    Database& m_database;
    QTimer m_retry;
    bool m_lost = false;
};

} // namespace loket::ui
