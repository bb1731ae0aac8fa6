#include "MainWindow.h"

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
    if (session.demo) {
        auto* banner = new QLabel(tr("TRAINING MODE — demo data, nothing here is real"), central);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(
            QStringLiteral("background:#b35900;color:white;font-weight:bold;padding:4px"));
        layout->addWidget(banner);
    }
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2><p>%2</p>")
                                   .arg(session.catalog.office.name.toHtmlEscaped(),
                                        session.catalog.office.address.toHtmlEscaped()),
                               central);
    heading->setObjectName(QStringLiteral("officeLabel"));
    auto* standard = new QLabel(tr("Service standard in force: decree %1, %n service(s).", nullptr,
                                   int(session.catalog.services.size()))
                                    .arg(session.catalog.version()),
                                central);
    standard->setObjectName(QStringLiteral("standardLabel"));
    layout->addWidget(heading);
    layout->addWidget(standard);
    layout->addStretch();
    setCentralWidget(central);
    statusBar()->showMessage(
        tr("%1 — database: %2")
            .arg(session.user.fullName, Database::displayLocation(session.database.location())));
    resize(1280, 800);
}

} // namespace loket::ui
