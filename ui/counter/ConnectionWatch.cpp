#include "ConnectionWatch.h"

#include "Database.h"

namespace loket::ui {

ConnectionWatch::ConnectionWatch(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    m_retry.setInterval(DefaultRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionWatch::retry);
}

QString ConnectionWatch::lostMessage()
{
    return tr("Connection to the server lost — reconnecting… Nothing typed is lost; the form "
              "is saved once the server is back.");
}

QString ConnectionWatch::restoredMessage()
{
    return tr("The connection to the server is back. Press Register again; nothing typed was "
              "lost.");
}

bool ConnectionWatch::checkAfterFailure()
{
    if (m_lost)
        return true;
    // A file on this computer does not go away; its failures have their own messages.
    if (m_database.dialect() != Database::Dialect::PostgreSQL)
        return false;
    QString error;
    if (m_database.ensureConnected(&error))
        return false;
    m_lost = true;
    m_retry.start();
    emit lost();
    return true;
}

void ConnectionWatch::retry()
{
    QString error;
    if (!m_database.ensureConnected(&error))
        return;
    m_retry.stop();
    m_lost = false;
    emit restored();
}

} // namespace loket::ui
