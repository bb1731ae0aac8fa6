// The guest book: what a visitor's entry must hold (and the message that says what to fix),
// one transaction with its audit entry (nothing written on a bad entry), listing per day,
// month and year across midnight and the year's end, the printable register with escaped
// names, its CSV read back, and the demo entries.
#include "AuditVerifier.h"
#include "CaseTestBase.h"
#include "CsvStreamReader.h"
#include "DemoGuests.h"
#include "GuestBook.h"
#include "GuestBookReport.h"
#include "SettingsStore.h"

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

namespace {

GuestEntry visitor(const QString& name = QStringLiteral("Rahmat Hidayat"),
                   const QString& purpose = QStringLiteral("Menanyakan persyaratan KIS-PBI"))
{
    GuestEntry entry;
    entry.name = name;
    entry.purpose = purpose;
    return entry;
}

} // namespace

class TestGuestBook : public QObject, protected CaseTestBase
{
    Q_OBJECT
private slots:
    void init()
    {
        setUp();
        QVERIFY(open());
    }
    void cleanup() { tearDown(); }
    void validation_data();
    void validation();
    void addWritesEntryAndAudit();
    void badEntryWritesNothing();
    void listingPerPeriod_data();
    void listingPerPeriod();
    void printableRegister();
    void csvReadBack();
    void demoGuests();

private:
    int rows(const char* sql) const { return m_f->count(QString::fromLatin1(sql)); }
    const QDateTime m_now = at("2026-11-22T10:00:00+07:00");
};

void TestGuestBook::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("nik");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("code"); // empty: valid

    const QString name = QStringLiteral("Rahmat Hidayat");
    const QString purpose = QStringLiteral("Menanyakan jadwal bantuan");
    QTest::addRow("minimal") << name << ""
                             << "" << purpose << ""
                             << "";
    QTest::addRow("everything") << name << "6271010503900001"
                                << "+62 812-5555-0101" << purpose << "PKY-01"
                                << "";
    QTest::addRow("service in lower case") << name << ""
                                           << "" << purpose << "pky-08"
                                           << "";
    QTest::addRow("no name") << "  "
                             << ""
                             << "" << purpose << ""
                             << "name.empty";
    QTest::addRow("long name") << QString(201, QLatin1Char('a')) << ""
                               << "" << purpose << ""
                               << "name.length";
    QTest::addRow("short NIK") << name << "627101050390"
                               << "" << purpose << ""
                               << "nik.length";
    QTest::addRow("NIK with letters") << name << "62710105039000ab"
                                      << "" << purpose << ""
                                      << "nik.digits";
    QTest::addRow("bad phone") << name << ""
                               << "tel. 0812" << purpose << ""
                               << "phone.format";
    QTest::addRow("no purpose") << name << ""
                                << ""
                                << ""
                                << ""
                                << "purpose.empty";
    QTest::addRow("unknown service") << name << ""
                                     << "" << purpose << "XYZ-99"
                                     << "serviceCode.unknown";
}

void TestGuestBook::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, nik);
    QFETCH(QString, phone);
    QFETCH(QString, purpose);
    QFETCH(QString, service);
    QFETCH(QString, code);
    GuestEntry entry = visitor(name, purpose);
    entry.nik = nik;
    entry.phone = phone;
    entry.serviceCode = service;
    const ValidationMessages problems
        = GuestBook(*m_f->database, *m_f->catalog).validate(entry, m_now);
    if (code.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).text));
    } else {
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, code);
        QVERIFY(!problems.first().text.isEmpty());
    }
    GuestEntry future = visitor();
    future.visitedAt = m_now.addDays(1);
    QVERIFY(containsCode(GuestBook(*m_f->database, *m_f->catalog).validate(future, m_now),
                         QStringLiteral("visitedAt.future")));
}

void TestGuestBook::addWritesEntryAndAudit()
{
    GuestBook book(*m_f->database, *m_f->catalog);
    GuestEntry entry = visitor(QStringLiteral("  Rahmat   Hidayat "));
    entry.nik = QStringLiteral("6271010503900001");
    entry.serviceCode = QStringLiteral("pky-01");
    entry.outcome = QStringLiteral("Dijelaskan persyaratan.");
    const int auditBefore = rows("SELECT COUNT(*) FROM audit_log");
    QString error;
    const auto added = book.add(entry, as("siti"), m_now, &error);
    QVERIFY2(added, qPrintable(error));
    QVERIFY(added->id > 0);
    QCOMPARE(added->visitedAt, m_now); // default: now
    QCOMPARE(added->name, QStringLiteral("Rahmat Hidayat"));
    QCOMPARE(added->serviceCode, QStringLiteral("PKY-01"));
    QCOMPARE(rows("SELECT COUNT(*) FROM guest_book"), 1);
    QCOMPARE(rows("SELECT COUNT(*) FROM audit_log"), auditBefore + 1);
    QSqlQuery query(m_f->database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT user_id, action, record_id, after_data FROM audit_log"
                                      " WHERE table_name = 'guest_book'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), as("siti").id);
    QCOMPARE(query.value(1).toString(), QStringLiteral("create"));
    QCOMPARE(query.value(2).toString(), QString::number(added->id));
    QVERIFY(query.value(3).toString().contains(QStringLiteral("Rahmat Hidayat")));
    AuditVerification verification;
    QVERIFY(AuditVerifier(*m_f->database).verify(&verification, &error));
    QVERIFY(verification.intact());

    const QList<GuestEntry> today = book.entries(RegisterPeriod::day(QDate(2026, 11, 22)), &error);
    QCOMPARE(today.size(), 1);
    QCOMPARE(today.first().servedByName, QStringLiteral("Siti (uji)"));
    QCOMPARE(today.first().nik, entry.nik);
    QCOMPARE(today.first().outcome, entry.outcome);
}

void TestGuestBook::badEntryWritesNothing()
{
    GuestBook book(*m_f->database, *m_f->catalog);
    const int auditBefore = rows("SELECT COUNT(*) FROM audit_log");
    QString error;
    GuestEntry entry = visitor(QString(), QString());
    entry.nik = QStringLiteral("1234");
    QVERIFY(!book.add(entry, as("siti"), m_now, &error));
    QVERIFY2(error.contains(QStringLiteral("name")) && error.contains(QStringLiteral("16 digits")),
             qPrintable(error));
    QVERIFY(!book.add(visitor(), as("nonaktif"), m_now, &error));
    QVERIFY(error.contains(QStringLiteral("active user")));
    QVERIFY(!book.add(visitor(), User {}, m_now, &error));
    QCOMPARE(rows("SELECT COUNT(*) FROM guest_book"), 0);
    QCOMPARE(rows("SELECT COUNT(*) FROM audit_log"), auditBefore);
}

void TestGuestBook::listingPerPeriod_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QStringList>("names");
    QTest::addRow("day before midnight") << "2026-11-21" << labels({ "A" });
    QTest::addRow("day from midnight") << "2026-11-22" << labels({ "B", "C" });
    QTest::addRow("month") << "2026-11" << labels({ "A", "B", "C" });
    QTest::addRow("year") << "2026" << labels({ "A", "B", "C", "D" });
    QTest::addRow("new year") << "2027" << labels({ "E" });
    QTest::addRow("new year's day") << "2027-01-01" << labels({ "E" });
    QTest::addRow("nothing") << "2025" << labels({});
}

void TestGuestBook::listingPerPeriod()
{
    QFETCH(QString, period);
    QFETCH(QStringList, names);
    GuestBook book(*m_f->database, *m_f->catalog);
    // Added out of order: the list is by the time of the visit.
    const QList<QPair<const char*, const char*>> visits {
        { "C", "2026-11-22T15:00:00+07:00" }, { "A", "2026-11-21T23:59:59+07:00" },
        { "B", "2026-11-22T00:00:00+07:00" }, { "D", "2026-12-31T23:59:00+07:00" },
        { "E", "2027-01-01T00:00:00+07:00" },
    };
    QString error;
    for (const auto& [name, when] : visits) {
        GuestEntry entry = visitor(QString::fromLatin1(name));
        entry.visitedAt = at(when);
        QVERIFY2(book.add(entry, as("siti"), at("2027-01-02T09:00:00+07:00"), &error),
                 qPrintable(error));
    }
    const auto parsed = RegisterPeriod::parse(period, &error);
    QVERIFY(parsed);
    QStringList found;
    for (const GuestEntry& entry : book.entries(*parsed, &error))
        found << entry.name;
    QVERIFY(error.isEmpty());
    QCOMPARE(found, names);
}

void TestGuestBook::printableRegister()
{
    GuestBook book(*m_f->database, *m_f->catalog);
    GuestEntry entry = visitor(QStringLiteral("<b>Budi</b> & Sons"),
                               QStringLiteral("Tanya <script>bantuan</script>"));
    entry.serviceCode = QStringLiteral("PKY-01");
    QString error;
    QVERIFY(book.add(entry, as("siti"), m_now, &error));
    const RegisterPeriod month = RegisterPeriod::month(2026, 11);
    const QString html = GuestBookReport::html(*m_f->catalog, month, book.entries(month, &error),
                                               QDate(2026, 11, 30), QStringLiteral("Siti (uji)"));
    QVERIFY(html.contains(QStringLiteral("BUKU TAMU")));
    QVERIFY(html.contains(QStringLiteral("BULAN NOVEMBER 2026")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Budi&lt;/b&gt; &amp; Sons")));
    QVERIFY(html.contains(QStringLiteral("Tanya &lt;script&gt;bantuan&lt;/script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>Budi")));
    QVERIFY(html.contains(QStringLiteral("22-11-2026<br/>10.00")));
    QVERIFY(html.contains(QStringLiteral("Jumlah: 1 tamu")));
    QVERIFY(html.contains(QStringLiteral("Palangka Raya, 30 November 2026")));
    QVERIFY(GuestBookReport::html(*m_f->catalog, RegisterPeriod::day(QDate(2026, 11, 23)), {},
                                  QDate(2026, 11, 23))
                .contains(
                    QStringLiteral("Tidak ada tamu yang tercatat pada tanggal 23 November 2026")));
}

void TestGuestBook::csvReadBack()
{
    GuestBook book(*m_f->database, *m_f->catalog);
    GuestEntry entry = visitor();
    entry.origin = QStringLiteral("Kel. Langkai, Kec. Pahandut");
    entry.outcome = QStringLiteral("Dijelaskan \"syarat\" dan\nalur");
    entry.serviceCode = QStringLiteral("PKY-08");
    QString error;
    QVERIFY(book.add(entry, as("siti"), m_now, &error));
    const CsvWriter csv
        = GuestBookReport::csv(*m_f->catalog, book.entries(RegisterPeriod::year(2026), &error));
    QVERIFY(csv.data().startsWith("\xEF\xBB\xBF"));
    const QList<CsvRecord> records = readCsv(csv.data());
    QCOMPARE(records.size(), 2);
    const QStringList header = records.at(0).fields;
    QCOMPARE(header.first(), QStringLiteral("No"));
    const QStringList row = records.at(1).fields;
    QCOMPARE(row.size(), header.size());
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Tanggal"))), QStringLiteral("2026-11-22"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Jam"))), QStringLiteral("10:00"));
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Asal / Instansi"))), entry.origin);
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Jawaban / Tindak Lanjut"))), entry.outcome);
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Layanan"))),
             m_f->catalog->service(QStringLiteral("PKY-08"))->name);
    QCOMPARE(row.at(header.indexOf(QStringLiteral("Petugas"))), QStringLiteral("Siti (uji)"));
}

void TestGuestBook::demoGuests()
{
    QString error;
    QCOMPARE(seedDemoGuests(*m_f->database, *m_f->catalog, m_now, 14, 20, &error), -1);
    QVERIFY(error.contains(QStringLiteral("demo database")));
    QCOMPARE(rows("SELECT COUNT(*) FROM guest_book"), 0);
    QVERIFY(SettingsStore(*m_f->database)
                .setValue(SettingsStore::DemoMarker, QStringLiteral("1"), &error));
    QCOMPARE(seedDemoGuests(*m_f->database, *m_f->catalog, m_now, 14, 20, &error), 20);
    const QList<GuestEntry> entries
        = GuestBook(*m_f->database, *m_f->catalog).entries(RegisterPeriod::year(2026), &error);
    QCOMPARE(entries.size(), 20);
    for (const GuestEntry& entry : entries) {
        QVERIFY(entry.name.endsWith(QStringLiteral("(demo)")));
        QVERIFY(entry.visitedAt <= m_now);
        QVERIFY(entry.visitedAt >= m_now.addDays(-15));
        QVERIFY(entry.nik.isEmpty() || entry.nik.size() == 16);
    }
}

QTEST_MAIN(TestGuestBook)
#include "tst_guestbook.moc"
