// Worklists: time left in working days (across weekends and holidays), the most urgent case
// first, whose turn a case is, filters, and the front office's ready-for-collection list.
#include "WorkflowFixture.h"
#include "Worklist.h"

using namespace loket;
using namespace loket::test;

Q_DECLARE_METATYPE(loket::TimeLeft::Urgency)

namespace {

QStringList numbers(const QList<WorklistItem>& items)
{
    QStringList result;
    for (const WorklistItem& item : items)
        result << item.summary.number;
    return result;
}

QString flags(const QList<WorklistItem>& items)
{
    QStringList result;
    for (const WorklistItem& item : items)
        result << urgencyKey(item.timeLeft.urgency) + QLatin1Char(' ')
                + QString::number(item.timeLeft.workingDays);
    return result.join(QStringLiteral(", "));
}

} // namespace

class TestWorklist : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void timeLeft_data();
    void timeLeft();
    void mostUrgentFirstAcrossWeekendAndHoliday();
    void whoseTurnItIs();
    void filters();
    void divisionsFromTheCatalog();
    void readyForCollection();

private:
    User as(const char* name) const { return m_f->user(QString::fromLatin1(name)); }
    Worklist worklist() const { return Worklist(*m_f->database, *m_f->catalog, m_f->calendar); }

    std::unique_ptr<WorkflowFixture> m_f;
    std::unique_ptr<FakeIssuer> m_issuer;
    std::unique_ptr<CaseWorkflow> m_flow;
};

void TestWorklist::init()
{
    m_f = std::make_unique<WorkflowFixture>();
    const QString office = QString::fromLatin1(QTest::currentTestFunction())
            == QLatin1String("divisionsFromTheCatalog")
        ? QStringLiteral("kotabaru")
        : QStringLiteral("palangka-raya");
    QVERIFY(m_f->open(office));
    m_issuer = std::make_unique<FakeIssuer>(*m_f->database);
    m_flow = std::make_unique<CaseWorkflow>(*m_f->database, *m_f->catalog, m_issuer.get());
}

void TestWorklist::cleanup()
{
    m_flow.reset();
    m_issuer.reset();
    m_f.reset();
}

void TestWorklist::timeLeft_data()
{
    using U = TimeLeft::Urgency;
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<U>("urgency");
    QTest::addColumn<int>("days");
    // Tuesday 2 January 2024; 8–9 February are a holiday and cuti bersama, 10–11 a weekend.
    QTest::addRow("later today") << at("2024-01-02T16:00:00+07:00")
                                 << at("2024-01-02T09:00:00+07:00") << U::DueToday << 0;
    QTest::addRow("earlier today")
        << at("2024-01-02T16:00:00+07:00") << at("2024-01-02T17:00:00+07:00") << U::Overdue << 0;
    QTest::addRow("tomorrow") << at("2024-01-03T16:00:00+07:00") << at("2024-01-02T09:00:00+07:00")
                              << U::OnTime << 1;
    QTest::addRow("Monday, seen on Friday")
        << at("2024-01-08T16:00:00+07:00") << at("2024-01-05T10:00:00+07:00") << U::OnTime << 1;
    QTest::addRow("Monday, seen on Saturday")
        << at("2024-01-08T16:00:00+07:00") << at("2024-01-06T10:00:00+07:00") << U::OnTime << 1;
    QTest::addRow("over a holiday and a weekend")
        << at("2024-02-12T16:00:00+07:00") << at("2024-02-07T10:00:00+07:00") << U::OnTime << 1;
    QTest::addRow("late over a weekend")
        << at("2024-01-05T16:00:00+07:00") << at("2024-01-08T09:00:00+07:00") << U::Overdue << -1;
    QTest::addRow("late over a holiday and a weekend")
        << at("2024-02-07T16:00:00+07:00") << at("2024-02-12T09:00:00+07:00") << U::Overdue << -1;
    QTest::addRow("late, seen on the holiday")
        << at("2024-02-07T16:00:00+07:00") << at("2024-02-09T10:00:00+07:00") << U::Overdue << 0;
    QTest::addRow("a week late") << at("2024-01-02T16:00:00+07:00")
                                 << at("2024-01-09T10:00:00+07:00") << U::Overdue << -5;
    // 00:30 on Wednesday in Palangka Raya is still Tuesday in UTC.
    QTest::addRow("office's date, not UTC's")
        << at("2024-01-02T16:00:00+07:00") << at("2024-01-02T17:30:00Z") << U::Overdue << -1;
    QTest::addRow("open-ended") << QDateTime() << at("2024-01-02T09:00:00+07:00") << U::NoDueDate
                                << 0;
}

void TestWorklist::timeLeft()
{
    QFETCH(QDateTime, due);
    QFETCH(QDateTime, now);
    QFETCH(TimeLeft::Urgency, urgency);
    QFETCH(int, days);
    const TimeLeft left = worklist().timeLeft(due, now);
    QCOMPARE(urgencyKey(left.urgency), urgencyKey(urgency));
    QCOMPARE(left.workingDays, days);
    QCOMPARE(left.due, due);
}

void TestWorklist::mostUrgentFirstAcrossWeekendAndHoliday()
{
    const QString sari = QStringLiteral("6271014503900002");
    // Friday 2 February, 1 working day: due that afternoon.
    const QString a = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-02-02T10:00:00+07:00"));
    // Wednesday 7 February: a waiting file, a one-day service, a two-day one over the holidays
    // and the weekend, a fourteen-day one, and a two-stage one held to its first response.
    const QString waiting
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-02-07T08:30:00+07:00"),
                            QStringLiteral("Sari Dewi"), sari, false);
    const QString b = m_f->registerCase(QStringLiteral("PKY-01"), at("2024-02-07T09:00:00+07:00"));
    const QString response
        = m_f->registerCase(QStringLiteral("PKY-09"), at("2024-02-07T09:30:00+07:00"));
    const QString c = m_f->registerCase(QStringLiteral("PKY-03"), at("2024-02-07T10:00:00+07:00"));
    const QString d = m_f->registerCase(QStringLiteral("PKY-17"), at("2024-02-07T11:00:00+07:00"));
    QVERIFY(!d.isEmpty() && !waiting.isEmpty() && !response.isEmpty());

    QList<WorklistItem> items = worklist().open({}, at("2024-02-07T12:00:00+07:00"));
    QCOMPARE(numbers(items), QStringList({ a, b, response, c, d, waiting }));
    QCOMPARE(items.at(3).summary.dueAt, at("2024-02-12T16:00:00+07:00"));
    QCOMPARE(items.at(4).summary.dueAt, at("2024-02-29T16:00:00+07:00"));
    QCOMPARE(flags(items),
             QStringLiteral("overdue -3, due-today 0, due-today 0, on-time 1, "
                            "on-time 13, no-due-date 0"));

    // Friday 9 February is cuti bersama: yesterday's and Wednesday's cases are late by no
    // working day yet; Monday's is a working day away.
    items = worklist().open({}, at("2024-02-09T10:00:00+07:00"));
    QCOMPARE(flags(items),
             QStringLiteral("overdue -3, overdue 0, overdue 0, on-time 1, "
                            "on-time 13, no-due-date 0"));
    items = worklist().open({}, at("2024-02-12T17:00:00+07:00"));
    QCOMPARE(flags(items.mid(3, 1)), QStringLiteral("overdue 0"));
}

void TestWorklist::whoseTurnItIs()
{
    const QString number
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    const QString waiting
        = m_f->registerCase(QStringLiteral("PKY-01"), at("2024-01-02T09:10:00+07:00"),
                            QStringLiteral("Sari Dewi"), QStringLiteral("6271014503900002"), false);
    const QDateTime now = at("2024-01-02T10:00:00+07:00");
    const auto mine
        = [&](const char* who) { return numbers(worklist().forUser(as(who), {}, now)); };
    QString error;
    const auto step = [&](int order, const char* who) {
        QVERIFY2(m_flow->markStep(number, order, CaseStep::State::Done, QString(), as(who),
                                  m_f->tick(), &error),
                 qPrintable(error));
    };
    // Step 1 is the applicant's, recorded by the back office.
    QCOMPARE(mine("budi"), QStringList { number });
    QCOMPARE(mine("bayu"), QStringList { number });
    QCOMPARE(mine("siti"), QStringList { waiting });
    QVERIFY(mine("vera").isEmpty());
    QVERIFY(mine("nonaktif").isEmpty());
    QCOMPARE(worklist().open({}, now).first().nextStep, 1);
    step(1, "budi");
    QCOMPARE(mine("vera"), QStringList { number });
    QVERIFY(mine("budi").isEmpty());
    step(2, "vera");
    // Assigned to one officer, a back-office case is in that officer's list only.
    QVERIFY(m_flow->reassign(number, as("bayu").id, QString(), as("hadi"), m_f->tick(), &error));
    QCOMPARE(mine("bayu"), QStringList { number });
    QVERIFY(mine("budi").isEmpty());
    QCOMPARE(numbers(worklist().forRole(UserRole::BackOffice, {}, now)), QStringList { number });
    step(3, "bayu");
    // Only the counter's closing step is left: the back office drafts the product first.
    QCOMPARE(m_f->status(number), QStringLiteral("in-process"));
    QCOMPARE(mine("bayu"), QStringList { number });
    QCOMPARE(mine("siti"), QStringList { waiting });
    QVERIFY(m_flow->submitForSignoff(number, QString(), as("bayu"), m_f->tick(), &error));
    QCOMPARE(mine("hadi"), QStringList { number });
    QVERIFY(mine("bayu").isEmpty());
    QCOMPARE(worklist().forRole(UserRole::HeadOfDivision, {}, now).first().signoff.round, 1);
    QVERIFY(m_flow->initial(number, QString(), as("hadi"), m_f->tick(), &error));
    QCOMPARE(mine("kadis"), QStringList { number });
    QVERIFY(mine("hadi").isEmpty());
    QVERIFY(m_flow->sign(number, std::nullopt, as("kadis"), m_f->tick(), &error));
    QCOMPARE(mine("siti"), QStringList({ number, waiting }));
    QVERIFY(mine("kadis").isEmpty());
}

void TestWorklist::filters()
{
    const QString budi
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    const QString sari
        = m_f->registerCase(QStringLiteral("PKY-01"), at("2024-01-02T09:30:00+07:00"),
                            QStringLiteral("Sari Dewi"), QStringLiteral("6271014503900002"));
    QString error;
    QVERIFY(m_flow->start(sari, as("budi"), m_f->tick(), &error));
    QVERIFY(m_flow->reassign(sari, as("vera").id, QString(), as("budi"), m_f->tick(), &error));
    const QDateTime now = at("2024-01-02T10:00:00+07:00");
    const auto find
        = [&](const WorklistFilter& filter) { return numbers(worklist().open(filter, now)); };
    QCOMPARE(find({}), QStringList({ budi, sari }));
    WorklistFilter filter;
    filter.serviceCode = QStringLiteral("pky-01");
    QCOMPARE(find(filter), QStringList { sari });
    filter = {};
    filter.status = CaseStatus::Registered;
    QCOMPARE(find(filter), QStringList { budi });
    filter = {};
    filter.officerId = as("vera").id;
    QCOMPARE(find(filter), QStringList { sari });
    filter = {};
    filter.search = QStringLiteral("dewi");
    QCOMPARE(find(filter), QStringList { sari });
    filter.search = QStringLiteral("6271010503900001");
    QCOMPARE(find(filter), QStringList { budi });
    filter.search = budi;
    QCOMPARE(find(filter), QStringList { budi });
    filter.search = QStringLiteral("nobody");
    QVERIFY(find(filter).isEmpty());
    filter = {};
    filter.division = QStringLiteral("Bidang Rehabilitasi Sosial");
    QVERIFY(find(filter).isEmpty());
    const QList<WorklistItem> items = worklist().open({}, now);
    QCOMPARE(items.last().assignedToName, QStringLiteral("Vera (uji)"));
}

void TestWorklist::divisionsFromTheCatalog()
{
    const QString permit
        = m_f->registerCase(QStringLiteral("KTB-01"), at("2024-01-02T09:00:00+07:00"));
    const QString shelter
        = m_f->registerCase(QStringLiteral("KTB-08"), at("2024-01-02T09:30:00+07:00"));
    QVERIFY(!permit.isEmpty() && !shelter.isEmpty());
    QVERIFY(worklist().divisions().contains(QStringLiteral("Bidang Rehabilitasi Sosial")));
    WorklistFilter filter;
    filter.division = QStringLiteral("bidang rehabilitasi sosial");
    const QList<WorklistItem> items = worklist().open(filter, at("2024-01-02T10:00:00+07:00"));
    QCOMPARE(numbers(items), QStringList { shelter });
    QCOMPARE(items.first().division, QStringLiteral("Bidang Rehabilitasi Sosial"));
    // KTB-01 opens with the head of office's disposition.
    filter.division = QStringLiteral("Bidang Pemberdayaan Sosial");
    QCOMPARE(worklist().open(filter, at("2024-01-02T10:00:00+07:00")).first().waitingFor,
             UserRole::HeadOfOffice);
}

void TestWorklist::readyForCollection()
{
    // Both due Tuesday 2 January 16:00; the later one is signed on Wednesday.
    const QString first
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    const QString second
        = m_f->registerCase(QStringLiteral("PKY-01"), at("2024-01-02T09:30:00+07:00"),
                            QStringLiteral("Sari Dewi"), QStringLiteral("6271014503900002"));
    m_f->clock = at("2024-01-02T09:40:00+07:00");
    QVERIFY(m_f->bringTo(*m_flow, second, CaseStatus::AwaitingSignoff));
    QString error;
    QVERIFY(
        m_flow->initial(second, QString(), as("hadi"), at("2024-01-02T15:00:00+07:00"), &error));
    QVERIFY(
        m_flow->sign(second, std::nullopt, as("kadis"), at("2024-01-02T15:30:00+07:00"), &error));
    m_f->clock = at("2024-01-03T09:00:00+07:00");
    QVERIFY(m_f->bringTo(*m_flow, first, CaseStatus::ProductReady));
    const QList<WorklistItem> ready
        = worklist().readyForCollection({}, at("2024-01-10T10:00:00+07:00"));
    // Longest waiting first; the time left is as it stood when the clock stopped.
    QCOMPARE(numbers(ready), QStringList({ second, first }));
    QCOMPARE(flags(ready), QStringLiteral("due-today 0, overdue -1"));
    QCOMPARE(ready.first().waitingFor, UserRole::FrontOffice);
    QVERIFY(m_flow->handOver(first,
                             { QStringLiteral("Budi Santoso"),
                               QStringLiteral("6271010503900001"),
                               QStringLiteral("self"),
                               0,
                               {} },
                             as("siti"), m_f->tick(), &error));
    QCOMPARE(numbers(worklist().readyForCollection({}, at("2024-01-10T10:00:00+07:00"))),
             QStringList { second });
}

QTEST_GUILESS_MAIN(TestWorklist)
#include "tst_worklist.moc"
