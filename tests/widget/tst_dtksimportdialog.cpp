// The DTKS screens offscreen: the import dialog (mapping combos, import, cancel, summary), the
// lookup widget, the counter's DTKS line and the case view's line in the DTKS services.
#include "ApplicantForm.h"
#include "CaseApplicantPanel.h"
#include "CaseQueries.h"
#include "DtksImportDialog.h"
#include "DtksLookupWidget.h"
#include "DtksTestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;
using namespace Qt::StringLiterals;

class TestDtksImportDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<WorkflowFixture> f;

    void importSample()
    {
        DtksImportDialog dialog(*f->database, f->user(u"admin"_s));
        QVERIFY(dialog.openFile(sampleExtractPath()));
        dialog.setExtractDate(QDate(2026, 10, 1));
        QVERIFY(dialog.runImport());
    }

private slots:
    void init()
    {
        f = std::make_unique<WorkflowFixture>();
        QVERIFY(f->open());
    }

    void mapsImportsAndSummarises()
    {
        DtksImportDialog dialog(*f->database, f->user(u"budi"_s));
        dialog.show();
        auto* importButton = dialog.findChild<QPushButton*>(u"importButton"_s);
        QVERIFY(!importButton->isEnabled()); // no file yet
        QVERIFY(dialog.openFile(sampleExtractPath()));
        auto* preview = dialog.findChild<QTableWidget*>(u"previewTableWidget"_s);
        QCOMPARE(preview->columnCount(), 10);
        QCOMPARE(preview->rowCount(), 5);
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), u"NIK"_s);
        QCOMPARE(preview->item(0, 2)->text(), u"SITI AMINAH"_s);
        QCOMPARE(dialog.mappingCombo(DtksField::Nik)->currentText(), u"1: NIK"_s);
        QCOMPARE(dialog.mappingCombo(DtksField::Name)->currentText(), u"3: NAMA"_s);
        QCOMPARE(dialog.mappingCombo(DtksField::Programs)->currentText(), u"9: PROGRAM"_s);
        QCOMPARE(dialog.mappingCombo(DtksField::Status)->currentText(), u"10: KETERANGAN"_s);
        QCOMPARE(dialog.mapping().size(), 10);

        // The date is required.
        QVERIFY(!dialog.extractDate().isValid());
        QVERIFY(!dialog.runImport());
        QVERIFY(dialog.messageText().startsWith(u"Enter the date of the extract"_s));
        // So is the name.
        QComboBox* name = dialog.mappingCombo(DtksField::Name);
        name->setCurrentIndex(0);
        dialog.setExtractDate(QDate(2026, 10, 1));
        QCOMPARE(dialog.findChild<QDateEdit*>(u"extractDateEdit"_s)->text(), u"1 Oktober 2026"_s);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(dialog.messageText(), u"Choose the column that holds the Name: it is required."_s);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_extracts"_s), 0);

        name->setCurrentIndex(name->findData(2));
        QSignalSpy imported(&dialog, &DtksImportDialog::imported);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().at(1).toDate(), QDate(2026, 10, 1));
        QVERIFY(dialog.messageText().isEmpty());
        QVERIFY2(dialog.summaryText().startsWith(
                     u"Extract of 1 October 2026: 7 row(s) imported, 2 bad row(s) skipped"_s),
                 qPrintable(dialog.summaryText()));
        QCOMPARE(dialog.badRowTexts(),
                 (QStringList { u"line 8: the NIK \"627101520188009\" has 15 digits, not 16"_s,
                                u"line 9: the name is empty"_s }));
        QVERIFY(!importButton->isEnabled()); // not twice by mistake
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_records"_s), 7);

        QTest::mouseClick(dialog.findChild<QPushButton*>(u"copyButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog.resultText());
        QVERIFY(dialog.resultText().endsWith(u"line 9: the name is empty"_s));
    }

    void cancelSavesNothing()
    {
        QByteArray csv = "NIK,NAMA\n";
        for (int i = 0; i < 3 * DtksImporter::ProgressEvery; ++i)
            csv += QByteArray::number(6271010101000000LL + i) + ",Nama Contoh\n";
        const QString path = f->dir->filePath(u"besar.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        DtksImportDialog dialog(*f->database, f->user(u"admin"_s));
        dialog.show();
        QVERIFY(dialog.openFile(path));
        dialog.setExtractDate(QDate(2026, 10, 1));
        // The progress dialog processes events while importing: the clerk presses Cancel.
        QTimer::singleShot(0, &dialog, [&dialog] {
            if (auto* progress = dialog.findChild<QProgressDialog*>())
                progress->cancel();
        });
        QVERIFY(!dialog.runImport());
        QVERIFY(dialog.report().cancelled);
        QCOMPARE(dialog.messageText(), u"The import was cancelled; nothing was saved."_s);
        QVERIFY(dialog.summaryText().isEmpty());
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_records"_s), 0);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_extracts"_s), 0);
    }

    void lookupWidget()
    {
        DtksLookupWidget widget(*f->database);
        QCOMPARE(widget.extractText(), u"No DTKS extract imported yet."_s);
        widget.search(u"siti aminah"_s);
        QCOMPARE(widget.messageText(), u"No DTKS extract imported yet: nothing to look in."_s);
        importSample();
        widget.refresh();
        QCOMPARE(widget.extractText(), u"DTKS data as of 1 October 2026 (7 row(s))"_s);
        QCOMPARE(widget.resultsTable()->rowCount(), 1); // the last search, again
        QCOMPARE(widget.resultsTable()->item(0, 0)->text(), u"1 October 2026"_s);
        QCOMPARE(widget.resultsTable()->item(0, 1)->text(), u"6271015201880099"_s);
        QCOMPARE(widget.resultsTable()->item(0, 3)->text(), u"PKH, BPNT"_s);
        widget.searchField()->setText(u"6271015201889999"_s);
        QTest::keyClick(widget.searchField(), Qt::Key_Return);
        QCOMPARE(widget.resultsTable()->rowCount(), 0);
        QCOMPARE(widget.messageText(), u"Not found in DTKS (extract of 1 October 2026)."_s);
    }

    void counterLine()
    {
        const RegionTable regions = RegionTable::builtIn();
        Session session { *f->database, *f->catalog, f->calendar, regions, f->user(u"siti"_s) };
        ApplicantForm form(session);
        form.show();
        auto* nik = form.findChild<QLineEdit*>(u"nikLineEdit"_s);
        auto* line = form.findChild<QLabel*>(u"dtksLabel"_s);
        QTest::keyClicks(nik, u"6271015201880099"_s);
        QVERIFY(line->isVisible());
        QCOMPARE(line->text(), u"No DTKS extract imported yet"_s);
        importSample();
        form.clear();
        QVERIFY(!line->isVisible());
        QTest::keyClicks(nik, u"6271015201880099"_s);
        QCOMPARE(line->text(), u"Registered in DTKS (extract of 1 October 2026): PKH, BPNT"_s);
        QTest::keyClick(nik, Qt::Key_Backspace);
        QVERIFY(!line->isVisible()); // 15 digits: no lookup
        QTest::keyClicks(nik, u"8"_s);
        QCOMPARE(line->text(), u"Not found in DTKS (extract of 1 October 2026)"_s);
    }

    void caseViewLineInDtksServices()
    {
        importSample();
        const QString certificate
            = f->registerCase(u"PKY-08"_s, f->clock, u"Siti Aminah"_s, u"6271015201880099"_s);
        const QString other
            = f->registerCase(u"PKY-01"_s, f->clock, u"Siti Aminah"_s, u"6271015201880099"_s);
        QVERIFY(!certificate.isEmpty() && !other.isEmpty());
        CaseApplicantPanel panel;
        panel.setDtksSource([this](const Case& record) {
            return DtksLookupWidget::caseLine(*f->database, *f->catalog, record,
                                              QDate(2026, 11, 20));
        });
        auto* label = panel.findChild<QLabel*>(u"applicantLabel"_s);
        panel.setCase(*CaseQueries(*f->database).find(certificate));
        QVERIFY2(
            label->text().contains(u"Registered in DTKS (extract of 1 October 2026): PKH, BPNT"_s),
            qPrintable(label->text()));
        panel.setCase(*CaseQueries(*f->database).find(other));
        QVERIFY(!label->text().contains(u"DTKS"_s));
    }

    void caseViewEscapesTheExtractsText()
    {
        DtksImportReport report;
        QString error;
        QVERIFY2(importCsv(*f, "NIK,NAMA,PROGRAM\n6271015201880099,Siti,\"<b>PKH & BPNT\"\n",
                           QDate(2026, 10, 1), &report, &error),
                 qPrintable(error));
        const QString number
            = f->registerCase(u"PKY-08"_s, f->clock, u"Siti Aminah"_s, u"6271015201880099"_s);
        CaseApplicantPanel panel;
        panel.setDtksSource([this](const Case& record) {
            return DtksLookupWidget::caseLine(*f->database, *f->catalog, record,
                                              QDate(2026, 11, 20));
        });
        panel.setCase(*CaseQueries(*f->database).find(number));
        const QString html = panel.findChild<QLabel*>(u"applicantLabel"_s)->text();
        QVERIFY2(html.contains(u"&lt;b&gt;PKH &amp; BPNT"_s), qPrintable(html));
        QVERIFY(!html.contains(u"<b>PKH"_s));
    }
};

QTEST_MAIN(TestDtksImportDialog)
#include "tst_dtksimportdialog.moc"
