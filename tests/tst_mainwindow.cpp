// The main window, offscreen. (The first-run dialog has its own tst_firstrundialog.)
#include "CatalogLoader.h"
#include "CounterWidget.h"
#include "MainWindow.h"
#include "RegionTable.h"

#include <QLabel>
#include <QTest>

using namespace loket;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void titleNamesTheOffice_data();
    void titleNamesTheOffice();
};

void TestMainWindow::titleNamesTheOffice_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("name");
    QTest::addRow("palangka-raya") << "palangka-raya"
                                   << "Dinas Sosial Kota Palangka Raya";
    QTest::addRow("seruyan") << "seruyan"
                             << "Dinas Sosial Kabupaten Seruyan";
    QTest::addRow("kotabaru") << "kotabaru"
                              << "Dinas Sosial Kabupaten Kotabaru";
}

void TestMainWindow::titleNamesTheOffice()
{
    QFETCH(QString, office);
    QFETCH(QString, name);
    const auto catalog = CatalogLoader::builtIn(office).catalog;
    QVERIFY(catalog);
    Database database;
    const RegionTable regions = RegionTable::builtIn();
    User clerk;
    clerk.fullName = QStringLiteral("Rina Anggraini");
    for (const bool demo : { false, true }) {
        ui::Session session { database, *catalog, WorkingCalendar::builtIn(), regions, clerk, demo };
        ui::MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.windowTitle().contains(name), qPrintable(window.windowTitle()));
        QVERIFY(window.findChild<ui::CounterWidget*>());
        QVERIFY(window.officeMenu());
        // Training mode says so, in the title and in a banner; a real office never does.
        QCOMPARE(window.windowTitle().contains(QStringLiteral("DEMO")), demo);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("demoBanner")) != nullptr, demo);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
