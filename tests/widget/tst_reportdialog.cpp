// The recap dialog offscreen: computing with progress, cancelling, the table and charts, and
// exports that equal the core's.
#include "AuditQueries.h"
#include "CaseReportDocument.h"
#include "PersonalDataAudit.h"
#include "RegionTable.h"
#include "ReportDialog.h"
#include "ReportFixture.h"

#include <QProgressDialog>
#include <QTest>

using namespace loket;
using namespace loket::test;

class TestReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void computesAndShows();
    void cancelClearsEverything();
    void exportsTheCoreCsvAndPdf();
    void refusedToFrontOffice();

private:
    std::unique_ptr<ui::ReportDialog> dialogFor(const char* username);

    ReportFixture m_f;
    RegionTable m_regions = RegionTable::builtIn();
    std::unique_ptr<ui::Session> m_session;
    QTemporaryDir m_dir;
};

void TestReportDialog::initTestCase()
{
    QVERIFY(m_f.open());
    QVERIFY(m_f.generate());
}

std::unique_ptr<ui::ReportDialog> TestReportDialog::dialogFor(const char* username)
{
    m_session = std::make_unique<ui::Session>(
        ui::Session { *m_f.database, *m_f.catalog, m_f.calendar, m_regions,
                      m_f.user(QString::fromLatin1(username)), false });
    auto dialog = std::make_unique<ui::ReportDialog>(*m_session);
    const QDateTime asOf = m_f.asOf;
    dialog->setClock([asOf] { return asOf; });
    dialog->setPeriod(ReportPeriod::ofMonth(2024, 2));
    return dialog;
}

void TestReportDialog::computesAndShows()
{
    auto dialog = dialogFor("hadi");
    int steps = 0;
    dialog->setProgressObserver([&steps](QProgressDialog*) { ++steps; });
    QVERIFY(dialog->compute());
    QVERIFY(steps >= 2);
    const auto expected = CaseReport(*m_f.database, *m_f.catalog, m_f.calendar)
                              .compute(ReportPeriod::ofMonth(2024, 2), m_f.asOf);
    QVERIFY(expected && dialog->data());
    QCOMPARE(dialog->data()->total, expected->total);
    // One division heading (the catalog names none), every service, the office total.
    QCOMPARE(dialog->recapRowCount(), 1 + m_f.catalog->services.size() + 1);
    const int last = dialog->recapRowCount() - 1;
    QCOMPARE(dialog->recapCell(last, 2), QString::number(expected->total.received));
    QCOMPARE(dialog->recapCell(last, 9), report::percentText(expected->total.onTimePercent()));
    QCOMPARE(dialog->overdueRowCount(), expected->overdue.size());
    QVERIFY(dialog->chartsShown());
    QVERIFY(dialog->summaryText().contains(
        QStringLiteral("%1 received").arg(expected->total.received)));

    dialog->setPeriod(ReportPeriod::ofYear(2024));
    QCOMPARE(dialog->period().kind, ReportPeriod::Kind::Year);
    QVERIFY(dialog->compute());
    QCOMPARE(dialog->data()->period.key(), QStringLiteral("2024"));
}

void TestReportDialog::cancelClearsEverything()
{
    auto dialog = dialogFor("kadis");
    QVERIFY(dialog->compute());
    dialog->setProgressObserver([](QProgressDialog* progress) { progress->cancel(); });
    QVERIFY(!dialog->compute());
    QVERIFY(!dialog->data());
    QCOMPARE(dialog->recapRowCount(), 0);
    QCOMPARE(dialog->overdueRowCount(), 0);
    QVERIFY(!dialog->chartsShown());
    QVERIFY(dialog->summaryText().contains(QStringLiteral("Cancelled")));
    QVERIFY(!dialog->exportCsv());
}

void TestReportDialog::exportsTheCoreCsvAndPdf()
{
    auto dialog = dialogFor("sekar");
    QVERIFY(dialog->compute());
    const QString base = m_dir.filePath(QStringLiteral("rekap"));
    dialog->setCsvPathChooser([base](QWidget*, const QString& suggested) {
        return suggested == QLatin1String("rekapitulasi-2024-02.csv") ? base : QString();
    });
    QString written;
    QVERIFY(dialog->exportCsv(&written));
    QCOMPARE(written, base + QStringLiteral(".csv"));
    QFile csv(written);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), CaseReportDocument::csv(*dialog->data()));

    dialog->setPdfPathChooser([base](QWidget*, const QString&) { return base; });
    QVERIFY(dialog->savePdf(&written));
    QFile pdf(written);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF"));
    // The PDF names the overdue cases' applicants: it is in the audit log, the CSV is not.
    QVERIFY(!dialog->data()->overdue.isEmpty());
    QString error;
    QList<AuditRecord> exports;
    for (const AuditRecord& record : AuditQueries(*m_f.database).list({}, &error)) {
        if (record.action == QLatin1String(PersonalDataAudit::ExportAction))
            exports << record;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.first().after.value(QStringLiteral("format")).toString(),
             QStringLiteral("pdf"));
    QCOMPARE(exports.first().after.value(QStringLiteral("persons")).toInt(),
             int(dialog->data()->overdue.size()));
}

void TestReportDialog::refusedToFrontOffice()
{
    auto dialog = dialogFor("siti");
    QVERIFY(!dialog->compute());
    QVERIFY(!dialog->data());
    QVERIFY(!dialog->savePdf());
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
