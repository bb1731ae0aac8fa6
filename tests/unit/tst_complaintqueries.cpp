// Complaints read back: the list's filters, reminders (dueTodayOrOverdue), the printable register
// (PDF and CSV) and the demo seed.
#include "ComplaintRegisterReport.h"
#include "ComplaintTestSupport.h"
#include "DemoComplaints.h"

#include <QFile>
#include <QTest>

using namespace loket;
using loket::test::at;

class TestComplaintQueries : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void listFiltersAndReminders();
    void registerPdfAndCsv();
    void demoSeed();

private:
    static ComplaintDraft draft() { return test::ComplaintFixture::draft(); }
    QString record(const QDateTime& when, const ComplaintDraft& d) { return m_f->record(when, d); }
    int count(const char* sql) const { return m_f->count(QString::fromLatin1(sql)); }
    ComplaintStore store() const { return m_f->store(); }
    ComplaintQueries queries() const { return m_f->queries(); }

    std::unique_ptr<test::ComplaintFixture> m_f;
};

void TestComplaintQueries::init()
{
    m_f = std::make_unique<test::ComplaintFixture>();
    QVERIFY(m_f->open());
}

void TestComplaintQueries::listFiltersAndReminders()
{
    ComplaintDraft phone = draft();
    phone.channel = ComplaintChannelKind::Phone;
    phone.subject = QStringLiteral("Jadwal penyaluran");
    const QString a = record(at("2024-02-05T09:00:00+07:00"), draft());
    const QString b = record(at("2024-02-06T09:00:00+07:00"), phone);
    QString error;
    QVERIFY(store().respond(b, QStringLiteral("ok"), m_f->user(QStringLiteral("siti")),
                            at("2024-02-06T10:00:00+07:00"), &error));
    const QDateTime now = at("2024-02-07T09:00:00+07:00");
    ComplaintFilter filter;
    QCOMPARE(queries().list(filter, now).size(), 2);
    QCOMPARE(queries().list(filter, now).first().number, b); // newest first
    filter.overdueOnly = true;
    QCOMPARE(queries().list(filter, now).size(), 1);
    QCOMPARE(queries().list(filter, now).first().number, a);
    filter = {};
    filter.channel = ComplaintChannelKind::Phone;
    QCOMPARE(queries().list(filter, now).first().number, b);
    filter = {};
    filter.search = QStringLiteral("PENYALURAN");
    QCOMPARE(queries().list(filter, now).size(), 1);
    filter = {};
    filter.status = ComplaintStatus::Received;
    QCOMPARE(queries().list(filter, now).first().number, a);
    filter = {};
    filter.from = QDate(2024, 2, 6);
    filter.to = QDate(2024, 2, 6);
    QCOMPARE(queries().list(filter, now).size(), 1);
    const auto reminders = queries().dueTodayOrOverdue(m_f->user(QStringLiteral("budi")).id, now);
    QCOMPARE(reminders.size(), 1);
    QCOMPARE(reminders.first().complaint.number, a);
    QCOMPARE(queries().dueTodayOrOverdue(9999, now).size(), 0);
}

void TestComplaintQueries::registerPdfAndCsv()
{
    ComplaintDraft anonymous = draft();
    anonymous.anonymous = true;
    anonymous.channel = ComplaintChannelKind::Lapor;
    anonymous.laporTicket = QStringLiteral("LAPOR-77");
    anonymous.subject = QStringLiteral("Pungutan <i>liar</i>, \"katanya\"");
    record(at("2024-02-05T09:00:00+07:00"), anonymous);
    record(at("2024-02-07T16:30:00+07:00"), draft());
    record(at("2024-03-01T09:00:00+07:00"), draft());
    const QList<Complaint> february = queries().period(2024, 2);
    QCOMPARE(february.size(), 2);
    QCOMPARE(queries().period(2024, 0).size(), 3);
    const QDateTime now = at("2024-02-13T09:00:00+07:00");
    const QString html
        = ComplaintRegisterReport::html(m_f->catalog->office, 2024, 2, february, now);
    QVERIFY(html.contains(QStringLiteral("BULAN FEBRUARI 2024")));
    QVERIFY(html.contains(QStringLiteral("Anonim")));
    QVERIFY(html.contains(QStringLiteral("SP4N-LAPOR!<br/>tiket LAPOR-77")));
    QVERIFY(html.contains(QStringLiteral("Pungutan &lt;i&gt;liar&lt;/i&gt;")));
    QVERIFY(html.contains(QStringLiteral("tanggapan awal terlambat")));
    QVERIFY(html.contains(QStringLiteral("#f8d7da")));
    const QByteArray csv = ComplaintRegisterReport::csv(m_f->catalog->office, february, now);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.first().startsWith(QStringLiteral("No,Nomor,Jenis,Tanggal diterima,Saluran")));
    QVERIFY(lines.at(1).contains(QStringLiteral("ADU/2024/0001,Pengaduan,2024-02-05 09:00")));
    QVERIFY(lines.at(1).contains(QStringLiteral("\"Pungutan <i>liar</i>, \"\"katanya\"\"\"")));
    QString error;
    const QString pdf = m_f->dir->filePath(QStringLiteral("register.pdf"));
    QVERIFY2(ComplaintRegisterReport::writePdf(html, pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

void TestComplaintQueries::demoSeed()
{
    QString error;
    const QDateTime now = at("2024-02-21T11:00:00+07:00");
    m_f->registerCase(QStringLiteral("PKY-08"), at("2024-02-01T09:00:00+07:00"));
    QCOMPARE(seedDemoComplaints(*m_f->database, *m_f->catalog, m_f->calendar, now, &error), 15);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(count("SELECT COUNT(*) FROM complaints"), 15);
    QCOMPARE(count("SELECT COUNT(DISTINCT channel) FROM complaints"), 9);
    QCOMPARE(count("SELECT COUNT(*) FROM complaints WHERE channel = 'lapor' AND lapor_ticket IS "
                   "NOT NULL"),
             2);
    QVERIFY(count("SELECT COUNT(*) FROM complaints WHERE anonymous = 1") >= 3);
    QCOMPARE(count("SELECT COUNT(DISTINCT status) FROM complaints"), 6);
    ComplaintFilter overdue;
    overdue.overdueOnly = true;
    QVERIFY(queries().list(overdue, now).size() >= 2);
    const QString pdf = qEnvironmentVariable("COMPLAINT_REGISTER_PDF");
    if (!pdf.isEmpty())
        QVERIFY(ComplaintRegisterReport::writePdf(
            ComplaintRegisterReport::html(m_f->catalog->office, 2024, 2, queries().period(2024, 2),
                                          now),
            pdf, &error));
    // Twice does nothing more.
    QCOMPARE(seedDemoComplaints(*m_f->database, *m_f->catalog, m_f->calendar, now, &error), 0);
}

QTEST_MAIN(TestComplaintQueries)
#include "tst_complaintqueries.moc"
