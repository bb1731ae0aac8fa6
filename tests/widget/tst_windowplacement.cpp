// Where the main window opens, for screens of every size (tst_mainwindow shows it on two).
#include "WindowPlacement.h"

#include <QTest>

using namespace loket;
using ui::WindowPlacement;

Q_DECLARE_METATYPE(std::optional<WindowPlacement>)

class TestWindowPlacement : public QObject
{
    Q_OBJECT
private slots:
    void choose_data();
    void choose();
};

void TestWindowPlacement::choose_data()
{
    QTest::addColumn<QRect>("available"); // the screen less its taskbar
    QTest::addColumn<std::optional<WindowPlacement>>("remembered");
    QTest::addColumn<bool>("maximised");
    QTest::addColumn<QRect>("geometry");

    const std::optional<WindowPlacement> none;
    // The small screens of these offices: maximised; leaving that keeps it on the screen.
    QTest::addRow("1366x768") << QRect(0, 0, 1366, 738) << none << true << QRect(43, 0, 1280, 738);
    QTest::addRow("1024x768") << QRect(0, 0, 1024, 738) << none << true << QRect(0, 0, 1024, 738);
    QTest::addRow("1280x1024") << QRect(0, 0, 1280, 984) << none << true << QRect(0, 92, 1280, 800);
    QTest::addRow("1600x900, just over the small size")
        << QRect(0, 0, 1600, 860) << none << false << QRect(160, 30, 1280, 800);
    QTest::addRow("1920x1080 with a panel on the left")
        << QRect(64, 0, 1856, 1080) << none << false << QRect(352, 140, 1280, 800);
    // Where the window was left, while it fits.
    QTest::addRow("left smaller on a small screen")
        << QRect(0, 0, 1366, 738) << std::optional(WindowPlacement { QRect(50, 40, 1000, 600) })
        << false << QRect(50, 40, 1000, 600);
    QTest::addRow("left maximised on a large screen")
        << QRect(0, 0, 1920, 1050)
        << std::optional(WindowPlacement { QRect(100, 100, 1400, 900), true }) << true
        << QRect(100, 100, 1400, 900);
    QTest::addRow("left on a larger screen than this")
        << QRect(0, 0, 1366, 738) << std::optional(WindowPlacement { QRect(100, 100, 1400, 900) })
        << true << QRect(43, 0, 1280, 738);
    QTest::addRow("left on a screen no longer there")
        << QRect(0, 0, 1920, 1050) << std::optional(WindowPlacement { QRect(2000, 100, 800, 600) })
        << false << QRect(320, 125, 1280, 800);
}

void TestWindowPlacement::choose()
{
    QFETCH(QRect, available);
    QFETCH(std::optional<WindowPlacement>, remembered);
    QFETCH(bool, maximised);
    QFETCH(QRect, geometry);
    const WindowPlacement placement = WindowPlacement::choose(available, remembered);
    QCOMPARE(placement.maximised, maximised);
    QCOMPARE(placement.geometry, geometry);
    QVERIFY(available.contains(placement.geometry));
}

QTEST_GUILESS_MAIN(TestWindowPlacement)
#include "tst_windowplacement.moc"
