// The status flow: the way through from registration to handover, with each change in the
// history and the audit log, and the transitions CaseWorkflow refuses.
#include "CaseQueries.h"
#include "SqlValues.h"
#include "WorkflowOperations.h"
#include "WorkflowQueries.h"

#include <QSignalSpy>

using namespace loket;
using namespace loket::test;

Q_DECLARE_METATYPE(loket::CaseStatus)

class TestCaseTransitions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void flowFromRegistrationToHandover();
    void invalidTransitions_data();
    void invalidTransitions();

private:
    std::unique_ptr<WorkflowFixture> m_f;
    std::unique_ptr<FakeIssuer> m_issuer;
    std::unique_ptr<CaseWorkflow> m_flow;
};

void TestCaseTransitions::init()
{
    m_f = std::make_unique<WorkflowFixture>();
    QVERIFY(m_f->open());
    m_issuer = std::make_unique<FakeIssuer>(*m_f->database);
    m_flow = std::make_unique<CaseWorkflow>(*m_f->database, *m_f->catalog, m_issuer.get());
}

void TestCaseTransitions::cleanup()
{
    m_flow.reset();
    m_issuer.reset();
    m_f.reset();
}

void TestCaseTransitions::flowFromRegistrationToHandover()
{
    const QString number
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"));
    QSignalSpy changed(m_flow.get(), &CaseWorkflow::caseChanged);
    QString error;
    const auto step = [&](int order, const char* who) {
        return m_flow->markStep(number, order, CaseStep::State::Done, QString(),
                                m_f->user(QString::fromLatin1(who)), m_f->tick(), &error);
    };
    // The first back-office step starts the work; the verifier verifies; the back office's
    // own step after verification takes the case into processing.
    QVERIFY2(step(1, "budi"), qPrintable(error));
    QCOMPARE(m_f->status(number), QStringLiteral("in-verification"));
    QVERIFY2(step(2, "vera"), qPrintable(error));
    QCOMPARE(m_f->status(number), QStringLiteral("in-verification"));
    QVERIFY2(step(3, "budi"), qPrintable(error));
    QCOMPARE(m_f->status(number), QStringLiteral("in-process"));
    QVERIFY(m_flow->submitForSignoff(number, QStringLiteral("draf rekomendasi"),
                                     m_f->user(QStringLiteral("budi")), m_f->tick(), &error));
    QVERIFY(
        m_flow->initial(number, QString(), m_f->user(QStringLiteral("hadi")), m_f->tick(), &error));
    const QDateTime signedAt = m_f->tick();
    const std::optional<IssuedDocument> issued
        = m_flow->sign(number, std::nullopt, m_f->user(QStringLiteral("kadis")), signedAt, &error);
    QVERIFY2(issued, qPrintable(error));
    QCOMPARE(m_f->status(number), QStringLiteral("product-ready"));
    // The counter's last step (calling the applicant) comes after signing.
    QVERIFY2(step(4, "siti"), qPrintable(error));
    QVERIFY(m_flow->handOver(number,
                             { QStringLiteral("Budi Santoso"),
                               QStringLiteral("6271010503900001"),
                               QStringLiteral("self"),
                               0,
                               {} },
                             m_f->user(QStringLiteral("siti")), m_f->tick(), &error));
    QCOMPARE(m_f->status(number), QStringLiteral("handed-over"));
    QCOMPARE(changed.size(), 8);
    QCOMPARE(changed.last().at(1).value<CaseStatus>(), CaseStatus::HandedOver);

    const Case record = CaseQueries(*m_f->database).find(number).value();
    WorkflowQueries queries(*m_f->database, *m_f->catalog);
    QStringList history;
    for (const StatusChange& change : queries.statusHistory(record.id)) {
        history << caseStatusKey(change.from) + QStringLiteral("→") + caseStatusKey(change.to);
        QVERIFY(change.changedBy > 0 && change.at.isValid());
    }
    QCOMPARE(history,
             QStringList({ QStringLiteral("registered→in-verification"),
                           QStringLiteral("in-verification→in-process"),
                           QStringLiteral("in-process→awaiting-signoff"),
                           QStringLiteral("awaiting-signoff→product-ready"),
                           QStringLiteral("product-ready→handed-over") }));
    for (const CaseStep& done : queries.steps(record.id)) {
        QCOMPARE(done.state, CaseStep::State::Done);
        QVERIFY(!done.doneByName.isEmpty());
    }
    // The clock stopped when the product was ready.
    QSqlQuery query(m_f->database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT clock_stopped_at FROM cases")) && query.next());
    QCOMPARE(fromStoredTime(query.value(0).toString()), signedAt);
    // Every change has its audit entry, in order, under the case number.
    query.prepare(QStringLiteral("SELECT action FROM audit_log WHERE table_name = 'cases' AND"
                                 " record_id = :n ORDER BY id"));
    query.bindValue(QStringLiteral(":n"), number);
    QVERIFY(query.exec());
    QStringList actions;
    while (query.next())
        actions << query.value(0).toString();
    QCOMPARE(actions.join(QLatin1Char(' ')),
             QStringLiteral("create step status step step status status submit initial sign "
                            "status step handover status"));
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM case_handovers")), 1);
}

void TestCaseTransitions::invalidTransitions_data()
{
    using S = CaseStatus;
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("refusal");
    const auto row = [](const char* name, S status, const char* operation, const char* who,
                        const char* refusal) {
        QTest::newRow(name) << status << QString::fromLatin1(operation) << QString::fromLatin1(who)
                            << QString::fromUtf8(refusal);
    };
    row("start twice", S::InVerification, "start", "budi",
        "The case is already \"In verification\".");
    row("start while waiting", S::WaitingDocuments, "start", "budi", "still waiting for documents");
    row("process unstarted", S::Registered, "process", "budi",
        "A case that is \"Registered\" cannot go to \"In process\".");
    row("process a draft", S::AwaitingSignoff, "process", "budi", "only returning it");
    row("submit in verification", S::InVerification, "submit", "budi",
        "cannot go to \"Awaiting sign-off\"");
    row("submit twice", S::AwaitingSignoff, "submit", "budi", "already awaiting sign-off");
    row("initial no draft", S::InProcess, "initial", "hadi", "no draft waiting for initials");
    row("return no draft", S::ProductReady, "return", "hadi", "no draft awaiting sign-off");
    row("sign no draft", S::InProcess, "sign", "kadis", "no draft awaiting signature");
    row("hand over unsigned", S::InProcess, "handover", "siti", "not ready for collection");
    row("hand over twice", S::HandedOver, "handover", "siti", "is closed");
    row("reject handed over", S::HandedOver, "reject", "kadis",
        "The case is already \"Handed over\"; its status cannot change any more.");
    row("reject twice", S::Rejected, "reject", "budi", "already \"Rejected\"");
    row("step while waiting", S::WaitingDocuments, "step applicant", "budi",
        "waiting for documents");
    row("note on rejected", S::Rejected, "note", "vera", "is closed");
    row("visit on handed over", S::HandedOver, "visit", "vera", "is closed");
    row("attach on rejected", S::Rejected, "attach", "budi", "is closed");
    row("reassign on handed over", S::HandedOver, "reassign", "hadi", "is closed");
}

void TestCaseTransitions::invalidTransitions()
{
    QFETCH(CaseStatus, status);
    QFETCH(QString, operation);
    QFETCH(QString, username);
    QFETCH(QString, refusal);
    const bool waiting = status == CaseStatus::WaitingDocuments;
    const QString number = m_f->registerCase(
        QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"), QStringLiteral("Budi Santoso"),
        QStringLiteral("6271010503900001"), !waiting);
    QVERIFY(waiting || m_f->bringTo(*m_flow, number, status));
    QCOMPARE(m_f->status(number), caseStatusKey(status));
    const int audit = m_f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QString error;
    QVERIFY(!perform(*m_f, *m_flow, operation, number, m_f->user(username), &error));
    QVERIFY2(error.contains(refusal), qPrintable(error));
    QCOMPARE(m_f->status(number), caseStatusKey(status));
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
}

QTEST_GUILESS_MAIN(TestCaseTransitions)
#include "tst_casetransitions.moc"
