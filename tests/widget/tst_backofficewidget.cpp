// The main window's tabs follow the user's roles, and the back office's screen ties the
// worklist to the case view: Enter opens the case, the case's keys work from the list, and
// after an action the list is read again with the case still in view.
#include "BackOfficeFixture.h"
#include "BackOfficeWidget.h"
#include "CaseViewWidget.h"
#include "MainWindow.h"
#include "WorklistModel.h"

#include <QTabWidget>
#include <QTableView>

using namespace loket;
using namespace loket::test;

class TestBackOfficeWidget : public QObject
{
    Q_OBJECT
private slots:
    void tabsFollowTheRoles_data();
    void tabsFollowTheRoles();
    void worklistDrivesTheCaseView();
};

void TestBackOfficeWidget::tabsFollowTheRoles_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("alsoBackOffice");
    QTest::addColumn<QStringList>("tabs");
    QTest::addRow("front office") << "siti" << false
                                  << QStringList { QStringLiteral("Counter"),
                                                   QStringLiteral("Ready for collection"),
                                                   QStringLiteral("Complaints") };
    QTest::addRow("back office") << "budi" << false
                                 << QStringList { QStringLiteral("Worklist"),
                                                  QStringLiteral("Complaints") };
    QTest::addRow("head of office")
        << "kadis" << false
        << QStringList { QStringLiteral("Worklist"), QStringLiteral("Complaints") };
    QTest::addRow("administrator") << "admin" << false << QStringList { QStringLiteral("Counter") };
    QTest::addRow("front and back office")
        << "siti" << true
        << QStringList { QStringLiteral("Counter"), QStringLiteral("Worklist"),
                         QStringLiteral("Ready for collection"), QStringLiteral("Complaints") };
}

void TestBackOfficeWidget::tabsFollowTheRoles()
{
    QFETCH(QString, username);
    QFETCH(bool, alsoBackOffice);
    QFETCH(QStringList, tabs);
    BackOfficeFixture f;
    QVERIFY(f.openAs(username));
    if (alsoBackOffice)
        f.session->user.roles.insert(UserRole::BackOffice);
    ui::MainWindow window(*f.session);
    QStringList titles;
    for (int index = 0; index < window.tabs()->count(); ++index)
        titles << window.tabs()->tabText(index);
    QCOMPARE(titles, tabs);
    QCOMPARE(window.counter() != nullptr, tabs.contains(QStringLiteral("Counter")));
    QCOMPARE(window.worklist() != nullptr, tabs.contains(QStringLiteral("Worklist")));
    QCOMPARE(window.collection() != nullptr, tabs.contains(QStringLiteral("Ready for collection")));
    QCOMPARE(window.complaints() != nullptr, tabs.contains(QStringLiteral("Complaints")));
    if (window.collection())
        QCOMPARE(window.collection()->worklist().scope(),
                 ui::WorklistWidget::Scope::ReadyForCollection);
    QVERIFY(window.tabs()->tabToolTip(0).contains(QStringLiteral("Alt+1")));
}

void TestBackOfficeWidget::worklistDrivesTheCaseView()
{
    BackOfficeFixture f;
    QVERIFY(f.openAs(QStringLiteral("budi")));
    const QString first = f.registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    const QString second
        = f.registerCase(QStringLiteral("PKY-01"), at("2024-01-02T09:30:00+07:00"),
                         QStringLiteral("Sari Dewi"), QStringLiteral("6271014503900002"));
    ui::BackOfficeWidget screen(*f.session, ui::WorklistWidget::Scope::Mine);
    screen.setClock([&f] { return f.tick(); });
    screen.resize(1280, 720);
    screen.show();
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    QCOMPARE(screen.worklist().model().rowCount(), 2);
    // The first case is shown as soon as it is selected; Enter on the second opens it.
    QCOMPARE(screen.caseView().currentCase()->number, first);
    QTableView& view = screen.worklist().view();
    view.setFocus();
    view.selectRow(1);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(screen.caseView().currentCase()->number, second);
    // The case's keys work from the list: Ctrl+T starts the case; the list is read again and
    // the case stays selected and in view.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(f.status(second), QStringLiteral("in-verification"));
    QCOMPARE(screen.caseView().currentCase()->number, second);
    QCOMPARE(screen.worklist().currentCaseNumber(), second);
    QCOMPARE(screen.worklist().model().item(screen.worklist().model().rowOf(second)).summary.status,
             CaseStatus::InVerification);
}

QTEST_MAIN(TestBackOfficeWidget)
#include "tst_backofficewidget.moc"
