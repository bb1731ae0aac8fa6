// The DTSEN screens offscreen: the import dialog guesses the register from the header and saves
// kind and source; the lookup widget and the counter's line say DTSEN (with desil, household and
// eligible programmes), only an older DTKS extract, or neither.
#include "ApplicantForm.h"
#include "DtksImportDialog.h"
#include "DtksLookupWidget.h"
#include "DtksTestSupport.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QtTest>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;
using namespace Qt::StringLiterals;

namespace {

QString dtsenSamplePath()
{
    return QStringLiteral(LOKET_SOURCE_DIR "/tests/data/dtsen-contoh-fiktif.csv");
}

} // namespace

class TestDtsenScreens : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<WorkflowFixture> f;

    void importWithDialog(const QString& path, const QDate& date)
    {
        DtksImportDialog dialog(*f->database, f->user(u"admin"_s));
        QVERIFY(dialog.openFile(path));
        dialog.setExtractDate(date);
        dialog.setSource(u"Pusdatin Kemensos"_s);
        QVERIFY2(dialog.runImport(), qPrintable(dialog.messageText()));
    }

private slots:
    void init()
    {
        f = std::make_unique<WorkflowFixture>();
        QVERIFY(f->open());
    }

    void dialogGuessesTheRegister()
    {
        DtksImportDialog dialog(*f->database, f->user(u"admin"_s));
        auto* kind = dialog.findChild<QComboBox*>(u"kindComboBox"_s);
        QVERIFY(dialog.openFile(dtsenSamplePath()));
        QCOMPARE(dialog.kind(), ExtractKind::Dtsen);
        QVERIFY(kind->currentText().startsWith(u"DTSEN"_s));
        QCOMPARE(dialog.mappingCombo(DtksField::Desil)->currentData().toInt(), 9);
        QCOMPARE(dialog.mappingCombo(DtksField::HouseholdId)->currentData().toInt(), 1);
        QVERIFY(dialog.openFile(sampleExtractPath()));
        QCOMPARE(dialog.kind(), ExtractKind::Dtks);
        QCOMPARE(dialog.mappingCombo(DtksField::Desil)->currentData().toInt(), -1);
        dialog.setKind(ExtractKind::Dtsen); // the clerk may overrule the guess
        dialog.setExtractDate(QDate(2026, 9, 30));
        dialog.setSource(u"SIKS-NG"_s);
        QVERIFY(dialog.runImport());
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_extracts WHERE kind = 'DTSEN'"
                          " AND source = 'SIKS-NG'"_s),
                 1);
        QVERIFY(dialog.findChild<QGroupBox*>(u"summaryGroupBox"_s)->title().contains(u"DTSEN"_s));
    }

    void statusLines_data()
    {
        QTest::addColumn<QString>("nik");
        QTest::addColumn<QString>("line");
        QTest::addRow("DTSEN, eligible")
            << u"6271015201880099"_s
            << u"Registered in DTSEN (extract of 30 September 2026): desil 2, household "
               "DTSEN-6271-000001, eligible for PBI-JK, PKH, Sembako"_s;
        QTest::addRow("DTSEN, eligible for none")
            << u"6271021506600096"_s
            << u"Registered in DTSEN (extract of 30 September 2026): desil 8, household "
               "DTSEN-6271-000003, eligible for no programme under the office's thresholds"_s;
        QTest::addRow("DTSEN, no desil") << u"6271010808080088"_s
                                         << u"Registered in DTSEN (extract of 30 September 2026): "
                                            "no desil in the extract"_s;
        QTest::addRow("only an older DTKS extract")
            << u"6271010303750098"_s
            << u"Not in DTSEN (extract of 30 September 2026); only in an older DTKS extract (of 1 "
               "October 2024): PBI-JK"_s;
        QTest::addRow("neither") << u"6271019999999999"_s
                                 << u"Not found in DTSEN (extract of 30 September 2026) nor in "
                                    "DTKS"_s;
    }

    void statusLines()
    {
        QFETCH(QString, nik);
        QFETCH(QString, line);
        importWithDialog(sampleExtractPath(), QDate(2024, 10, 1));
        importWithDialog(dtsenSamplePath(), QDate(2026, 9, 30));
        DtksLookupWidget widget(*f->database);
        widget.setClock([] { return at("2026-11-20T09:00:00+07:00"); });
        QCOMPARE(widget.extractText(), u"DTSEN data as of 30 September 2026 (6 row(s))"_s);
        widget.search(nik);
        QCOMPARE(widget.messageText(),
                 nik.endsWith(u"9999"_s) ? u"Not found in DTSEN (extract of 30 September 2026)."_s
                                         : line);
        QString error;
        QCOMPARE(DtksLookupWidget::statusLine(
                     DtksLookup(*f->database).nikStatus(nik, QDate(2026, 11, 20), &error)),
                 line);
    }

    void extractLineNamesANewerDtksExtractToo()
    {
        importWithDialog(dtsenSamplePath(), QDate(2026, 9, 30));
        importWithDialog(sampleExtractPath(), QDate(2026, 12, 1));
        DtksLookupWidget widget(*f->database);
        QCOMPARE(widget.extractText(),
                 u"DTSEN data as of 30 September 2026 (6 row(s)) · DTKS data "
                 "as of 1 December 2026 (7 row(s))"_s);
    }

    void tableShowsDesilAndRegister()
    {
        importWithDialog(sampleExtractPath(), QDate(2024, 10, 1));
        importWithDialog(dtsenSamplePath(), QDate(2026, 9, 30));
        DtksLookupWidget widget(*f->database);
        widget.search(u"siti aminah"_s);
        QTableWidget* table = widget.resultsTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(4)->text(), u"Desil"_s);
        QCOMPARE(table->item(0, 4)->text(), u"2"_s);
        QCOMPARE(table->item(0, 5)->text(), u"DTSEN"_s);
        QCOMPARE(table->item(0, 10)->text(), u"DTSEN-6271-000001"_s);
        QCOMPARE(table->item(1, 4)->text(), QString());
        QCOMPARE(table->item(1, 5)->text(), u"DTKS"_s);
    }

    void counterLineUsesTheSessionsDay_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("line");
        QTest::addRow("thresholds in force")
            << at("2026-11-20T09:00:00+07:00")
            << u"Registered in DTSEN (extract of 30 September 2026): desil 2, household "
               "DTSEN-6271-000001, eligible for PBI-JK, PKH, Sembako"_s;
        QTest::addRow("before the thresholds (5 February 2025)")
            << at("2025-02-04T09:00:00+07:00")
            << u"Registered in DTSEN (extract of 30 September 2026): desil 2, household "
               "DTSEN-6271-000001, eligible for no programme under the office's thresholds"_s;
    }

    void counterLineUsesTheSessionsDay()
    {
        QFETCH(QDateTime, now);
        QFETCH(QString, line);
        importWithDialog(dtsenSamplePath(), QDate(2026, 9, 30));
        const RegionTable regions = RegionTable::builtIn();
        Session session { *f->database, *f->catalog, f->calendar, regions, f->user(u"siti"_s) };
        session.clock = [now] { return now; };
        ApplicantForm form(session);
        form.show();
        QTest::keyClicks(form.findChild<QLineEdit*>(u"nikLineEdit"_s), u"6271015201880099"_s);
        QCOMPARE(form.findChild<QLabel*>(u"dtksLabel"_s)->text(), line);
    }
};

QTEST_MAIN(TestDtsenScreens)
#include "tst_dtsenscreens.moc"
