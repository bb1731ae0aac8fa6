// Complaints on PostgreSQL (QPSQL): numbering, the timeline with its answer letter, the list and
// the demo seed on a throwaway server; skipped where no PostgreSQL server can be started.
#include "AuditVerifier.h"
#include "ComplaintTestSupport.h"
#include "DemoComplaints.h"
#include "PostgresServer.h"
#include "RealComponent.h"

#include <QTest>

using namespace loket;
using namespace loket::test;

class TestComplaintsPostgresql : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void timelineAndDemo();

private:
    std::unique_ptr<PostgresServer> m_server;
};

void TestComplaintsPostgresql::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    LOKET_REQUIRE_COMPONENT(m_server->isRunning(),
                            QStringLiteral("no PostgreSQL server: ") + m_server->problem());
}

void TestComplaintsPostgresql::timelineAndDemo()
{
    ComplaintFixture f;
    const QString location = m_server->createDatabase(QStringLiteral("loket_complaints"));
    QVERIFY2(!location.isEmpty(), qPrintable(m_server->problem()));
    QVERIFY(f.openServer(location));
    QCOMPARE(f.database->dialect(), Database::Dialect::PostgreSQL);
    const QString number = f.record(at("2024-02-07T16:30:00+07:00"));
    QCOMPARE(number, QStringLiteral("ADU/2024/0001"));
    QCOMPARE(f.record(at("2024-02-08T09:00:00+07:00")), QStringLiteral("ADU/2024/0002"));
    ComplaintStore store = f.store();
    const User& budi = f.user(QStringLiteral("budi"));
    const QDateTime when = at("2024-02-12T10:00:00+07:00");
    QString error;
    QVERIFY2(store.respond(number, QStringLiteral("ok"), budi, when, &error), qPrintable(error));
    QVERIFY2(
        store.forward(number, f.user(QStringLiteral("hadi")).id, QString(), budi, when, &error),
        qPrintable(error));
    QVERIFY2(store.followUp(number, QStringLiteral("dicek"), budi, when, &error),
             qPrintable(error));
    const auto letter
        = store.answer(number, QStringLiteral("Jawaban <b>ini</b>"), budi, when, &error);
    QVERIFY2(letter, qPrintable(error));
    QVERIFY2(store.close(number, QString(), budi, when, &error), qPrintable(error));
    const auto complaint = f.queries().find(number);
    QCOMPARE(complaint->status, ComplaintStatus::Closed);
    QCOMPARE(complaint->events.size(), 6);
    QCOMPARE(complaint->responseDueAt, at("2024-02-12T16:00:00+07:00"));
    ComplaintFilter filter;
    filter.search = QStringLiteral("REKOMENDASI");
    filter.from = QDate(2024, 2, 7);
    filter.to = QDate(2024, 2, 7);
    QCOMPARE(f.queries().list(filter, when).size(), 1);
    QCOMPARE(f.queries().period(2024, 2).size(), 2);
    QCOMPARE(f.queries().dueTodayOrOverdue(budi.id, at("2024-02-13T09:00:00+07:00")).size(), 1);
    QCOMPARE(seedDemoComplaints(*f.database, *f.catalog, f.calendar,
                                at("2024-03-20T11:00:00+07:00"), &error),
             0); // the office already has complaints
    AuditVerification verification;
    QVERIFY2(AuditVerifier(*f.database).verify(&verification, &error), qPrintable(error));
    QVERIFY(verification.intact());
}

QTEST_GUILESS_MAIN(TestComplaintsPostgresql)
#include "tst_complaintspostgresql.moc"
