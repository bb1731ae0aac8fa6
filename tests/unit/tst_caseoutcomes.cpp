// How a case changes hands and ends: reassignment to another officer, rejection with a
// reason, and the handover to whoever collects the product.
#include "CaseTestBase.h"
#include "SqlValues.h"
#include "WorkflowQueries.h"

using namespace loket;
using namespace loket::test;

class TestCaseOutcomes : public QObject, protected CaseTestBase
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void reassignmentIsRecorded();
    void rejectionNeedsAReason();
    void handover_data();
    void handover();
};

void TestCaseOutcomes::init()
{
    setUp();
}

void TestCaseOutcomes::cleanup()
{
    tearDown();
}

void TestCaseOutcomes::reassignmentIsRecorded()
{
    QVERIFY(open());
    const QString number = newCase();
    const qint64 id = caseId(number);
    WorkflowQueries queries(*m_f->database, *m_f->catalog);
    QString error;
    QCOMPARE(queries.assignedTo(id), 0);
    QVERIFY2(m_flow->reassign(number, as("bayu").id, QStringLiteral("Budi cuti"), as("budi"),
                              m_f->tick(), &error),
             qPrintable(error));
    QCOMPARE(queries.assignedTo(id), as("bayu").id);
    QVERIFY(!m_flow->reassign(number, as("bayu").id, QString(), as("hadi"), m_f->tick(), &error));
    QCOMPARE(error, QStringLiteral("Case %1 is already assigned to Bayu (uji).").arg(number));
    QVERIFY(!m_flow->reassign(number, as("siti").id, QString(), as("hadi"), m_f->tick(), &error));
    QVERIFY2(error.contains(QStringLiteral("neither a back-office officer nor a verifier")),
             qPrintable(error));
    QVERIFY(
        !m_flow->reassign(number, as("nonaktif").id, QString(), as("hadi"), m_f->tick(), &error));
    QVERIFY2(error.contains(QStringLiteral("disabled")), qPrintable(error));
    QVERIFY(m_flow->reassign(number, as("vera").id, QString(), as("hadi"), m_f->tick(), &error));

    const QList<Assignment> history = queries.assignments(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).fromUser, 0);
    QCOMPARE(history.at(0).toUser, as("bayu").id);
    QCOMPARE(history.at(0).assignedBy, as("budi").id);
    QCOMPARE(history.at(0).note, QStringLiteral("Budi cuti"));
    QCOMPARE(history.at(1).fromUser, as("bayu").id);
    QCOMPARE(history.at(1).toUserName, QStringLiteral("Vera (uji)"));
    QSqlQuery query(m_f->database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT before_data, after_data FROM audit_log WHERE"
                                      " action = 'assign' ORDER BY id DESC LIMIT 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("{\"assignedTo\":\"bayu\"}"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("{\"assignedTo\":\"vera\"}"));
}

void TestCaseOutcomes::rejectionNeedsAReason()
{
    QVERIFY(open());
    const QString number = newCase();
    QVERIFY(m_f->bringTo(*m_flow, number, CaseStatus::InProcess));
    QString error;
    QVERIFY(!m_flow->reject(number, QStringLiteral("   "), as("hadi"), m_f->tick(), &error));
    QVERIFY2(error.contains(QStringLiteral("reason")), qPrintable(error));
    const QString reason = QStringLiteral("Pemohon bukan penduduk Kota Palangka Raya.");
    const QDateTime when = m_f->tick();
    QVERIFY2(m_flow->reject(number, reason, as("hadi"), when, &error), qPrintable(error));
    QCOMPARE(m_f->status(number), QStringLiteral("rejected"));
    WorkflowQueries queries(*m_f->database, *m_f->catalog);
    QCOMPARE(queries.rejectionReason(caseId(number)), reason);
    QCOMPARE(queries.statusHistory(caseId(number)).last().note, reason);
    QCOMPARE(queries.statusHistory(caseId(number)).last().changedBy, as("hadi").id);
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE clock_stopped_at = '%1'")
                            .arg(storedTime(when))),
             1);
    QVERIFY(!m_flow->start(number, as("budi"), m_f->tick(), &error));
    QVERIFY(!m_flow->addNote(number, QStringLiteral("x"), as("budi"), m_f->tick(), &error));
    QVERIFY2(error.contains(QStringLiteral("is closed")), qPrintable(error));
}

void TestCaseOutcomes::handover_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("nik");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("refusal");
    QTest::addRow("the applicant")
        << QStringLiteral("Budi Santoso") << QStringLiteral("6271 0105 0390 0001")
        << QStringLiteral("self") << QString();
    QTest::addRow("a representative")
        << QStringLiteral("Sari Dewi") << QStringLiteral("6271014503900002")
        << QStringLiteral("kuasa (surat kuasa 12/2024)") << QString();
    QTest::addRow("no name") << QString() << QStringLiteral("6271014503900002")
                             << QStringLiteral("spouse") << QStringLiteral("name");
    QTest::addRow("short NIK") << QStringLiteral("Sari") << QStringLiteral("627101450390")
                               << QStringLiteral("spouse") << QStringLiteral("16 digits");
    QTest::addRow("no relation") << QStringLiteral("Sari") << QStringLiteral("6271014503900002")
                                 << QStringLiteral(" ") << QStringLiteral("related");
}

void TestCaseOutcomes::handover()
{
    QFETCH(QString, name);
    QFETCH(QString, nik);
    QFETCH(QString, relation);
    QFETCH(QString, refusal);
    QVERIFY(open());
    FakeIssuer issuer(*m_f->database);
    m_flow = std::make_unique<CaseWorkflow>(*m_f->database, *m_f->catalog, &issuer);
    const QString number = newCase();
    QVERIFY(m_f->bringTo(*m_flow, number, CaseStatus::ProductReady));
    QString error;
    const QDateTime when = m_f->tick();
    const bool done
        = m_flow->handOver(number, { name, nik, relation, 0, {} }, as("siti"), when, &error);
    QCOMPARE(done, refusal.isEmpty());
    const std::optional<Handover> recorded
        = WorkflowQueries(*m_f->database, *m_f->catalog).handover(caseId(number));
    if (!done) {
        QVERIFY2(error.contains(refusal), qPrintable(error));
        QVERIFY(!recorded);
        QCOMPARE(m_f->status(number), QStringLiteral("product-ready"));
        return;
    }
    QVERIFY(recorded);
    QCOMPARE(recorded->recipientName, name);
    QCOMPARE(recorded->recipientNik, QString(nik).remove(QLatin1Char(' ')));
    QCOMPARE(recorded->relation, relation);
    QCOMPARE(recorded->handedOverBy, as("siti").id);
    QCOMPARE(recorded->at, when);
    QCOMPARE(m_f->status(number), QStringLiteral("handed-over"));
}

QTEST_GUILESS_MAIN(TestCaseOutcomes)
#include "tst_caseoutcomes.moc"
