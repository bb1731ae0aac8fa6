#include "GammuGateway.h"

#include "NotificationStore.h"
#include "SmsLength.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace loket {

GammuGateway::GammuGateway(Database& database, const QString& configPath, Clock clock,
                           QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_configPath(configPath)
    , m_clock(std::move(clock))
{
}

QStringList GammuGateway::injectArguments(const QString& configPath, const Notification& sms)
{
    QStringList arguments { QStringLiteral("-c"), configPath, QStringLiteral("TEXT"), sms.phone };
    const SmsLength length = SmsLength::of(sms.text);
    if (length.unicode)
        arguments << QStringLiteral("-unicode");
    if (length.parts > 1) // a longer text is split into joined parts
        arguments << QStringLiteral("-len") << QString::number(sms.text.size());
    arguments << QStringLiteral("-text") << sms.text;
    return arguments;
}

bool GammuGateway::sendQueued(QString* errorMessage)
{
    if (m_process) {
        *errorMessage = tr("The messages are being handed to gammu-smsd already.");
        return false;
    }
    GammuConfig::read(m_configPath, errorMessage);
    if (!errorMessage->isEmpty())
        return false;
    m_pending = NotificationStore(m_database).awaitingGateway(errorMessage);
    if (!errorMessage->isEmpty())
        return false;
    m_handedOver = 0;
    m_problems.clear();
    injectNext();
    return true;
}

void GammuGateway::injectNext()
{
    if (m_pending.isEmpty()) {
        emit finished(m_handedOver, m_problems);
        return;
    }
    m_process = new QProcess(this);
    connect(m_process, &QProcess::finished, this, &GammuGateway::injected);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            injected(-1, QProcess::CrashExit);
    });
    m_process->start(m_program, injectArguments(m_configPath, m_pending.first()));
}

void GammuGateway::injected(int exitCode, QProcess::ExitStatus status)
{
    QProcess* process = m_process;
    m_process = nullptr;
    process->deleteLater();
    const Notification sms = m_pending.takeFirst();
    const QString output = QString::fromLocal8Bit(process->readAllStandardOutput());
    static const QRegularExpression written(QStringLiteral("Written message with ID (.+)"));
    const QRegularExpressionMatch match = written.match(output);
    QString error;
    if (status != QProcess::NormalExit || exitCode != 0 || !match.hasMatch()) {
        const QString said = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        m_problems << tr("Notification %1 to %2: gammu-smsd-inject did not take it (%3).")
                          .arg(sms.id)
                          .arg(sms.phone,
                               process->error() == QProcess::FailedToStart
                                   ? tr("%1 cannot be started; install gammu-smsd").arg(m_program)
                                   : said.section(QLatin1Char('\n'), -1));
    } else if (!NotificationStore(m_database)
                    .markHandedOver(sms.id, QFileInfo(match.captured(1).trimmed()).fileName(),
                                    &error)) {
        m_problems << error;
    } else {
        ++m_handedOver;
    }
    injectNext();
}

int GammuGateway::readStatus(QString* errorMessage)
{
    errorMessage->clear();
    const GammuConfig config = GammuConfig::read(m_configPath, errorMessage);
    if (!errorMessage->isEmpty())
        return -1;
    if (!config.reportsStatus()) {
        *errorMessage = tr("gammu-smsd's \"%1\" service keeps no sent and error folders that "
                           "Loket can read: the state of the messages is not known here.")
                            .arg(config.service);
        return -1;
    }
    NotificationStore store(m_database);
    const QList<Notification> handed = store.withGateway(errorMessage);
    if (!errorMessage->isEmpty())
        return -1;
    const QDateTime now = m_clock();
    int changed = 0;
    for (const Notification& sms : handed) {
        std::optional<NotificationState> state;
        if (config.errorPath != config.sentPath
            && QFileInfo::exists(QDir(config.errorPath).filePath(sms.gatewayRef)))
            state = NotificationState::Failed;
        else if (QFileInfo::exists(QDir(config.sentPath).filePath(sms.gatewayRef)))
            state = NotificationState::Sent;
        if (!state)
            continue; // still in the outbox, or being sent
        if (!store.markReported(sms.id, *state, now, errorMessage))
            return -1;
        ++changed;
    }
    return changed;
}

} // namespace loket
