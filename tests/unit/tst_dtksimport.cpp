// DTKS extract import: header guesses, CSV dialects, bad rows with their lines, all-or-nothing.
#include "CsvStreamReader.h"
#include "DtksTestSupport.h"

#include <QBuffer>
#include <QtTest>

using namespace loket;
using namespace loket::test;
using namespace Qt::StringLiterals;

class TestDtksImport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<WorkflowFixture> f;
    const QDate m_date { 2026, 10, 1 };

private slots:
    void init()
    {
        f = std::make_unique<WorkflowFixture>();
        QVERIFY(f->open());
    }

    void guessesTheMapping_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("expected"); // field=column (0-based), in field order
        QTest::addRow("SIKS-NG full") << u"NIK,NO_KK,NAMA,TGL_LAHIR,ALAMAT,DESA,KECAMATAN,"_s
                                         "KABUPATEN,PROGRAM,STATUS"
                                      << u"nik=0 kk=1 name=2 birth_date=3 address=4 village=5 "_s
                                         "district=6 regency=7 programs=8 status=9";
        QTest::addRow("NOKK, NAMA_LENGKAP, KELURAHAN, BANSOS, KETERANGAN")
            << u"NOKK;NIK;NAMA_LENGKAP;KELURAHAN;KECAMATAN;BANSOS;KETERANGAN"_s
            << u"nik=1 kk=0 name=2 village=3 district=4 programs=5 status=6"_s;
        QTest::addRow("spaced and mixed case")
            << u"No,Nik ART,Nama ART,Tanggal Lahir,Alamat,Desa/Kelurahan,Kec,Kab/Kota,Jenis Bansos"_s
            << u"nik=1 name=2 birth_date=3 address=4 village=5 district=6 regency=7 programs=8"_s;
        QTest::addRow("NAMA preferred over NAMA_KRT")
            << u"NAMA_KRT,NIK,NAMA,NO KK"_s << u"nik=1 kk=3 name=2"_s;
        QTest::addRow("no name column") << u"NIK,ALAMAT,ID_DTKS"_s << u"nik=0 address=1"_s;
        QTest::addRow("nothing known") << u"A,B,C"_s << u""_s;
    }

    void guessesTheMapping()
    {
        QFETCH(QString, header);
        QFETCH(QString, expected);
        const QChar separator
            = header.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
        const DtksMapping mapping = DtksText::guessMapping(header.split(separator));
        QStringList actual;
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            actual << QStringLiteral("%1=%2").arg(dtksFieldKey(it.key())).arg(it.value());
        QCOMPARE(actual.join(QLatin1Char(' ')), expected);
    }

    void readsCsvDialects_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QList<int>>("lines");
        QTest::addRow("comma, LF") << QByteArray("NIK,NAMA,ALAMAT\n6271010101900001,Siti,Jl. A\n"
                                                 "6271010101900002,Budi,Jl. B\n")
                                   << QStringList { u"Siti"_s, u"Budi"_s }
                                   << QStringList { u"Jl. A"_s, u"Jl. B"_s } << QList<int> { 2, 3 };
        QTest::addRow("semicolon, CRLF, BOM")
            << QByteArray("\xEF\xBB\xBFNIK;NAMA;ALAMAT\r\n6271010101900001;Siti;Jl. A, RT 1\r\n")
            << QStringList { u"Siti"_s } << QStringList { u"Jl. A, RT 1"_s } << QList<int> { 2 };
        QTest::addRow("quoted comma, quote and newline")
            << QByteArray("NIK,NAMA,ALAMAT\n6271010101900001,\"Siti, S.Pd\",\"Jl. \"\"Mawar\"\"\n"
                          "RT 1\"\n6271010101900002,Budi,Jl. B\n")
            << QStringList { u"Siti, S.Pd"_s, u"Budi"_s }
            << QStringList { u"Jl. \"Mawar\" RT 1"_s, u"Jl. B"_s } << QList<int> { 2, 4 };
        QTest::addRow("blank lines and no final newline")
            << QByteArray("NIK,NAMA,ALAMAT\n\n6271010101900001,Siti,Jl. A\n,,\n"
                          "6271010101900002,Budi,Jl. B")
            << QStringList { u"Siti"_s, u"Budi"_s } << QStringList { u"Jl. A"_s, u"Jl. B"_s }
            << QList<int> { 3, 5 };
    }

    void readsCsvDialects()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, names);
        QFETCH(QStringList, addresses);
        QFETCH(QList<int>, lines);
        DtksImportReport report;
        QString error;
        QVERIFY2(importCsv(*f, csv, m_date, &report, &error), qPrintable(error));
        QCOMPARE(report.imported, qint64(names.size()));
        QCOMPARE(report.bad, qint64(0));
        QSqlQuery query(f->database->connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT name, address, line_number FROM dtks_records ORDER BY line_number")));
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), names.at(i));
            QCOMPARE(query.value(1).toString(), addresses.at(i));
            QCOMPARE(query.value(2).toInt(), lines.at(i));
        }
        QVERIFY(!query.next());
    }

    void reportsBadRowsAndKeepsGoodOnes()
    {
        const QByteArray csv
            = "NIK;NAMA;ALAMAT;PROGRAM\n" // 1
              "6271010101900001;Siti Aminah;Jl. A;PKH\n" // 2 good
              "627101010190000;Budi;Jl. B;BPNT\n" // 3: 15 digits
              "6271010101900003;;Jl. C;PKH\n" // 4: no name
              "62710101019000AB;Rina;Jl. D;PKH\n" // 5: letters
              "6.27101E+15;Joko;Jl. E;PKH\n" // 6: Excel rounded it
              "'6271010101900006;Dewi;\"Jl. F\n" // 7: apostrophe taken off; quote spans 8
              "lanjutan\";PBI-JK\n" // 8
              ";Tono;Jl. G;PKH\n" // 9: empty NIK
              "6271010101900009;Eko;Jl. H;PKH;X;Y\n" // 10: extra columns
              "6271010101900010;Ani\n" // 11: too few columns (PROGRAM missing)
              "6271010101900011;Wati;Jl. I;BPNT\n"; // 12 good
        DtksImportReport report;
        QString error;
        QVERIFY2(importCsv(*f, csv, m_date, &report, &error), qPrintable(error));
        QCOMPARE(report.rowsRead, qint64(10));
        QCOMPARE(report.imported, qint64(3));
        QCOMPARE(report.bad, qint64(7));
        QList<int> lines;
        for (const DtksBadRow& row : std::as_const(report.badRows))
            lines << row.line;
        QCOMPARE(lines, (QList<int> { 3, 4, 5, 6, 9, 10, 11 }));
        QCOMPARE(report.badRows.at(0).reason,
                 u"the NIK \"627101010190000\" has 15 digits, not 16"_s);
        QCOMPARE(report.badRows.at(1).reason, u"the name is empty"_s);
        QCOMPARE(report.badRows.at(2).reason,
                 u"the NIK \"62710101019000AB\" contains characters other than digits"_s);
        QVERIFY(report.badRows.at(3).reason.contains(u"scientific notation"_s));
        QCOMPARE(report.badRows.at(4).reason, u"the NIK is empty"_s);
        QVERIFY(report.badRows.at(5).reason.startsWith(u"the row has 6 columns, the header 4"_s));
        QVERIFY(report.badRows.at(6).reason.startsWith(u"the row has 2 columns, the header 4"_s));
        QCOMPARE(report.badByKind.value(u"NIK not 16 digits"_s), qint64(1));
        QCOMPARE(report.badByKind.value(u"wrong number of columns"_s), qint64(2));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_records"_s), 3);
        QCOMPARE(f->count(u"SELECT row_count FROM dtks_extracts"_s), 3);
        QCOMPARE(f->count(u"SELECT bad_row_count FROM dtks_extracts"_s), 7);
        QCOMPARE(f->count(u"SELECT line_number FROM dtks_records WHERE name = 'Dewi'"_s), 7);
        QVERIFY(DtksImporter::summary(report).startsWith(u"3 row(s) imported, 7 bad row(s)"_s));
    }

    void keepsAllCountsButTheFirstThousandMessages()
    {
        QByteArray csv = "NIK,NAMA\n";
        for (int i = 0; i < 1500; ++i)
            csv += "123," + QByteArray::number(i) + '\n';
        csv += "6271010101900001,Siti\n";
        DtksImportReport report;
        QString error;
        QVERIFY2(importCsv(*f, csv, m_date, &report, &error), qPrintable(error));
        QCOMPARE(report.bad, qint64(1500));
        QCOMPARE(report.badRows.size(), DtksImporter::MaxMessages);
        QCOMPARE(report.badRows.last().line, 1001);
        QCOMPARE(report.imported, qint64(1));
        QVERIFY(DtksImporter::summary(report).contains(u"The first 1000 bad rows are listed."_s));
    }

    void refusesWhatCannotBeImported_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QDate>("extractDate");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("message");
        const QByteArray good = "NIK,NAMA\n6271010101900001,Siti\n";
        QTest::addRow("no name column")
            << QByteArray("NIK,ALAMAT\n6271010101900001,Jl. A\n") << m_date << u"admin"_s
            << u"Choose the column that holds the Name: it is required."_s;
        QTest::addRow("no NIK and no name")
            << QByteArray("A,B\n1,2\n") << m_date << u"admin"_s
            << u"Choose the column that holds the NIK and Name: it is required."_s;
        QTest::addRow("no extract date")
            << good << QDate() << u"admin"_s << u"Enter the date of the extract"_s;
        QTest::addRow("empty file")
            << QByteArray() << m_date << u"admin"_s << u"The file is empty"_s;
        QTest::addRow("header only")
            << QByteArray("NIK,NAMA\n") << m_date << u"admin"_s << u"The file has no data rows"_s;
        QTest::addRow("only bad rows") << QByteArray("NIK,NAMA\n1,Siti\n") << m_date << u"admin"_s
                                       << u"None of the 1 rows could be imported"_s;
        QTest::addRow("front office")
            << good << m_date << u"siti"_s << u"cannot import a DTKS extract"_s;
    }

    void refusesWhatCannotBeImported()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QDate, extractDate);
        QFETCH(QString, user);
        QFETCH(QString, message);
        DtksImportReport report;
        QString error;
        QVERIFY(!importCsv(*f, csv, extractDate, &report, &error, user));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_extracts"_s), 0);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_records"_s), 0);
        QCOMPARE(report.extractId, qint64(0));
    }

    void refusesAMappingOutsideTheFile()
    {
        QBuffer buffer;
        buffer.setData("NIK,NAMA\n6271010101900001,Siti\n");
        buffer.open(QIODevice::ReadOnly);
        DtksImportReport report;
        QString error;
        const DtksMapping mapping { { DtksField::Nik, 0 }, { DtksField::Name, 0 } };
        QVERIFY(!DtksImporter(*f->database)
                     .import(buffer, u"x.csv"_s, m_date, mapping, f->user(u"admin"_s),
                             at("2026-11-20T09:00:00+07:00"), &report, &error));
        QCOMPARE(error,
                 u"NIK and Name are both mapped to column 1: choose one column per field."_s);
    }

    void cancelLeavesNothing()
    {
        QByteArray csv = "NIK,NAMA\n";
        for (int i = 0; i < 3 * DtksImporter::ProgressEvery; ++i)
            csv += QByteArray::number(6271010101000000LL + i) + ",Nama " + QByteArray::number(i)
                + '\n';
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        QList<DtksProgress> seen;
        DtksImportReport report;
        QString error;
        QVERIFY(!DtksImporter(*f->database)
                     .import(buffer, u"x.csv"_s, m_date,
                             { { DtksField::Nik, 0 }, { DtksField::Name, 1 } }, f->user(u"budi"_s),
                             at("2026-11-20T09:00:00+07:00"), &report, &error,
                             [&seen](const DtksProgress& progress) {
                                 seen << progress;
                                 return seen.size() < 2;
                             }));
        QVERIFY(report.cancelled);
        QCOMPARE(error, u"The import was cancelled; nothing was saved."_s);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).rows, qint64(DtksImporter::ProgressEvery));
        QCOMPARE(seen.at(0).bytesTotal, qint64(csv.size()));
        QVERIFY(seen.at(1).bytesDone > seen.at(0).bytesDone);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_extracts"_s), 0);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_records"_s), 0);
        // The database is usable afterwards: the transaction was rolled back, not left open.
        QVERIFY(importCsv(*f, "NIK,NAMA\n6271010101900001,Siti\n", m_date, &report, &error));
    }

    void importsTheSampleAndAudits()
    {
        DtksPreview preview;
        QString error;
        QVERIFY2(DtksImporter::previewFile(sampleExtractPath(), 3, &preview, &error),
                 qPrintable(error));
        QCOMPARE(preview.separator, ';');
        QCOMPARE(preview.header.first(), u"NIK"_s); // the byte-order mark is not part of it
        QCOMPARE(preview.rows.size(), 3);
        DtksImportReport report;
        QVERIFY(DtksImporter(*f->database)
                    .importFile(sampleExtractPath(), m_date, DtksText::guessMapping(preview.header),
                                f->user(u"budi"_s), at("2026-11-20T09:00:00+07:00"), &report,
                                &error));
        QCOMPARE(report.imported, qint64(7));
        QCOMPARE(report.bad, qint64(2));
        QCOMPARE(report.badRows.at(0).line, 8);
        QCOMPARE(report.badRows.at(1).line, 9);
        QSqlQuery query(f->database->connection());
        QVERIFY(query.exec(u"SELECT e.extract_date, e.source_file, e.imported_by, r.kk_number,"_s
                           " r.birth_date, r.name_key, r.programs FROM dtks_records r JOIN"
                           " dtks_extracts e ON e.id = r.extract_id WHERE r.nik = "
                           "'6271024408920097'"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"2026-10-01"_s);
        QCOMPARE(query.value(1).toString(), u"dtks-contoh-fiktif.csv"_s);
        QCOMPARE(query.value(2).toLongLong(), f->user(u"budi"_s).id);
        QCOMPARE(query.value(3).toString(), u"6271020202120097"_s);
        QCOMPARE(query.value(4).toString(), u"1992-08-04"_s);
        QCOMPARE(query.value(5).toString(), u"NURAINI RAHMAWATI"_s);
        QCOMPARE(query.value(6).toString(), u"BPNT"_s);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'import' AND"_s
                          " table_name = 'dtks_extracts'"),
                 1);
    }

    void removesAnExtractWithItsRows()
    {
        DtksImportReport report;
        QString error;
        QVERIFY2(DtksImporter(*f->database)
                     .importFile(sampleExtractPath(), m_date,
                                 DtksText::guessMapping({ u"NIK"_s, u"NO_KK"_s, u"NAMA"_s }),
                                 f->user(u"budi"_s), at("2026-11-20T09:00:00+07:00"), &report,
                                 &error),
                 qPrintable(error));
        const qint64 id = report.extractId;
        QVERIFY(f->count(u"SELECT COUNT(*) FROM dtks_records"_s) > 0);
        // The counter clerk may not; nothing changes.
        QVERIFY(!DtksImporter(*f->database)
                     .removeExtract(id, f->user(u"siti"_s), at("2026-11-21T09:00:00+07:00"),
                                    &error));
        QVERIFY2(error.contains(u"cannot import a DTKS extract"_s), qPrintable(error));
        QVERIFY(f->count(u"SELECT COUNT(*) FROM dtks_records"_s) > 0);
        QVERIFY(!DtksImporter(*f->database)
                     .removeExtract(id + 1, f->user(u"budi"_s), at("2026-11-21T09:00:00+07:00"),
                                    &error));
        QVERIFY2(error.contains(u"no DTKS extract"_s), qPrintable(error));

        QVERIFY2(DtksImporter(*f->database)
                     .removeExtract(id, f->user(u"budi"_s), at("2026-11-21T09:00:00+07:00"),
                                    &error),
                 qPrintable(error));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_records"_s), 0);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_extracts"_s), 0);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'delete' AND"_s
                          " table_name = 'dtks_extracts'"),
                 1);
    }

    void nameKeys_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addRow("plain") << u"Siti Aminah"_s << u"SITI AMINAH"_s;
        QTest::addRow("spaces") << u"  siti   aminah "_s << u"SITI AMINAH"_s;
        QTest::addRow("apostrophe") << u"Nur'aini"_s << u"NURAINI"_s;
        QTest::addRow("punctuation") << u"M. Yusuf, S.Pd."_s << u"M YUSUF S PD"_s;
        QTest::addRow("accents") << u"José Émile Ñoño"_s << u"JOSE EMILE NONO"_s;
        QTest::addRow("hyphen") << u"Anak-Agung"_s << u"ANAK AGUNG"_s;
        QTest::addRow("markup") << u"<b>Budi</b> & Co"_s << u"B BUDI B CO"_s;
    }

    void nameKeys()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(dtksNameKey(name), key);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::addRow("ISO") << u"1988-01-12"_s << QDate(1988, 1, 12);
        QTest::addRow("DD-MM-YYYY") << u"12-01-1988"_s << QDate(1988, 1, 12);
        QTest::addRow("D/M/YYYY") << u"2/3/1988"_s << QDate(1988, 3, 2);
        QTest::addRow("YYYYMMDD") << u"19880112"_s << QDate(1988, 1, 12);
        QTest::addRow("with time") << u"1988-01-12 00:00:00"_s << QDate(1988, 1, 12);
        QTest::addRow("impossible") << u"31-02-1988"_s << QDate();
        QTest::addRow("text") << u"kemarin"_s << QDate();
        QTest::addRow("empty") << u""_s << QDate();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(parseDtksDate(text), expected);
    }

    void streamsAcrossChunks()
    {
        // Records and quoted values that straddle the reader's 1 MiB chunks.
        QByteArray csv = "NIK;NAMA\n";
        const QByteArray longName(700, 'x');
        for (int i = 0; i < 3000; ++i)
            csv += QByteArray::number(i) + ";\"" + longName + "\"\"\n\"\n";
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        CsvStreamReader reader(buffer);
        CsvStreamReader::Record record;
        QVERIFY(reader.next(&record));
        int count = 0;
        while (reader.next(&record)) {
            QCOMPARE(record.line, 2 + 2 * count);
            QCOMPARE(record.fields.value(1), QString::fromLatin1(longName) + u"\"\n"_s);
            ++count;
        }
        QCOMPARE(count, 3000);
        QCOMPARE(reader.bytesRead(), qint64(csv.size()));
    }
};

QTEST_GUILESS_MAIN(TestDtksImport)
#include "tst_dtksimport.moc"
