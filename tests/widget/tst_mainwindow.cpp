// The main window, offscreen. (The first-run dialog has its own tst_firstrundialog.)
#include "CatalogLoader.h"
#include "CounterWidget.h"
#include "DemoSeeder.h"
#include "MainWindow.h"
#include "OfficeDatabase.h"
#include "ReachableControls.h"
#include "RegionTable.h"
#include "Translations.h"
#include "UserStore.h"
#include "WorkstationSettings.h"

#include <QLabel>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace loket;

namespace {

// A demo office with cases in every state and complaints, so that the screens show what they
// hold. Made once: seeding users is slow on purpose (password hashing).
struct DemoOffice
{
    QTemporaryDir dir;
    Database database;
    RegionTable regions = RegionTable::builtIn();
    std::optional<Catalog> catalog;
    WorkingCalendar calendar = WorkingCalendar::builtIn();

    bool open(QString* error)
    {
        const QString office = QStringLiteral("palangka-raya");
        if (!database.open(dir.filePath(QStringLiteral("loket.sqlite")),
                           Database::OpenMode::CreateIfMissing, error)
            || !OfficeDatabase::initialise(database, office, error))
            return false;
        QStringList errors;
        catalog = OfficeDatabase::catalog(database, &errors);
        if (!catalog) {
            *error = errors.join(QLatin1Char('\n'));
            return false;
        }
        const QDateTime until(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
        DemoSeeder seeder(database, *catalog, calendar, regions);
        return seeder.seedUsers(error) && seeder.seedCases(60, until, 30, error) >= 0
            && seeder.seedOfficeRecords(until, 30, error);
    }
};

// One of the offices' screens CTest gives the offscreen platform
// (data/offscreen-office-screens.json).
QScreen* screenOf(const QSize& size)
{
    for (QScreen* screen : QGuiApplication::screens()) {
        if (screen->geometry().size() == size)
            return screen;
    }
    return nullptr;
}

void useLanguage(const QString& language)
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installTranslations(*qApp, language);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void titleNamesTheOffice_data();
    void titleNamesTheOffice();
    void opensWithinTheScreen_data();
    void opensWithinTheScreen();
    void remembersWhereItWasLeft();
    void everyControlReachable_data();
    void everyControlReachable();
    void cleanupTestCase();

private:
    std::unique_ptr<DemoOffice> m_office;
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
        ui::Session session {
            database, *catalog, WorkingCalendar::builtIn(), regions, clerk, demo
        };
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

void TestMainWindow::opensWithinTheScreen_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addRow("1366x768") << QSize(1366, 768);
    QTest::addRow("1024x768") << QSize(1024, 768);
}

// It used to open at 1280×800 whatever the screen, its bottom row of buttons under the
// taskbar of a 1366×768 screen.
void TestMainWindow::opensWithinTheScreen()
{
    QFETCH(QSize, screen);
    QScreen* shown = screenOf(screen);
    QVERIFY2(shown, "run through CTest, which gives the offscreen platform the offices' screens");
    const auto catalog = CatalogLoader::builtIn(QStringLiteral("seruyan")).catalog;
    Database database;
    const RegionTable regions = RegionTable::builtIn();
    ui::Session session { database, *catalog, WorkingCalendar::builtIn(), regions, User(), false };
    QTemporaryDir dir;
    ui::WorkstationSettings settings(dir.filePath(QStringLiteral("loket.ini")));
    ui::MainWindow window(session);
    window.setScreen(shown);
    window.showPlaced(&settings);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isMaximized());
    const QRect available = shown->availableGeometry();
    QTRY_VERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3×%4")
                                .arg(window.frameGeometry().x())
                                .arg(window.frameGeometry().y())
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())));
    QVERIFY(available.contains(window.normalGeometry())); // where "restore" puts it
}

void TestMainWindow::remembersWhereItWasLeft()
{
    const auto catalog = CatalogLoader::builtIn(QStringLiteral("seruyan")).catalog;
    Database database;
    const RegionTable regions = RegionTable::builtIn();
    ui::Session session { database, *catalog, WorkingCalendar::builtIn(), regions, User(), false };
    QTemporaryDir dir;
    ui::WorkstationSettings settings(dir.filePath(QStringLiteral("loket.ini")));
    QScreen* screen = screenOf(QSize(1366, 768));
    QVERIFY2(screen, "run through CTest, which gives the offscreen platform the offices' screens");
    const QRect left(screen->availableGeometry().topLeft() + QPoint(40, 50), QSize(900, 560));
    settings.setWindowPlacement({ left, false });
    {
        ui::MainWindow window(session);
        window.setScreen(screen);
        window.showPlaced(&settings);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isMaximized());
        QTRY_COMPARE(window.geometry(), left);
        window.resize(950, 600);
        QTRY_COMPARE(window.size(), QSize(950, 600));
        window.close();
    }
    const std::optional<ui::WindowPlacement> kept = settings.windowPlacement();
    QVERIFY(kept);
    QCOMPARE(kept->geometry, QRect(left.topLeft(), QSize(950, 600)));
    QVERIFY(!kept->maximised);
}

void TestMainWindow::everyControlReachable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    for (const QString& language : { QStringLiteral("id"), QStringLiteral("en") }) {
        for (const QSize& screen : { QSize(1366, 768), QSize(1024, 768) }) {
            QTest::addRow("%s, %dx%d", qPrintable(language), screen.width(), screen.height())
                << language << screen;
        }
    }
}

// On the screens of these offices, maximised, every button, field and list of every tab shows
// (or is in a list or form that scrolls), for someone who works at the counter and in the
// back office.
void TestMainWindow::everyControlReachable()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    if (!m_office) {
        m_office = std::make_unique<DemoOffice>();
        QString error;
        QVERIFY2(m_office->open(&error), qPrintable(error));
    }
    useLanguage(language);
    User user;
    for (const User& account : UserStore(m_office->database).all()) {
        if (account.username == QLatin1String("pengolah"))
            user = account;
    }
    QVERIFY(user.id > 0);
    user.roles = { UserRole::FrontOffice, UserRole::BackOffice };
    ui::Session session {
        m_office->database, *m_office->catalog, m_office->calendar, m_office->regions, user, true
    };
    // What a maximised window has of the screen: less a taskbar (40) and its title bar (32).
    const QSize available(screen.width(), screen.height() - 72);
    ui::MainWindow window(session);
    window.resize(available);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize needed = window.minimumSizeHint();
    QVERIFY2(needed.width() <= available.width() && needed.height() <= available.height(),
             qPrintable(QStringLiteral("needs %1×%2").arg(needed.width()).arg(needed.height())));
    QCOMPARE(window.size(), available);
    QCOMPARE(window.tabs()->count(), 4);
    const QStringList problems = test::unreachableControls(window.tabs(), &window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestMainWindow::cleanupTestCase()
{
    m_office.reset();
    useLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
