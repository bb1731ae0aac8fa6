// The demo cases on PostgreSQL (QPSQL): written through the stores' writers in one transaction,
// ids read back as on SQLite, the case numbers from the office's counter, the drafts awaiting
// sign-off sent to their initials; on a throwaway server, skipped where none can be started.
#include "AuditVerifier.h"
#include "DemoSeeder.h"
#include "PostgresServer.h"
#include "RealComponent.h"
#include "RegionTable.h"
#include "WorkflowFixture.h"
#include "WorkflowQueries.h"

#include <QTest>

using namespace loket;
using namespace loket::test;

class TestDemoPostgresql : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoCasesThroughTheStores();

private:
    std::unique_ptr<PostgresServer> m_server;
};

void TestDemoPostgresql::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    LOKET_REQUIRE_COMPONENT(m_server->isRunning(),
                            QStringLiteral("no PostgreSQL server: ") + m_server->problem());
}

void TestDemoPostgresql::demoCasesThroughTheStores()
{
    WorkflowFixture f;
    const QString location = m_server->createDatabase(QStringLiteral("loket_demo"));
    QVERIFY2(!location.isEmpty(), qPrintable(m_server->problem()));
    QVERIFY(f.openServer(location));
    QCOMPARE(f.database->dialect(), Database::Dialect::PostgreSQL);
    const RegionTable regions = RegionTable::builtIn();
    const QDateTime until = at("2024-04-08T09:00:00+07:00");
    QString error;
    for (int round = 1; round <= 2; ++round) {
        DemoSeeder seeder(*f.database, *f.catalog, f.calendar, regions, 7 + round);
        QVERIFY2(seeder.seedCases(150, until, 30, &error) == 150, qPrintable(error));
    }
    QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM cases")), 300);
    // Each case's rows point at it and at its applicant: the ids were read back right.
    QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM cases c JOIN persons p"
                                    " ON p.id = c.person_id")),
             300);
    QCOMPARE(f.count(QStringLiteral("SELECT COUNT(DISTINCT case_id) FROM case_steps")), 300);
    QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM case_steps WHERE step_role IS NULL")), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM person_name_words w"
                                    " LEFT JOIN persons p ON p.id = w.person_id"
                                    " WHERE p.id IS NULL")),
             0);
    QCOMPARE(f.count(QStringLiteral("SELECT SUM(last_value) FROM case_number_counters")), 300);
    const int awaiting
        = f.count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'awaiting-signoff'"));
    QVERIFY(awaiting > 0);
    QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM signoff_records s JOIN cases c"
                                    " ON c.id = s.case_id AND c.assigned_to = s.user_id"
                                    " WHERE s.kind = 'submit' AND s.round_no = 1")),
             awaiting);
    AuditVerification verification;
    QVERIFY2(AuditVerifier(*f.database).verify(&verification, &error), qPrintable(error));
    QVERIFY(verification.intact());
}

QTEST_GUILESS_MAIN(TestDemoPostgresql)
#include "tst_demopostgresql.moc"
