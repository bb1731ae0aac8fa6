// The desktop start-up pieces, offscreen: the office chooser and the main window.
#include "CatalogLoader.h"
#include "MainWindow.h"
#include "OfficeChooserDialog.h"
#include "RegionTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace loket;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void titleNamesTheOffice_data();
    void titleNamesTheOffice();
    void chooserOffersEveryOffice();
    void chooserReturnsTheChoice();
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
    ui::Session session { database, *catalog, WorkingCalendar::builtIn(), regions, clerk, false };
    ui::MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.windowTitle().contains(name), qPrintable(window.windowTitle()));
    const auto* standard = window.findChild<QLabel*>(QStringLiteral("standardLabel"));
    QVERIFY(standard);
    QVERIFY(standard->text().contains(catalog->version()));
}

void TestMainWindow::chooserOffersEveryOffice()
{
    QList<Catalog> catalogs;
    for (const QString& id : CatalogLoader::builtInOfficeIds())
        catalogs << *CatalogLoader::builtIn(id).catalog;
    ui::OfficeChooserDialog dialog(catalogs);
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("officeComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(dialog.selectedOfficeId(), QStringLiteral("palangka-raya"));
    const auto* decree = dialog.findChild<QLabel*>(QStringLiteral("decreeLabel"));
    QVERIFY(decree->text().contains(QStringLiteral("23")));
}

void TestMainWindow::chooserReturnsTheChoice()
{
    QList<Catalog> catalogs;
    for (const QString& id : CatalogLoader::builtInOfficeIds())
        catalogs << *CatalogLoader::builtIn(id).catalog;
    ui::OfficeChooserDialog dialog(catalogs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("officeComboBox"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(dialog.selectedOfficeId(), QStringLiteral("kotabaru"));
    const auto* decree = dialog.findChild<QLabel*>(QStringLiteral("decreeLabel"));
    QVERIFY(decree->text().contains(QStringLiteral("188.4/25/DINSOS/2024")));
    auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
