// loketctl register and guest add as a real process on a demo database: the CSV read back
// (BOM, header, rows equal to an independent SQL count), the PDF, a guest written and listed,
// bad input (exit 1) and wrong usage (exit 2).
#include "CsvStreamReader.h"
#include "LoketctlProcess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;

class TestLoketctlRegister : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void recipientsCsvMatchesTheDatabase();
    void recipientsPdf();
    void guestAddedAndListed();
    void badInputAndUsage_data();
    void badInputAndUsage();

private:
    LoketctlResult run(QStringList arguments)
    {
        arguments << QStringLiteral("--db") << m_db;
        return runLoketctl(arguments);
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestLoketctlRegister::initTestCase()
{
    useLoketctlClock();
    qputenv("LOKET_LANG", "en");
    m_db = path("latihan.sqlite");
    const LoketctlResult seeded = runLoketctl(
        { QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--seed"),
          QStringLiteral("7"), QStringLiteral("--db"), m_db, QStringLiteral("--cases"),
          QStringLiteral("60"), QStringLiteral("--office"), QStringLiteral("seruyan"),
          QStringLiteral("--days"), QStringLiteral("20") });
    QVERIFY2(seeded.status == 0, seeded.err.constData());
}

void TestLoketctlRegister::recipientsCsvMatchesTheDatabase()
{
    const QDate today = officeToday();
    const QString month = today.toString(QStringLiteral("yyyy-MM"));
    const LoketctlResult result
        = run({ QStringLiteral("register"), QStringLiteral("recipients"), QStringLiteral("--month"),
                month, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                path("penerima.csv") });
    QVERIFY2(result.status == 0, result.err.constData());
    QFile file(path("penerima.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<CsvRecord> records = readCsv(bytes);
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first().fields.mid(0, 4),
             (QStringList { QStringLiteral("No"), QStringLiteral("Nomor Berkas"),
                            QStringLiteral("Tanggal Diterima"), QStringLiteral("Nama Pemohon") }));

    // Counted independently: the month's bounds in WIB (UTC+7) as UTC text.
    const QDate first(today.year(), today.month(), 1);
    const auto bound = [](const QDate& date) {
        return QDateTime(date, QTime(0, 0), QTimeZone(7 * 3600)).toUTC().toString(Qt::ISODate);
    };
    int expected = -1;
    {
        QSqlDatabase connection
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        connection.setDatabaseName(m_db);
        QVERIFY(connection.open());
        QSqlQuery query(connection);
        query.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM cases WHERE received_at >= ? AND received_at < ?"));
        query.addBindValue(bound(first));
        query.addBindValue(bound(first.addMonths(1)));
        QVERIFY(query.exec() && query.next());
        expected = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    QCOMPARE(int(records.size()) - 1, expected);
    QVERIFY(result.out.contains(QByteArray::number(expected)));
    for (qsizetype i = 1; i < records.size(); ++i)
        QCOMPARE(records.at(i).fields.size(), records.first().fields.size());
}

void TestLoketctlRegister::recipientsPdf()
{
    const LoketctlResult result
        = run({ QStringLiteral("register"), QStringLiteral("recipients"), QStringLiteral("--year"),
                QString::number(officeToday().year()), QStringLiteral("--service"),
                QStringLiteral("SRY-01"), QStringLiteral("--format"), QStringLiteral("pdf"),
                QStringLiteral("--out"), path("penerima.pdf"), QStringLiteral("--as"),
                QStringLiteral("petugas") });
    QVERIFY2(result.status == 0, result.err.constData());
    QFile file(path("penerima.pdf"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
}

void TestLoketctlRegister::guestAddedAndListed()
{
    // The demo office may have had visitors today already: the new one is one row more.
    const auto guestsToday = [this](const char* file) {
        const LoketctlResult listed
            = run({ QStringLiteral("register"), QStringLiteral("guests"), QStringLiteral("--day"),
                    officeToday().toString(Qt::ISODate), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--out"), path(file) });
        QFile csv(path(file));
        return listed.status == 0 && csv.open(QIODevice::ReadOnly) ? readCsv(csv.readAll())
                                                                   : QList<CsvRecord>();
    };
    const QList<CsvRecord> before = guestsToday("tamu-sebelum.csv");
    QVERIFY(!before.isEmpty()); // at least the header
    const LoketctlResult added = run(
        { QStringLiteral("guest"), QStringLiteral("add"), QStringLiteral("--name"),
          QStringLiteral("Rahmat <b>Hidayat</b>"), QStringLiteral("--purpose"),
          QStringLiteral("Menanyakan syarat PUB"), QStringLiteral("--origin"),
          QStringLiteral("Kel. Kuala Pembuang I, Kec. Seruyan Hilir"), QStringLiteral("--service"),
          QStringLiteral("SRY-01"), QStringLiteral("--as"), QStringLiteral("petugas") });
    QVERIFY2(added.status == 0, added.err.constData());
    QVERIFY(added.out.contains("Rahmat <b>Hidayat</b>"));
    const QList<CsvRecord> records = guestsToday("tamu.csv");
    QCOMPARE(records.size(), before.size() + 1);
    const QStringList header = records.at(0).fields;
    const qsizetype name = header.indexOf(QStringLiteral("Nama"));
    QVERIFY(name >= 0);
    const auto addedRow
        = std::find_if(records.cbegin() + 1, records.cend(), [name](const CsvRecord& r) {
              return r.fields.value(name) == QStringLiteral("Rahmat <b>Hidayat</b>");
          });
    QVERIFY(addedRow != records.cend());
    QCOMPARE(addedRow->fields.at(header.indexOf(QStringLiteral("Asal / Instansi"))),
             QStringLiteral("Kel. Kuala Pembuang I, Kec. Seruyan Hilir"));
    QCOMPARE(addedRow->fields.at(header.indexOf(QStringLiteral("Kode Layanan"))),
             QStringLiteral("SRY-01"));
}

void TestLoketctlRegister::badInputAndUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const auto words
        = [](const char* text) { return QString::fromUtf8(text).split(QLatin1Char(' ')); };
    QTest::addRow("short NIK") << words("guest add --name Budi --purpose Tanya --nik 6271") << 1
                               << "16 digits";
    QTest::addRow("no purpose") << words("guest add --name Budi") << 1 << "came for";
    QTest::addRow("unknown user") << words("guest add --name Budi --purpose Tanya --as siapa") << 1
                                  << "siapa";
    QTest::addRow("two periods") << words(
        "register recipients --day 2026-11-02 --month 2026-11 --format csv --out x.csv")
                                 << 2 << "one of --day";
    QTest::addRow("month given as day")
        << words("register guests --day 2026-11 --format csv --out x.csv") << 2 << "--day";
    QTest::addRow("bad month") << words("register guests --month 2026-13 --format csv --out x.csv")
                               << 2 << "YYYY-MM";
    QTest::addRow("bad format") << words("register guests --month 2026-11 --format xls --out x")
                                << 2 << "--format";
    QTest::addRow("no output") << words("register guests --month 2026-11 --format csv") << 2
                               << "--out";
    QTest::addRow("unknown service")
        << words("register recipients --month 2026-11 --service XXX-1 --format csv --out x.csv")
        << 1 << "XXX-1";
    QTest::addRow("service for guests")
        << words("register guests --month 2026-11 --service SRY-01 --format csv --out x.csv") << 2
        << "--service";
    QTest::addRow("unknown register") << words("register visitors --month 2026-11") << 2 << "usage";
}

void TestLoketctlRegister::badInputAndUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    const LoketctlResult result = run(arguments);
    QCOMPARE(result.status, status);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(!QFile::exists(QStringLiteral("x.csv")));
}

QTEST_GUILESS_MAIN(TestLoketctlRegister)
#include "tst_loketctlregister.moc"
