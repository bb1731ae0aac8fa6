// The storage layer on PostgreSQL (QPSQL), for offices where several counters share a server:
// every migration, a case from the counter to the handover with its signed product, letter
// numbers, the audit chain and the reminders — on a throwaway server started by the test.
#include "AuditVerifier.h"
#include "CaseQueries.h"
#include "GuestBook.h"
#include "IkmReport.h"
#include "PostgresServer.h"
#include "ProductIssuer.h"
#include "RealComponent.h"
#include "RecipientRegister.h"
#include "Reminders.h"
#include "Schema.h"
#include "SurveyStore.h"
#include "WorkflowFixture.h"

#include <QTest>

using namespace loket;
using namespace loket::test;

class TestPostgresql : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void migrationsAndUsers();
    void caseToHandover();
    void remindersQuery();
    void surveyAndIndex();
    void guestBookAndRegister();

private:
    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<WorkflowFixture> m_f;
    int m_databases = 0;
};

void TestPostgresql::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    LOKET_REQUIRE_COMPONENT(m_server->isRunning(),
                            QStringLiteral("no PostgreSQL server: ") + m_server->problem());
}

void TestPostgresql::init()
{
    m_f = std::make_unique<WorkflowFixture>();
    const QString location
        = m_server->createDatabase(QStringLiteral("loket_test_%1").arg(++m_databases));
    QVERIFY2(!location.isEmpty(), qPrintable(m_server->problem()));
    QVERIFY(m_f->openServer(location));
    QCOMPARE(m_f->database->dialect(), Database::Dialect::PostgreSQL);
}

void TestPostgresql::migrationsAndUsers()
{
    QCOMPARE(m_f->count(QStringLiteral("SELECT MAX(version) FROM schema_migrations")),
             schemaMigrations().last().version);
    QCOMPARE(m_f->users.size(), staff().size() + 1);
    // Initialising again is harmless: nothing to migrate, the office stays.
    QString error;
    QVERIFY2(OfficeDatabase::initialise(*m_f->database, QStringLiteral("palangka-raya"), &error),
             qPrintable(error));
}

void TestPostgresql::caseToHandover()
{
    ProductIssuer issuer(*m_f->database, *m_f->catalog, m_f->dir->path());
    CaseWorkflow flow(*m_f->database, *m_f->catalog, &issuer);
    const QString number
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    QVERIFY(!number.isEmpty());
    QVERIFY(m_f->bringTo(flow, number, CaseStatus::HandedOver));
    QCOMPARE(m_f->status(number), QStringLiteral("handed-over"));
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM letters")), 1);
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM documents WHERE content IS NOT NULL")),
             1);
    // An issued document is frozen on the server too.
    QSqlQuery change(m_f->database->connection());
    QVERIFY(!change.exec(QStringLiteral("UPDATE documents SET content = 'x'")));

    AuditVerification verification;
    QString error;
    QVERIFY2(AuditVerifier(*m_f->database).verify(&verification, &error), qPrintable(error));
    QVERIFY(verification.intact());
    QVERIFY(verification.entries > 5);
}

void TestPostgresql::remindersQuery()
{
    m_f->registerCase(QStringLiteral("PKY-01"), at("2026-10-05T09:00:00+07:00"));
    const QList<Reminder> reminders
        = Reminders(*m_f->database, *m_f->catalog, m_f->calendar, { QStringLiteral("PKY-01") })
              .forUser(m_f->user(QStringLiteral("budi")), at("2026-11-09T10:00:00+07:00"));
    bool decree = false;
    for (const Reminder& reminder : reminders)
        decree = decree || reminder.kind == Reminder::Kind::CollectiveDecree;
    QVERIFY(decree);
}

void TestPostgresql::surveyAndIndex()
{
    ProductIssuer issuer(*m_f->database, *m_f->catalog, m_f->dir->path());
    CaseWorkflow flow(*m_f->database, *m_f->catalog, &issuer);
    const QString number
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    QVERIFY(m_f->bringTo(flow, number, CaseStatus::HandedOver));
    SurveyResponse response;
    response.caseId = CaseQueries(*m_f->database).idOf(number).value_or(0);
    response.answeredOn = QDate(2024, 1, 3);
    response.answers = { 4, 3, 3, 4, 3, 3, 4, 2, 3 };
    QString error;
    QVERIFY2(SurveyStore(*m_f->database, *m_f->catalog)
                 .record(response, m_f->user(QStringLiteral("siti")),
                         at("2024-01-03T10:00:00+07:00"), &error),
             qPrintable(error));
    const auto report = IkmReport::build(*m_f->database, *m_f->catalog, QDate(2024, 1, 1),
                                         QDate(2024, 1, 31), QString(), &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->result.respondents, 1);
    // (4+3+3+4+3+3+4+2+3) / 9 × 25 = 29 / 9 × 25 = 80,56
    QCOMPARE(report->result.converted, 80.56);
}

void TestPostgresql::guestBookAndRegister()
{
    GuestEntry guest;
    guest.visitedAt = at("2024-01-02T10:00:00+07:00");
    guest.name = QStringLiteral("Maria Ulfah");
    guest.purpose = QStringLiteral("Menanyakan syarat KIS-PBI");
    QString error;
    QVERIFY2(GuestBook(*m_f->database, *m_f->catalog)
                 .add(guest, m_f->user(QStringLiteral("siti")), guest.visitedAt, &error),
             qPrintable(error));
    const QList<GuestEntry> guests = GuestBook(*m_f->database, *m_f->catalog)
                                         .entries(RegisterPeriod::day(QDate(2024, 1, 2)), &error);
    QCOMPARE(guests.size(), 1);
    QCOMPARE(guests.first().name, guest.name);

    m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-03T09:00:00+07:00"),
                      QStringLiteral("Sari Dewi"), QStringLiteral("6271014506850002"));
    QCOMPARE(RecipientRegister(*m_f->database, *m_f->catalog)
                 .entries(RegisterPeriod::day(QDate(2024, 1, 2)), QString(), &error)
                 .size(),
             1);
    QCOMPARE(RecipientRegister(*m_f->database, *m_f->catalog)
                 .entries(RegisterPeriod::month(2024, 1), QString(), &error)
                 .size(),
             2);
}

QTEST_GUILESS_MAIN(TestPostgresql)
#include "tst_postgresql.moc"
