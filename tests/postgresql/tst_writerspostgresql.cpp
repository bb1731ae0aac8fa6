// Two writers on one PostgreSQL database, each a real process, as two counters sharing the
// office's server: registering the same applicants at the same second, and two imports at
// once. Every serial is taken exactly once, each applicant stored once, and no message shows
// PostgreSQL's own text — on a throwaway server started by the test.
#include "ConcurrentWriters.h"
#include "LoketctlClock.h"
#include "PostgresServer.h"
#include "RealComponent.h"
#include "WorkflowFixture.h"
#include "Worklist.h"

using namespace loket;
using namespace loket::test;

class TestWritersPostgresql : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void twoCountersAtTheSameSecond();
    void twoImportsAtOnce();

private:
    QStringList caseNumbers() const;
    QString file(const QString& name) const { return m_f->dir->filePath(name); }

    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<WorkflowFixture> m_f;
    QString m_location;
    int m_databases = 0;
};

void TestWritersPostgresql::initTestCase()
{
    useLoketctlClock();
    m_server = std::make_unique<PostgresServer>();
    LOKET_REQUIRE_COMPONENT(m_server->isRunning(),
                            QStringLiteral("no PostgreSQL server: ") + m_server->problem());
}

void TestWritersPostgresql::init()
{
    m_f = std::make_unique<WorkflowFixture>();
    m_location = m_server->createDatabase(QStringLiteral("loket_writers_%1").arg(++m_databases));
    QVERIFY2(!m_location.isEmpty(), qPrintable(m_server->problem()));
    QVERIFY(m_f->openServer(m_location));
}

QStringList TestWritersPostgresql::caseNumbers() const
{
    QStringList numbers;
    QSqlQuery query(m_f->database->connection());
    if (query.exec(QStringLiteral("SELECT case_number FROM cases"))) {
        while (query.next())
            numbers << query.value(0).toString();
    }
    return numbers;
}

// Both counters look the applicant up, find nobody and add them: only one may, and the other
// must wait for it instead of failing on the NIK's uniqueness or reusing a serial.
void TestWritersPostgresql::twoCountersAtTheSameSecond()
{
    const QString list = file(QStringLiteral("applicants.txt"));
    const QString go = file(QStringLiteral("go"));
    QVERIFY(writeApplicants(list, 0, 100));
    const QString when = QStringLiteral("2024-03-05T10:00:00+07:00");
    const auto left = startCounter(m_location, list, go, when);
    const auto right = startCounter(m_location, list, go, when);
    QVERIFY(left->waitForStarted() && right->waitForStarted());
    QFile(go).open(QIODevice::WriteOnly);
    const Finished one = finish(*left);
    const Finished other = finish(*right);
    for (const Finished& run : { one, other }) {
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY2(driverTextIn(run.out + run.err).isEmpty(), qPrintable(run.err));
    }
    const QStringList numbers = caseNumbers();
    QCOMPARE(numbers.size(), 200);
    QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), 200);
    const QString problem = gapsOrRepeats(numbers);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM persons")), 100);
}

void TestWritersPostgresql::twoImportsAtOnce()
{
    QVERIFY(writeImportCsv(file(QStringLiteral("a.csv")), 0, 1000));
    QVERIFY(writeImportCsv(file(QStringLiteral("b.csv")), 1000, 1000));
    const auto import = [this](const char* csv) {
        return startLoketctl({ QStringLiteral("case"), QStringLiteral("import"),
                               file(QString::fromLatin1(csv)), QStringLiteral("--service"),
                               QStringLiteral("PKY-01"), QStringLiteral("--as"),
                               QStringLiteral("siti"), QStringLiteral("--db"), m_location });
    };
    const auto a = import("a.csv");
    const auto b = import("b.csv");
    const Finished first = finish(*a);
    const Finished second = finish(*b);
    for (const Finished& run : { first, second }) {
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY2(driverTextIn(run.out + run.err).isEmpty(), qPrintable(run.err));
    }
    const QStringList numbers = caseNumbers();
    QCOMPARE(numbers.size(), 2000);
    const QString problem = gapsOrRepeats(numbers);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The worklist's search, one query with its ranked alternatives, runs on the server too.
    WorklistFilter filter;
    filter.search = QStringLiteral("warga nomor");
    QString error;
    QCOMPARE(Worklist(*m_f->database, *m_f->catalog, m_f->calendar)
                 .open(filter, loketctlNow(), &error)
                 .size(),
             2000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestWritersPostgresql)
#include "tst_writerspostgresql.moc"
