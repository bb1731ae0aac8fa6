// The registers dialog offscreen: recipients of a month (and of one service, one day, one
// year), the guest book and the outgoing letters, the period picker that matches the period
// kind, and Print… / Save as PDF… / Export CSV… giving the same rows as the preview.
#include "BackOfficeFixture.h"
#include "CsvStreamReader.h"
#include "GuestBook.h"
#include "RegisterTableModel.h"
#include "RegistersDialog.h"
#include "WorkstationSettings.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace loket;
using namespace loket::test;

class TestRegistersDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_f.reset(); }
    void recipientsPerPeriodAndService();
    void periodPickerMatchesKind();
    void guestBookAndLetters();
    void printPdfAndCsv();

private:
    std::unique_ptr<ui::RegistersDialog> dialog();
    std::unique_ptr<BackOfficeFixture> m_f;
};

void TestRegistersDialog::init()
{
    m_f = std::make_unique<BackOfficeFixture>();
    QVERIFY(m_f->openAs(QStringLiteral("siti")));
    QVERIFY(
        !m_f->registerCase(QStringLiteral("PKY-08"), at("2026-11-02T09:00:00+07:00")).isEmpty());
    QVERIFY(
        !m_f->registerCase(QStringLiteral("PKY-08"), at("2026-11-20T09:00:00+07:00")).isEmpty());
    QVERIFY(
        !m_f->registerCase(QStringLiteral("PKY-05"), at("2026-11-20T10:00:00+07:00")).isEmpty());
    QVERIFY(
        !m_f->registerCase(QStringLiteral("PKY-08"), at("2026-10-31T15:00:00+07:00")).isEmpty());
    GuestEntry guest;
    guest.name = QStringLiteral("<b>Tamu</b>");
    guest.purpose = QStringLiteral("Bertanya, lalu pulang");
    QString error;
    QVERIFY(GuestBook(*m_f->database, *m_f->catalog)
                .add(guest, m_f->user(QStringLiteral("siti")), at("2026-11-21T08:30:00+07:00"),
                     &error));
}

std::unique_ptr<ui::RegistersDialog> TestRegistersDialog::dialog()
{
    auto shown = std::make_unique<ui::RegistersDialog>(*m_f->session);
    shown->setClock([] { return at("2026-11-30T10:00:00+07:00"); });
    auto* model = shown->findChild<ui::RegisterTableModel*>();
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 shown.get());
    return shown;
}

void TestRegistersDialog::recipientsPerPeriodAndService()
{
    auto registers = dialog();
    QCOMPARE(registers->kind(), ui::RegistersDialog::Kind::Recipients);
    QCOMPARE(registers->period().key(), QStringLiteral("2026-11")); // this month by default
    QCOMPARE(registers->rowCount(), 3);
    QVERIFY(registers->summaryText().contains(QStringLiteral("3 row")));
    registers->setServiceCode(QStringLiteral("PKY-05"));
    QCOMPARE(registers->rowCount(), 1);
    registers->setServiceCode(QString());
    registers->setPeriod(RegisterPeriod::day(QDate(2026, 11, 20)));
    QCOMPARE(registers->rowCount(), 2);
    registers->setPeriod(RegisterPeriod::year(2026));
    QCOMPARE(registers->rowCount(), 4);
    registers->setPeriod(RegisterPeriod::month(2026, 10));
    QCOMPARE(registers->rowCount(), 1);
}

void TestRegistersDialog::periodPickerMatchesKind()
{
    auto registers = dialog();
    registers->show();
    QVERIFY(QTest::qWaitForWindowExposed(registers.get()));
    auto* periodKind = registers->findChild<QComboBox*>(QStringLiteral("periodKindComboBox"));
    auto* day = registers->findChild<QDateEdit*>(QStringLiteral("dayDateEdit"));
    auto* month = registers->findChild<QComboBox*>(QStringLiteral("monthComboBox"));
    auto* year = registers->findChild<QSpinBox*>(QStringLiteral("yearSpinBox"));
    QVERIFY(month->isVisible() && year->isVisible() && !day->isVisible());
    periodKind->setCurrentIndex(periodKind->findData(int(RegisterPeriod::Kind::Year)));
    QVERIFY(!month->isVisible() && year->isVisible() && !day->isVisible());
    QCOMPARE(registers->rowCount(), 4);
    periodKind->setCurrentIndex(periodKind->findData(int(RegisterPeriod::Kind::Day)));
    QVERIFY(!month->isVisible() && !year->isVisible() && day->isVisible());
    day->setDate(QDate(2026, 11, 2));
    QCOMPARE(registers->period().key(), QStringLiteral("2026-11-02"));
    QCOMPARE(registers->rowCount(), 1);
    // The service filter belongs to the register of recipients only.
    auto* service = registers->findChild<QComboBox*>(QStringLiteral("serviceComboBox"));
    QVERIFY(service->isVisible());
    registers->setKind(ui::RegistersDialog::Kind::Guests);
    QVERIFY(!service->isVisible());
}

void TestRegistersDialog::guestBookAndLetters()
{
    auto registers = dialog();
    registers->setKind(ui::RegistersDialog::Kind::Guests);
    QCOMPARE(registers->rowCount(), 1);
    QVERIFY(registers->html().contains(QStringLiteral("BUKU TAMU")));
    QVERIFY(registers->html().contains(QStringLiteral("&lt;b&gt;Tamu&lt;/b&gt;")));
    QCOMPARE(registers->suggestedFileName(), QStringLiteral("buku-tamu-2026-11"));
    registers->setKind(ui::RegistersDialog::Kind::Letters);
    QCOMPARE(registers->rowCount(), 0);
    QVERIFY(registers->html().contains(QStringLiteral("BUKU AGENDA SURAT KELUAR")));
    QVERIFY(registers->html().contains(QStringLiteral("BULAN NOVEMBER 2026")));
    QVERIFY(registers->html().contains(
        QStringLiteral("Tidak ada surat keluar pada bulan November 2026")));
}

void TestRegistersDialog::printPdfAndCsv()
{
    auto registers = dialog();
    QString printed;
    registers->setPreviewer([&printed](const QString& html, const QString&) {
        printed = html;
        return true;
    });
    QVERIFY(registers->print());
    QVERIFY(printed.contains(QStringLiteral("BUKU DAFTAR PENERIMA LAYANAN")));
    QVERIFY(printed.contains(QStringLiteral("BULAN NOVEMBER 2026")));
    QVERIFY(printed.contains(QStringLiteral("Palangka Raya, 30 November 2026")));
    QVERIFY(printed.contains(QStringLiteral("Siti (uji)"))); // who keeps the register signs

    const QString folder = m_f->dir->path();
    registers->setPdfPathChooser([&folder](QWidget*, const QString& suggested) {
        return folder + QLatin1Char('/') + suggested;
    });
    registers->setCsvPathChooser([&folder](QWidget*, const QString&) {
        return folder + QStringLiteral("/penerima"); // ".csv" is added
    });
    QString pdf;
    QVERIFY(registers->savePdf(&pdf));
    QCOMPARE(QFileInfo(pdf).fileName(), QStringLiteral("buku-daftar-penerima-layanan-2026-11.pdf"));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(4) == "%PDF");
    // This computer's spreadsheet expects ';' (Indonesian regional settings).
    QTemporaryDir settingsDir;
    ui::WorkstationSettings workstation(settingsDir.filePath(QStringLiteral("loket.ini")));
    workstation.setCsvSeparator(QLatin1Char(';'));
    m_f->session->settings = &workstation;
    QString csv;
    QVERIFY(registers->exportCsv(&csv));
    m_f->session->settings = nullptr;
    QVERIFY(csv.endsWith(QStringLiteral("/penerima.csv")));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFNo;Nomor Berkas;"));
    const QList<CsvRecord> records = readCsv(bytes);
    QCOMPARE(records.size(), 1 + registers->rowCount());
    QCOMPARE(records.first().fields.value(1), QStringLiteral("Nomor Berkas"));
}

QTEST_MAIN(TestRegistersDialog)
#include "tst_registersdialog.moc"
