// The main window's tabs follow the user's roles, and the back office's screen ties the
// worklist to the case view: Enter opens the case, the case's keys work from the list, and
// after an action the case's row is read again (core says which case changed), the case still
// in view.
#include "BackOfficeFixture.h"
#include "BackOfficeWidget.h"
#include "CaseViewWidget.h"
#include "CaseWorkflow.h"
#include "CounterWidget.h"
#include "MainWindow.h"
#include "WorklistModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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
    void aStatusChangeUpdatesItsRowOnly();
    void aCaseLeavesAndJoinsTheListRowByRow();
    void aCaseRegisteredAtTheCounterJoinsTheWorklist();
};

namespace {

// What a model told its views: a reset, rows inserted, removed or moved, cells changed.
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel* model)
        : reset(model, &QAbstractItemModel::modelAboutToBeReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
    {
    }
    QSignalSpy reset;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
};

} // namespace

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

void TestBackOfficeWidget::aStatusChangeUpdatesItsRowOnly()
{
    BackOfficeFixture f;
    QVERIFY(f.openAs(QStringLiteral("budi")));
    const QString first = f.registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    const QString second
        = f.registerCase(QStringLiteral("PKY-01"), at("2024-01-02T09:30:00+07:00"),
                         QStringLiteral("Sari Dewi"), QStringLiteral("6271014503900002"));
    ui::BackOfficeWidget screen(*f.session, ui::WorklistWidget::Scope::AllOpen);
    screen.setClock([&f] { return f.tick(); });
    ui::WorklistModel& model = screen.worklist().model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(screen.worklist().selectCase(first));
    const int row = model.rowOf(second);
    QVERIFY(row >= 0);

    // Core starts the other case, as another screen of this workflow would.
    ModelSignals told(&model);
    QSignalSpy statusChanged(&screen.workflow(), &CaseWorkflow::statusChanged);
    QString error;
    QVERIFY2(screen.workflow().start(second, f.user(QStringLiteral("budi")), f.tick(), &error),
             qPrintable(error));
    QCOMPARE(statusChanged.size(), 1);
    QCOMPARE(statusChanged.first().at(1).value<CaseStatus>(), CaseStatus::Registered);
    QCOMPARE(statusChanged.first().at(2).value<CaseStatus>(), CaseStatus::InVerification);
    // Its row alone changed, in place; the list was not read anew and the selection stayed.
    QVERIFY(told.reset.isEmpty());
    QVERIFY(told.inserted.isEmpty() && told.removed.isEmpty() && told.moved.isEmpty());
    QCOMPARE(told.changed.size(), 1);
    QCOMPARE(told.changed.first().at(0).toModelIndex(), model.index(row, 0));
    QCOMPARE(told.changed.first().at(1).toModelIndex(),
             model.index(row, ui::WorklistModel::ColumnCount - 1));
    QCOMPARE(model.item(row).summary.status, CaseStatus::InVerification);
    QCOMPARE(model.index(row, ui::WorklistModel::StatusColumn).data().toString(),
             caseStatusTitle(CaseStatus::InVerification));
    QCOMPARE(screen.worklist().currentCaseNumber(), first);
    QCOMPARE(screen.caseView().currentCase()->number, first);
}

void TestBackOfficeWidget::aCaseLeavesAndJoinsTheListRowByRow()
{
    BackOfficeFixture f;
    QVERIFY(f.openAs(QStringLiteral("budi")));
    const QString first = f.registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    const QString second
        = f.registerCase(QStringLiteral("PKY-01"), at("2024-01-02T09:30:00+07:00"),
                         QStringLiteral("Sari Dewi"), QStringLiteral("6271014503900002"));
    ui::BackOfficeWidget screen(*f.session, ui::WorklistWidget::Scope::Mine);
    screen.setClock([&f] { return f.tick(); });
    ui::WorklistModel& model = screen.worklist().model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOf(second);
    QVERIFY(screen.worklist().selectCase(first));

    // Given to Bayu, the case leaves Budi's list: its row is removed, the rest stays.
    ModelSignals told(&model);
    QString error;
    QVERIFY2(screen.workflow().reassign(second, f.user(QStringLiteral("bayu")).id, QString(),
                                        f.user(QStringLiteral("budi")), f.tick(), &error),
             qPrintable(error));
    QVERIFY(told.reset.isEmpty());
    QCOMPARE(told.removed.size(), 1);
    QCOMPARE(told.removed.first().at(1).toInt(), row);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(second), -1);
    QCOMPARE(screen.worklist().currentCaseNumber(), first);

    // Bayu gives it back: its row returns to its place in the order.
    QVERIFY2(screen.workflow().reassign(second, f.user(QStringLiteral("budi")).id, QString(),
                                        f.user(QStringLiteral("bayu")), f.tick(), &error),
             qPrintable(error));
    QVERIFY(told.reset.isEmpty());
    QCOMPARE(told.inserted.size(), 1);
    QCOMPARE(told.inserted.first().at(1).toInt(), row);
    QCOMPARE(model.rowOf(second), row);
    QVERIFY(model.item(row).assignedToName.startsWith(QStringLiteral("Budi")));
    QCOMPARE(screen.worklist().currentCaseNumber(), first);
    // Reading the whole list again gives the same rows.
    QStringList updated;
    for (int index = 0; index < model.rowCount(); ++index)
        updated << model.item(index).summary.number;
    screen.worklist().refresh();
    QStringList read;
    for (int index = 0; index < model.rowCount(); ++index)
        read << model.item(index).summary.number;
    QCOMPARE(updated, read);
}

QTEST_MAIN(TestBackOfficeWidget)
// A case registered at the counter of the same window joins the worklist as one inserted row:
// core's CaseStore says which case it added; no reset, the selection stays.
void TestBackOfficeWidget::aCaseRegisteredAtTheCounterJoinsTheWorklist()
{
    BackOfficeFixture f;
    QVERIFY(f.openAs(QStringLiteral("budi")));
    const QString first = f.registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    f.session->user.roles << UserRole::FrontOffice; // the counter and the worklist in one window
    ui::MainWindow window(*f.session);
    QVERIFY(window.counter() && window.worklist());
    ui::WorklistWidget& list = window.worklist()->worklist();
    ui::WorklistModel& model = list.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = model.rowCount();
    QVERIFY(list.selectCase(first));

    CaseDraft draft;
    draft.serviceCode = QStringLiteral("PKY-01");
    draft.person.nik = QStringLiteral("6271014503900002");
    draft.person.fullName = QStringLiteral("Sari Dewi");
    draft.person.address = QStringLiteral("Jl. Tjilik Riwut Km. 1");
    const Service* service = f.catalog->service(draft.serviceCode);
    QVERIFY(service);
    for (int i = 0; i < service->requirements.size(); ++i) {
        ChecklistItem item;
        item.index = i;
        item.state = ChecklistItem::State::Present;
        draft.checklist << item;
    }
    ModelSignals told(&model);
    QString error;
    const std::optional<Case> added = window.counter()->cases().registerCase(
        draft, f.user(QStringLiteral("siti")), at("2024-01-02T09:30:00+07:00"), &error);
    QVERIFY2(added, qPrintable(error));

    QVERIFY(told.reset.isEmpty());
    QCOMPARE(told.inserted.size(), 1);
    QCOMPARE(model.rowCount(), rows + 1);
    QVERIFY(model.rowOf(added->number) >= 0);
    QCOMPARE(list.currentCaseNumber(), first);
}

#include "tst_backofficewidget.moc"
