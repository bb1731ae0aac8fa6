// The back-office renderer's parts: signature forms, draft and copy marks, tiered initials, the
// monthly collective KIS-PBI decree, the QR code of the verification footer, and escaping.
#include "LetterParts.h"
#include "LetterTestSupport.h"
#include "QrCode.h"
#include "RealComponent.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace loket;
using namespace loket::testing;

class TestLetterRenderer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signatureForms_data();
    void signatureForms();
    void draftCopyAndIssued();
    void initialsWhenInitialled();
    void collectiveKisPbiDecree();
    void qrCodeDecodes();
    void valuesAreNeverMarkupOrPlaceholders();
    void renewalWording();

private:
    QString pdf(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestLetterRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestLetterRenderer::signatureForms_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<QString>("expected");
    QTest::newRow("direct") << int(LetterSigner::Form::Direct)
                            << QStringLiteral("KEPALA DINAS SOSIAL KOTA PALANGKA RAYA, ");
    QTest::newRow("a.n.") << int(LetterSigner::Form::OnBehalf)
                          << QStringLiteral("a.n. KEPALA DINAS SOSIAL KOTA PALANGKA RAYA "
                                            "Sekretaris, ");
    QTest::newRow("Plt.") << int(LetterSigner::Form::Acting)
                          << QStringLiteral("Plt. KEPALA DINAS SOSIAL KOTA PALANGKA RAYA, ");
    QTest::newRow("Plh.") << int(LetterSigner::Form::Daily)
                          << QStringLiteral("Plh. KEPALA DINAS SOSIAL KOTA PALANGKA RAYA, ");
}

void TestLetterRenderer::signatureForms()
{
    QFETCH(int, form);
    QFETCH(QString, expected);
    LetterData data = letterFor(QStringLiteral("PKY-06"));
    data.signer.form = static_cast<LetterSigner::Form>(form);
    data.signer.ownPosition = QStringLiteral("Sekretaris");
    data.signer.name = QStringLiteral("Drs. AGUS SALIM, M.Si");
    data.signer.rank = QStringLiteral("Pembina Tingkat I");
    data.signer.grade = QStringLiteral("IV/b");
    data.signer.nip = QStringLiteral("197001011995031002");
    const QString text = renderedText(data, pdf(QStringLiteral("form-%1.pdf").arg(form)));
    QVERIFY2(text.contains(squeezed(expected
                                    + QStringLiteral("Drs. AGUS SALIM, M.Si "
                                                     "Pembina Tingkat I (IV/b) "
                                                     "NIP. 19700101 199503 1 002"))),
             qPrintable(text));
    if (form == int(LetterSigner::Form::Direct))
        QVERIFY(!text.contains(QStringLiteral("a.n.")));
}

void TestLetterRenderer::draftCopyAndIssued()
{
    LetterData data = letterFor(QStringLiteral("KTB-01"));
    QString text = renderedText(data, pdf(QStringLiteral("draft.pdf")));
    QVERIFY(text.contains(QStringLiteral("KONSEP")));
    QVERIFY(text.contains(QStringLiteral("Nomor:......")));
    QVERIFY(!text.contains(QStringLiteral("SALINAN")));
    QVERIFY(LetterRenderer::watermarkOf(LetterRenderer().html(data)) == QStringLiteral("KONSEP"));

    data.draft = false;
    data.number = QStringLiteral("400.9/017/PS/I/2024");
    text = renderedText(data, pdf(QStringLiteral("issued.pdf")));
    QVERIFY(!text.contains(QStringLiteral("KONSEP")));
    QVERIFY(text.contains(QStringLiteral("Nomor:400.9/017/PS/I/2024")));
    QVERIFY(LetterRenderer::watermarkOf(LetterRenderer().html(data)).isEmpty());

    data.copy = true;
    text = renderedText(data, pdf(QStringLiteral("copy.pdf")));
    QVERIFY(text.contains(QStringLiteral("SALINAN")));
    QVERIFY(!text.contains(QStringLiteral("KONSEP")));
    QCOMPARE(pdfInfo(pdf(QStringLiteral("copy.pdf")), QStringLiteral("Pages")),
             QStringLiteral("1"));
    QVERIFY(pdfInfo(pdf(QStringLiteral("copy.pdf")), QStringLiteral("Page size"))
                .startsWith(QStringLiteral("595 x 842 pts")));
}

void TestLetterRenderer::initialsWhenInitialled()
{
    LetterData data = letterFor(QStringLiteral("KTB-01"));
    QCOMPARE(data.initials.size(), 3);
    data.initials[2].initialledBy = QStringLiteral("RH");
    data.initials[2].date = QDate(2024, 1, 3);
    data.initials[1].initialledBy = QStringLiteral("<b>MS</b>");
    data.initials[1].date = QDate(2024, 1, 4);
    const QString text = renderedText(data, pdf(QStringLiteral("initials.pdf")));
    QVERIFY(text.contains(squeezed(QStringLiteral("Sekretaris Kepala Bidang Pemberdayaan Sosial "
                                                  "<b>MS</b> 04-01-2024 Sub Koordinator "
                                                  "Kepahlawanan dan KAT RH 03-01-2024"))));
}

void TestLetterRenderer::collectiveKisPbiDecree()
{
    const QList<Case> cases = {
        caseFor(QStringLiteral("PKY-01"), QStringLiteral("Siti Rahmawati"),
                QStringLiteral("6271014107850001")),
        caseFor(QStringLiteral("PKY-01"), QStringLiteral("Yohanes Dinata"),
                QStringLiteral("6271010203770002")),
        caseFor(QStringLiteral("PKY-01"), QString::fromUtf8(kHostileApplicant),
                QStringLiteral("6271015506920003")),
    };
    QString error;
    const auto data
        = LetterBuilder(builtIn(QStringLiteral("palangka-raya")), LetterSpecs::builtIn())
              .collective(QStringLiteral("PKY-01"), QStringLiteral("collective-decree"), cases,
                          QDate(2024, 1, 1), QDate(2024, 1, 31), &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->recipients.size(), 3);
    const QString path = pdf(QStringLiteral("kis-pbi.pdf"));
    const QString text = renderedText(*data, path);
    for (const QString& expected :
         { QStringLiteral("KEPUTUSAN KEPALA DINAS SOSIAL KOTA PALANGKA RAYA NOMOR"),
           QStringLiteral("TENTANG PENAMBAHAN KEPESERTAAN KARTU INDONESIA SEHAT PENERIMA "
                          "BANTUAN IURAN (KIS-PBI) SECARA KOLEKTIF BULAN JANUARI 2024"),
           QStringLiteral("Menimbang"), QStringLiteral("Mengingat"), QStringLiteral("MEMUTUSKAN"),
           QStringLiteral("KESATU"), QStringLiteral("KEDUA"), QStringLiteral("KETIGA"),
           QStringLiteral("sebanyak 3 (tiga) orang"),
           QStringLiteral("paling lambat tanggal 15 Februari 2024"),
           QStringLiteral("Ditetapkan di Palangka Raya pada tanggal 31 Januari 2024"),
           QStringLiteral("LAMPIRAN"), QStringLiteral("Siti Rahmawati 6271014107850001"),
           QStringLiteral("Yohanes Dinata 6271010203770002"),
           QString::fromUtf8(kHostileApplicant) + QStringLiteral(" 6271015506920003"),
           QStringLiteral("PKY-01/2024/000123"), QStringLiteral("NYTA BIANYTA REZZA, S.Sos") })
        QVERIFY2(text.contains(squeezed(expected)), qPrintable(expected));
    // The list of participants starts a page of its own, the last.
    const QString pages = pdfInfo(path, QStringLiteral("Pages"));
    QVERIFY(pages.toInt() >= 2);
    const QString lastPage = squeezed(
        run(QStringLiteral("pdftotext"),
            { QStringLiteral("-raw"), QStringLiteral("-f"), pages, path, QStringLiteral("-") }));
    QVERIFY2(lastPage.startsWith(QStringLiteral("LAMPIRAN")), qPrintable(lastPage));
    QVERIFY(lastPage.contains(QStringLiteral("SitiRahmawati")));
}

void TestLetterRenderer::qrCodeDecodes()
{
    const QImage image = QrCode::image(QStringLiteral("LOKET:kotabaru:7H3K-Q9XP"));
    QVERIFY(!image.isNull());
    QCOMPARE(image.format(), QImage::Format_Mono);
    QCOMPARE(image.width(), image.height());
    QVERIFY(QrCode::image(QString()).isNull());

    LetterData data = letterFor(QStringLiteral("KTB-03"));
    data.draft = false;
    data.number = QStringLiteral("460/112/PS/2024");
    data.verificationCode = QStringLiteral("7H3K-Q9XP");
    const QString html = LetterRenderer().html(data);
    QVERIFY(html.contains(QStringLiteral("data:image/png;base64,")));
    const QString path = pdf(QStringLiteral("qr.pdf"));
    const QString text = renderedText(data, path);
    QVERIFY(text.contains(QStringLiteral("Kodeverifikasi:7H3K-Q9XP")));
    // Logo and QR code are both in the PDF.
    QVERIFY(run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path })
                .count(QStringLiteral("image"))
            >= 2);

    LOKET_REQUIRE_COMPONENT(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty(),
                            QStringLiteral("zbarimg (zbar-tools) is not installed; the QR code was "
                                           "checked to be present"));
    // The footer is on the last page.
    const QString png = pdf(QStringLiteral("qr-page"));
    const QString last = pdfInfo(path, QStringLiteral("Pages"));
    run(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-f"), last,
          QStringLiteral("-l"), last, QStringLiteral("-png"), QStringLiteral("-singlefile"), path,
          png });
    const QString decoded
        = run(QStringLiteral("zbarimg"),
              { QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sdisable"),
                QStringLiteral("-Sqrcode.enable"), png + QStringLiteral(".png") });
    QCOMPARE(decoded.trimmed(), QStringLiteral("LOKET:kotabaru:7H3K-Q9XP"));
}

void TestLetterRenderer::valuesAreNeverMarkupOrPlaceholders()
{
    LetterData data = letterFor(QStringLiteral("PKY-23"));
    data.person.address = QStringLiteral("{{signerName}} Jl. <i>Kenanga</i>");
    data.findings = QStringLiteral("Baris satu & <u>dua</u>\n{{officeName}}");
    const QString html = LetterRenderer().html(data);
    QVERIFY(html.contains(QStringLiteral("Baris satu &amp; &lt;u&gt;dua&lt;/u&gt;<br/>"
                                         "{{officeName}}")));
    QVERIFY(!html.contains(QStringLiteral("<i>Kenanga")));
    const QString text = renderedText(data, pdf(QStringLiteral("values.pdf")));
    QVERIFY(text.contains(squeezed(QStringLiteral("Baris satu & <u>dua</u> {{officeName}}"))));
    QVERIFY(text.contains(
        squeezed(QStringLiteral("Yth. Sdr. ") + QString::fromUtf8(kHostileApplicant))));
}

void TestLetterRenderer::renewalWording()
{
    Case record = caseFor(QStringLiteral("PKY-05"));
    record.renewal = true;
    QString error;
    const auto renewal
        = LetterBuilder(builtIn(QStringLiteral("palangka-raya")), LetterSpecs::builtIn())
              .build(record, QString(), QDate(2024, 1, 4), &error);
    QVERIFY(renewal);
    const QString text
        = squeezed(LetterRenderer().document(LetterRenderer().html(*renewal))->toPlainText());
    QVERIFY(text.contains(QStringLiteral("TANDADAFTARLEMBAGAKESEJAHTERAANSOSIAL(PERPANJANGAN)")));
    QVERIFY(text.contains(QStringLiteral("telahdiperpanjangpendaftarannya")));
    const QString fresh
        = squeezed(LetterRenderer()
                       .document(LetterRenderer().html(letterFor(QStringLiteral("PKY-05"))))
                       ->toPlainText());
    QVERIFY(!fresh.contains(QStringLiteral("PERPANJANGAN")));
    QVERIFY(fresh.contains(QStringLiteral("telahterdaftarsebagai")));
}

QTEST_MAIN(TestLetterRenderer)
#include "tst_letterrenderer.moc"
