#include "IdleLock.h"

#include "LockDialog.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace loket::ui {
namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleLock::IdleLock(UserStore& users, const User& user, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_users(users)
    , m_user(user)
    , m_window(window)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::checkIdle);
    m_sinceInput.start();
    qApp->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
    uncover();
    delete m_dialog;
}

void IdleLock::setTimeout(int milliseconds)
{
    m_timeout = qMax(0, milliseconds);
    m_sinceInput.restart();
    if (m_timeout > 0 && !isLocked())
        m_timer.start(m_timeout);
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    // Restarting a timer on every mouse move would be wasteful: note the time, and let the
    // timer check it when it fires.
    if (isInput(event->type()))
        m_sinceInput.restart();
    else if (event->type() == QEvent::Resize && watched->isWidgetType()) {
        if (QWidget* cover = m_covers.value(static_cast<QWidget*>(watched)))
            cover->setGeometry(static_cast<QWidget*>(watched)->rect());
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::checkIdle()
{
    if (m_timeout <= 0 || isLocked())
        return;
    const qint64 idle = m_sinceInput.elapsed();
    if (idle < m_timeout)
        m_timer.start(int(m_timeout - idle));
    else
        lock();
}

void IdleLock::lock()
{
    if (isLocked())
        return;
    m_timer.stop();
    cover();
    m_dialog = new LockDialog(m_users, m_user, m_window);
    m_dialog->setWindowModality(Qt::ApplicationModal);
    connect(m_dialog, &LockDialog::unlocked, this, [this] { finish(false); });
    connect(m_dialog, &LockDialog::logoutRequested, this, [this] { finish(true); });
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    emit locked();
}

void IdleLock::cover()
{
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (!window->isVisible() || m_covers.contains(window))
            continue;
        if (window->windowType() == Qt::Popup || window->windowType() == Qt::ToolTip) {
            window->close(); // open menus and tips would show through
            continue;
        }
        auto* cover = new QWidget(window);
        cover->setObjectName(QStringLiteral("lockCoverWidget"));
        cover->setAutoFillBackground(true);
        auto* layout = new QVBoxLayout(cover);
        auto* label = new QLabel(tr("Locked"), cover);
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
        cover->setGeometry(window->rect());
        cover->show();
        cover->raise();
        m_covers.insert(window, cover);
    }
}

void IdleLock::uncover()
{
    for (const QPointer<QWidget>& cover : std::as_const(m_covers))
        delete cover.data();
    m_covers.clear();
}

void IdleLock::finish(bool logout)
{
    uncover();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    m_sinceInput.restart();
    if (logout) {
        emit logoutRequested();
        return;
    }
    if (m_timeout > 0)
        m_timer.start(m_timeout);
    emit unlocked();
}

} // namespace loket::ui
