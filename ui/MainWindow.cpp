#include "MainWindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace loket::ui {

MainWindow::MainWindow(const Catalog& catalog, const QString& databaseLocation, QWidget* parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
{
    setWindowTitle(tr("Loket — %1").arg(catalog.office.name));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* heading = new QLabel(
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(catalog.office.name.toHtmlEscaped(), catalog.office.address.toHtmlEscaped()),
        central);
    heading->setObjectName(QStringLiteral("officeLabel"));
    auto* standard = new QLabel(tr("Service standard in force: decree %1, %n service(s).", nullptr,
                                   int(catalog.services.size()))
                                    .arg(catalog.version()),
                                central);
    standard->setObjectName(QStringLiteral("standardLabel"));
    layout->addWidget(heading);
    layout->addWidget(standard);
    layout->addStretch();
    setCentralWidget(central);
    statusBar()->showMessage(tr("Database: %1").arg(databaseLocation));
    resize(960, 640);
}

} // namespace loket::ui
