// The worklist's search is part of its one query: it finds every matching case, however many
// there are. (It used to collect at most 5,000 matching ids first and filter in memory, so
// past 5,000 matches the list was silently short.) It still means what the counter's search
// means: an exact case number before anything else, then an NIK, a service code, a name.
#include "ApplicantRows.h"
#include "CaseImporter.h"
#include "CaseQueries.h"
#include "WorkflowFixture.h"
#include "Worklist.h"

using namespace loket;
using namespace loket::test;

class TestWorklistSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void findsMoreThanFiveThousand_data();
    void findsMoreThanFiveThousand();
    void meansWhatTheCounterMeans();

private:
    QList<WorklistItem> found(const QString& search) const;

    WorkflowFixture m_f;
    const QDateTime m_now = at("2024-03-05T12:00:00+07:00");
};

void TestWorklistSearch::initTestCase()
{
    QVERIFY(m_f.open());
    const QString path = m_f.dir->filePath(QStringLiteral("many.csv"));
    QVERIFY(writeImportCsv(path, 0, 5100));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const RegionTable regions = RegionTable::builtIn();
    ImportReport report;
    QString error;
    QVERIFY2(CaseImporter(*m_f.database, *m_f.catalog, m_f.calendar, regions)
                 .importCsv(csv.readAll(),
                            { QStringLiteral("PKY-01"), m_f.user(QStringLiteral("siti")),
                              at("2024-03-05T09:00:00+07:00") },
                            {}, &report, &error),
             qPrintable(error));
    QCOMPARE(report.caseNumbers().size(), 5100);
    // One more case, of another service and applicant, that no search below matches.
    QVERIFY(!m_f.registerCase(QStringLiteral("PKY-08"), at("2024-03-05T10:00:00+07:00"),
                              QStringLiteral("Budi Santoso"), QStringLiteral("6271020503900001"))
                 .isEmpty());
}

QList<WorklistItem> TestWorklistSearch::found(const QString& search) const
{
    WorklistFilter filter;
    filter.search = search;
    QString error;
    const QList<WorklistItem> items
        = Worklist(*m_f.database, *m_f.catalog, m_f.calendar).open(filter, m_now, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return items;
}

void TestWorklistSearch::findsMoreThanFiveThousand_data()
{
    QTest::addColumn<QString>("search");
    QTest::addRow("a word of every name") << "warga";
    QTest::addRow("two words") << "nomor warga";
    QTest::addRow("the service code") << "pky-01";
    QTest::addRow("the start of their NIKs") << "627101";
}

void TestWorklistSearch::findsMoreThanFiveThousand()
{
    QFETCH(QString, search);
    const QList<WorklistItem> items = found(search);
    QCOMPARE(items.size(), 5100);
    QSet<QString> numbers;
    for (const WorklistItem& item : items)
        numbers.insert(item.summary.number);
    QCOMPARE(numbers.size(), 5100);
}

void TestWorklistSearch::meansWhatTheCounterMeans()
{
    const QString budi
        = CaseQueries(*m_f.database).forNik(QStringLiteral("6271020503900001")).value(0).number;
    QVERIFY(!budi.isEmpty());
    // An exact number wins over the numbers that start with it; an NIK over case numbers.
    const QString first = QStringLiteral("0001/PKY-01/III/2024");
    for (const QString& search : { first, QStringLiteral("6271020503900001"),
                                   QStringLiteral("budi"), QStringLiteral("pky-08") }) {
        QStringList counter;
        for (const CaseSummary& summary : CaseQueries(*m_f.database).search(search, 50))
            counter << summary.number;
        QStringList worklist;
        for (const WorklistItem& item : found(search))
            worklist << item.summary.number;
        std::sort(counter.begin(), counter.end());
        std::sort(worklist.begin(), worklist.end());
        QCOMPARE(worklist, counter);
        QCOMPARE(worklist.size(), 1);
    }
    QVERIFY(found(QStringLiteral("nobody")).isEmpty());
    QVERIFY(found(QStringLiteral(" %_ ")).isEmpty());
}

QTEST_GUILESS_MAIN(TestWorklistSearch)
#include "tst_worklistsearch.moc"
