// SMS lengths (GSM-7 160/153, UCS-2 70/67), placeholders filled in, and templates checked
// against the office's longest service name before any case uses them.
#include "Catalog.h"
#include "SmsTemplate.h"

#include <QTest>

using namespace loket;

class TestSmsTemplate : public QObject
{
    Q_OBJECT
private slots:
    void length_data();
    void length();
    void rendersPlaceholders();
    void typographicPunctuationStaysGsm();
    void check_data();
    void check();
};

void TestSmsTemplate::length_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("unicode");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("parts");
    const QString a = QStringLiteral("a");
    QTest::addRow("empty") << QString() << false << 0 << 0;
    QTest::addRow("gsm 160: one") << a.repeated(160) << false << 160 << 1;
    QTest::addRow("gsm 161: two") << a.repeated(161) << false << 161 << 2;
    QTest::addRow("gsm 306: two") << a.repeated(306) << false << 306 << 2;
    QTest::addRow("gsm 307: three") << a.repeated(307) << false << 307 << 3;
    QTest::addRow("gsm accents of the alphabet") << QStringLiteral("éèàü@£") << false << 6 << 1;
    QTest::addRow("extension chars count two")
        << (a.repeated(158) + QStringLiteral("€")) << false << 160 << 1;
    QTest::addRow("extension over the edge")
        << (a.repeated(159) + QStringLiteral("[")) << false << 161 << 2;
    QTest::addRow("ucs2 70: one") << (a.repeated(69) + QStringLiteral("✓")) << true << 70 << 1;
    QTest::addRow("ucs2 71: two") << (a.repeated(70) + QStringLiteral("✓")) << true << 71 << 2;
    QTest::addRow("ucs2 134: two") << (a.repeated(133) + QStringLiteral("ê")) << true << 134 << 2;
    QTest::addRow("ucs2 135: three") << (a.repeated(134) + QStringLiteral("ê")) << true << 135 << 3;
}

void TestSmsTemplate::length()
{
    QFETCH(QString, text);
    QFETCH(bool, unicode);
    QFETCH(int, units);
    QFETCH(int, parts);
    const SmsLength length = SmsLength::of(text);
    QCOMPARE(length.unicode, unicode);
    QCOMPARE(length.units, units);
    QCOMPARE(length.parts, parts);
    QCOMPARE(SmsLength::isGsm7(text), !unicode);
}

void TestSmsTemplate::rendersPlaceholders()
{
    SmsFields fields;
    fields.number = QStringLiteral("PKY-08/2024/0001");
    fields.service = QStringLiteral("Surat Keterangan  Tidak Mampu");
    fields.place = QStringLiteral("Jalan Ir. Soekarno");
    fields.date = QStringLiteral("4 Januari 2024");
    fields.office = QStringLiteral("Dinas Sosial");
    QCOMPARE(SmsTemplate::render(QStringLiteral("{kantor}: {layanan} {nomor} di {tempat} mulai "
                                                "{tanggal}. {nomor}"),
                                 fields),
             QStringLiteral("Dinas Sosial: Surat Keterangan Tidak Mampu PKY-08/2024/0001 di "
                            "Jalan Ir. Soekarno mulai 4 Januari 2024. PKY-08/2024/0001"));
}

void TestSmsTemplate::typographicPunctuationStaysGsm()
{
    SmsFields fields;
    fields.place = QStringLiteral("Jalan Ir. Soekarno – Jalan G. Obos XI"); // an en dash
    const QString text = SmsTemplate::render(QStringLiteral("Ambil di {tempat} “segera”…"), fields);
    QCOMPARE(text, QStringLiteral("Ambil di Jalan Ir. Soekarno - Jalan G. Obos XI \"segera\"..."));
    QVERIFY(!SmsLength::of(text).unicode);
}

void TestSmsTemplate::check_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxParts");
    QTest::addColumn<QString>("problem"); // a part of the refusal; empty: accepted
    QTest::addRow("short") << "{kantor}: {nomor} siap." << 1 << "";
    QTest::addRow("empty") << "  " << 3 << "Write";
    QTest::addRow("unknown placeholder") << "{nomor} {nama}" << 3 << "{nama}";
    QTest::addRow("longest service over one part")
        << "{kantor}: {layanan} nomor {nomor} siap di {tempat}." << 1 << "2 SMS parts";
    QTest::addRow("longest service within two")
        << "{kantor}: {layanan} nomor {nomor} siap." << 2 << "";
}

void TestSmsTemplate::check()
{
    QFETCH(QString, text);
    QFETCH(int, maxParts);
    QFETCH(QString, problem);
    Catalog catalog;
    catalog.office.name = QStringLiteral("Dinas Sosial Kota Palangka Raya");
    catalog.office.address = QStringLiteral("Jalan Ir. Soekarno – Jalan G. Obos XI (Lingkar "
                                            "Dalam) Palangka Raya");
    Service shortService;
    shortService.name = QStringLiteral("SKTM");
    Service longService;
    longService.name = QStringLiteral("Rekomendasi Penerbitan Kartu Indonesia Sehat Penerima "
                                      "Bantuan Iuran (KIS-PBI)");
    catalog.services = { shortService, longService };
    const SmsFields worst = SmsFields::worstCase(catalog);
    QCOMPARE(worst.service, longService.name);
    const QString refusal = SmsTemplate::check(text, worst, maxParts);
    if (problem.isEmpty())
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    else
        QVERIFY2(refusal.contains(problem), qPrintable(refusal));
}

QTEST_GUILESS_MAIN(TestSmsTemplate)
#include "tst_smstemplate.moc"
