// Printing an issued document: every printing is counted in the audit log under the letter's
// number (so the case's audit trail shows it), the first is the original and every later one a
// copy, which prints with SALINAN across the page while the stored HTML stays as issued. Also the
// attachment size check made before a file is read.
#include "Attachments.h"
#include "AuditQueries.h"
#include "CaseQueries.h"
#include "DocumentTestSupport.h"
#include "IssuedDocuments.h"
#include "LetterRenderer.h"
#include "ProductIssuer.h"
#include "WorkflowFixture.h"

using namespace loket;
using namespace loket::test;

class TestDocumentPrints : public QObject
{
    Q_OBJECT
private slots:
    void printsAreCountedInTheAuditLog();
    void reprintIsMarkedWithoutChangingTheStoredHtml();
    void watermarkReplacesAnyMark();
    void attachmentSizeIsCheckedBeforeReading();

private:
    StoredDocument issuedProduct(WorkflowFixture& f);
};

StoredDocument TestDocumentPrints::issuedProduct(WorkflowFixture& f)
{
    ProductIssuer issuer(*f.database, *f.catalog, f.dir->filePath(QStringLiteral("templates")));
    CaseWorkflow flow(*f.database, *f.catalog, &issuer);
    const QString number = f.registerCase(QStringLiteral("PKY-08"), f.tick());
    if (!f.bringTo(flow, number, CaseStatus::ProductReady))
        return {};
    const QList<StoredDocument> documents
        = IssuedDocuments(*f.database).forCase(*CaseQueries(*f.database).idOf(number));
    return documents.isEmpty() ? StoredDocument() : documents.first();
}

void TestDocumentPrints::printsAreCountedInTheAuditLog()
{
    WorkflowFixture f;
    QVERIFY(f.open());
    const StoredDocument document = issuedProduct(f);
    QVERIFY(!document.number.isEmpty());
    IssuedDocuments store(*f.database);
    QCOMPARE(store.printCount(document), 0);
    QString error;
    QCOMPARE(store.recordPrint(document, QStringLiteral("paper"), f.user(QStringLiteral("siti")),
                               f.tick(), &error),
             1);
    QCOMPARE(store.recordPrint(document, QStringLiteral("pdf"), f.user(QStringLiteral("budi")),
                               f.tick(), &error),
             2);
    QCOMPARE(store.printCount(document), 2);

    // In the case's audit trail, newest first, with the number and the running count.
    AuditFilter filter;
    filter.caseNumber = document.caseNumber;
    QList<AuditRecord> prints;
    for (const AuditRecord& record : AuditQueries(*f.database).list(filter, &error)) {
        if (record.action == QLatin1String("print"))
            prints << record;
    }
    QCOMPARE(prints.size(), 2);
    QCOMPARE(prints.at(0).username, QStringLiteral("budi"));
    QCOMPARE(prints.at(0).recordId, document.number);
    QCOMPARE(prints.at(0).after.value(QStringLiteral("number")).toString(), document.number);
    QCOMPARE(prints.at(0).after.value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(prints.at(0).after.value(QStringLiteral("copy")).toBool(), true);
    QCOMPARE(prints.at(0).after.value(QStringLiteral("medium")).toString(), QStringLiteral("pdf"));
    QCOMPARE(prints.at(1).after.value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(prints.at(1).after.value(QStringLiteral("copy")).toBool(), false);
}

void TestDocumentPrints::reprintIsMarkedWithoutChangingTheStoredHtml()
{
    WorkflowFixture f;
    QVERIFY(f.open());
    const StoredDocument document = issuedProduct(f);
    QVERIFY(!document.content.isEmpty());
    QVERIFY(LetterRenderer::watermarkOf(document.content).isEmpty());
    const LetterRenderer renderer;
    const QString original = f.dir->filePath(QStringLiteral("asli.pdf"));
    const QString copy = f.dir->filePath(QStringLiteral("salinan.pdf"));
    QString error;
    QVERIFY2(renderer.writePdf(document.content, original, &error), qPrintable(error));
    QVERIFY2(renderer.writePdf(
                 LetterRenderer::withWatermark(document.content, QStringLiteral("SALINAN")), copy,
                 &error),
             qPrintable(error));
    // The diagonal mark comes out letter by letter: compare without white space.
    const QString originalText = testing::squeezed(testing::pdfText(original));
    const QString copyText = testing::squeezed(testing::pdfText(copy));
    QVERIFY2(originalText.contains(document.number), qPrintable(originalText));
    QVERIFY(!originalText.contains(QStringLiteral("SALINAN")));
    QVERIFY2(copyText.contains(QStringLiteral("SALINAN")), qPrintable(copyText));
    QVERIFY(copyText.contains(document.number));

    // What is stored is what was issued: same content, still intact.
    const std::optional<StoredDocument> stored
        = IssuedDocuments(*f.database).byCode(document.verificationCode);
    QVERIFY(stored);
    QCOMPARE(stored->content, document.content);
    QVERIFY(stored->intact());
}

void TestDocumentPrints::watermarkReplacesAnyMark()
{
    const QString html = QStringLiteral("<html><body>Surat</body></html>");
    const QString copy = LetterRenderer::withWatermark(html, QStringLiteral("SALINAN"));
    QCOMPARE(LetterRenderer::watermarkOf(copy), QStringLiteral("SALINAN"));
    QVERIFY(copy.endsWith(html));
    const QString draft = QStringLiteral("<!--loket-watermark:KONSEP-->\n") + html;
    QCOMPARE(LetterRenderer::watermarkOf(
                 LetterRenderer::withWatermark(draft, QStringLiteral("SALINAN"))),
             QStringLiteral("SALINAN"));
    QCOMPARE(LetterRenderer::withWatermark(draft, QString()), html);
    QCOMPARE(LetterRenderer::withWatermark(copy, QStringLiteral("SALINAN")), copy);
}

void TestDocumentPrints::attachmentSizeIsCheckedBeforeReading()
{
    QVERIFY(Attachments::checkSize(QStringLiteral("ktp.png"), Attachments::MaxSize).isEmpty());
    const QString tooBig
        = Attachments::checkSize(QStringLiteral("/tmp/scan kk.pdf"), 11 * 1024 * 1024);
    QVERIFY2(tooBig.contains(QStringLiteral("scan kk.pdf is 11.0 MB")), qPrintable(tooBig));
    QVERIFY(tooBig.contains(QStringLiteral("at most 10 MB")));
    QVERIFY(!Attachments::checkSize(QStringLiteral("kosong.pdf"), 0).isEmpty());
    // The content check says the same for the same size.
    QCOMPARE(
        Attachments::check(QStringLiteral("/tmp/scan kk.pdf"), QByteArray(11 * 1024 * 1024, 'x')),
        tooBig);
}

QTEST_MAIN(TestDocumentPrints)
#include "tst_documentprints.moc"
