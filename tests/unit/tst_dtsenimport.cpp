// DTSEN extracts: the desil and household-id columns recognised, the kind guessed, the desil
// read, kind/source/desil/household stored, the name words indexed and removed with the extract.
#include "DtksImporter.h"
#include "DtksTestSupport.h"

#include <QtTest>

using namespace loket;
using namespace loket::test;
using namespace Qt::StringLiterals;

namespace {

QString dtsenSamplePath()
{
    return QStringLiteral(LOKET_SOURCE_DIR "/tests/data/dtsen-contoh-fiktif.csv");
}

} // namespace

class TestDtsenImport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<WorkflowFixture> f;

    bool importSample(const DtksExtractInfo& info, DtksImportReport* report, QString* error)
    {
        DtksPreview preview;
        return DtksImporter::previewFile(dtsenSamplePath(), 0, &preview, error)
            && DtksImporter(*f->database)
                   .importFile(dtsenSamplePath(), info, DtksText::guessMapping(preview.header),
                               f->user(u"admin"_s), at("2026-11-20T09:00:00+07:00"), report, error);
    }

private slots:
    void init()
    {
        f = std::make_unique<WorkflowFixture>();
        QVERIFY(f->open());
    }

    void recognisesTheDtsenColumns_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("expected"); // field=column (0-based), in field order
        QTest::addColumn<bool>("dtsen");
        QTest::addRow("DESIL, ID_KELUARGA")
            << u"NIK;ID_KELUARGA;NAMA;DESIL"_s << u"nik=0 name=2 desil=3 household=1"_s << true;
        QTest::addRow("desil_kesejahteraan, ID_DTSEN")
            << u"id_dtsen,nik,nama,desil_kesejahteraan"_s << u"nik=1 name=2 desil=3 household=0"_s
            << true;
        QTest::addRow("Desil Nasional, ID Keluarga P3KE")
            << u"NIK,Nama Lengkap,Desil Nasional,ID Keluarga P3KE"_s
            << u"nik=0 name=1 desil=2 household=3"_s << true;
        QTest::addRow("only a desil") << u"NIK,NAMA,DESIL"_s << u"nik=0 name=1 desil=2"_s << true;
        QTest::addRow("a DTKS export")
            << u"NIK,NO_KK,NAMA,PROGRAM"_s << u"nik=0 kk=1 name=2 programs=3"_s << false;
    }

    void recognisesTheDtsenColumns()
    {
        QFETCH(QString, header);
        QFETCH(QString, expected);
        QFETCH(bool, dtsen);
        const QChar separator
            = header.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
        const QStringList columns = header.split(separator);
        const DtksMapping mapping = DtksText::guessMapping(columns);
        QStringList actual;
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            actual << QStringLiteral("%1=%2").arg(dtksFieldKey(it.key())).arg(it.value());
        QCOMPARE(actual.join(QLatin1Char(' ')), expected);
        const ExtractKind kind = dtsen ? ExtractKind::Dtsen : ExtractKind::Dtks;
        QCOMPARE(DtksText::guessKind(columns), kind);
        QCOMPARE(DtksImporter::kindOf(mapping), kind);
    }

    void readsTheDesil_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("desil");
        QTest::addRow("plain") << u"3"_s << 3;
        QTest::addRow("ten") << u"10"_s << 10;
        QTest::addRow("leading zero") << u"04"_s << 4;
        QTest::addRow("worded") << u"Desil 7"_s << 7;
        QTest::addRow("with words after") << u"2 (dua)"_s << 2;
        QTest::addRow("empty") << u""_s << 0;
        QTest::addRow("zero") << u"0"_s << 0;
        QTest::addRow("eleven") << u"11"_s << 0;
        QTest::addRow("not a number") << u"miskin"_s << 0;
        QTest::addRow("a year, not a desil") << u"2025"_s << 0;
    }

    void readsTheDesil()
    {
        QFETCH(QString, text);
        QFETCH(int, desil);
        QCOMPARE(parseDesil(text), desil);
    }

    void kindKeys()
    {
        ExtractKind kind = ExtractKind::Dtks;
        QVERIFY(extractKindFromKey(u"dtsen"_s, &kind));
        QCOMPARE(kind, ExtractKind::Dtsen);
        QVERIFY(extractKindFromKey(u" DTKS "_s, &kind));
        QCOMPARE(kind, ExtractKind::Dtks);
        QVERIFY(!extractKindFromKey(u"regsosek"_s, &kind));
        QCOMPARE(extractKindFullName(ExtractKind::Dtsen),
                 u"Data Tunggal Sosial dan Ekonomi Nasional (DTSEN)"_s);
    }

    void importsTheDtsenSample()
    {
        DtksImportReport report;
        QString error;
        QVERIFY2(importSample({ QDate(2026, 9, 30), ExtractKind::Dtsen, u"Pusdatin Kemensos"_s },
                              &report, &error),
                 qPrintable(error));
        QCOMPARE(report.imported, 6);
        QCOMPARE(report.bad, 0);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_extracts WHERE kind = 'DTSEN'"
                          " AND source = 'Pusdatin Kemensos' AND extract_date = '2026-09-30'"_s),
                 1);
        QCOMPARE(f->count(u"SELECT desil FROM dtks_records WHERE nik = '6271015201880099'"_s), 2);
        QCOMPARE(f->count(u"SELECT desil FROM dtks_records WHERE nik = '6271021506600096'"_s), 8);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_records WHERE desil IS NULL"_s), 1);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_records"
                          " WHERE household_id = 'DTSEN-6271-000004'"_s),
                 2);
        // Every distinct word of every name: SITI AMINAH, NURAINI RAHMAWATI, YOHANES DAMANG,
        // ANDI PRATAMA, RINA PRATAMA, BUDI SANTOSO.
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_name_words"_s), 12);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_name_words WHERE word = 'PRATAMA'"_s), 2);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM audit_log WHERE table_name = 'dtks_extracts'"
                          " AND after_data LIKE '%DTSEN%'"_s),
                 1);
    }

    void removalTakesTheWordsToo()
    {
        DtksImportReport report;
        QString error;
        QVERIFY2(importSample({ QDate(2026, 9, 30), ExtractKind::Dtsen, {} }, &report, &error),
                 qPrintable(error));
        QVERIFY2(DtksImporter(*f->database)
                     .removeExtract(report.extractId, f->user(u"admin"_s),
                                    at("2026-11-21T09:00:00+07:00"), &error),
                 qPrintable(error));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_name_words"_s), 0);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_records"_s), 0);
    }

    void oldDtksExtractsStayDtks()
    {
        // The pre-DTSEN importer's call (a date only) on a DTKS export: labelled DTKS, no desil.
        DtksImportReport report;
        QString error;
        QVERIFY2(importCsv(*f, "NIK,NAMA,PROGRAM\n6271015201880099,Siti Aminah,PKH\n",
                           QDate(2024, 6, 1), &report, &error),
                 qPrintable(error));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_extracts WHERE kind = 'DTKS'"
                          " AND source IS NULL"_s),
                 1);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_records WHERE desil IS NULL"_s), 1);
    }

    void cancelLeavesNoWords()
    {
        QByteArray csv = "NIK,NAMA,DESIL\n";
        for (int i = 0; i < DtksImporter::ProgressEvery * 2; ++i)
            csv += "62710152018" + QByteArray::number(10000 + i) + ",NAMA CONTOH "
                + QByteArray::number(i) + ",3\n";
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        DtksImportReport report;
        QString error;
        QVERIFY(!DtksImporter(*f->database)
                     .import(buffer, u"x.csv"_s, { QDate(2026, 9, 30), ExtractKind::Dtsen, {} },
                             DtksText::guessMapping({ u"NIK"_s, u"NAMA"_s, u"DESIL"_s }),
                             f->user(u"admin"_s), at("2026-11-20T09:00:00+07:00"), &report, &error,
                             [](const DtksProgress& progress) { return progress.rows < 4000; }));
        QVERIFY(report.cancelled);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_name_words"_s), 0);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_records"_s), 0);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_extracts"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestDtsenImport)
#include "tst_dtsenimport.moc"
