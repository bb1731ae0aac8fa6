// The office server goes away mid-work (a restart, a cable) and comes back: a registration
// meanwhile fails with words a clerk understands and writes nothing, the connection is opened
// again, and the same registration then succeeds with the next number — no gap, no duplicate.
// On a throwaway server that the test stops and starts on the same port.
#include "CaseStore.h"
#include "DatabaseError.h"
#include "PostgresServer.h"
#include "RealComponent.h"
#include "WorkflowFixture.h"

#include <QSqlQuery>

using namespace loket;
using namespace loket::test;

class TestReconnect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void registrationCarriesOnAfterTheServerReturns();

private:
    CaseDraft draft(const QString& nik) const;
    QStringList caseNumbers() const;

    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<WorkflowFixture> m_f;
};

void TestReconnect::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    LOKET_REQUIRE_COMPONENT(m_server->isRunning(),
                            QStringLiteral("no PostgreSQL server: ") + m_server->problem());
    m_f = std::make_unique<WorkflowFixture>();
    const QString location = m_server->createDatabase(QStringLiteral("loket_reconnect"));
    QVERIFY2(!location.isEmpty(), qPrintable(m_server->problem()));
    QVERIFY(m_f->openServer(location));
}

CaseDraft TestReconnect::draft(const QString& nik) const
{
    CaseDraft draft;
    draft.serviceCode = QStringLiteral("PKY-08");
    draft.person.nik = nik;
    draft.person.fullName = QStringLiteral("Siti Rahmawati");
    draft.person.address = QStringLiteral("Jl. Tjilik Riwut Km. 2");
    const Service* service = m_f->catalog->service(draft.serviceCode);
    for (int i = 0; service && i < service->requirements.size(); ++i) {
        ChecklistItem item;
        item.index = i;
        item.state = ChecklistItem::State::Present;
        draft.checklist << item;
    }
    return draft;
}

QStringList TestReconnect::caseNumbers() const
{
    QStringList numbers;
    QSqlQuery query(m_f->database->connection());
    if (query.exec(QStringLiteral("SELECT case_number FROM cases ORDER BY id")))
        while (query.next())
            numbers << query.value(0).toString();
    return numbers;
}

void TestReconnect::registrationCarriesOnAfterTheServerReturns()
{
    CaseStore store(*m_f->database, *m_f->catalog, m_f->calendar);
    const User clerk = m_f->user(QStringLiteral("siti"));
    const QDateTime when = at("2024-03-05T10:00:00+07:00");
    QString error;
    const auto first
        = store.registerCase(draft(QStringLiteral("6271010503900001")), clerk, when, &error);
    QVERIFY2(first, qPrintable(error));

    QVERIFY2(m_server->stop(), qPrintable(m_server->problem()));
    const CaseDraft second = draft(QStringLiteral("6271014101850002"));
    error.clear();
    QVERIFY(!store.registerCase(second, clerk, when.addSecs(60), &error));
    QCOMPARE(error.contains(DatabaseError::message(DatabaseError::Kind::ConnectionLost)), true);
    error.clear();
    QVERIFY(!m_f->database->ensureConnected(&error));
    QCOMPARE(error, DatabaseError::message(DatabaseError::Kind::ConnectionLost));

    QVERIFY2(m_server->startAgain(), qPrintable(m_server->problem()));
    error.clear();
    QVERIFY2(m_f->database->ensureConnected(&error), qPrintable(error));
    const auto again = store.registerCase(second, clerk, when.addSecs(120), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(caseNumbers(), QStringList({ first->number, again->number }));
    QCOMPARE(again->number.section(QLatin1Char('/'), 0, 0).toInt(),
             first->number.section(QLatin1Char('/'), 0, 0).toInt() + 1);
}

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
