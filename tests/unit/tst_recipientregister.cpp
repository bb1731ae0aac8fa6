// The register of service recipients: the cases received in a day, month or year of the
// office's local time (midnight and year-end boundaries), organisations, the service filter,
// statuses and completion dates, the index it reads through, the printable document (escaped
// names, A4 landscape) and its CSV read back.
#include "CaseTestBase.h"
#include "CsvStreamReader.h"
#include "CsvWriter.h"
#include "RecipientRegister.h"
#include "RecipientRegisterReport.h"
#include "RegisterDocument.h"

#include <QTextDocument>

using namespace loket;
using namespace loket::test;

namespace {
QStringList labels(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromLatin1(text);
    return list;
}
} // namespace

class TestRecipientRegister : public QObject, CaseTestBase
{
    Q_OBJECT
private slots:
    void init()
    {
        setUp();
        QVERIFY(open());
    }
    void cleanup() { tearDown(); }
    void periods_data();
    void periods();
    void badPeriods();
    void serviceFilterAndOrganisations();
    void statusAndDates();
    void readsThroughTheIndex();
    void printableDocument();
    void csvReadBack();

private:
    QString registerAt(const char* when, const QString& service = QStringLiteral("PKY-08"),
                       const QString& name = QStringLiteral("Budi Santoso"),
                       const QString& address = QString());
    QStringList numbers(const QString& period, const QString& service = QString());
};

QString TestRecipientRegister::registerAt(const char* when, const QString& service,
                                          const QString& name, const QString& address)
{
    const QString number = m_f->registerCase(service, at(when), name);
    if (!address.isEmpty()) {
        // The fixture's applicant has a fixed address; give this one its own.
        QSqlQuery query(m_f->database->connection());
        query.prepare(QStringLiteral("UPDATE persons SET address = :a WHERE id ="
                                     " (SELECT person_id FROM cases WHERE case_number = :n)"));
        query.bindValue(QStringLiteral(":a"), address);
        query.bindValue(QStringLiteral(":n"), number);
        if (!query.exec())
            return {};
    }
    return number;
}

QStringList TestRecipientRegister::numbers(const QString& period, const QString& service)
{
    QString error;
    const auto parsed = RegisterPeriod::parse(period, &error);
    if (!parsed)
        return { error };
    QStringList found;
    for (const RecipientEntry& entry :
         RecipientRegister(*m_f->database, *m_f->catalog).entries(*parsed, service, &error))
        found << entry.caseNumber;
    if (!error.isEmpty())
        found << error;
    return found;
}

void TestRecipientRegister::periods_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QStringList>("expected"); // labels of the cases, in the order received

    QTest::addRow("day before midnight") << "2026-11-21" << labels({ "21 23:59:59" });
    QTest::addRow("day from midnight") << "2026-11-22" << labels({ "22 00:00" });
    QTest::addRow("month") << "2026-11" << labels({ "21 23:59:59", "22 00:00", "30 Nov 23:59" });
    QTest::addRow("next month") << "2026-12" << labels({ "1 Dec 00:00", "31 Dec 23:59" });
    QTest::addRow("last day of the year") << "2026-12-31" << labels({ "31 Dec 23:59" });
    QTest::addRow("year") << "2026"
                          << labels({ "21 23:59:59", "22 00:00", "30 Nov 23:59", "1 Dec 00:00",
                                      "31 Dec 23:59" });
    QTest::addRow("next year") << "2027" << labels({ "1 Jan 00:00" });
    QTest::addRow("first day of the year") << "2027-01-01" << labels({ "1 Jan 00:00" });
    QTest::addRow("empty month") << "2026-10" << labels({});
}

void TestRecipientRegister::periods()
{
    QFETCH(QString, period);
    QFETCH(QStringList, expected);
    // Office time WIB (UTC+7): 2026-11-22 00:00 WIB is still 21 November in UTC.
    const QList<QPair<QString, const char*>> moments {
        { QStringLiteral("22 00:00"), "2026-11-22T00:00:00+07:00" },
        { QStringLiteral("21 23:59:59"), "2026-11-21T23:59:59+07:00" },
        { QStringLiteral("30 Nov 23:59"), "2026-11-30T23:59:00+07:00" },
        { QStringLiteral("1 Dec 00:00"), "2026-12-01T00:00:00+07:00" },
        { QStringLiteral("31 Dec 23:59"), "2026-12-31T23:59:00+07:00" },
        { QStringLiteral("1 Jan 00:00"), "2027-01-01T00:00:00+07:00" },
    };
    QMap<QString, QString> byLabel;
    for (const auto& [label, when] : moments) {
        byLabel.insert(label, registerAt(when));
        QVERIFY(!byLabel.value(label).isEmpty());
    }
    QStringList want;
    for (const QString& label : std::as_const(expected))
        want << byLabel.value(label);
    QCOMPARE(numbers(period), want);
}

void TestRecipientRegister::badPeriods()
{
    for (const char* text : { "2026-13", "2026-02-30", "26", "2026/11", "" }) {
        QString error;
        QVERIFY2(!RegisterPeriod::parse(QString::fromLatin1(text), &error), text);
        QVERIFY(error.contains(QStringLiteral("YYYY-MM")));
    }
    QString error;
    QCOMPARE(RegisterPeriod::parse(QStringLiteral("2026-11"), &error)->heading(),
             QStringLiteral("BULAN NOVEMBER 2026"));
    QCOMPARE(RegisterPeriod::parse(QStringLiteral("2026-11-22"), &error)->heading(),
             QStringLiteral("TANGGAL 22 NOVEMBER 2026"));
    QCOMPARE(RegisterPeriod::parse(QStringLiteral("2026"), &error)->heading(),
             QStringLiteral("TAHUN 2026"));
}

void TestRecipientRegister::serviceFilterAndOrganisations()
{
    const QString person = registerAt("2026-11-02T09:00:00+07:00");
    const QString organisation
        = registerAt("2026-11-03T10:00:00+07:00", QStringLiteral("PKY-05"), QStringLiteral("Rudi"));
    QVERIFY(!person.isEmpty() && !organisation.isEmpty());
    QCOMPARE(numbers(QStringLiteral("2026-11")), (QStringList { person, organisation }));
    QCOMPARE(numbers(QStringLiteral("2026-11"), QStringLiteral("PKY-05")),
             QStringList { organisation });
    QCOMPARE(numbers(QStringLiteral("2026-11"), QStringLiteral("PKY-01")), QStringList {});

    QString error;
    const QList<RecipientEntry> entries
        = RecipientRegister(*m_f->database, *m_f->catalog)
              .entries(RegisterPeriod::month(2026, 11), QStringLiteral("PKY-05"), &error);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().organisationName, QStringLiteral("LKS Harapan Bangsa"));
    QCOMPARE(entries.first().applicantName, QStringLiteral("Rudi"));
    QCOMPARE(entries.first().serviceName, m_f->catalog->service(QStringLiteral("PKY-05"))->name);
    const QString html
        = RecipientRegisterReport::html(*m_f->catalog, RegisterPeriod::month(2026, 11),
                                        QStringLiteral("PKY-05"), entries, QDate(2026, 11, 30));
    QVERIFY(html.contains(QStringLiteral("LKS Harapan Bangsa<br/>(diajukan oleh Rudi)")));
    QVERIFY(html.contains(QStringLiteral("Layanan: PKY-05")));
}

void TestRecipientRegister::statusAndDates()
{
    const QString handed = newCase(); // 2 January 2024 09:00 WIB
    const QString rejected
        = m_f->registerCase(QStringLiteral("PKY-08"), at("2024-01-02T10:00:00+07:00"));
    const QString waiting = m_f->registerCase(
        QStringLiteral("PKY-08"), at("2024-01-02T11:00:00+07:00"), QStringLiteral("Budi Santoso"),
        QStringLiteral("6271010503900001"), false);
    FakeIssuer issuer(*m_f->database);
    CaseWorkflow flow(*m_f->database, *m_f->catalog, &issuer);
    QVERIFY(m_f->bringTo(flow, handed, CaseStatus::HandedOver));
    QVERIFY(m_f->bringTo(flow, rejected, CaseStatus::Rejected));
    QString error;
    const QList<RecipientEntry> entries
        = RecipientRegister(*m_f->database, *m_f->catalog)
              .entries(RegisterPeriod::day(QDate(2024, 1, 2)), QString(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).caseNumber, handed);
    QCOMPARE(entries.at(0).status, CaseStatus::HandedOver);
    QVERIFY(entries.at(0).completedAt.isValid());
    QVERIFY(entries.at(0).handedOverAt.isValid());
    QVERIFY(entries.at(0).completedAt <= entries.at(0).handedOverAt);
    QCOMPARE(entries.at(0).registeredByName, QStringLiteral("Siti (uji)"));
    QCOMPARE(entries.at(1).status, CaseStatus::Rejected);
    QVERIFY(entries.at(1).completedAt.isValid());
    QVERIFY(!entries.at(1).handedOverAt.isValid());
    QCOMPARE(entries.at(2).caseNumber, waiting);
    QCOMPARE(entries.at(2).status, CaseStatus::WaitingDocuments);
    QVERIFY(!entries.at(2).completedAt.isValid());

    const QString html = RecipientRegisterReport::html(
        *m_f->catalog, RegisterPeriod::day(QDate(2024, 1, 2)), QString(), entries,
        QDate(2024, 1, 31), QStringLiteral("Siti (uji)"));
    QVERIFY(html.contains(QStringLiteral("Sudah diserahkan")));
    QVERIFY(html.contains(QStringLiteral("Ditolak")));
    QVERIFY(html.contains(QStringLiteral("Menunggu kelengkapan berkas")));
    QVERIFY(html.contains(QStringLiteral("Diserahkan: ")));
    QVERIFY(html.contains(QStringLiteral("Jumlah: 3 berkas")));
    QVERIFY(html.contains(QStringLiteral("02-01-2024<br/>09.00"))); // WIB, not UTC
}

void TestRecipientRegister::readsThroughTheIndex()
{
    for (const bool withService : { false, true }) {
        QSqlQuery query(m_f->database->connection());
        query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ")
                      + RecipientRegister::selectStatement(withService));
        query.bindValue(QStringLiteral(":from"), QStringLiteral("2026-11-01T00:00:00Z"));
        query.bindValue(QStringLiteral(":to"), QStringLiteral("2026-12-01T00:00:00Z"));
        if (withService)
            query.bindValue(QStringLiteral(":service"), QStringLiteral("PKY-08"));
        QVERIFY(query.exec());
        QStringList plan;
        while (query.next())
            plan << query.value(3).toString();
        const QString text = plan.join(QLatin1Char('\n'));
        qDebug("%s", qPrintable(text));
        QVERIFY2(text.contains(withService ? QStringLiteral("INDEX cases_")
                                           : QStringLiteral("INDEX cases_received")),
                 qPrintable(text));
        // No table is read whole: every step searches an index (or the primary key).
        for (const QString& step : std::as_const(plan))
            QVERIFY2(!step.startsWith(QLatin1String("SCAN"))
                         || step.contains(QLatin1String("INDEX")),
                     qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")) || withService, qPrintable(text));
    }
}

void TestRecipientRegister::printableDocument()
{
    const QString number = m_f->registerCase(
        QStringLiteral("PKY-08"), at("2026-11-22T09:15:00+07:00"),
        QStringLiteral("<b>Budi</b> & Sons"), QStringLiteral("6271014503900002"));
    QVERIFY(!number.isEmpty());
    QString error;
    const RegisterPeriod month = RegisterPeriod::month(2026, 11);
    const QList<RecipientEntry> entries
        = RecipientRegister(*m_f->database, *m_f->catalog).entries(month, QString(), &error);
    QCOMPARE(entries.size(), 1);
    const QString html
        = RecipientRegisterReport::html(*m_f->catalog, month, QString(), entries,
                                        QDate(2026, 11, 30), QStringLiteral("Siti <i>uji</i>"));
    const Office& office = m_f->catalog->office;
    QVERIFY(html.contains(office.governmentLine.toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("BUKU DAFTAR PENERIMA LAYANAN")));
    QVERIFY(html.contains(QStringLiteral("BULAN NOVEMBER 2026")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Budi&lt;/b&gt; &amp; Sons")));
    QVERIFY(!html.contains(QStringLiteral("<b>Budi</b>")));
    QVERIFY(html.contains(QStringLiteral("Siti &lt;i&gt;uji&lt;/i&gt;")));
    QVERIFY(html.contains(QStringLiteral("Palangka Raya, 30 November 2026")));
    QVERIFY(html.contains(office.head.name.toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("NIP. 19671213 198911 2 001")));
    QVERIFY(html.contains(QStringLiteral("<thead>"))); // the header row repeats on each page
    // Laid out, the name prints literally.
    QVERIFY(RegisterDocument::document(html)->toPlainText().contains(
        QStringLiteral("<b>Budi</b> & Sons")));
    QVERIFY(RecipientRegisterReport::html(*m_f->catalog, RegisterPeriod::year(2025), QString(), {},
                                          QDate(2026, 1, 2))
                .contains(QStringLiteral("Tidak ada berkas yang diterima pada tahun 2025.")));

    const QString pdf = m_f->dir->filePath(QStringLiteral("penerima.pdf"));
    QVERIFY2(RegisterDocument::writePdf(html, pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(bytes.contains("/MediaBox [0 0 841.8") || bytes.contains("/MediaBox [0 0 842"),
             bytes.mid(bytes.indexOf("/MediaBox"), 40).constData());
}

void TestRecipientRegister::csvReadBack()
{
    const QString number = registerAt("2026-11-22T09:15:00+07:00", QStringLiteral("PKY-08"),
                                      QStringLiteral("Siti \"Ani\" Rahma"),
                                      QStringLiteral("Jl. Ahmad Yani No. 5, RT 03"));
    QVERIFY(!number.isEmpty());
    QString error;
    const QList<RecipientEntry> entries
        = RecipientRegister(*m_f->database, *m_f->catalog)
              .entries(RegisterPeriod::day(QDate(2026, 11, 22)), QString(), &error);
    const CsvWriter csv = RecipientRegisterReport::csv(m_f->catalog->office, entries);
    QVERIFY(csv.data().startsWith("\xEF\xBB\xBF"));
    const QString path = m_f->dir->filePath(QStringLiteral("penerima.csv"));
    QVERIFY(csv.save(path, &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<CsvRecord> records = readCsv(file.readAll());
    QCOMPARE(records.size(), 2);
    const QStringList header = records.at(0).fields;
    QCOMPARE(header.first(), QStringLiteral("No")); // the BOM is not part of the first name
    QCOMPARE(header.size(), 14);
    const QStringList row = records.at(1).fields;
    QCOMPARE(row.size(), header.size());
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Nomor Berkas"))), number);
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Tanggal Diterima"))),
             QStringLiteral("2026-11-22 09:15"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Nama Pemohon"))),
             QStringLiteral("Siti \"Ani\" Rahma"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Alamat"))),
             QStringLiteral("Jl. Ahmad Yani No. 5, RT 03"));
    // Written so that a spreadsheet keeps all 16 digits (see CsvWriter).
    QCOMPARE(row.at(header.indexOf(QStringLiteral("NIK"))),
             QStringLiteral("=\"6271010503900001\""));
    QCOMPARE(CsvWriter::plain(row.at(header.indexOf(QStringLiteral("NIK")))),
             QStringLiteral("6271010503900001"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Status"))), QStringLiteral("Terdaftar"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Kode Layanan"))), QStringLiteral("PKY-08"));
}

QTEST_MAIN(TestRecipientRegister)
#include "tst_recipientregister.moc"
