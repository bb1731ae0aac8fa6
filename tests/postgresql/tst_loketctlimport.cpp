// `loketctl case import` as an operator runs it: a re-run file registers nobody twice, an
// import killed half-way has printed exactly what it committed, and two imports of the same
// file at once (SQLite and PostgreSQL) register each person once.
#include "CaseImporter.h"
#include "LoketctlClock.h"
#include "PostgresServer.h"
#include "RealComponent.h"
#include "WorkflowFixture.h"

#include <QProcess>
#include <QRegularExpression>

using namespace loket;
using namespace loket::test;

namespace {

// Palangka Raya NIKs of men born on 5 March 1990.
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

QList<int> range(int first, int count)
{
    QList<int> serials;
    for (int serial = first; serial < first + count; ++serial)
        serials << serial;
    return serials;
}

// The case numbers an import printed (one a line, as registered), in order.
QStringList printedNumbers(const QByteArray& out)
{
    static const QRegularExpression number(QStringLiteral("^\\d{4}/PKY-01/[IVX]+/\\d{4}$"));
    QStringList numbers;
    for (const QString& line : QString::fromUtf8(out).split(QLatin1Char('\n'))) {
        if (number.match(line).hasMatch())
            numbers << line;
    }
    return numbers;
}

} // namespace

class TestLoketctlImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { useLoketctlClock(); }
    void init();
    void cleanup();

    void rerunRegistersNobodyTwice_data();
    void rerunRegistersNobodyTwice();
    void alreadyRegisteredInIndonesian();
    void killedImportPrintedWhatItCommitted();
    void concurrentImportsRegisterOnce_data();
    void concurrentImportsRegisterOnce();

private:
    std::unique_ptr<QProcess> start(const QString& csv, const QStringList& extra = {},
                                    const QString& language = QStringLiteral("en")) const;
    QString file(const QByteArray& content) const;
    int count(const QString& sql) const { return m_f->count(sql); }

    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<WorkflowFixture> m_f;
    QString m_db; // --db of the imports
    int m_files = 0;
};

void TestLoketctlImport::init()
{
    m_f = std::make_unique<WorkflowFixture>();
    QVERIFY(m_f->open());
    m_db = m_f->database->location();
}

void TestLoketctlImport::cleanup()
{
    m_f.reset();
}

std::unique_ptr<QProcess> TestLoketctlImport::start(const QString& csv, const QStringList& extra,
                                                    const QString& language) const
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LOKET_LANG"), language);
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(LOKETCTL_PATH),
                   QStringList { QStringLiteral("case"), QStringLiteral("import"), csv,
                                 QStringLiteral("--service"), QStringLiteral("PKY-01"),
                                 QStringLiteral("--as"), QStringLiteral("siti"),
                                 QStringLiteral("--db"), m_db }
                       + extra);
    return process;
}

QString TestLoketctlImport::file(const QByteArray& content) const
{
    const QString path = m_f->dir->filePath(QStringLiteral("list.csv"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
        return {};
    return path;
}

void TestLoketctlImport::rerunRegistersNobodyTwice_data()
{
    // The file is imported twice: the first run registers `registered` persons, the second
    // prints, row by row, "new" (a new case) or "same:L" (already registered as the case
    // that line L got in the first run).
    QTest::addColumn<QList<int>>("persons");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("registered");
    QTest::addColumn<QString>("expected");
    const QList<int> four { 11, 12, 13, 14 };
    const QStringList allowRepeat { QStringLiteral("--allow-repeat") };
    QTest::addRow("re-run") << four << QStringList() << 4
                            << QStringLiteral("same:2 same:3 same:4 same:5");
    QTest::addRow("re-run, --allow-repeat")
        << four << allowRepeat << 4 << QStringLiteral("new new new new");
    QTest::addRow("a person twice in the file") << QList<int> { 11, 12, 11 } << QStringList() << 2
                                                << QStringLiteral("same:2 same:3 same:2");
    QTest::addRow("a person twice in the file, --allow-repeat")
        << QList<int> { 11, 12, 11 } << allowRepeat << 3 << QStringLiteral("new new new");
}

void TestLoketctlImport::rerunRegistersNobodyTwice()
{
    QFETCH(QList<int>, persons);
    QFETCH(QStringList, options);
    QFETCH(int, registered);
    QFETCH(QString, expected);
    const QString csv = file(csvOf(persons));
    auto first = start(csv, options);
    QVERIFY(first->waitForFinished(60000));
    QCOMPARE(first->exitCode(), 0);
    const QStringList numbers = printedNumbers(first->readAllStandardOutput());
    QCOMPARE(numbers.size(), registered);

    auto again = start(csv, options);
    QVERIFY(again->waitForFinished(60000));
    QCOMPARE(again->exitCode(), 0); // nothing was rejected
    const QString out = QString::fromUtf8(again->readAllStandardOutput());
    const QStringList outcomes = expected.split(QLatin1Char(' '));
    const int fresh = int(outcomes.count(QStringLiteral("new")));
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (outcomes.at(i) == QLatin1String("new"))
            continue;
        // The lines named are the first rows of the file, registered in order.
        const QString number = numbers.value(outcomes.at(i).mid(5).toInt() - 2);
        QVERIFY2(out.contains(QStringLiteral("line %1: NIK %2 already registered as %3\n")
                                  .arg(i + 2)
                                  .arg(nik(persons.at(i)), number)),
                 qPrintable(out));
    }
    const QStringList renumbered = printedNumbers(out.toUtf8());
    QCOMPARE(renumbered.size(), fresh);
    for (const QString& number : renumbered)
        QVERIFY(!numbers.contains(number));
    QVERIFY2(out.contains(QStringLiteral("%1 registered, %2 already registered, 0 rejected of %3 "
                                         "rows for PKY-01 by siti\n")
                              .arg(fresh)
                              .arg(outcomes.size() - fresh)
                              .arg(outcomes.size())),
             qPrintable(out));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE service_code = 'PKY-01'")),
             registered + fresh);
}

void TestLoketctlImport::alreadyRegisteredInIndonesian()
{
    const QString csv = file(csvOf({ 11, 12 }));
    auto first = start(csv);
    QVERIFY(first->waitForFinished(60000));
    const QStringList numbers = printedNumbers(first->readAllStandardOutput());
    QCOMPARE(numbers.size(), 2);
    auto again = start(csv, {}, QStringLiteral("id"));
    QVERIFY(again->waitForFinished(60000));
    const QString out = QString::fromUtf8(again->readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("baris 3: NIK %1 sudah terdaftar sebagai %2\n")
                              .arg(nik(12), numbers.at(1))),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("0 didaftarkan, 2 sudah terdaftar, 0 ditolak dari 2 "
                                         "baris untuk layanan PKY-01 oleh siti\n")),
             qPrintable(out));
}

void TestLoketctlImport::killedImportPrintedWhatItCommitted()
{
    // 3,000 rows are six batches. Killed once the first batch is printed, while it works on
    // the second, the import has printed each case it committed and no other; run again, it
    // adds the rest. (A batch's lines may reach the pipe in several writes: the test waits
    // for all of them rather than kill between two.)
    const int rows = 3000;
    const QString csv = file(csvOf(range(1001, rows)));
    auto killed = start(csv);
    QVERIFY(killed->waitForStarted());
    QByteArray out;
    while (printedNumbers(out).size() < CaseImporter::BatchSize && killed->waitForReadyRead(60000))
        out += killed->readAllStandardOutput();
    QVERIFY2(!out.isEmpty(), "no batch was printed as it committed");
    killed->kill(); // SIGKILL: nothing runs after it
    QVERIFY(killed->waitForFinished(60000));
    out += killed->readAllStandardOutput();
    QCOMPARE(killed->exitStatus(), QProcess::CrashExit);

    const QStringList printed = printedNumbers(out);
    QVERIFY2(printed.size() >= CaseImporter::BatchSize && printed.size() < rows,
             qPrintable(QString::number(printed.size())));
    QStringList stored;
    QSqlQuery query(m_f->database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT case_number FROM cases WHERE service_code = "
                                      "'PKY-01' ORDER BY case_number")));
    while (query.next())
        stored << query.value(0).toString();
    QStringList sortedPrinted = printed;
    sortedPrinted.sort();
    QCOMPARE(sortedPrinted, stored);

    auto rerun = start(csv);
    QVERIFY(rerun->waitForFinished(120000));
    QCOMPARE(rerun->exitCode(), 0);
    const QString summary = QString::fromUtf8(rerun->readAllStandardOutput());
    QVERIFY2(summary.contains(QStringLiteral("%1 registered, %2 already registered, 0 rejected "
                                             "of %3 rows")
                                  .arg(rows - printed.size())
                                  .arg(printed.size())
                                  .arg(rows)),
             qPrintable(summary.right(200)));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE service_code = 'PKY-01'")),
             rows);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM cases")), rows);
}

void TestLoketctlImport::concurrentImportsRegisterOnce_data()
{
    QTest::addColumn<bool>("server");
    QTest::addRow("SQLite") << false;
    QTest::addRow("PostgreSQL") << true;
}

void TestLoketctlImport::concurrentImportsRegisterOnce()
{
    // Two operators import the same list at the same moment: each person is registered by
    // one of them and reported as already registered by the other.
    QFETCH(bool, server);
    if (server) {
        if (!m_server)
            m_server = std::make_unique<PostgresServer>();
        LOKET_REQUIRE_COMPONENT(m_server->isRunning(),
                                QStringLiteral("no PostgreSQL server: ") + m_server->problem());
        m_f = std::make_unique<WorkflowFixture>();
        m_db = m_server->createDatabase(QStringLiteral("loket_import_%1").arg(++m_files));
        QVERIFY2(!m_db.isEmpty(), qPrintable(m_server->problem()));
        QVERIFY(m_f->openServer(m_db));
    }
    const int rows = 1500;
    const QString csv = file(csvOf(range(2001, rows)));
    auto one = start(csv);
    auto other = start(csv);
    QVERIFY(one->waitForFinished(180000) && other->waitForFinished(180000));
    static const QRegularExpression summary(
        QStringLiteral("(\\d+) registered, (\\d+) already registered, 0 rejected"));
    int registered = 0, already = 0;
    for (QProcess* process : { one.get(), other.get() }) {
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().left(2000).constData());
        const QRegularExpressionMatch match
            = summary.match(QString::fromUtf8(process->readAllStandardOutput()));
        QVERIFY(match.hasMatch());
        registered += match.captured(1).toInt();
        already += match.captured(2).toInt();
    }
    QCOMPARE(registered, rows);
    QCOMPARE(already, rows);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE service_code = 'PKY-01'")),
             rows);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM cases")), rows);
}

QTEST_GUILESS_MAIN(TestLoketctlImport)
#include "tst_loketctlimport.moc"
