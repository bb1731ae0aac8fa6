// loketctl letters as real processes: two workstations taking letter numbers at the same moment
// on one SQLite file, patterns and the monthly register.
#include "LoketctlProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestLoketctlLetters : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { useLoketctlClock(); }
    void init();
    void exitStatus_data();
    void exitStatus();
    void twoProcessesNeverShareANumber_data();
    void twoProcessesNeverShareANumber();
    void registerOfTheMonth();
    void patternsAndClassifications();

private:
    QString m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLoketctlLetters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("kantor.sqlite"));
    QVERIFY(initOffice(m_db));
}

void TestLoketctlLetters::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    const QString db = QStringLiteral("--db");
    QTest::addRow("letters alone") << QStringList { QStringLiteral("letters") } << 2;
    QTest::addRow("take without --type")
        << QStringList { QStringLiteral("letters"), QStringLiteral("take") } << 2;
    QTest::addRow("take zero") << QStringList { QStringLiteral("letters"), QStringLiteral("take"),
                                                QStringLiteral("--type"),  QStringLiteral("permit"),
                                                QStringLiteral("--count"), QStringLiteral("0") }
                               << 2;
    QTest::addRow("unknown type") << QStringList { QStringLiteral("letters"),
                                                   QStringLiteral("take"), QStringLiteral("--type"),
                                                   QStringLiteral("flyer"), db }
                                  << 1;
    QTest::addRow("unknown case") << QStringList { QStringLiteral("letters"),
                                                   QStringLiteral("take"),
                                                   QStringLiteral("--type"),
                                                   QStringLiteral("permit"),
                                                   QStringLiteral("--case"),
                                                   QStringLiteral("X"),
                                                   db }
                                  << 1;
    QTest::addRow("register without month")
        << QStringList { QStringLiteral("letters"), QStringLiteral("register"), db } << 2;
    QTest::addRow("register bad month")
        << QStringList { QStringLiteral("letters"), QStringLiteral("register"),
                         QStringLiteral("--month"), QStringLiteral("2024-13"), db }
        << 2;
    QTest::addRow("pattern without year")
        << QStringList { QStringLiteral("letters"), QStringLiteral("pattern"),
                         QStringLiteral("umum"), QStringLiteral("{serial}/DINSOS"), db }
        << 1;
    QTest::addRow("audit alone") << QStringList { QStringLiteral("audit") } << 2;
    QTest::addRow("audit list bad date")
        << QStringList { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"),
                         QStringLiteral("kemarin"), db }
        << 2;
    QTest::addRow("audit verify, no such file")
        << QStringList { QStringLiteral("audit"), QStringLiteral("verify"), db,
                         QStringLiteral("/nonexistent/loket.sqlite") }
        << 1;
}

void TestLoketctlLetters::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    // "--db" at the end stands for this test's database.
    if (arguments.last() == QLatin1String("--db"))
        arguments << m_db;
    const LoketctlResult result = runLoketctl(arguments);
    QCOMPARE(result.status, status);
    QVERIFY2(!result.err.isEmpty(), "a failure always says why on stderr");
}

void TestLoketctlLetters::twoProcessesNeverShareANumber_data()
{
    QTest::addColumn<int>("interval");
    // Flat out, one process may take its 200 numbers in a few milliseconds while the other
    // waits for the lock, and they come in two blocks. At a clerk's pace (a pause between
    // numbers) they must interleave: proof that both really competed for the same counter.
    QTest::addRow("flat out") << 0;
    QTest::addRow("at a clerk's pace") << 1;
}

void TestLoketctlLetters::twoProcessesNeverShareANumber()
{
    QFETCH(int, interval);
    QStringList arguments { QStringLiteral("letters"),    QStringLiteral("take"),
                            QStringLiteral("--db"),       m_db,
                            QStringLiteral("--register"), QStringLiteral("umum"),
                            QStringLiteral("--type"),     QStringLiteral("recommendation"),
                            QStringLiteral("--count"),    QStringLiteral("200") };
    if (interval > 0)
        arguments << QStringLiteral("--interval") << QString::number(interval);
    QProcess first;
    QProcess second;
    first.start(QStringLiteral(LOKETCTL_PATH), arguments);
    second.start(QStringLiteral(LOKETCTL_PATH), arguments);
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

    QList<int> serials;
    QSet<int> firstSerials;
    for (QProcess* process : { &first, &second }) {
        const QStringList numbers = QString::fromUtf8(process->readAllStandardOutput())
                                        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(numbers.size(), 200);
        for (const QString& number : numbers) {
            serials << number.section(QLatin1Char('/'), 1, 1).toInt(); // 400.9/17/DINSOS/…
            if (process == &first)
                firstSerials.insert(serials.last());
        }
    }
    std::sort(serials.begin(), serials.end());
    QList<int> expected;
    for (int serial = 1; serial <= 400; ++serial)
        expected << serial;
    QCOMPARE(serials, expected); // 1..400: no duplicate, no gap
    // At a clerk's pace the first one's numbers are not one block: the other took numbers in
    // between.
    const int lowest = *std::min_element(firstSerials.cbegin(), firstSerials.cend());
    const int highest = *std::max_element(firstSerials.cbegin(), firstSerials.cend());
    if (interval > 0)
        QVERIFY2(highest - lowest + 1 > 200, "the processes did not overlap: nothing was proven");

    // The register holds the same 400, and the audit chain stayed one chain.
    const LoketctlResult month = runLoketctl(
        { QStringLiteral("letters"), QStringLiteral("register"), QStringLiteral("--db"), m_db,
          QStringLiteral("--month"), officeToday().toString(QStringLiteral("yyyy-MM")),
          QStringLiteral("--json") });
    QCOMPARE(month.status, 0);
    QCOMPARE(QJsonDocument::fromJson(month.out).array().size(), 400);
    const LoketctlResult verify = runLoketctl(
        { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db });
    QVERIFY2(verify.status == 0, verify.out.constData());
    QVERIFY(verify.out.contains("400"));
}

void TestLoketctlLetters::registerOfTheMonth()
{
    QCOMPARE(takeLetters(m_db, 2).size(), 2);
    const QString month = officeToday().toString(QStringLiteral("yyyy-MM"));
    LoketctlResult result = runLoketctl({ QStringLiteral("letters"), QStringLiteral("register"),
                                          QStringLiteral("--db"), m_db, QStringLiteral("--month"),
                                          month, QStringLiteral("--json") });
    QCOMPARE(result.status, 0);
    const QJsonArray letters = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(letters.size(), 2);
    const QJsonObject second = letters.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("serial")).toInt(), 2);
    QCOMPARE(second.value(QStringLiteral("register")).toString(), QStringLiteral("umum"));
    QCOMPARE(second.value(QStringLiteral("classification")).toString(), QStringLiteral("400.9"));
    QCOMPARE(second.value(QStringLiteral("subject")).toString(), QStringLiteral("Rekomendasi PUB"));

    result = runLoketctl({ QStringLiteral("letters"), QStringLiteral("register"),
                           QStringLiteral("--db"), m_db, QStringLiteral("--month"), month,
                           QStringLiteral("--register"), QStringLiteral("sk"),
                           QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 0);

    const QString pdf = m_dir->filePath(QStringLiteral("agenda.pdf"));
    result = runLoketctl({ QStringLiteral("letters"), QStringLiteral("register"),
                           QStringLiteral("--db"), m_db, QStringLiteral("--month"), month,
                           QStringLiteral("--pdf"), pdf });
    QVERIFY2(result.status == 0, result.err.constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
}

void TestLoketctlLetters::patternsAndClassifications()
{
    // Kotabaru's style, and a decree register of its own.
    LoketctlResult result = runLoketctl({ QStringLiteral("letters"), QStringLiteral("pattern"),
                                          QStringLiteral("umum"),
                                          QStringLiteral("{classification}/{serial}/DINSOS/{year}"),
                                          QStringLiteral("--db"), m_db });
    QVERIFY2(result.status == 0, result.err.constData());
    result = runLoketctl({ QStringLiteral("letters"), QStringLiteral("classification"),
                           QStringLiteral("recommendation"), QStringLiteral("460"),
                           QStringLiteral("--db"), m_db });
    QVERIFY2(result.status == 0, result.err.constData());
    QVERIFY(result.out.contains("460"));
    const QString year = QString::number(officeToday().year());
    QCOMPARE(takeLetters(m_db, 1), QStringList { QStringLiteral("460/1/DINSOS/") + year });
    result
        = runLoketctl({ QStringLiteral("letters"), QStringLiteral("take"), QStringLiteral("--type"),
                        QStringLiteral("decree"), QStringLiteral("--db"), m_db });
    QCOMPARE(QString::fromUtf8(result.out).trimmed().section(QLatin1Char('/'), 0, 2),
             QStringLiteral("188.4/1/SK-DINSOS"));
}

QTEST_GUILESS_MAIN(TestLoketctlLetters)
#include "tst_loketctlletters.moc"
