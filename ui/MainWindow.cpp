#include "MainWindow.h"

#include "CounterWidget.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace loket::ui {

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    const QString title = tr("Loket — %1").arg(session.catalog.office.name);
    setWindowTitle(session.demo ? tr("%1 [TRAINING / DEMO]").arg(title) : title);
    m_officeMenu = menuBar()->addMenu(tr("&Office"));
    m_officeMenu->setObjectName(QStringLiteral("officeMenu"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    if (session.demo) {
        auto* banner = new QLabel(tr("TRAINING MODE — demo data, nothing here is real"), central);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(
            QStringLiteral("background:#b35900;color:white;font-weight:bold;padding:4px"));
        banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        layout->addWidget(banner);
    }
    m_counter = new CounterWidget(session, central);
    layout->addWidget(m_counter, 1);
    setCentralWidget(central);
    statusBar()->showMessage(
        tr("%1 — database: %2")
            .arg(session.user.fullName, Database::displayLocation(session.database.location())));
    resize(1280, 800);
}

} // namespace loket::ui
