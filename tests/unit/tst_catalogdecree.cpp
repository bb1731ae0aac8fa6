// Nine services compared item by item with the decrees they transcribe
// (shared/standards/*.txt): requirements, steps, service time, fee and product.
//
// The expected texts were typed from the decree text files, not copied from the JSON. Where the
// catalog legitimately departs from the raw text (a recorded typo fix, a sub-item prefixed with
// its parent's words, a documented split), the expected value follows the catalog's documented
// rule and a comment says which; the service's notes must record it.
#include "CatalogTestSupport.h"

#include <QTest>

using namespace loket;
using namespace loket::testing;

class TestCatalogDecree : public QObject
{
    Q_OBJECT
private slots:
    void decreeText_data();
    void decreeText();
};

void TestCatalogDecree::decreeText_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("requirements");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("fee");
    QTest::addColumn<QString>("product");
    // Words the service's notes must contain: each departure from the raw text is recorded.
    QTest::addColumn<QStringList>("notesMention");

    // Palangka Raya, "B. JENIS PELAYANAN" item 1 and its standard.
    QTest::addRow("PKY-01 KIS-PBI")
        << QStringLiteral("PKY-01")
        << QStringLiteral("Rekomendasi Penerbitan Kartu Indonesia Sehat Penerima Bantuan Iuran "
                          "(KIS-PBI) Sesuai Perda Kota Palangka Raya No 3 Tahun 2016")
        << QStringList{
               QStringLiteral("Surat Keterangan Tidak Mampu (SKTM) dari RT dan Kelurahan"),
               QStringLiteral("Fotocopy Kartu Keluarga Kota Palangka Raya dan KTP"),
               QStringLiteral("Fotocopy KIS (untuk pengurusan mutasi kepesertaan)"),
           }
        << QStringList{
               QStringLiteral("Pemohon melengkapi berkas persyaratan"),
               QStringLiteral("Pemohon menyerahkan berkas persyaratan kepada petugas"),
               QStringLiteral("Petugas melakukan verifikasi berkas"),
               QStringLiteral("Jika berkas tidak memenuhi persyaratan, maka pemohon diwajibkan untuk "
                              "melengkapi berkas sesuai dengan ketentuan persyaratan"),
               QStringLiteral("Jika berkas pemohon telah memenuhi persyaratan, maka petugas akan "
                              "melakukan penginputan data"),
               QStringLiteral("Jika penginputan data pemohon telah selesai, maka petugas membuat Surat "
                              "Keputusan (SK) Kepala Dinas Sosial Kota Palangka Raya tentang "
                              "penambahan kepesertaan secara kolektif (per bulan). Maksimal "
                              "penyerahan berkas tanggal 15 bulan berikutnya telah diserahkan ke "
                              "pihak BPJS."),
           }
        << QStringLiteral("1 (satu) hari kerja (Penyerahan berkas hingga input ke rekapitulasi "
                          "rekomendasi usulan penerbitan Kartu Indonesia Sehat Penerima Bantuan "
                          "Iuran (KIS-PBI) ke BPJS Kesehatan)")
        << QStringLiteral("Rp 0,00 (Gratis)")
        << QStringLiteral("Rekomendasi Penerbitan Kartu Indonesia Sehat Penerima Bantuan Iuran "
                          "(KIS-PBI)")
        << QStringList();

    QTest::addRow("PKY-04 PUB jangka pendek")
        << QStringLiteral("PKY-04")
        << QStringLiteral("Rekomendasi Izin Pengumpulan Uang dan Barang Jangka Pendek (3 Hari)")
        << QStringList{
               QStringLiteral("Pengumpulan uang dan barang bersifat jangka pendek seperti bencana"),
               QStringLiteral("Surat Permohonan diberikan rekomendasi izin pengumpulan uang atau "
                              "barang (PUB)"),
               QStringLiteral("Proposal Kegiatan"),
               QStringLiteral("Fotocopy KTP Pemohon sebanyak 1 (satu) lembar"),
               QStringLiteral("Susunan Panitia/Pengurus"),
               QStringLiteral("Laporan Pertanggungjawaban Kegiatan PUB sebelumnya (Khusus "
                              "Permohonan Perpanjangan)"),
               // The decree writes "map selhecter"; the recorded typo fix (catalog-format.md's
               // own example) makes it "snelhecter".
               QStringLiteral("Berkas dimasukkan ke dalam map snelhecter"),
           }
        << QStringList{
               QStringLiteral("Pemohon melengkapi berkas persyaratan"),
               QStringLiteral("Pemohon menyerahkan berkas persyaratan kepada petugas"),
               QStringLiteral("Petugas melakukan verifikasi berkas pemohon"),
               QStringLiteral("Jika berkas pemohon telah memenuhi persyaratan, maka petugas akan "
                              "membuat surat pengantar"),
               QStringLiteral("Petugas menghubungi pemohon untuk pengambilan surat pengantar dan "
                              "kelengkapan berkas lainnya untuk selanjutnya pemohon menyerahkan "
                              "berkas ke Dinas PMPTSP."),
           }
        << QStringLiteral("2 (dua) hari kerja") << QStringLiteral("Rp 0,00 (Gratis)")
        << QStringLiteral("Rekomendasi Izin Pengumpulan Uang dan Barang Jangka Pendek (3 Hari)")
        << QStringList{QStringLiteral("selhecter"), QStringLiteral("snelhecter")};

    QTest::addRow("PKY-10 Calon Orang Tua Angkat")
        << QStringLiteral("PKY-10")
        << QStringLiteral("Surat Rekomendasi Calon Orang Tua Angkat (Untuk Adopsi)")
        << QStringList{
               QStringLiteral("Bukan pasangan sejenis"),
               QStringLiteral("Tidak atau belum mempunyai anak atau hanya memiliki satu anak"),
               QStringLiteral("Surat Permohonan"),
               QStringLiteral("Mengisi Formulir yang disediakan"),
               QStringLiteral("Surat Keterangan Sehat Calon Orang Tua (Cota) dari Rumah Sakit "
                              "Pemerintah"),
               QStringLiteral("Surat Keterangan Sehat Jiwa Cota Dari Dokter Spesialis Jiwa Rumah "
                              "Sakit Pemerintah"),
               // Item g, "Berumur antara 30-55 tahun dengan status sah menikah minimal 5 tahun,
               // beragama sama dengan calon anak angkat, dibuktikan dengan Fotocopy Akta Lahir
               // Cota dan Fotocopy Surat/Akta Nikah Cota", is split into five checkable
               // requirements (documented in the service's notes): the joining "dengan" before
               // "status" is dropped and each part starts with a capital.
               QStringLiteral("Berumur antara 30-55 tahun"),
               QStringLiteral("Status sah menikah minimal 5 tahun"),
               QStringLiteral("Beragama sama dengan calon anak angkat"),
               QStringLiteral("Dibuktikan dengan Fotocopy Akta Lahir Cota"),
               QStringLiteral("Dibuktikan dengan Fotocopy Surat/Akta Nikah Cota"),
               QStringLiteral("Fotocopy Kartu Keluarga dan KTP Cota"),
           }
        << QStringList{
               QStringLiteral("Pemohon melengkapi berkas persyaratan sesuai dengan ketentuan"),
               QStringLiteral("Pemohon menyerahkan berkas persyaratan kepada petugas"),
               QStringLiteral("Petugas melakukan verifikasi berkas"),
               QStringLiteral("Jika berkas pemohon telah dinyatakan lengkap dan memenuhi persyaratan "
                              "maka dilanjutkan dengan home visit, assessment dan verifikasi"),
               QStringLiteral("Petugas melakukan seleksi"),
               QStringLiteral("Petugas memproses surat rekomendasi Calon Orang Tua Angkat"),
               QStringLiteral("Petugas menghubungi pemohon untuk pengambilan surat rekomendasi yang "
                              "telah dibuat"),
               QStringLiteral("Petugas melakukan pendampingan hingga proses legalitas adopsi selesai"),
           }
        // Written on two lines in the decree; the catalog joins them with "; " (notes).
        << QStringLiteral("Respon awal : 1 (satu) hari kerja; Tindak lanjut : sesuai kebutuhan "
                          "layanan")
        << QStringLiteral("Rp 0,00 (Gratis)")
        << QStringLiteral("Surat Rekomendasi Calon Orang Tua Angkat (Untuk Adopsi)")
        << QStringList{QStringLiteral("butir g"), QStringLiteral("\"; \"")};

    QTest::addRow("PKY-13 Orang Terlantar perawatan kesehatan")
        << QStringLiteral("PKY-13")
        << QStringLiteral("Pelayanan Fasilitasi Orang Terlantar Yang Memerlukan Perawatan Kesehatan")
        << QStringList{
               QStringLiteral("Laporan dari Masyarakat/Kelurahan/Kepolisian"),
               QStringLiteral("Rujukan dari Puskesmas"),
               QStringLiteral("Tanda Identitas diri (KTP/KK/Surat Domisili)"),
               QStringLiteral("Kartu peserta BPJS Kesehatan (bila ada) atau Surat Keterangan Tidak "
                              "Mampu dari Kelurahan"),
           }
        << QStringList{
               QStringLiteral("Petugas menerima laporan"),
               QStringLiteral("Petugas melakukan assessment, verifikasi dan pendataan terhadap klien "
                              "dan keluarga (jika ada)"),
               QStringLiteral("Petugas melakukan koordinasi dengan pihak terkait (sesuai kondisi)"),
               QStringLiteral("Petugas melakukan fasilitasi dan pendampingan"),
               // Lettered "h." in the decree (e–g are missing): renumbered as step 5.
               QStringLiteral("Petugas melakukan pencarian dan menghubungi pihak keluarga (jika "
                              "mempunyai keluarga namun belum ditemukan)"),
           }
        << QStringLiteral("Respon awal : 1 (satu) hari kerja; Tindak lanjut : sesuai kebutuhan "
                          "layanan")
        << QStringLiteral("Rp 0,00 (Gratis)")
        << QStringLiteral("Pelayanan Fasilitasi Orang Terlantar Yang Memerlukan Perawatan Kesehatan")
        << QStringList{QStringLiteral("\"h.\""), QStringLiteral("langkah 5")};

    // Seruyan: the decree gives no list of services; names are the section headings in title
    // case (office.notes), so `name` here is compared case-insensitively with the heading.
    QTest::addRow("SRY-01 PUB/UGB")
        << QStringLiteral("SRY-01")
        << QStringLiteral("LAYANAN PENGUMPULAN SUMBANGAN (PUB) DAN UNDIAN GRATIS BERHADIAH (UGB)")
        << QStringList{
               QStringLiteral("Foto copy KTP Penanggung jawab (Pengusul)"),
               QStringLiteral("Surat Permohonan"),
               QStringLiteral("Foto copy Akta Pendirian yayasan / Sk Organisasi"),
               QStringLiteral("Foto copy Nomor Rekening Organisasi"),
               QStringLiteral("SPJ PUB dan UGB sebelumnya (jika sudah melaksanakan PUB / UGB)"),
           }
        // Component 3 lists what the application must contain, not procedure steps; the catalog
        // records the eight items as steps prefixed "Permohonan memuat: " (its own words, stated
        // in the notes).
        << QStringList{
               QStringLiteral("Permohonan memuat: Nama dan Alamat Organisasi"),
               QStringLiteral("Permohonan memuat: Akta pendirian dan susunan pengurus"),
               QStringLiteral("Permohonan memuat: Kegiatan Sosial terakhir yang telah dilaksanakan"),
               QStringLiteral("Permohonan memuat: Maksud dan tujuan pengumpulan sumbangan"),
               QStringLiteral("Permohonan memuat: Jangka waktu dan wilayah pelayanan "
                              "penyelenggaraan"),
               QStringLiteral("Permohonan memuat: Mekanisme penyaluran"),
               QStringLiteral("Permohonan memuat: Mekanisme penyelenggaraan"),
               QStringLiteral("Permohonan memuat: rincian Pembiayaan"),
           }
        << QStringLiteral("3 Jam, Maksimal 2 Hari Kerja.") << QStringLiteral("Tidak di pungut Biaya")
        << QStringLiteral("Rekomendasi Pengumpulan Uang/ Barang dan Undian Gratis berhadiah")
        << QStringList{QStringLiteral("\"Permohonan memuat: \"")};

    QTest::addRow("SRY-02 LKS")
        << QStringLiteral("SRY-02") << QStringLiteral("PRODUK LAYANAN LEMBAGA KESEJAHTERAAN SOSIAL")
        << QStringList{
               QStringLiteral("Pengajuan Proposal izin oprasional / Perpanjangan Oprasional"),
               QStringLiteral("Foto copy KTP Direktur / penanggungjawab/ pemilik yang masih berlaku"),
               QStringLiteral("Foto copy Nomor Induk wajib pajak (NPWP) Perusahaan Perorangan"),
               QStringLiteral("Foto copy Akta Pendirian Perusahaan dan perubahannya (untuk permohonan "
                              "yang bebadan hokum)"),
               // "... Berbadan Hukum ." in the decree: the space before the full stop is tidied
               // (notes).
               QStringLiteral("Fotocopy pengesahan Badan Hukum Perseroan dari Kementerian Hukum dan "
                              "HAM Republik Indonesia untuk Perusahaan Berbadan Hukum."),
               QStringLiteral("Foto copy tabungan LKS/LKSA"),
               QStringLiteral("Foto copy Anggaran Rumah Tangga (ART)"),
               QStringLiteral("Foto copy Anggaran Dasar (AD)"),
               QStringLiteral("Pass Photo berwarna 4x6"),
               // Item 10, "Keterangan Rencana Kegiatan , berupa :", has sub-items a–e: each becomes
               // a requirement starting with the parent's words (catalog-format.md, requirements).
               QStringLiteral("Keterangan Rencana Kegiatan: Uraian proses pelayanan yng mencantumkan "
                              "persyaratan dan dilengkapi dengan diagram alur (Flow Chart)"),
               QStringLiteral("Keterangan Rencana Kegiatan: Uraian kegiatan pelayanan"),
               QStringLiteral("Keterangan Rencana Kegiatan: Struktur Organisasi LKS/LKSA"),
               QStringLiteral("Keterangan Rencana Kegiatan: Surat pernyataan bermatrai atas "
                              "kebenaran dokumen yang disampaikan"),
               QStringLiteral("Keterangan Rencana Kegiatan: Permohonan yang tidak secara langsung "
                              "disampaikan oleh pemohon harus dilampirkan Surat Kuasa Asli "
                              "bermatrai"),
           }
        << QStringList{
               QStringLiteral("Pemohon"),
               QStringLiteral("Ferivikasi dan Falidasi"),
               QStringLiteral("Cetak rekomendasi"),
               QStringLiteral("Paraf Koordinasi"),
               QStringLiteral("Penandatanganan rekomendasi Oleh Kadis / yang mewakili"),
               QStringLiteral("Pemohon"),
               QStringLiteral("Penyerahan"),
           }
        << QStringLiteral("Maksimum 14 hari kerja") << QStringLiteral("Tidak di pungut Biaya")
        << QStringLiteral("Rekomendasi Izin Oprasional Lembaga Kesejahteraan Sosial")
        << QStringList{QStringLiteral("\"Keterangan Rencana Kegiatan: \""),
                       QStringLiteral("\"Berbadan Hukum.\"")};

    // Kotabaru: the items end in ";" or "." as list punctuation, which is not part of the
    // item's words and is not kept.
    QTest::addRow("KTB-01 Izin Ziarah TMP")
        << QStringLiteral("KTB-01") << QStringLiteral("Pelayanan Izin Ziarah Taman Makam Pahlawan")
        << QStringList{
               QStringLiteral("Surat permohonan izin untuk ziarah di Taman Makam Pahlawan yang "
                              "berkepentingan kepada Kepala Dinas Sosial Kabupaten Kotabaru"),
           }
        << QStringList{
               QStringLiteral("Disposisi Surat Permohonan ijin ziarah dari yang berkepentingan ke "
                              "Kepala Dinas Sosial/Sekretaris ke Kepala Bidang Pemberdayaan Sosial "
                              "Dinas Sosial"),
               QStringLiteral("Disposisi Kabid Pemberdayaan Sosial ke Sub Koordinator Kepahlawanan "
                              "dan KAT"),
               // The decree writes "Sub Koordinator Kepahlawan dan KAT" here; the recorded typo fix
               // makes it "Kepahlawanan", as in step 2.
               QStringLiteral("Disposisi Sub Koordinator Kepahlawanan dan KAT ke Staf Fungsional Umum "
                              "untuk pengetikan izin ziarah Taman Makam Pahlawan"),
               QStringLiteral("Pengetikan surat izin ziarah Taman Makam Pahlawan dikoreksi dan paraf "
                              "berjenjang oleh Sub Koordinator, Kabid, Sekretaris untuk ditandatangani "
                              "Kepala Dinas"),
           }
        << QStringLiteral("30 (tiga puluh) menit") << QStringLiteral("Tidak dikenakan biaya (Gratis)")
        << QStringLiteral("Surat Izin ziarah di Taman Makam Pahlawan")
        << QStringList{QStringLiteral("\"Sub Koordinator Kepahlawan dan KAT\""),
                       QStringLiteral("\"Kepahlawanan\"")};

    QTest::addRow("KTB-06 RUTILAHU")
        << QStringLiteral("KTB-06")
        << QStringLiteral("Pelayanan Bantuan Sosial Rumah Tidak Layak Huni (RUTILAHU)")
        << QStringList{
               QStringLiteral("Foto copy KTP Kabupaten Kotabaru yang masih berlaku"),
               QStringLiteral("Foto copy KK"),
               QStringLiteral("Masuk dalam Data Terpadu Kesejahteraan Sosial (DTKS) pada aplikasi "
                              "SIKS-NG online"),
               // Item 4 ends "... dan dilampiri dengan:" followed by a–c: the item itself is one
               // requirement, each attachment another, prefixed "Proposal Usulan dilampiri
               // dengan: " (notes).
               QStringLiteral("Proposal Usulan yang di tandatangani oleh Kepala Desa/Lurah ditujukan "
                              "Kepada Bupati Kotabaru Cq. Kepala Dinas Sosial Kabupaten Kotabaru"),
               QStringLiteral("Proposal Usulan dilampiri dengan: Foto rumah (tampak depan, belakang, "
                              "samping kiri, samping kanan)"),
               QStringLiteral("Proposal Usulan dilampiri dengan: Legalitas kepemilikan Tanah (SHM, "
                              "Segel)"),
               // "Recana Anggaran Biaya" in the decree: recorded typo fix.
               QStringLiteral("Proposal Usulan dilampiri dengan: Rencana Anggaran Biaya (RAB) "
                              "penggunaan bantuan sosial"),
           }
        << QStringList{
               QStringLiteral("Proposal permohonan bantuan sosial Rutilahu diserahkan ke Dinas Sosial"),
               QStringLiteral("Dinas Sosial Kabupaten Kotabaru melakukan verifikasi dan validasi calon "
                              "penerima bantuan sosial RUTILAHU"),
               QStringLiteral("Calon penerima bantuan sosial RUTILAHU yang telah dinyatakan valid dan "
                              "memenuhi persyaratan akan ditetapkan sebagai KPM dalam Surat keputusan "
                              "Bupati Kotabaru"),
               QStringLiteral("Calon penerima bantuan sosial melengkapi dan menandatangani "
                              "berkas/persyaratan administrasi yang telah ditentukan serta berkas "
                              "persyaratan pencairan bantuan sosial"),
               QStringLiteral("Dinas Sosial melakukan penyaluran bantuan sosial RUTILAHU melalui "
                              "rekening tabungan Bank Kalsel Cabang Kotabaru melalui rekening "
                              "penerima manfaat diwilayah masing-masing"),
               QStringLiteral("Penerima bantuan sosial RUTILAHU berkewajiban menggunakan uang bantuan "
                              "sosial sesuai RAB pada proposal permohonan dan membuat Laporan "
                              "Pertanggungjawaban (LPJ) penggunaan bantuan Sosial"),
               QStringLiteral("Dinas Sosial melakukan monitoring penggunaan bantuan sosial"),
           }
        << QStringLiteral("3 sd 5 bulan") << QStringLiteral("Tidak dikenakan biaya (Gratis)")
        << QStringLiteral("Bantuan Sosial RUTILAHU")
        << QStringList{QStringLiteral("\"Recana Anggaran Biaya (RAB)\""),
                       QStringLiteral("\"Proposal Usulan dilampiri dengan:\"")};

    QTest::addRow("KTB-10 Pengangkatan Anak")
        << QStringLiteral("KTB-10") << QStringLiteral("Pelayanan Rekomendasi Pengangkatan Anak")
        << QStringList{
               QStringLiteral("Sehat Jasmani dan rohani"),
               QStringLiteral("Berumur paling rendah 30 tahun dan paling tinggi 55 tahun"),
               QStringLiteral("Berkelakuan baik dan tidak pernah dihukum"),
               QStringLiteral("Mampu secara ekonomi dan sosial"),
               QStringLiteral("Berstatus menikah secara sah paling singkat 5 tahun"),
               QStringLiteral("COTA langsung datang untuk berkonsultasi tidak melalui pihak ketiga"),
               QStringLiteral("Beragama yang sama dengan calon anak angkat"),
           }
        << QStringList{
               QStringLiteral("Pemohon mengajukan surat permohonan pengangkatan anak"),
               QStringLiteral("Asesment oleh peksos anak dan Penyuluh social terhadap calon anak "
                              "angkat dan calon orang tua angkat"),
               QStringLiteral("Melengkapi Berkas oleh pemohon dan Peksos Anak atas hasil asesment"),
               QStringLiteral("Dibuatkan rekomendasi dan ditandatangani oleh Kepala Dinas"),
               QStringLiteral("Peksos anak mengirimkan Rekomendasi pengangkatan anak ke Dinas Sosial "
                              "Provinsi"),
           }
        << QStringLiteral("30 menit") << QStringLiteral("Tidak dikenakan biaya (Gratis)")
        << QStringLiteral("Surat Rekomendasi Pengangkatan Anak.") << QStringList();
}

void TestCatalogDecree::decreeText()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QStringList, requirements);
    QFETCH(QStringList, steps);
    QFETCH(QString, time);
    QFETCH(QString, fee);
    QFETCH(QString, product);
    QFETCH(QStringList, notesMention);

    const Service* service = findService(code);
    QVERIFY(service);

    if (code.startsWith(QLatin1String("SRY-")))
        QCOMPARE(service->name.toUpper(), name);
    else
        QCOMPARE(service->name, name);

    const QStringList actualRequirements = requirementTexts(*service);
    QCOMPARE(actualRequirements.size(), requirements.size());
    for (int i = 0; i < requirements.size(); ++i)
        QCOMPARE(actualRequirements.at(i), requirements.at(i));

    const QStringList actualSteps = stepTexts(*service);
    QCOMPARE(actualSteps.size(), steps.size());
    for (int i = 0; i < steps.size(); ++i)
        QCOMPARE(actualSteps.at(i), steps.at(i));

    QCOMPARE(service->serviceTime.text, time);
    QCOMPARE(service->feeText, fee);
    QCOMPARE(service->product.name, product);

    const QString notes = service->notes.join(QLatin1Char('\n'));
    for (const QString& fragment : notesMention)
        QVERIFY2(notes.contains(fragment),
                 qPrintable(QStringLiteral("%1's notes do not mention %2").arg(code, fragment)));
}

QTEST_GUILESS_MAIN(TestCatalogDecree)
#include "tst_catalogdecree.moc"
