#include "SelfTest.h"

#include "DatabaseDialog.h"
#include "FirstRunDialog.h"
#include "LoginDialog.h"

#include <QApplication>
#include <QDialog>
#include <QMessageBox>

namespace loket::ui {
namespace {

constexpr int kPollMs = 100;

} // namespace

SelfTest::SelfTest(int timeLimitMs, QObject* parent)
    : QObject(parent)
    , m_timeLimitMs(timeLimitMs)
{
    connect(&m_poll, &QTimer::timeout, this, &SelfTest::look);
    m_poll.start(kPollMs);
}

void SelfTest::look()
{
    m_waitedMs += kPollMs;
    QWidget* modal = QApplication::activeModalWidget();
    auto* dialog = qobject_cast<QDialog*>(modal);
    if (dialog && dialog->isVisible()) {
        if (auto* box = qobject_cast<QMessageBox*>(dialog)) {
            m_failure
                = QStringLiteral("message box \"%1\": %2").arg(box->windowTitle(), box->text());
        } else if (qobject_cast<LoginDialog*>(dialog) || qobject_cast<FirstRunDialog*>(dialog)
                   || qobject_cast<DatabaseDialog*>(dialog)) {
            m_reached = QString::fromLatin1(dialog->metaObject()->className());
        } else {
            m_failure = QStringLiteral("unexpected window %1")
                            .arg(QString::fromLatin1(dialog->metaObject()->className()));
        }
        m_poll.stop();
        dialog->reject(); // the start-up then ends as if the user had cancelled
        return;
    }
    if (m_waitedMs >= m_timeLimitMs) {
        m_failure = QStringLiteral("no login or first-start window within %1 s")
                        .arg(m_timeLimitMs / 1000);
        m_poll.stop();
        QCoreApplication::exit(1);
    }
}

QString SelfTest::report() const
{
    if (passed())
        return QStringLiteral("loket self-test passed: reached %1 and quit").arg(m_reached);
    return QStringLiteral("loket self-test FAILED: %1")
        .arg(m_failure.isEmpty() ? QStringLiteral("start-up ended without a window") : m_failure);
}

} // namespace loket::ui
