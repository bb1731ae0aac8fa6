#include "DailyBackup.h"

#include "AutoBackup.h"

#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <QThread>
#include <memory>

namespace loket::ui {

DailyBackup::DailyBackup(Database& database, Clock clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(std::move(clock))
{
}

DailyBackup::~DailyBackup()
{
    if (m_thread)
        m_thread->wait();
}

void DailyBackup::start()
{
    if (m_thread)
        return;
    const QString location = m_database.location();
    const Clock clock = m_clock;
    auto failure = std::make_shared<QString>();
    // Qt's connections belong to the thread that opened them: the worker opens its own.
    m_thread = QThread::create([location, clock, failure] {
        Database database;
        QString taken;
        if (!database.open(location, Database::OpenMode::MustExist, failure.get())
            || !AutoBackup(database, clock).runIfDue(&taken, failure.get()))
            qWarning("The daily backup failed: %s", qPrintable(*failure));
    });
    connect(m_thread, &QThread::finished, this, [this, failure] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_failure = *failure;
        emit finished();
    });
    m_thread->start();
}

void DailyBackup::showWarning(QMainWindow* window)
{
    if (!window)
        return;
    QString error;
    const QDateTime last = AutoBackup::settings(m_database, &error).lastGood;
    auto* label = window->findChild<QLabel*>(QStringLiteral("backupWarningLabel"));
    if (!AutoBackup::isStale(last, m_clock()) && m_failure.isEmpty()) {
        delete label;
        return;
    }
    if (!label) {
        label = new QLabel(window);
        label->setObjectName(QStringLiteral("backupWarningLabel"));
        label->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        window->statusBar()->addPermanentWidget(label);
    }
    const QString when = last.isValid()
        ? QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)
        : tr("never");
    label->setText(m_failure.isEmpty()
                       ? tr("Last good backup: %1 (more than %2 days ago). Office → Backup "
                            "and restore.")
                             .arg(when)
                             .arg(AutoBackup::StaleAfterDays)
                       : tr("The daily backup failed: %1").arg(m_failure));
    label->setToolTip(label->text());
}

} // namespace loket::ui
