// The service recap as CSV (read back, and through LibreOffice when it is installed), as PDF
// (its text through pdftotext), its charts, and `loketctl report` giving the same CSV.
#include "CaseReportDocument.h"
#include "CsvStreamReader.h"
#include "LoketctlProcess.h"
#include "RealComponent.h"
#include "ReportChart.h"
#include "ReportFixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace loket;
using namespace loket::test;

namespace {

QStringList figureFields(const ReportFigures& f)
{
    return { QString::number(f.received),     QString::number(f.completed),
             QString::number(f.onTime),       QString::number(f.late),
             QString::number(f.rejected),     QString::number(f.open),
             QString::number(f.waiting),      report::percentText(f.onTimePercent()),
             report::daysText(f.medianDays()) };
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvHasBomHeaderAndFigures();
    void csvSurvivesLibreOffice();
    void pdfHasTitleAndNumbers();
    void htmlEscapesWhatPeopleTyped();
    void headOfDivisionSigns();
    void chartsDrawOffscreen();
    void loketctlGivesTheSameCsv();
    void loketctlRefusesBadUsage();

private:
    CaseReportData february(const Catalog& catalog) const
    {
        return CaseReport(*m_f.database, catalog, m_f.calendar)
            .compute(ReportPeriod::ofMonth(2024, 2), m_f.asOf)
            .value_or(CaseReportData());
    }

    ReportFixture m_f;
    Catalog m_catalog;
    CaseReportData m_data;
    QTemporaryDir m_dir;
};

void TestReportExport::initTestCase()
{
    useLoketctlClock();
    QVERIFY(m_f.open());
    QVERIFY(m_f.generate());
    m_catalog = withDivisions(*m_f.catalog);
    m_data = february(m_catalog);
    QVERIFY(m_data.total.received > 0);
}

void TestReportExport::csvHasBomHeaderAndFigures()
{
    const QByteArray bytes = CaseReportDocument::csv(m_data);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<CsvRecord> records = readCsv(bytes);
    QCOMPARE(records.first().fields,
             strings({ "Bidang", "Kode", "Layanan", "Diterima", "Selesai", "Tepat waktu",
                       "Terlambat", "Ditolak", "Masih diproses", "Menunggu berkas",
                       "Persentase tepat waktu", "Median hari kerja" }));
    QCOMPARE(records.size(), 1 + m_catalog.services.size() + 3 + 1);
    const ReportServiceRow* pky05 = nullptr;
    for (const ReportDivision& division : m_data.divisions)
        for (const ReportServiceRow& row : division.services)
            if (row.code == QLatin1String("PKY-05"))
                pky05 = &row;
    QVERIFY(pky05 && pky05->figures.received > 0);
    const auto row = std::find_if(records.cbegin(), records.cend(), [](const CsvRecord& record) {
        return record.fields.value(1) == QLatin1String("PKY-05");
    });
    QVERIFY(row != records.cend());
    QCOMPARE(row->fields.mid(0, 3),
             QStringList({ kProtection, QStringLiteral("PKY-05"),
                           m_catalog.service(QStringLiteral("PKY-05"))->name }));
    QCOMPARE(row->fields.mid(3), figureFields(pky05->figures));
    // Division rows, then the office's total, labelled as such.
    const CsvRecord& rehabilitation = records.at(records.size() - 2);
    QCOMPARE(rehabilitation.fields.at(0), kRehabilitation);
    QCOMPARE(rehabilitation.fields.at(2), QStringLiteral("JUMLAH ") + kRehabilitation.toUpper());
    QCOMPARE(records.last().fields.mid(0, 3),
             strings({ "Seluruh bidang", "", "JUMLAH KESELURUHAN" }));
    QCOMPARE(records.last().fields.mid(3), figureFields(m_data.total));
}

void TestReportExport::csvSurvivesLibreOffice()
{
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    LOKET_REQUIRE_COMPONENT(!office.isEmpty(), QStringLiteral("LibreOffice is not installed"));
    const QString csv = m_dir.filePath(QStringLiteral("rekap.csv"));
    QString error;
    QVERIFY2(CaseReportDocument::writeCsv(m_data, csv, &error), qPrintable(error));
    const QString profile
        = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile"))).toString();
    // Headless, Calc has no import dialog to read the byte-order mark and falls back to the
    // system character set; the filter options say UTF-8 (76) as the dialog would. The mark
    // must then vanish, not become part of the first heading.
    const QString utf8 = QStringLiteral("Text - txt - csv (StarCalc):44,34,76");
    const auto convert = [&](const QString& file, const QString& to, const QString& outDir) {
        QStringList arguments { QStringLiteral("-env:UserInstallation=") + profile,
                                QStringLiteral("--headless"),
                                QStringLiteral("--convert-to"),
                                to,
                                QStringLiteral("--outdir"),
                                outDir,
                                file };
        if (file.endsWith(QLatin1String(".csv")))
            arguments.insert(2, QStringLiteral("--infilter=") + utf8);
        QProcess process;
        process.start(office, arguments);
        return process.waitForFinished(180000) && process.exitCode() == 0;
    };
    // CSV → spreadsheet, as a clerk opening it would, and the spreadsheet back to UTF-8 CSV.
    QVERIFY(convert(csv, QStringLiteral("xlsx"), m_dir.path()));
    const QString xlsx = m_dir.filePath(QStringLiteral("rekap.xlsx"));
    QVERIFY(QFile::exists(xlsx));
    const QString back = m_dir.filePath(QStringLiteral("back"));
    QVERIFY(convert(xlsx, QStringLiteral("csv:") + utf8, back));
    const QList<CsvRecord> records = readCsv(readAll(back + QStringLiteral("/rekap.csv")));
    QVERIFY(records.size() > 10);
    QCOMPARE(records.first().fields.value(0), QStringLiteral("Bidang"));
    QCOMPARE(records.first().fields.value(11), QStringLiteral("Median hari kerja"));
    bool found = false;
    for (const CsvRecord& record : records) {
        if (record.fields.value(1) == QLatin1String("PKY-17")) {
            found = true;
            QCOMPARE(record.fields.value(0), kRehabilitation); // the en dash survived
            QCOMPARE(record.fields.value(2), m_catalog.service(QStringLiteral("PKY-17"))->name);
        }
    }
    QVERIFY(found);
    QCOMPARE(records.last().fields.value(3), QString::number(m_data.total.received));
}

void TestReportExport::pdfHasTitleAndNumbers()
{
    const QString pdf = m_dir.filePath(QStringLiteral("rekap.pdf"));
    QString error;
    QVERIFY2(CaseReportDocument(m_catalog.office).writePdf(m_data, pdf, &error), qPrintable(error));
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                    QStringLiteral("-") });
    LOKET_REQUIRE_COMPONENT(process.waitForStarted(), QStringLiteral("pdftotext is not installed"));
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(text.contains(QStringLiteral("REKAPITULASI PELAYANAN DINAS SOSIAL \u2014 BULAN "
                                         "FEBRUARI 2024")));
    QVERIFY(text.contains(QStringLiteral("PEMERINTAH KOTA PALANGKA RAYA")));
    QVERIFY(text.contains(QStringLiteral("Palangka Raya, 20 Februari 2024")));
    QVERIFY(text.contains(QStringLiteral("Yanti <i>Miring</i>")));
    QVERIFY(text.contains(QStringLiteral("Bayu (uji)")));
    const QString totalLine
        = text.section(QStringLiteral("JUMLAH KESELURUHAN"), 1, 1).section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(totalLine.simplified().split(QLatin1Char(' ')), figureFields(m_data.total));
}

void TestReportExport::htmlEscapesWhatPeopleTyped()
{
    Catalog catalog = m_catalog;
    for (Service& service : catalog.services) {
        if (service.code == QLatin1String("PKY-08"))
            service.name = QStringLiteral("<b>Surat</b> & \"Keterangan\"");
    }
    const QString html = CaseReportDocument(catalog.office).html(february(catalog));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Surat&lt;/b&gt; &amp; &quot;Keterangan&quot;")));
    QVERIFY(html.contains(QStringLiteral("Yanti &lt;i&gt;Miring&lt;/i&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>Surat</b>")));
    QVERIFY(!html.contains(QStringLiteral("<i>Miring</i>")));
    QVERIFY(html.contains(QStringLiteral("Anak &amp; Lansia")));
}

void TestReportExport::headOfDivisionSigns()
{
    const CaseReportDocument document(m_catalog.office);
    const QString byHead = document.html(m_data);
    QVERIFY(!byHead.contains(QStringLiteral("Mengetahui")));
    QVERIFY(byHead.contains(QStringLiteral("KEPALA DINAS SOSIAL KOTA PALANGKA RAYA")));
    const QString byDivision = document.html(
        m_data,
        CaseReportDocument::Signer { QStringLiteral("Kepala Bidang Rehabilitasi Sosial"),
                                     QStringLiteral("Hadi <Santoso>"), QString(),
                                     QStringLiteral("197001012000031001") });
    QVERIFY(byDivision.contains(QStringLiteral("Mengetahui")));
    QVERIFY(byDivision.contains(QStringLiteral("Hadi &lt;Santoso&gt;")));
    QVERIFY(byDivision.contains(QStringLiteral("NIP. 19700101 200003 1 001")));
    QVERIFY(byDivision.contains(m_catalog.office.head.name.toHtmlEscaped()));
}

void TestReportExport::chartsDrawOffscreen()
{
    const QImage services = ReportChart::services(m_data);
    const QImage onTime = ReportChart::onTime(m_data);
    QCOMPARE(ReportChart::logicalSize(services).width(), 960);
    QCOMPARE(ReportChart::logicalSize(onTime), QSize(960, 330));
    QCOMPARE(services.width(), 1920); // drawn at twice the size, for print
    const auto inked = [](const QImage& image) {
        int count = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                count += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        return count;
    };
    QVERIFY(inked(services) > 500);
    QVERIFY(inked(onTime) > 500);
    QVERIFY(!ReportChart::services(CaseReportData()).isNull()); // "no cases" still draws
}

void TestReportExport::loketctlGivesTheSameCsv()
{
    const QString out = m_dir.filePath(QStringLiteral("loketctl.csv"));
    const LoketctlResult result
        = runLoketctl({ QStringLiteral("report"), QStringLiteral("--db"), m_f.database->location(),
                        QStringLiteral("--month"), QStringLiteral("2024-02"),
                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                        out, QStringLiteral("--as-of"), QStringLiteral("2024-02-20T10:00") });
    QVERIFY2(result.status == 0, result.err.constData());
    // loketctl reads the database's own catalog, which names no divisions.
    const CaseReportData own = february(*m_f.catalog);
    QCOMPARE(own.divisions.size(), 1);
    QCOMPARE(own.divisions.first().name, report::noDivisionName());
    QCOMPARE(readAll(out), CaseReportDocument::csv(own));
    QVERIFY(result.out.contains(QStringLiteral("%1 received").arg(own.total.received).toUtf8()));

    const QString pdf = m_dir.filePath(QStringLiteral("loketctl.pdf"));
    const LoketctlResult printed = runLoketctl(
        { QStringLiteral("report"), QStringLiteral("--db"), m_f.database->location(),
          QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--format"),
          QStringLiteral("pdf"), QStringLiteral("--out"), pdf });
    QVERIFY2(printed.status == 0, printed.err.constData());
    QVERIFY(readAll(pdf).startsWith("%PDF"));
}

void TestReportExport::loketctlRefusesBadUsage()
{
    const QString db = m_f.database->location();
    const QString out = m_dir.filePath(QStringLiteral("nothing.csv"));
    const QList<QStringList> wrong {
        strings({ "--month", "2024-13", "--format", "csv", "--out" }) << out,
        strings({ "--month", "2024-02", "--year", "2024", "--format", "csv", "--out" }) << out,
        strings({ "--month", "2024-02", "--format", "xlsx", "--out" }) << out,
        strings({ "--month", "2024-02", "--format", "csv" }),
        strings({ "--year", "2024-02", "--format", "csv", "--out" }) << out,
    };
    for (const QStringList& arguments : wrong) {
        const LoketctlResult result = runLoketctl(
            QStringList { QStringLiteral("report"), QStringLiteral("--db"), db } + arguments);
        QVERIFY2(result.status == 2, qPrintable(arguments.join(QLatin1Char(' '))));
        QVERIFY(!result.err.isEmpty());
    }
    const LoketctlResult badTime = runLoketctl(
        { QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"),
          QStringLiteral("2024-02"), QStringLiteral("--format"), QStringLiteral("csv"),
          QStringLiteral("--out"), out, QStringLiteral("--as-of"), QStringLiteral("kemarin") });
    QCOMPARE(badTime.status, 1);
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
