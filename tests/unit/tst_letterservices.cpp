// Every one of the 45 services of the three built-in catalogs prints a document: the product of a
// synthetic case, rendered to PDF and read back with pdftotext. Also: the mapping covers every
// service, and every type of every service renders without an unknown placeholder.
#include "LetterParts.h"
#include "LetterSpecs.h"
#include "LetterTestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;
using namespace loket::testing;

class TestLetterServices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void mappingCoversEveryService();
    void everyTypeRenders();
    void productPdf_data();
    void productPdf();

private:
    QTemporaryDir m_dir;
};

void TestLetterServices::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(builtInServiceCodes().size(), 45);
}

void TestLetterServices::init()
{
    // A placeholder the renderer does not fill is a typo in a template or in the mapping.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("unknown placeholder|not found")));
}

void TestLetterServices::mappingCoversEveryService()
{
    QStringList errors;
    QFile file(QStringLiteral(":/templates/letters/services.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(LetterSpecs::fromJson(file.readAll(), &errors));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

    const LetterSpecs specs = LetterSpecs::builtIn();
    QStringList mapped = specs.serviceCodes();
    QStringList catalog = builtInServiceCodes();
    mapped.sort();
    catalog.sort();
    QCOMPARE(mapped, catalog);
    for (const QString& code : std::as_const(catalog)) {
        const QString product = specs.productType(code);
        QVERIFY2(!product.isEmpty(), qPrintable(code));
        QVERIFY2(specs.spec(code, product, false), qPrintable(code));
        // Any case can be refused in writing.
        QVERIFY2(specs.types(code).contains(QStringLiteral("rejection")), qPrintable(code));
    }
    // A person not found in the DTKS gets a letter saying so, wherever the DTKS is checked.
    for (const char* code : { "PKY-08", "KTB-04", "SRY-05" })
        QVERIFY(specs.types(QString::fromLatin1(code)).contains(QStringLiteral("not-registered")));
    QVERIFY(specs.types(QStringLiteral("PKY-01")).contains(QStringLiteral("collective-decree")));
}

void TestLetterServices::everyTypeRenders()
{
    const LetterSpecs specs = LetterSpecs::builtIn();
    const LetterRenderer renderer;
    for (const QString& code : builtInServiceCodes()) {
        for (const QString& type : specs.types(code)) {
            for (const bool renewal : { false, true }) {
                Case record = caseFor(code);
                record.renewal = renewal;
                QString error;
                const auto data = LetterBuilder(builtIn(officeOf(code)), specs)
                                      .build(record, type, QDate(2024, 1, 4), &error);
                QVERIFY2(data,
                         qPrintable(code + QLatin1Char(' ') + type + QStringLiteral(": ") + error));
                const QString html = renderer.html(*data);
                QVERIFY2(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; "
                                                      "&amp; &quot;Budi&quot; O'Neil")),
                         qPrintable(code + QLatin1Char(' ') + type));
                QVERIFY(!html.contains(QStringLiteral("<script>")));
                QVERIFY2(!html.contains(QStringLiteral("{{")), qPrintable(code + type));
            }
        }
    }
}

void TestLetterServices::productPdf_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("phrases");
    auto row = [](const char* code, std::initializer_list<const char*> phrases) {
        QStringList list;
        for (const char* phrase : phrases)
            list << QString::fromUtf8(phrase);
        QTest::newRow(code) << QString::fromLatin1(code) << list;
    };
    row("PKY-01", { "REKOMENDASI PENERBITAN KARTU INDONESIA SEHAT PENERIMA BANTUAN IURAN" });
    row("PKY-02", { "BERITA ACARA SERAH TERIMA BANTUAN LOGISTIK", "PIHAK PERTAMA" });
    row("PKY-03",
        { "SURAT PENGANTAR", "Jangka Panjang (3 Bulan)", "Pelayanan Terpadu Satu Pintu" });
    row("PKY-04", { "SURAT PENGANTAR", "Jangka Pendek (3 Hari)", "Pelayanan Terpadu Satu Pintu" });
    row("PKY-05",
        { "TANDA DAFTAR LEMBAGA KESEJAHTERAAN SOSIAL", "LKS Harapan & Kasih",
          "Menteri Sosial c.q. Direktur Jenderal Pemberdayaan Sosial", "Gubernur Kalimantan Tengah",
          "Wali Kota Palangka Raya", "Tembusan:" });
    row("PKY-06", { "REKOMENDASI IZIN OPERASIONAL LEMBAGA KESEJAHTERAAN SOSIAL" });
    row("PKY-07", { "CATATAN PELAYANAN PENGUSULAN DATA TERPADU KESEJAHTERAAN SOSIAL" });
    row("PKY-08", { "SURAT KETERANGAN TERDAFTAR DALAM DATA TERPADU KESEJAHTERAAN SOSIAL" });
    row("PKY-09", { "CATATAN PELAYANAN PENDAMPINGAN SOSIAL" });
    row("PKY-10", { "SURAT REKOMENDASI CALON ORANG TUA ANGKAT" });
    row("PKY-11", { "Pemulangan Orang Terlantar", "Yth. Kepala Dinas Sosial" });
    row("PKY-12", { "SURAT REKOMENDASI BANTUAN SOSIAL MELALUI LEMBAGA KESEJAHTERAAN SOSIAL" });
    row("PKY-13", { "CATATAN PELAYANAN FASILITASI ORANG TERLANTAR" });
    row("PKY-14", { "CATATAN PELAYANAN PENDAMPINGAN PEMAKAMAN JENAZAH ORANG TERLANTAR" });
    row("PKY-15", { "Rujukan Lanjut Usia ke Panti Sosial", "Dengan hormat," });
    row("PKY-16", { "Rujukan Anak Terlantar ke Panti Sosial" });
    row("PKY-17", { "BERITA ACARA SERAH TERIMA KLIEN RUMAH SINGGAH" });
    row("PKY-18", { "BERITA ACARA SERAH TERIMA FASILITAS ALAT BANTU" });
    row("PKY-19", { "Disabilitas Mental", "Direktur Rumah Sakit Jiwa" });
    row("PKY-20", { "CATATAN PELAYANAN BAGI PENYANDANG DISABILITAS MENTAL DALAM ASUHAN KELUARGA" });
    row("PKY-21", { "CATATAN PELAYANAN MOTIVASI" });
    row("PKY-22", { "CATATAN PELAYANAN SOSIAL PEMERLU PELAYANAN KESEJAHTERAAN SOSIAL" });
    row("PKY-23", { "Tanggapan atas Pengaduan" });
    row("SRY-01", { "REKOMENDASI PENGUMPULAN UANG/BARANG DAN UNDIAN GRATIS BERHADIAH" });
    row("SRY-02", { "REKOMENDASI IZIN OPERASIONAL LEMBAGA KESEJAHTERAAN SOSIAL" });
    row("SRY-03", { "BERITA ACARA SERAH TERIMA BANTUAN PERMAKANAN, SANDANG DAN ALAT BANTU" });
    row("SRY-04", { "CATATAN PELAYANAN KEDARURATAN REHABILITASI SOSIAL" });
    row("SRY-05", { "SURAT KETERANGAN KEPESERTAAN DATA TERPADU KESEJAHTERAAN SOSIAL" });
    row("SRY-06", { "BERITA ACARA SERAH TERIMA BANTUAN LOGISTIK BENCANA" });
    row("KTB-01",
        { "SURAT IZIN ZIARAH TAMAN MAKAM PAHLAWAN", "Sub Koordinator Kepahlawanan dan KAT",
          "Kepala Bidang Pemberdayaan Sosial" });
    row("KTB-02",
        { "Pertimbangan Teknis Izin Pengumpulan Uang atau Barang (PUB)", "Bupati Kotabaru c.q." });
    row("KTB-03",
        { "SURAT TANDA DAFTAR LEMBAGA KESEJAHTERAAN SOSIAL",
          "Menteri Sosial c.q. Direktur Jenderal Pemberdayaan Sosial",
          "Gubernur Kalimantan Selatan c.q. Kepala Dinas Sosial Provinsi Kalimantan Selatan",
          "Bupati Kotabaru c.q. Kepala Dinas Sosial Kabupaten Kotabaru" });
    row("KTB-04", { "SURAT KETERANGAN KEPESERTAAN DATA TERPADU KESEJAHTERAAN SOSIAL" });
    row("KTB-05",
        { "BERITA ACARA SERAH TERIMA BANTUAN LOGISTIK BAGI KORBAN BENCANA ALAM DAN NON ALAM" });
    row("KTB-06",
        { "KEPUTUSAN BUPATI KOTABARU", "MEMUTUSKAN", "KESATU", "Menetapkan",
          "Rumah Tidak Layak Huni (RUTILAHU)", "LAMPIRAN" });
    row("KTB-07", { "KEPUTUSAN BUPATI KOTABARU", "Usaha Ekonomi Produktif Perorangan (UEP-P)" });
    row("KTB-08",
        { "Rujukan dan Pendampingan Penderita Gangguan Jiwa Terlantar", "Rumah Sakit Jiwa" });
    row("KTB-09", { "Lanjut Usia Terlantar ke Panti" });
    row("KTB-10", { "SURAT REKOMENDASI PENGANGKATAN ANAK" });
    row("KTB-11", { "Pemulangan (Reunifikasi) Orang Terlantar" });
    row("KTB-12", { "CATATAN PELAYANAN PENDAMPINGAN ANAK BERHADAPAN DENGAN HUKUM" });
    row("KTB-13", { "KEPUTUSAN BUPATI KOTABARU", "Lanjut Usia, Disabilitas, dan Anak Terlantar" });
    row("KTB-14", { "Rujukan Anak Terlantar dan Remaja Terlantar ke Panti" });
    row("KTB-15", { "Wanita Rawan Sosial, Gelandangan dan Pengemis ke Panti" });
    row("KTB-16", { "CATATAN PELAYANAN TIM REAKSI CEPAT" });
}

void TestLetterServices::productPdf()
{
    QFETCH(QString, code);
    QFETCH(QStringList, phrases);
    const LetterData data = letterFor(code);
    const QString path = m_dir.filePath(code + QStringLiteral(".pdf"));
    const QString text = renderedText(data, path);
    auto expect = [&text, &code](const QString& phrase) {
        QVERIFY2(text.contains(squeezed(phrase)),
                 qPrintable(QStringLiteral("%1: \"%2\" missing").arg(code, phrase)));
    };
    const Office& office = data.office;

    // The heading: the office's letterhead, or, for a decree the office drafts for the regent,
    // the regent's title.
    const bool regentDecree = data.issuer == QLatin1String("BUPATI KOTABARU");
    if (regentDecree) {
        expect(QStringLiteral("KEPUTUSAN BUPATI KOTABARU NOMOR"));
    } else {
        expect(office.governmentLine);
        expect(office.unitLine);
        expect(office.address);
    }
    // A draft has no number yet: dots where it will go (NFKC reads "…" as "...").
    QVERIFY2(QRegularExpression(QStringLiteral("(Nomor:|NOMOR)\\.{24}")).match(text).hasMatch(),
             qPrintable(code));
    expect(QString::fromUtf8(kHostileApplicant));
    for (const QString& phrase : std::as_const(phrases))
        expect(phrase);

    // Who signs: the head of office, unless the decree says otherwise.
    if (regentDecree) {
        expect(QStringLiteral("BUPATI KOTABARU,"));
        expect(QStringLiteral("Kepala Dinas Sosial")); // initials the draft for the regent
    } else if (code == QLatin1String("KTB-04")) {
        expect(QStringLiteral("a.n. KEPALA DINAS SOSIAL KABUPATEN KOTABARU"));
        expect(QStringLiteral("Supervisor Data DTKS,"));
    } else {
        expect(office.head.name);
        expect(QStringLiteral("NIP. ") + letters::formatNip(office.head.nip));
    }
    expect(QStringLiteral("PARAF BERJENJANG Jabatan Paraf Tanggal"));
    expect(data.initials.value(0).position);
    expect(QStringLiteral("KONSEP"));
}

QTEST_MAIN(TestLetterServices)
#include "tst_letterservices.moc"
