#pragma once

#include "Clock.h"
#include "Database.h"
#include "GammuConfig.h"
#include "Notification.h"

#include <QObject>
#include <QProcess>
#include <QStringList>

namespace loket {

// The office's GSM modem, through Gammu's SMS daemon. Loket never talks to the modem: it hands
// each queued SMS to gammu-smsd-inject (which writes it to the daemon's outbox, whatever its
// service), and, with the "files" service, reads what became of it from the sent and error
// folders. The daemon itself runs as the office's system service.
//
// Sending runs one gammu-smsd-inject at a time, off the UI thread's way (QProcess, async).
class GammuGateway : public QObject
{
    Q_OBJECT
public:
    GammuGateway(Database& database, const QString& configPath, Clock clock,
                 QObject* parent = nullptr);

    // Tests and unusual installations: the gammu-smsd-inject to run.
    void setInjectProgram(const QString& program) { m_program = program; }

    // Hands every SMS waiting to gammu-smsd; finished() tells how many went and what failed.
    // False (and nothing started) when the configuration cannot be read or a send runs.
    bool sendQueued(QString* errorMessage);
    bool isSending() const { return m_process != nullptr; }

    // Reads sent and error folders for the messages handed over; returns how many changed
    // state, or -1 (errorMessage says why).
    int readStatus(QString* errorMessage);

    // gammu-smsd-inject's arguments for one message.
    static QStringList injectArguments(const QString& configPath, const Notification& sms);

signals:
    void finished(int handedOver, const QStringList& problems);

private:
    void injectNext();
    void injected(int exitCode, QProcess::ExitStatus status);

    Database& m_database;
    QString m_configPath;
    Clock m_clock;
    QString m_program = QStringLiteral("gammu-smsd-inject");
    QList<Notification> m_pending;
    QProcess* m_process = nullptr;
    int m_handedOver = 0;
    QStringList m_problems;
};

} // namespace loket
