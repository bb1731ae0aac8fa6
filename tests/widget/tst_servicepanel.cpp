// The counter's service picker, offscreen: what the clerk sees while typing a search.
#include "CatalogTestSupport.h"
#include "ServicePanel.h"

#include <QLineEdit>
#include <QTest>

using namespace loket;
using loket::testing::catalog;

class TestServicePanel : public QObject
{
    Q_OBJECT
private slots:
    void bestMatchFirst_data();
    void bestMatchFirst();
    void clearingShowsEveryServiceInCatalogOrder();
};

void TestServicePanel::bestMatchFirst_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("shown"); // top to bottom

    auto list = [](const char* codes) {
        return QString::fromLatin1(codes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::addRow("rekom lks") << QStringLiteral("palangka-raya") << QStringLiteral("rekom lks")
                               << list("PKY-06 PKY-12 PKY-03");
    // While "izin" was typed PKY-03 came first; it is still shown but no longer the best.
    QTest::addRow("izin lks") << QStringLiteral("palangka-raya") << QStringLiteral("izin lks")
                              << list("PKY-06 PKY-03");
    // Kotabaru groups its services by division: the divisions follow their best match.
    QTest::addRow("sosial (divisions)")
        << QStringLiteral("kotabaru") << QStringLiteral("sosial")
        << list("KTB-03 KTB-01 KTB-02 KTB-04 KTB-06 KTB-07 KTB-05 KTB-13 KTB-15 KTB-16 KTB-08 "
                "KTB-09 KTB-10 KTB-11 KTB-12 KTB-14");
    QTest::addRow("panti") << QStringLiteral("kotabaru") << QStringLiteral("panti")
                           << list("KTB-14 KTB-15 KTB-09");
}

// The list shows the search's order, and the best match is the one chosen.
void TestServicePanel::bestMatchFirst()
{
    QFETCH(QString, office);
    QFETCH(QString, query);
    QFETCH(QStringList, shown);
    const Catalog& offered = catalog(office);
    ui::ServicePanel panel(offered);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.focusSearch();
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, query); // key by key, as the clerk types
    QCOMPARE(panel.visibleCodes(), shown);
    QVERIFY(panel.currentService());
    QCOMPARE(panel.currentService()->code, shown.constFirst());
}

void TestServicePanel::clearingShowsEveryServiceInCatalogOrder()
{
    const Catalog& offered = catalog(QStringLiteral("kotabaru"));
    ui::ServicePanel panel(offered);
    auto* search = panel.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("panti"));
    QCOMPARE(panel.currentService()->code, QStringLiteral("KTB-14"));
    search->clear();
    QStringList everyService;
    for (const Service& service : offered.services)
        everyService << service.code;
    QCOMPARE(everyService.size(), 16);
    QCOMPARE(panel.visibleCodes(), everyService);
    // The service the clerk had stays chosen.
    QCOMPARE(panel.currentService()->code, QStringLiteral("KTB-14"));
}

QTEST_MAIN(TestServicePanel)
#include "tst_servicepanel.moc"
