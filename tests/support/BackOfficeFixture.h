// The back office's screens driven offscreen: a WorkflowFixture's office and users, a Session
// for the user at the keyboard, and a way to answer the modal dialogs the screens open.
#pragma once

#include "RegionTable.h"
#include "Session.h"
#include "WorkflowFixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <functional>
#include <memory>

namespace loket::test {

struct BackOfficeFixture : WorkflowFixture
{
    RegionTable regions = RegionTable::builtIn();
    std::unique_ptr<ui::Session> session;

    bool openAs(const QString& username, const QString& office = QStringLiteral("palangka-raya"))
    {
        if (!open(office))
            return false;
        session = std::make_unique<ui::Session>(
            ui::Session { *database, *catalog, calendar, regions, user(username), false });
        return true;
    }
    // The next user at the same screens (the widgets read the session's user as they act).
    void switchTo(const QString& username) { session->user = user(username); }
};

// Answers the next modal dialog of type D from the event loop, since exec() blocks the test.
// `answered` (if given) is set once `act` ran.
template<typename D> void whenShown(std::function<void(D*)> act, bool* answered = nullptr)
{
    auto* timer = new QTimer;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    if (answered)
        *answered = false;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, clock, answered] {
        if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            timer->stop();
            act(dialog);
            if (answered)
                *answered = true;
        } else if (clock->elapsed() > 10000) {
            timer->deleteLater();
            timer->stop();
            qWarning("no %s was shown", D::staticMetaObject.className());
        }
    });
    timer->start(10);
}

} // namespace loket::test
