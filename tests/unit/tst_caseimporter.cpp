// CaseImporter: a kelurahan's list registers nobody twice (a re-run file, a row repeated in the
// file, a person with an open case of the service), unless repeats are allowed; each batch is
// reported only once it committed.
#include "CaseImporter.h"
#include "CaseNumberFormat.h"
#include "SettingsStore.h"
#include "WorkflowFixture.h"

using namespace loket;
using namespace loket::test;

namespace {

using Outcome = ImportRow::Outcome;

// Palangka Raya NIKs of men born on 5 March 1990; nik(1) is the fixture's Budi Santoso.
QString nik(int serial)
{
    return QStringLiteral("627101050390%1").arg(serial, 4, 10, QLatin1Char('0'));
}

QByteArray csvOf(const QList<int>& serials)
{
    QByteArray csv = "nik,nama,alamat\n";
    for (int serial : serials)
        csv += nik(serial).toLatin1() + ",Warga " + QByteArray::number(serial)
            + ",Jl. Tjilik Riwut\n";
    return csv;
}

} // namespace

class TestCaseImporter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void nobodyTwice_data();
    void nobodyTwice();
    void closedCasesDoNotCount_data();
    void closedCasesDoNotCount();
    void openCaseBehindManyOthersIsFound();
    void batchesAreReportedOnceCommitted();
    void failedBatchRegistersNone();

private:
    ImportReport import(const QByteArray& csv, const QString& service, bool allowRepeat,
                        const CaseImporter::BatchFinished& batchFinished = {});
    int casesOf(const QString& service) const;

    std::unique_ptr<WorkflowFixture> m_f;
    RegionTable m_regions = RegionTable::builtIn();
};

void TestCaseImporter::init()
{
    m_f = std::make_unique<WorkflowFixture>();
    QVERIFY(m_f->open());
}

void TestCaseImporter::cleanup()
{
    m_f.reset();
}

ImportReport TestCaseImporter::import(const QByteArray& csv, const QString& service,
                                      bool allowRepeat,
                                      const CaseImporter::BatchFinished& batchFinished)
{
    const ImportRequest request { service, m_f->user(QStringLiteral("siti")),
                                  at("2024-01-03T10:00:00+07:00"), allowRepeat };
    ImportReport report;
    QString error;
    CaseImporter importer(*m_f->database, *m_f->catalog, m_f->calendar, m_regions);
    if (!importer.importCsv(csv, request, batchFinished, &report, &error))
        qWarning("import refused: %s", qPrintable(error));
    return report;
}

int TestCaseImporter::casesOf(const QString& service) const
{
    return m_f->count(
        QStringLiteral("SELECT COUNT(*) FROM cases WHERE service_code = '%1'").arg(service));
}

void TestCaseImporter::nobodyTwice_data()
{
    // Each row of the last run: "new" (registered, a number no earlier row got) or "same:L"
    // (already registered as the case line L of the file got, in this run or an earlier one).
    QTest::addColumn<QList<int>>("persons");
    QTest::addColumn<int>("runs");
    QTest::addColumn<bool>("allowRepeat");
    QTest::addColumn<QString>("expected");
    const QList<int> four { 11, 12, 13, 14 };
    QTest::addRow("the same file twice")
        << four << 2 << false << QStringLiteral("same:2 same:3 same:4 same:5");
    QTest::addRow("the same file twice, repeats allowed")
        << four << 2 << true << QStringLiteral("new new new new");
    QTest::addRow("a person twice in the file")
        << QList<int> { 11, 12, 11 } << 1 << false << QStringLiteral("new new same:2");
    QTest::addRow("a person twice in the file, repeats allowed")
        << QList<int> { 11, 12, 11 } << 1 << true << QStringLiteral("new new new");
    QTest::addRow("a person twice in a file run twice")
        << QList<int> { 11, 12, 11 } << 2 << false << QStringLiteral("same:2 same:3 same:2");
}

void TestCaseImporter::nobodyTwice()
{
    QFETCH(QList<int>, persons);
    QFETCH(int, runs);
    QFETCH(bool, allowRepeat);
    QFETCH(QString, expected);
    const QStringList outcomes = expected.split(QLatin1Char(' '));
    QSet<QString> numbersSoFar;
    QHash<int, QString> numberOfLine;
    ImportReport last;
    for (int run = 0; run < runs; ++run) {
        last = import(csvOf(persons), QStringLiteral("PKY-01"), allowRepeat);
        QCOMPARE(last.rows.size(), persons.size());
        for (const ImportRow& row : std::as_const(last.rows)) {
            if (row.outcome == Outcome::Registered)
                numberOfLine.insert(row.line, row.caseNumber);
        }
        if (run < runs - 1) {
            for (const QString& number : last.caseNumbers())
                numbersSoFar.insert(number);
        }
    }
    QCOMPARE(last.rows.size(), outcomes.size());
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const ImportRow& row = last.rows.at(i);
        QCOMPARE(row.line, int(i) + 2);
        QCOMPARE(row.nik, nik(persons.at(i)));
        if (outcomes.at(i) == QLatin1String("new")) {
            QCOMPARE(row.outcome, Outcome::Registered);
            QVERIFY2(!numbersSoFar.contains(row.caseNumber), qPrintable(row.caseNumber));
            numbersSoFar.insert(row.caseNumber);
        } else {
            QCOMPARE(row.outcome, Outcome::AlreadyRegistered);
            QCOMPARE(row.caseNumber, numberOfLine.value(outcomes.at(i).mid(5).toInt()));
        }
    }
    QCOMPARE(casesOf(QStringLiteral("PKY-01")), int(numbersSoFar.size()));
    QCOMPARE(last.count(Outcome::Rejected), 0);
}

void TestCaseImporter::closedCasesDoNotCount_data()
{
    // Budi has a case of PKY-08 in this state; the list names him for `service`.
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<QString>("service");
    QTest::addColumn<Outcome>("outcome");
    using S = CaseStatus;
    const QString skd = QStringLiteral("PKY-08");
    QTest::addRow("registered") << S::Registered << skd << Outcome::AlreadyRegistered;
    QTest::addRow("waiting for documents")
        << S::WaitingDocuments << skd << Outcome::AlreadyRegistered;
    QTest::addRow("in verification") << S::InVerification << skd << Outcome::AlreadyRegistered;
    QTest::addRow("in process") << S::InProcess << skd << Outcome::AlreadyRegistered;
    QTest::addRow("awaiting sign-off") << S::AwaitingSignoff << skd << Outcome::AlreadyRegistered;
    QTest::addRow("product ready") << S::ProductReady << skd << Outcome::AlreadyRegistered;
    QTest::addRow("handed over") << S::HandedOver << skd << Outcome::Registered;
    QTest::addRow("rejected") << S::Rejected << skd << Outcome::Registered;
    QTest::addRow("open, another service")
        << S::Registered << QStringLiteral("PKY-01") << Outcome::Registered;
}

void TestCaseImporter::closedCasesDoNotCount()
{
    QFETCH(CaseStatus, status);
    QFETCH(QString, service);
    QFETCH(Outcome, outcome);
    const QString existing = m_f->registerCase(
        QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"), QStringLiteral("Budi Santoso"),
        nik(1), status != CaseStatus::WaitingDocuments);
    QVERIFY(!existing.isEmpty());
    FakeIssuer issuer(*m_f->database); // signing issues the product letter
    CaseWorkflow flow(*m_f->database, *m_f->catalog, &issuer);
    if (status != CaseStatus::WaitingDocuments)
        QVERIFY(m_f->bringTo(flow, existing, status));
    QCOMPARE(m_f->status(existing), caseStatusKey(status));

    const ImportReport report = import(csvOf({ 1 }), service, false);
    QCOMPARE(report.rows.size(), 1);
    QCOMPARE(report.rows.first().outcome, outcome);
    if (outcome == Outcome::AlreadyRegistered)
        QCOMPARE(report.rows.first().caseNumber, existing);
    else
        QVERIFY(report.rows.first().caseNumber != existing);
}

void TestCaseImporter::openCaseBehindManyOthersIsFound()
{
    // Budi's open PKY-01 case is older than his 200 cases of another service: the lookup once
    // read his newest 200 cases only and missed it.
    const QString open
        = m_f->registerCase(QStringLiteral("PKY-01"), at("2024-01-02T08:00:00+07:00"),
                            QStringLiteral("Budi Santoso"), nik(1));
    QVERIFY(!open.isEmpty());
    for (int i = 0; i < 200; ++i)
        QVERIFY(!m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T09:00:00+07:00"),
                                   QStringLiteral("Budi Santoso"), nik(1))
                     .isEmpty());
    const ImportReport report = import(csvOf({ 1 }), QStringLiteral("PKY-01"), false);
    QCOMPARE(report.rows.size(), 1);
    QCOMPARE(report.rows.first().outcome, Outcome::AlreadyRegistered);
    QCOMPARE(report.rows.first().caseNumber, open);
}

void TestCaseImporter::batchesAreReportedOnceCommitted()
{
    // 1,100 rows: batches of 500, 500 and 100. What another connection sees when a batch is
    // reported is what was committed: that batch and those before it, nothing after.
    QList<int> persons;
    for (int serial = 101; serial <= 1200; ++serial)
        persons << serial;
    Database other;
    QString error;
    QVERIFY2(other.open(m_f->database->location(), Database::OpenMode::MustExist, &error),
             qPrintable(error));
    QList<qsizetype> batchSizes;
    QList<int> committedWhenReported;
    int reported = 0;
    int reportedBeforeCommit = 0;
    const auto batchFinished = [&](const ImportReport& batch) {
        batchSizes << batch.rows.size();
        reported += batch.count(Outcome::Registered);
        QSqlQuery query(other.connection());
        committedWhenReported << (query.exec(QStringLiteral("SELECT COUNT(*) FROM cases"))
                                          && query.next()
                                      ? query.value(0).toInt()
                                      : -1);
        for (const ImportRow& row : batch.rows) {
            query.prepare(QStringLiteral("SELECT COUNT(*) FROM cases WHERE case_number = :n"));
            query.bindValue(QStringLiteral(":n"), row.caseNumber);
            if (row.outcome == Outcome::Registered
                && (!query.exec() || !query.next() || query.value(0).toInt() != 1))
                ++reportedBeforeCommit;
        }
    };
    const ImportReport report
        = import(csvOf(persons), QStringLiteral("PKY-01"), false, batchFinished);
    QCOMPARE(batchSizes, (QList<qsizetype> { 500, 500, 100 }));
    QCOMPARE(committedWhenReported, (QList<int> { 500, 1000, 1100 }));
    QCOMPARE(reported, 1100);
    QCOMPARE(reportedBeforeCommit, 0);
    QCOMPARE(report.count(Outcome::Registered), 1100);
}

void TestCaseImporter::failedBatchRegistersNone()
{
    // A stored number pattern without {serial} makes every registration fail: the batch is
    // rolled back and its rows are reported rejected, never with a number that is not there.
    QString error;
    QVERIFY(
        SettingsStore(*m_f->database)
            .setValue(CaseNumberFormat::SettingKey, QStringLiteral("{service}/{year}"), &error));
    int batches = 0;
    const ImportReport report = import(csvOf({ 21, 22, 21 }), QStringLiteral("PKY-01"), false,
                                       [&batches](const ImportReport&) { ++batches; });
    QCOMPARE(batches, 1);
    QCOMPARE(report.count(Outcome::Rejected), 3);
    for (const ImportRow& row : report.rows) {
        QVERIFY(row.caseNumber.isEmpty());
        QVERIFY2(row.problem.contains(QLatin1String("rolled back")), qPrintable(row.problem));
    }
    QCOMPARE(casesOf(QStringLiteral("PKY-01")), 0);
}

QTEST_GUILESS_MAIN(TestCaseImporter)
#include "tst_caseimporter.moc"
