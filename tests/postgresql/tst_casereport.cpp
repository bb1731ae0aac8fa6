// The service recap's figures against plain SQL counts written here, independently of
// CaseReport; the median and the working days late worked out by hand; cancelling.
#include "PostgresServer.h"
#include "RealComponent.h"
#include "ReportFixture.h"
#include "SqlValues.h"

#include <QTest>

using namespace loket;
using namespace loket::test;

namespace {

// February and January 2024 in WIB, as stored (UTC).
const QString kFebFrom = QStringLiteral("2024-01-31T17:00:00Z");
const QString kFebTo = QStringLiteral("2024-02-29T17:00:00Z");
const QString kJanFrom = QStringLiteral("2023-12-31T17:00:00Z");

// When a completed case was completed, by the report's definition, in SQL.
const QString kCompletion = QStringLiteral(
    "COALESCE((SELECT MIN(h.changed_at) FROM case_status_history h WHERE h.case_id = c.id"
    " AND h.to_status = 'product-ready'), (SELECT MIN(h.changed_at) FROM case_status_history h"
    " WHERE h.case_id = c.id AND h.to_status = 'handed-over'), c.updated_at)");

} // namespace

class TestCaseReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsEqualSql_data();
    void countsEqualSql();
    void divisionAndOfficeTotalsEqualSql();
    void overdueEqualsSql();
    void monthlyRatesEqualSql();
    void yearReport();
    void everyServiceIsListed();
    void medianWorkedByHand();
    void progressCanCancel();
    void periods();
    void whoMayView();
    void sameFiguresOnPostgresql();

private:
    int count(const QString& where, const QString& from = kFebFrom,
              const QString& to = kFebTo) const;
    CaseReportData february() const;

    ReportFixture m_f;
    Catalog m_catalog;
};

void TestCaseReport::initTestCase()
{
    QVERIFY(m_f.open());
    QVERIFY(m_f.generate());
    m_catalog = withDivisions(*m_f.catalog);
}

int TestCaseReport::count(const QString& where, const QString& from, const QString& to) const
{
    QSqlQuery query(m_f.database->connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM cases c WHERE c.received_at >= :from"
                                 " AND c.received_at < :to AND (%1)")
                      .arg(where));
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":to"), to);
    if (!query.exec() || !query.next())
        qWarning("%s", qPrintable(query.lastError().text()));
    return query.value(0).toInt();
}

CaseReportData TestCaseReport::february() const
{
    const auto data = CaseReport(*m_f.database, m_catalog, m_f.calendar)
                          .compute(ReportPeriod::ofMonth(2024, 2), m_f.asOf);
    return data.value_or(CaseReportData());
}

void TestCaseReport::countsEqualSql_data()
{
    QTest::addColumn<QString>("service");
    for (const QString& code : kReportServices)
        QTest::newRow(qPrintable(code)) << code;
}

void TestCaseReport::countsEqualSql()
{
    QFETCH(QString, service);
    const CaseReportData data = february();
    const ReportServiceRow* row = nullptr;
    for (const ReportDivision& division : data.divisions)
        for (const ReportServiceRow& candidate : division.services)
            if (candidate.code == service)
                row = &candidate;
    QVERIFY(row);
    const QString own = QStringLiteral("c.service_code = '%1' AND ").arg(service);
    const QString done = QStringLiteral("c.status IN ('product-ready', 'handed-over')");
    const ReportFigures& f = row->figures;
    QVERIFY(f.received > 0);
    QCOMPARE(f.received, count(own + QStringLiteral("1 = 1")));
    QCOMPARE(f.completed, count(own + done));
    QCOMPARE(f.onTime,
             count(own + done
                   + QStringLiteral(" AND (c.due_at IS NULL OR %1 <= c.due_at)").arg(kCompletion)));
    QCOMPARE(
        f.late,
        count(own + done
              + QStringLiteral(" AND c.due_at IS NOT NULL AND %1 > c.due_at").arg(kCompletion)));
    QCOMPARE(f.rejected, count(own + QStringLiteral("c.status = 'rejected'")));
    QCOMPARE(f.waiting, count(own + QStringLiteral("c.status = 'waiting-documents'")));
    QCOMPARE(f.open,
             count(own
                   + QStringLiteral("c.status IN ('registered', 'in-verification',"
                                    " 'in-process', 'awaiting-signoff')")));
    QCOMPARE(f.completionDays.size(), f.completed);
}

void TestCaseReport::divisionAndOfficeTotalsEqualSql()
{
    const CaseReportData data = february();
    QCOMPARE(data.divisions.size(), 3);
    int office = 0;
    for (const ReportDivision& division : data.divisions) {
        QStringList codes;
        for (const ReportServiceRow& row : division.services) {
            QCOMPARE(row.division, division.name);
            codes << QStringLiteral("'%1'").arg(row.code);
        }
        const QString own
            = QStringLiteral("c.service_code IN (%1)").arg(codes.join(QLatin1Char(',')));
        QCOMPARE(division.total.received, count(own));
        QCOMPARE(division.total.rejected,
                 count(own + QStringLiteral(" AND c.status = 'rejected'")));
        QCOMPARE(division.total.completed,
                 count(own + QStringLiteral(" AND c.status IN ('product-ready', 'handed-over')")));
        office += division.total.received;
    }
    QCOMPARE(data.total.received, office);
    QCOMPARE(data.total.received, count(QStringLiteral("1 = 1")));
    QCOMPARE(data.total.late,
             count(QStringLiteral("c.status IN ('product-ready', 'handed-over')"
                                  " AND c.due_at IS NOT NULL AND %1 > c.due_at")
                       .arg(kCompletion)));
    QVERIFY(data.total.late > 0);
    QVERIFY(data.total.onTime > 0);
    QVERIFY(data.total.waiting > 0);
    QCOMPARE(data.total.received,
             data.total.completed + data.total.rejected + data.total.open + data.total.waiting);
}

void TestCaseReport::overdueEqualsSql()
{
    const CaseReportData data = february();
    QSqlQuery query(m_f.database->connection());
    query.prepare(QStringLiteral(
        "SELECT case_number FROM cases WHERE received_at < :to AND status IN ('registered',"
        " 'in-verification', 'in-process', 'awaiting-signoff') AND ((due_at IS NOT NULL AND"
        " due_at < :asof) OR (due_at IS NULL AND status = 'registered' AND response_due_at <"
        " :asof)) ORDER BY case_number"));
    query.bindValue(QStringLiteral(":to"), kFebTo);
    query.bindValue(QStringLiteral(":asof"), storedTime(m_f.asOf));
    QVERIFY(query.exec());
    QStringList expected;
    while (query.next())
        expected << query.value(0).toString();
    QStringList listed;
    for (const OverdueCase& item : data.overdue) {
        listed << item.caseNumber;
        QVERIFY(item.dueAt < m_f.asOf);
        QVERIFY(item.workingDaysLate >= 0);
    }
    QVERIFY(expected.size() > 3);
    std::sort(listed.begin(), listed.end());
    QCOMPARE(listed, expected);
    // The real workflow's overdue case: due 1 February 16:00, reassigned to Bayu; late on the
    // 2nd, 5th–7th, 12th, 13th, 15th, 16th, 19th and 20th (8–9, 14 February are holidays).
    const auto yanti
        = std::find_if(data.overdue.cbegin(), data.overdue.cend(), [](const OverdueCase& item) {
              return item.applicant.startsWith(QStringLiteral("Yanti"));
          });
    QVERIFY(yanti != data.overdue.cend());
    QCOMPARE(yanti->officer, QStringLiteral("Bayu (uji)"));
    QCOMPARE(yanti->applicant, QStringLiteral("Yanti <i>Miring</i>"));
    QCOMPARE(yanti->workingDaysLate, 10);
}

void TestCaseReport::monthlyRatesEqualSql()
{
    const CaseReportData data = february();
    QCOMPARE(data.months.size(), 12);
    QCOMPARE(data.months.first().month, QDate(2023, 3, 1));
    QCOMPARE(data.months.last().month, QDate(2024, 2, 1));
    const QString done = QStringLiteral("c.status IN ('product-ready', 'handed-over')");
    const QString onTime
        = done + QStringLiteral(" AND (c.due_at IS NULL OR %1 <= c.due_at)").arg(kCompletion);
    const MonthRate january = data.months.at(10);
    QCOMPARE(january.completed, count(done, kJanFrom, kFebFrom));
    QCOMPARE(january.onTime, count(onTime, kJanFrom, kFebFrom));
    QVERIFY(january.completed > 0);
    QCOMPARE(data.months.at(11).completed, data.total.completed);
    QCOMPARE(data.months.at(11).onTime, data.total.onTime);
    QCOMPARE(data.months.at(0).completed, 0);
    QVERIFY(!data.months.at(0).percent());
}

void TestCaseReport::yearReport()
{
    const auto data = CaseReport(*m_f.database, m_catalog, m_f.calendar)
                          .compute(ReportPeriod::ofYear(2024), m_f.asOf);
    QVERIFY(data);
    QCOMPARE(data->total.received,
             count(QStringLiteral("1 = 1"), kJanFrom, QStringLiteral("2024-12-31T17:00:00Z")));
    QCOMPARE(data->months.first().month, QDate(2024, 1, 1));
    QCOMPARE(data->months.at(0).completed + data->months.at(1).completed, data->total.completed);
}

void TestCaseReport::everyServiceIsListed()
{
    const CaseReportData data = february();
    int services = 0;
    for (const ReportDivision& division : data.divisions)
        services += division.services.size();
    QCOMPARE(services, m_catalog.services.size());
    QCOMPARE(data.divisions.at(0).name, kProtection);
}

// Four PKY-05 cases (3 working days) worked out by hand on the 2024 calendar:
//  A: Wed 7 Feb 09:00 → done Mon 12 Feb: the 7th and 12th (8th Isra Mikraj, 9th cuti bersama,
//     weekend) = 2 days; due Tue 13 Feb 16:00 → on time.
//  B: Fri 2 Feb 10:00 → done the same day = 1 day; due Tue 6 Feb → on time.
//  C: Sat 3 Feb → the clock starts Mon 5 Feb; done Thu 15 Feb: 5, 6, 7, 12, 13, 15 (14th
//     election day) = 6 days; due Wed 7 Feb → late.
//  D: Mon 5 Feb 09:00 → done Fri 16 Feb: 5, 6, 7, 12, 13, 15, 16 = 7 days; due 7 Feb → late.
// Median of 1, 2, 6, 7 = 4; on time 2 of 4 = 50,0 %.
void TestCaseReport::medianWorkedByHand()
{
    ReportFixture f;
    QVERIFY(f.open());
    const struct
    {
        const char *received, *done, *due;
    } cases[] = { { "2024-02-07T09:00", "2024-02-12T10:00", "2024-02-13T16:00" },
                  { "2024-02-02T10:00", "2024-02-02T15:00", "2024-02-06T16:00" },
                  { "2024-02-03T10:00", "2024-02-15T09:00", "2024-02-07T16:00" },
                  { "2024-02-05T09:00", "2024-02-16T11:00", "2024-02-07T16:00" } };
    for (const auto& c : cases) {
        const QString number = f.registerCase(QStringLiteral("PKY-05"), wib(c.received));
        QCOMPARE(f.dueOf(number), wib(c.due));
        QVERIFY(f.move(number, CaseStatus::ProductReady, wib(c.done)));
    }
    const Catalog catalog = withDivisions(*f.catalog);
    const auto data = CaseReport(*f.database, catalog, f.calendar)
                          .compute(ReportPeriod::ofMonth(2024, 2), wib("2024-02-20T10:00"));
    QVERIFY(data);
    const ReportFigures& total = data->total;
    QCOMPARE(total.completed, 4);
    QCOMPARE(total.onTime, 2);
    QCOMPARE(total.late, 2);
    QList<int> days = total.completionDays;
    std::sort(days.begin(), days.end());
    QCOMPARE(days, QList<int>({ 1, 2, 6, 7 }));
    QCOMPARE(total.medianDays(), std::optional<double>(4.0));
    QCOMPARE(report::daysText(total.medianDays()), QStringLiteral("4"));
    QCOMPARE(report::percentText(total.onTimePercent()), QStringLiteral("50,0"));
    ReportFigures three;
    three.completionDays = { 6, 1, 2 };
    QCOMPARE(three.medianDays(), std::optional<double>(2.0));
    three.completionDays << 3;
    QCOMPARE(report::daysText(three.medianDays()), QStringLiteral("2,5"));
    QCOMPARE(report::daysText(ReportFigures().medianDays()), QStringLiteral("\u2013"));
}

void TestCaseReport::progressCanCancel()
{
    const CaseReport report(*m_f.database, m_catalog, m_f.calendar);
    QList<QPair<int, int>> calls;
    const auto all = report.compute(ReportPeriod::ofYear(2024), m_f.asOf, [&](int done, int total) {
        calls.append({ done, total });
        return true;
    });
    QVERIFY(all && !all->cancelled);
    QVERIFY(calls.size() >= 2);
    QCOMPARE(calls.last().first, calls.last().second);
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);

    int asked = 0;
    const auto cancelled = report.compute(ReportPeriod::ofYear(2024), m_f.asOf,
                                          [&](int, int) { return ++asked < 2; });
    QVERIFY(cancelled);
    QVERIFY(cancelled->cancelled);
    QVERIFY(cancelled->divisions.isEmpty());
    QCOMPARE(cancelled->total.received, 0);
    QVERIFY(cancelled->overdue.isEmpty());
    QCOMPARE(asked, 2);
}

void TestCaseReport::periods()
{
    QCOMPARE(ReportPeriod::parse(QStringLiteral("2026-11"))->title(),
             QStringLiteral("BULAN NOVEMBER 2026"));
    QCOMPARE(ReportPeriod::parse(QStringLiteral("2026"))->title(), QStringLiteral("TAHUN 2026"));
    QCOMPARE(ReportPeriod::parse(QStringLiteral("2026-11"))->chartFirstMonth(), QDate(2025, 12, 1));
    QCOMPARE(ReportPeriod::parse(QStringLiteral("2026-12"))->endDay(), QDate(2027, 1, 1));
    QVERIFY(!ReportPeriod::parse(QStringLiteral("2026-13")));
    QVERIFY(!ReportPeriod::parse(QStringLiteral("26-11")));
    QVERIFY(!ReportPeriod::parse(QStringLiteral("November")));
    QString error;
    QVERIFY(!CaseReport(*m_f.database, m_catalog, m_f.calendar)
                 .compute(ReportPeriod::ofMonth(2024, 13), m_f.asOf, {}, &error));
    QVERIFY(error.contains(QStringLiteral("YYYY-MM")));
}

void TestCaseReport::whoMayView()
{
    for (const char* name : { "hadi", "sekar", "kadis", "admin" })
        QVERIFY2(CaseReport::mayView(m_f.user(QString::fromLatin1(name))), name);
    for (const char* name : { "siti", "budi", "vera" })
        QVERIFY2(!CaseReport::mayView(m_f.user(QString::fromLatin1(name))), name);
}

// The same generated dataset on a throwaway PostgreSQL server gives the same recap: the queries
// use nothing SQLite-only.
void TestCaseReport::sameFiguresOnPostgresql()
{
    PostgresServer server;
    LOKET_REQUIRE_COMPONENT(server.isRunning(),
                            QStringLiteral("no PostgreSQL server: ") + server.problem());
    const QString location = server.createDatabase(QStringLiteral("loket_report"));
    QVERIFY2(!location.isEmpty(), qPrintable(server.problem()));
    ReportFixture f;
    QVERIFY(f.openServer(location));
    QCOMPARE(f.database->dialect(), Database::Dialect::PostgreSQL);
    QVERIFY(f.generate());
    for (const ReportPeriod& period :
         { ReportPeriod::ofMonth(2024, 2), ReportPeriod::ofYear(2024) }) {
        QString error;
        const auto remote
            = CaseReport(*f.database, m_catalog, f.calendar).compute(period, f.asOf, {}, &error);
        QVERIFY2(remote, qPrintable(error));
        const auto local
            = CaseReport(*m_f.database, m_catalog, m_f.calendar).compute(period, m_f.asOf);
        QVERIFY(local);
        QCOMPARE(remote->total, local->total);
        QCOMPARE(remote->divisions.size(), local->divisions.size());
        for (qsizetype d = 0; d < local->divisions.size(); ++d)
            for (qsizetype r = 0; r < local->divisions.at(d).services.size(); ++r)
                QCOMPARE(remote->divisions.at(d).services.at(r).figures,
                         local->divisions.at(d).services.at(r).figures);
        QCOMPARE(remote->overdue.size(), local->overdue.size());
        for (qsizetype i = 0; i < local->overdue.size(); ++i) {
            QCOMPARE(remote->overdue.at(i).caseNumber, local->overdue.at(i).caseNumber);
            QCOMPARE(remote->overdue.at(i).officer, local->overdue.at(i).officer);
            QCOMPARE(remote->overdue.at(i).workingDaysLate, local->overdue.at(i).workingDaysLate);
        }
    }
}

QTEST_GUILESS_MAIN(TestCaseReport)
#include "tst_casereport.moc"
