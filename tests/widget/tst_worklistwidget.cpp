// The worklist screen offscreen: most urgent first, the time left as words with an icon (not
// colour alone), red and amber rows, the three lists, filters and search, Enter opening a case;
// its model under QAbstractItemModelTester.
#include "BackOfficeFixture.h"
#include "WorklistModel.h"
#include "WorklistWidget.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

using namespace loket;
using namespace loket::test;

class TestWorklistWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void mostUrgentFirstWithWordsAndIcons();
    void myWorklistAndReadyForCollection();
    void filtersAndSearch();
    void divisionFilter();
    void enterOpensTheCase();
    void aChangedCaseMovesToItsPlace();

private:
    QStringList numbers() const;
    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_widget->model().index(row, column).data(role).toString();
    }
    void choose(const char* comboName, const QString& text);

    std::unique_ptr<BackOfficeFixture> m_f;
    std::unique_ptr<FakeIssuer> m_issuer;
    std::unique_ptr<CaseWorkflow> m_flow;
    std::unique_ptr<ui::WorklistWidget> m_widget;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_overdue, m_today, m_response, m_tomorrow, m_later, m_waiting;
};

void TestWorklistWidget::init()
{
    m_f = std::make_unique<BackOfficeFixture>();
    QVERIFY(m_f->openAs(QStringLiteral("budi")));
    m_issuer = std::make_unique<FakeIssuer>(*m_f->database);
    m_flow = std::make_unique<CaseWorkflow>(*m_f->database, *m_f->catalog, m_issuer.get());
    // As in tst_worklist: Friday 2 February, then Wednesday 7 February 2024 before the
    // holiday (8th), cuti bersama (9th) and the weekend.
    m_overdue = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-02-02T10:00:00+07:00"));
    m_waiting
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-02-07T08:30:00+07:00"),
                            QStringLiteral("Sari Dewi"), QStringLiteral("6271014503900002"), false);
    m_today = m_f->registerCase(QStringLiteral("PKY-01"), at("2024-02-07T09:00:00+07:00"),
                                QStringLiteral("Sari Dewi"), QStringLiteral("6271014503900002"));
    m_response = m_f->registerCase(QStringLiteral("PKY-09"), at("2024-02-07T09:30:00+07:00"));
    m_tomorrow = m_f->registerCase(QStringLiteral("PKY-03"), at("2024-02-07T10:00:00+07:00"));
    m_later = m_f->registerCase(QStringLiteral("PKY-17"), at("2024-02-07T11:00:00+07:00"));
    QVERIFY(!m_later.isEmpty() && !m_waiting.isEmpty());

    m_widget = std::make_unique<ui::WorklistWidget>(*m_f->session);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        &m_widget->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_widget->setClock([] { return at("2024-02-07T12:00:00+07:00"); });
    m_widget->setScope(ui::WorklistWidget::Scope::AllOpen);
    m_widget->resize(1000, 500);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestWorklistWidget::cleanup()
{
    m_tester.reset();
    m_widget.reset();
    m_flow.reset();
    m_issuer.reset();
    m_f.reset();
}

QStringList TestWorklistWidget::numbers() const
{
    QStringList result;
    for (int row = 0; row < m_widget->model().rowCount(); ++row)
        result << cell(row, ui::WorklistModel::NumberColumn);
    return result;
}

void TestWorklistWidget::choose(const char* comboName, const QString& text)
{
    auto* box = m_widget->findChild<QComboBox*>(QString::fromLatin1(comboName));
    QVERIFY2(box, comboName);
    const int index = box->findText(text, Qt::MatchStartsWith);
    QVERIFY2(index >= 0, qPrintable(text));
    box->setCurrentIndex(index);
    emit box->activated(index);
}

void TestWorklistWidget::mostUrgentFirstWithWordsAndIcons()
{
    using M = ui::WorklistModel;
    QCOMPARE(numbers(),
             QStringList({ m_overdue, m_today, m_response, m_tomorrow, m_later, m_waiting }));
    // Overdue: the due date, how late in working days, an icon and a red row.
    const QString overdue = cell(0, M::DueColumn);
    QVERIFY2(overdue.contains(QStringLiteral("02-02-2024 16.00")), qPrintable(overdue));
    QVERIFY2(overdue.contains(QStringLiteral("3 working day(s) overdue")), qPrintable(overdue));
    QVERIFY(
        !m_widget->model().index(0, M::DueColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    const QColor red
        = m_widget->model().index(0, M::ApplicantColumn).data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(red.isValid() && red.red() > red.green() && red.red() > red.blue());
    // Due today: words, icon, amber.
    QVERIFY2(cell(1, M::DueColumn).contains(QStringLiteral("due today")),
             qPrintable(cell(1, M::DueColumn)));
    QVERIFY(
        !m_widget->model().index(1, M::DueColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    const QColor amber
        = m_widget->model().index(1, M::NumberColumn).data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(amber.isValid() && amber.red() > amber.blue() && amber.green() > amber.blue());
    QVERIFY(amber != red);
    // On time: the working days left, no alarm.
    QVERIFY2(cell(3, M::DueColumn).contains(QStringLiteral("1 working day(s) left")),
             qPrintable(cell(3, M::DueColumn)));
    QVERIFY(m_widget->model().index(3, M::DueColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(!m_widget->model().index(3, M::DueColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(cell(4, M::DueColumn).contains(QStringLiteral("13 working day(s) left")));
    QCOMPARE(cell(5, M::DueColumn), QStringLiteral("no due date"));
    // The other columns.
    QCOMPARE(cell(1, M::ApplicantColumn), QStringLiteral("Sari Dewi"));
    QVERIFY(cell(1, M::ServiceColumn).startsWith(QStringLiteral("PKY-01 ")));
    QCOMPARE(cell(0, M::StatusColumn), caseStatusTitle(CaseStatus::Registered));
    QVERIFY2(cell(0, M::NextColumn).startsWith(QStringLiteral("1. ")),
             qPrintable(cell(0, M::NextColumn)));
    QVERIFY(cell(5, M::NextColumn).contains(userRoleTitle(UserRole::FrontOffice)));
    QCOMPARE(m_widget->model().index(2, 0).data(M::CaseNumberRole).toString(), m_response);
    QCOMPARE(m_widget->model().headerData(M::DueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Due"));
}

void TestWorklistWidget::myWorklistAndReadyForCollection()
{
    m_widget->setScope(ui::WorklistWidget::Scope::Mine);
    // Budi (back office) records the applicant's first step: not the waiting file, which is
    // the counter's.
    QVERIFY(numbers().contains(m_overdue));
    QVERIFY(!numbers().contains(m_waiting));
    m_f->clock = at("2024-02-07T11:10:00+07:00");
    QVERIFY(m_f->bringTo(*m_flow, m_overdue, CaseStatus::ProductReady));
    m_widget->refresh();
    QVERIFY(!numbers().contains(m_overdue));
    m_widget->setScope(ui::WorklistWidget::Scope::ReadyForCollection);
    QCOMPARE(numbers(), QStringList { m_overdue });
    QVERIFY(cell(0, ui::WorklistModel::NextColumn).contains(QStringLiteral("Collection")));
    // Its clock stopped when it was signed: how it ended, not what is left.
    QVERIFY2(cell(0, ui::WorklistModel::DueColumn)
                 .startsWith(QStringLiteral("finished 3 working day(s) late · 02-02-2024")),
             qPrintable(cell(0, ui::WorklistModel::DueColumn)));
    // The front office sees its list: the missing documents and the product to hand over.
    m_f->switchTo(QStringLiteral("siti"));
    m_widget->setScope(ui::WorklistWidget::Scope::Mine);
    QCOMPARE(numbers().first(), m_overdue); // waiting longest
    QVERIFY(numbers().contains(m_waiting));
    QVERIFY(numbers().contains(m_later)); // PKY-17 opens at the counter
    QVERIFY(!numbers().contains(m_today));
}

void TestWorklistWidget::divisionFilter()
{
    BackOfficeFixture f;
    QVERIFY(f.openAs(QStringLiteral("budi"), QStringLiteral("kotabaru")));
    const QString permit
        = f.registerCase(QStringLiteral("KTB-01"), at("2024-01-02T09:00:00+07:00"));
    const QString shelter
        = f.registerCase(QStringLiteral("KTB-08"), at("2024-01-02T09:30:00+07:00"));
    ui::WorklistWidget widget(*f.session);
    QAbstractItemModelTester tester(&widget.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.setClock([] { return at("2024-01-02T10:00:00+07:00"); });
    widget.setScope(ui::WorklistWidget::Scope::AllOpen);
    QCOMPARE(widget.model().rowCount(), 2);
    auto* box = widget.findChild<QComboBox*>(QStringLiteral("divisionComboBox"));
    const int index = box->findText(QStringLiteral("Bidang Rehabilitasi Sosial"));
    QVERIFY(index > 0);
    box->setCurrentIndex(index);
    emit box->activated(index);
    QCOMPARE(widget.model().rowCount(), 1);
    QCOMPARE(widget.model().item(0).summary.number, shelter);
    QVERIFY(!permit.isEmpty());
}

void TestWorklistWidget::filtersAndSearch()
{
    choose("serviceComboBox", QStringLiteral("PKY-01 "));
    QCOMPARE(numbers(), QStringList { m_today });
    choose("serviceComboBox", QStringLiteral("All services"));
    QCOMPARE(numbers().size(), 6);

    choose("statusComboBox", caseStatusTitle(CaseStatus::WaitingDocuments));
    QCOMPARE(numbers(), QStringList { m_waiting });
    choose("statusComboBox", QStringLiteral("All statuses"));

    QString error;
    QVERIFY(m_flow->start(m_tomorrow, m_f->user(QStringLiteral("budi")), m_f->tick(), &error));
    QVERIFY(m_flow->reassign(m_tomorrow, m_f->user(QStringLiteral("vera")).id, QString(),
                             m_f->user(QStringLiteral("budi")), m_f->tick(), &error));
    choose("officerComboBox", QStringLiteral("Vera (uji)"));
    QCOMPARE(numbers(), QStringList { m_tomorrow });
    QVERIFY(cell(0, ui::WorklistModel::NextColumn).contains(QStringLiteral("Vera (uji)")));
    choose("officerComboBox", QStringLiteral("All officers"));

    // Palangka Raya's catalog names no divisions: nothing to filter by.
    QCOMPARE(m_widget->findChild<QComboBox*>(QStringLiteral("divisionComboBox"))->count(), 1);

    // Search as typed: a name, an NIK, a case number.
    auto* search = m_widget->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("dewi"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(numbers(), QStringList({ m_today, m_waiting }));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("6271010503900001"));
    QTRY_COMPARE(numbers().size(), 4); // after the typing pause
    search->clear();
    QTest::keyClicks(search, m_response);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(numbers(), QStringList { m_response });
    QVERIFY(m_widget->findChild<QLabel*>(QStringLiteral("countLabel"))
                ->text()
                .startsWith(QStringLiteral("1 case")));
}

void TestWorklistWidget::enterOpensTheCase()
{
    QSignalSpy opened(m_widget.get(), &ui::WorklistWidget::caseOpened);
    QTableView& view = m_widget->view();
    view.setFocus();
    view.selectRow(2);
    QCOMPARE(m_widget->currentCaseNumber(), m_response);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), m_response);
    // The selection survives a refresh.
    m_widget->refresh();
    QCOMPARE(m_widget->currentCaseNumber(), m_response);
    // Keys: Ctrl+1 is the own worklist.
    QTest::keyClick(m_widget.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_widget->scope(), ui::WorklistWidget::Scope::Mine);
}

void TestWorklistWidget::aChangedCaseMovesToItsPlace()
{
    ui::WorklistModel& model = m_widget->model();
    m_widget->view().selectRow(2);
    QCOMPARE(m_widget->currentCaseNumber(), m_response);
    const QStringList before = numbers();
    QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy caseChanged(m_flow.get(), &CaseWorkflow::caseChanged);
    // Started, the two-stage case is no longer held to its response time: it takes its place
    // among the cases without a due date.
    m_f->clock = at("2024-02-07T11:10:00+07:00");
    QString error;
    QVERIFY2(m_flow->start(m_response, m_f->user(QStringLiteral("budi")), m_f->tick(), &error),
             qPrintable(error));
    QCOMPARE(caseChanged.size(), 1);
    m_widget->updateCase(caseChanged.first().at(2).toLongLong());
    QVERIFY(reset.isEmpty());
    QCOMPARE(moved.size(), 1);
    QCOMPARE(changed.size(), 1);
    const QStringList updated = numbers();
    QVERIFY(updated != before);
    QCOMPARE(m_widget->currentCaseNumber(), m_response); // the selection moved with its case
    QCOMPARE(cell(model.rowOf(m_response), ui::WorklistModel::StatusColumn),
             caseStatusTitle(CaseStatus::InVerification));
    // The rows are where reading the whole list puts them.
    m_widget->refresh();
    QCOMPARE(numbers(), updated);
}

QTEST_MAIN(TestWorklistWidget)
#include "tst_worklistwidget.moc"
