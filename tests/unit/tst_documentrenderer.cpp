// Front-office documents: the receipt and the missing-documents slip, as HTML and as PDF, from
// the built-in catalogs; templates, their overrides and the page setup. The service standard is
// tst_servicestandard.cpp.
#include "DocumentRenderer.h"
#include "DocumentTestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace loket;

using namespace loket::testing;

class TestDocumentRenderer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void escapesEveryValue_data();
    void escapesEveryValue();
    void receiptPdf_data();
    void receiptPdf();
    void missingDocumentsSlip();
    void receiptListsOnlyReceived();
    void copyIsMarked_data();
    void copyIsMarked();
    void openEndedCompletion();
    void applicationKind_data();
    void applicationKind();
    void organisationApplicant();
    void overrideTemplate();
    void unknownPlaceholderIsEmpty();
    void unwritablePathFails();
    void pageSetup();

private:
    QTemporaryDir m_dir;
};

void TestDocumentRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString& office : CatalogLoader::builtInOfficeIds())
        QVERIFY2(!builtIn(office).services.isEmpty(), qPrintable(office));
}

void TestDocumentRenderer::init()
{
    // A placeholder the renderer does not fill is a bug in a built-in template.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("unknown placeholder")));
}

void TestDocumentRenderer::escapesEveryValue_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("code");
    QTest::newRow("palangka-raya") << QStringLiteral("palangka-raya") << QStringLiteral("PKY-05");
    QTest::newRow("seruyan") << QStringLiteral("seruyan") << QStringLiteral("SRY-03");
    QTest::newRow("kotabaru") << QStringLiteral("kotabaru") << QStringLiteral("KTB-01");
}

void TestDocumentRenderer::escapesEveryValue()
{
    QFETCH(QString, office);
    QFETCH(QString, code);
    ReceiptData data = receiptFor(office, code);
    data.caseNumber = QStringLiteral("{{clerkName}}"); // a value is never a placeholder
    data.lines.first().note = QStringLiteral("<script>x</script> fotokopi & asli");
    data.clerkName = QStringLiteral("Petugas <i>Satu</i>");

    for (const auto kind : { ReceiptData::Kind::Receipt, ReceiptData::Kind::MissingDocuments }) {
        data.kind = kind;
        const QString html = DocumentRenderer().receiptHtml(data);
        QVERIFY(
            html.contains(QStringLiteral("&lt;b&gt;Budi&lt;/b&gt; &amp; &quot;Sari&quot; O'Neil")));
        QVERIFY(!html.contains(QStringLiteral("<b>Budi</b>")));
        QVERIFY(
            html.contains(QStringLiteral("&lt;script&gt;x&lt;/script&gt; fotokopi &amp; asli")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("Petugas &lt;i&gt;Satu&lt;/i&gt;")));
        QVERIFY(html.contains(QStringLiteral("{{clerkName}}")));
        QVERIFY(!html.contains(QStringLiteral("{{caseNumber}}")));
        QVERIFY(!html.contains(QStringLiteral("<!--"))); // template comments are dropped

        // Rendered, the name reads exactly as typed.
        const auto document = DocumentRenderer().document(html, DocumentRenderer::A4);
        QVERIFY(document->toPlainText().contains(QString::fromUtf8(kHostileName)));
    }
}

void TestDocumentRenderer::receiptPdf_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("code");
    QTest::addColumn<DocumentRenderer::PageSize>("pageSize");
    QTest::addColumn<QString>("paper");
    const QList<std::pair<const char*, const char*>> services
        = { { "palangka-raya", "PKY-05" },
            { "seruyan", "SRY-03" },
            { "kotabaru", "KTB-01" },
            // The longest lists of documents: 11 for Seruyan, 16 for Kotabaru.
            { "seruyan", "SRY-02" },
            { "kotabaru", "KTB-03" } };
    for (const auto& [office, code] : services) {
        QTest::addRow("%s A4", code) << QString::fromLatin1(office) << QString::fromLatin1(code)
                                     << DocumentRenderer::A4 << QStringLiteral("A4");
        QTest::addRow("%s A5", code) << QString::fromLatin1(office) << QString::fromLatin1(code)
                                     << DocumentRenderer::A5 << QStringLiteral("A5");
    }
}

void TestDocumentRenderer::receiptPdf()
{
    QFETCH(QString, office);
    QFETCH(QString, code);
    QFETCH(DocumentRenderer::PageSize, pageSize);
    QFETCH(QString, paper);

    const ReceiptData data = receiptFor(office, code);
    const QString path = m_dir.filePath(QStringLiteral("receipt-%1-%2.pdf").arg(code, paper));
    QString error;
    QVERIFY2(
        DocumentRenderer().writePdf(DocumentRenderer().receiptHtml(data), pageSize, path, &error),
        qPrintable(error));

    QCOMPARE(pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("1"));
    QVERIFY2(pdfInfo(path, QStringLiteral("Page size")).endsWith(QStringLiteral("(%1)").arg(paper)),
             qPrintable(pdfInfo(path, QStringLiteral("Page size"))));

    const QString text = squeezed(pdfText(path));
    QStringList expected
        = { data.office.governmentLine,
            data.office.unitLine,
            QStringLiteral("TANDA TERIMA BERKAS"),
            data.caseNumber,
            QStringLiteral("Selasa, 2 Januari 2024, pukul 09.30 ") + data.office.timeZone,
            QString::fromUtf8(kHostileName),
            data.applicantNik,
            data.serviceName,
            QStringLiteral("Rp0 (Gratis)"),
            data.promisedText,
            data.office.city + QStringLiteral(", 2 Januari 2024"),
            QStringLiteral("Petugas Penerima Berkas,"),
            data.clerkName,
            QStringLiteral("NIP. ") + data.clerkNip };
    const ComplaintChannel& channel = data.office.complaintChannels.first();
    expected << channel.label + QStringLiteral(": ") + channel.value;
    for (const ReceiptLine& line : data.lines)
        expected << line.text;
    for (const QString& fragment : std::as_const(expected))
        QVERIFY2(text.contains(squeezed(fragment)), qPrintable(fragment));
    QVERIFY(!text.contains(QStringLiteral("SALINAN")));
}

void TestDocumentRenderer::missingDocumentsSlip()
{
    const QString office = QStringLiteral("palangka-raya");
    ReceiptData data = receiptFor(office, QStringLiteral("PKY-05"));
    data.kind = ReceiptData::Kind::MissingDocuments;
    QStringList missing;
    for (int i = 0; i < data.lines.size(); i += 3) {
        data.lines[i].received = false;
        missing << data.lines.at(i).text;
    }
    const QString path = m_dir.filePath(QStringLiteral("missing.pdf"));
    QString error;
    QVERIFY2(DocumentRenderer().writePdf(DocumentRenderer().receiptHtml(data), DocumentRenderer::A4,
                                         path, &error),
             qPrintable(error));
    QCOMPARE(pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("1"));

    const QString text = pdfText(path);
    const QString flat = squeezed(text);
    QVERIFY(flat.contains(squeezed(QStringLiteral("SURAT PEMBERITAHUAN KEKURANGAN BERKAS"))));
    QVERIFY(!flat.contains(squeezed(QStringLiteral("TANDA TERIMA BERKAS"))));
    QVERIFY(flat.contains(squeezed(QStringLiteral("menunggu kelengkapan berkas"))));
    QVERIFY(flat.contains(squeezed(data.caseNumber)));
    QVERIFY(flat.contains(squeezed(QString::fromUtf8(kHostileName))));
    QVERIFY(flat.contains(squeezed(data.serviceTimeText)));
    QVERIFY(!flat.contains(squeezed(data.promisedText))); // no clock runs yet

    // Missing items come under their heading, received items under theirs.
    const qsizetype missingAt
        = flat.indexOf(squeezed(QStringLiteral("Berkas yang belum dipenuhi")));
    const qsizetype receivedAt
        = flat.indexOf(squeezed(QStringLiteral("Berkas yang telah diterima")));
    QVERIFY(missingAt >= 0 && receivedAt > missingAt);
    for (const ReceiptLine& line : std::as_const(data.lines)) {
        const qsizetype at = flat.indexOf(squeezed(line.text), missingAt);
        QVERIFY2(at > 0, qPrintable(line.text));
        QVERIFY2(line.received ? at > receivedAt : at < receivedAt, qPrintable(line.text));
    }
    QVERIFY(!missing.isEmpty());
}

void TestDocumentRenderer::receiptListsOnlyReceived()
{
    ReceiptData data = receiptFor(QStringLiteral("palangka-raya"), QStringLiteral("PKY-05"));
    data.lines << ReceiptLine { QStringLiteral("Dokumen pilihan (jika ada)"), QString(), false };
    data.lines.first().note = QStringLiteral("asli diperlihatkan");
    const QString plain = DocumentRenderer()
                              .document(DocumentRenderer().receiptHtml(data), DocumentRenderer::A4)
                              ->toPlainText();
    QVERIFY(!plain.contains(QStringLiteral("Dokumen pilihan")));
    QVERIFY(
        plain.contains(data.lines.first().text + QStringLiteral("\nCatatan: asli diperlihatkan")));
}

void TestDocumentRenderer::copyIsMarked_data()
{
    QTest::addColumn<ReceiptData::Kind>("kind");
    QTest::addColumn<bool>("copy");
    QTest::newRow("receipt") << ReceiptData::Kind::Receipt << false;
    QTest::newRow("receipt copy") << ReceiptData::Kind::Receipt << true;
    QTest::newRow("slip") << ReceiptData::Kind::MissingDocuments << false;
    QTest::newRow("slip copy") << ReceiptData::Kind::MissingDocuments << true;
}

void TestDocumentRenderer::copyIsMarked()
{
    QFETCH(ReceiptData::Kind, kind);
    QFETCH(bool, copy);
    ReceiptData data = receiptFor(QStringLiteral("kotabaru"), QStringLiteral("KTB-01"));
    data.kind = kind;
    data.copy = copy;
    const QString path = m_dir.filePath(
        QStringLiteral("copy-%1.pdf").arg(QString::fromUtf8(QTest::currentDataTag())));
    QVERIFY(DocumentRenderer().writePdf(DocumentRenderer().receiptHtml(data), DocumentRenderer::A5,
                                        path, nullptr));
    QCOMPARE(pdfText(path).contains(QStringLiteral("SALINAN")), copy);
    QCOMPARE(pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("1"));
}

void TestDocumentRenderer::openEndedCompletion()
{
    ReceiptData data = receiptFor(QStringLiteral("seruyan"), QStringLiteral("SRY-04"));
    data.promisedText.clear();
    const QString plain = DocumentRenderer()
                              .document(DocumentRenderer().receiptHtml(data), DocumentRenderer::A4)
                              ->toPlainText();
    QVERIFY2(plain.contains(data.serviceTimeText
                            + QStringLiteral(" (sesuai standar pelayanan; "
                                             "tanpa batas waktu pasti)")),
             qPrintable(plain));
}

void TestDocumentRenderer::applicationKind_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("renewal");
    QTest::addColumn<QString>("expected"); // empty: no such line
    QTest::newRow("LKS new") << QStringLiteral("palangka-raya") << QStringLiteral("PKY-05") << false
                             << QStringLiteral("Jenis permohonan\n:\nPermohonan baru");
    QTest::newRow("LKS renewal") << QStringLiteral("palangka-raya") << QStringLiteral("PKY-05")
                                 << true << QStringLiteral("Jenis permohonan\n:\nPerpanjangan");
    QTest::newRow("no renewal items")
        << QStringLiteral("kotabaru") << QStringLiteral("KTB-01") << false << QString();
}

void TestDocumentRenderer::applicationKind()
{
    QFETCH(QString, office);
    QFETCH(QString, code);
    QFETCH(bool, renewal);
    QFETCH(QString, expected);
    ReceiptData data = receiptFor(office, code);
    data.renewal = renewal;
    const QString html = DocumentRenderer().receiptHtml(data, &serviceOf(office, code));
    const QString plain = DocumentRenderer().document(html, DocumentRenderer::A4)->toPlainText();
    if (expected.isEmpty())
        QVERIFY(!plain.contains(QStringLiteral("Jenis permohonan")));
    else
        QVERIFY2(plain.contains(expected), qPrintable(plain));
}

void TestDocumentRenderer::organisationApplicant()
{
    const ReceiptData data = receiptFor(QStringLiteral("palangka-raya"), QStringLiteral("PKY-05"));
    const QString plain = DocumentRenderer()
                              .document(DocumentRenderer().receiptHtml(data), DocumentRenderer::A4)
                              ->toPlainText();
    QVERIFY(plain.contains(QStringLiteral("Nama lembaga\n:\nLKS Harapan & Kasih")));
    QVERIFY(plain.contains(QStringLiteral("Alamat lembaga\n:\nJl. RTA Milono No. 7")));
    QVERIFY(plain.contains(QStringLiteral("Diajukan oleh\n:\n") + QString::fromUtf8(kHostileName)
                           + QStringLiteral(", NIK 6271014503900002")));
}

void TestDocumentRenderer::overrideTemplate()
{
    QTemporaryDir own;
    QVERIFY(own.isValid());
    auto write = [&own](const char* name, const char* content) {
        QFile file(own.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    write("receipt.html",
          "<html><body>{{letterhead}}<p>TANDA TERIMA KHUSUS KANTOR "
          "{{caseNumber}} untuk {{applicantName}}</p></body></html>");
    write("letterhead.html", "<p>KOP SENDIRI {{unitLine}}</p>");

    const ReceiptData data = receiptFor(QStringLiteral("seruyan"), QStringLiteral("SRY-03"));
    const DocumentRenderer renderer(own.path());
    const QString html = renderer.receiptHtml(data);
    QVERIFY(html.contains(QStringLiteral("<p>KOP SENDIRI DINAS SOSIAL</p>")));
    QVERIFY(html.contains(QStringLiteral("TANDA TERIMA KHUSUS KANTOR SRY-03/2024/000123 untuk "
                                         "&lt;b&gt;Budi&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("Petugas Penerima Berkas")));

    // Templates the office did not override stay the built-in ones.
    ReceiptData slip = data;
    slip.kind = ReceiptData::Kind::MissingDocuments;
    const QString slipHtml = renderer.receiptHtml(slip);
    QVERIFY(slipHtml.contains(QStringLiteral("SURAT PEMBERITAHUAN KEKURANGAN BERKAS")));
    QVERIFY(slipHtml.contains(QStringLiteral("KOP SENDIRI")));
    QCOMPARE(DocumentRenderer().templateText(QStringLiteral("receipt.html")),
             DocumentRenderer(QString()).templateText(QStringLiteral("receipt.html")));
    QVERIFY(DocumentRenderer().receiptHtml(data).contains(QStringLiteral("TANDA TERIMA BERKAS")));
}

void TestDocumentRenderer::unknownPlaceholderIsEmpty()
{
    QTemporaryDir own;
    QFile file(own.filePath(QStringLiteral("receipt.html")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<p>[{{caseNumber}}|{{noSuchThing}}]</p>");
    file.close();
    QTest::ignoreMessage(QtWarningMsg, "document template: unknown placeholder {{noSuchThing}}");
    const QString html
        = DocumentRenderer(own.path())
              .receiptHtml(receiptFor(QStringLiteral("kotabaru"), QStringLiteral("KTB-01")));
    QCOMPARE(html, QStringLiteral("<p>[KTB-01/2024/000123|]</p>"));
}

void TestDocumentRenderer::unwritablePathFails()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/receipt.pdf"));
    QVERIFY(!DocumentRenderer().writePdf(QStringLiteral("<p>x</p>"), DocumentRenderer::A4, path,
                                         &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestDocumentRenderer::pageSetup()
{
    const QString html = DocumentRenderer().receiptHtml(
        receiptFor(QStringLiteral("kotabaru"), QStringLiteral("KTB-01")));
    const auto a4 = DocumentRenderer().document(html, DocumentRenderer::A4);
    const auto a5 = DocumentRenderer().document(html, DocumentRenderer::A5);
    // The document's page is the printer's paintable area, in the same proportions.
    for (const auto& [document, pageSize] :
         { std::pair(a4.get(), DocumentRenderer::A4), std::pair(a5.get(), DocumentRenderer::A5) }) {
        const QSizeF paint
            = DocumentRenderer::pageLayout(pageSize).paintRect(QPageLayout::Point).size();
        QVERIFY(document->pageSize().isValid());
        QCOMPARE(qRound(1000 * document->pageSize().width() / document->pageSize().height()),
                 qRound(1000 * paint.width() / paint.height()));
        QCOMPARE(document->pageCount(), 1);
    }
    QVERIFY(a5->pageSize().width() < a4->pageSize().width());
    QVERIFY(a5->defaultFont().pointSizeF() < a4->defaultFont().pointSizeF());
    QCOMPARE(a4->defaultFont().family(), QStringLiteral("DejaVu Sans"));
    QCOMPARE(DocumentRenderer::pageLayout(DocumentRenderer::A4).pageSize().id(), QPageSize::A4);
    QCOMPARE(DocumentRenderer::pageLayout(DocumentRenderer::A5).pageSize().id(), QPageSize::A5);
}

QTEST_MAIN(TestDocumentRenderer)
#include "tst_documentrenderer.moc"
