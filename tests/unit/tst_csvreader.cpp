#include "CsvStreamReader.h"

#include <QBuffer>
#include <QTest>

using namespace loket;

Q_DECLARE_METATYPE(QList<QStringList>)

namespace {

QStringList texts(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* text : list)
        result << QString::fromUtf8(text);
    return result;
}

QList<QStringList> rows(std::initializer_list<std::initializer_list<const char*>> list)
{
    QList<QStringList> result;
    for (const auto& row : list)
        result << texts(row);
    return result;
}

} // namespace

// The one CSV reader. Rows marked "was:" are where the three former readers (Csv.h's
// forEachCsvRow without quoting, readCsv, CsvStreamReader) did not agree; the survivor's answer
// is the one asserted.
class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void reads_data();
    void reads();
    void streamsLikeTheWholeBuffer();
    void flagsAnUnterminatedQuote();
    void keepsCharactersSplitAcrossChunks();
};

void TestCsvReader::reads_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");

    QTest::addRow("commas, LF") << QByteArray("a,b\n1,2\n") << rows({ { "a", "b" }, { "1", "2" } })
                                << QList<int> { 1, 2 };
    QTest::addRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << rows({ { "a", "b" }, { "1", "2" } })
                          << QList<int> { 1, 2 };
    QTest::addRow("no final line break")
        << QByteArray("a,b\n1,2") << rows({ { "a", "b" }, { "1", "2" } }) << QList<int> { 1, 2 };
    QTest::addRow("byte-order mark")
        << QByteArray("\xEF\xBB\xBFnik,nama\n1,Siti\n")
        << rows({ { "nik", "nama" }, { "1", "Siti" } }) << QList<int> { 1, 2 };
    QTest::addRow("semicolons (was: Csv.h split on commas only)")
        << QByteArray("a;b\n1,5;2\n") << rows({ { "a", "b" }, { "1,5", "2" } })
        << QList<int> { 1, 2 };
    QTest::addRow("tabs (was: readCsv knew ',' and ';' only)")
        << QByteArray("a\tb\n1\t2\n") << rows({ { "a", "b" }, { "1", "2" } })
        << QList<int> { 1, 2 };
    QTest::addRow("quoted separator (was: Csv.h split inside quotes)")
        << QByteArray("a,b\n\"Jl. Tjilik Riwut, km 5\",2\n")
        << rows({ { "a", "b" }, { "Jl. Tjilik Riwut, km 5", "2" } }) << QList<int> { 1, 2 };
    QTest::addRow("doubled quotes") << QByteArray("a\n\"say \"\"yes\"\"\"\n")
                                    << rows({ { "a" }, { "say \"yes\"" } }) << QList<int> { 1, 2 };
    QTest::addRow("line break inside quotes counts for the next line numbers")
        << QByteArray("a,b\n\"one\ntwo\",x\n3,4\n")
        << rows({ { "a", "b" }, { "one\ntwo", "x" }, { "3", "4" } }) << QList<int> { 1, 2, 4 };
    QTest::addRow("CRLF inside quotes is kept")
        << QByteArray("a\r\n\"one\r\ntwo\"\r\n") << rows({ { "a" }, { "one\r\ntwo" } })
        << QList<int> { 1, 2 };
    QTest::addRow("blank lines skipped, numbered")
        << QByteArray("a,b\n\n , \n1,2\n") << rows({ { "a", "b" }, { "1", "2" } })
        << QList<int> { 1, 4 };
    QTest::addRow("empty fields") << QByteArray("a,b,c\n,,x\ny,,\n")
                                  << rows({ { "a", "b", "c" }, { "", "", "x" }, { "y", "", "" } })
                                  << QList<int> { 1, 2, 3 };
    QTest::addRow("separator of the header decided outside quotes (was: readCsv counted inside)")
        << QByteArray("\"x;y;z\",b\n1,2\n") << rows({ { "x;y;z", "b" }, { "1", "2" } })
        << QList<int> { 1, 2 };
    QTest::addRow("spaces kept (was: Csv.h trimmed the line)")
        << QByteArray("a,b\n 1 , 2 \n") << rows({ { "a", "b" }, { " 1 ", " 2 " } })
        << QList<int> { 1, 2 };
    QTest::addRow("a quote inside an unquoted field is text")
        << QByteArray("a,b\n5\" disk,2\n") << rows({ { "a", "b" }, { "5\" disk", "2" } })
        << QList<int> { 1, 2 };
    QTest::addRow("text after a closing quote is kept")
        << QByteArray("a\n\"x\"y\n") << rows({ { "a" }, { "xy" } }) << QList<int> { 1, 2 };
    QTest::addRow("UTF-8") << QByteArray("nama\nSiti Nurhaliza — Banjarmasin\n")
                           << rows({ { "nama" }, { "Siti Nurhaliza — Banjarmasin" } })
                           << QList<int> { 1, 2 };
    QTest::addRow("empty file") << QByteArray() << rows({}) << QList<int> {};
}

void TestCsvReader::reads()
{
    QFETCH(QByteArray, csv);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);
    const QList<CsvRecord> read = readCsv(csv);
    QList<QStringList> fields;
    QList<int> starts;
    for (const CsvRecord& record : read) {
        fields << record.fields;
        starts << record.line;
        QVERIFY(!record.unterminated);
    }
    QCOMPARE(fields, records);
    QCOMPARE(starts, lines);
}

void TestCsvReader::streamsLikeTheWholeBuffer()
{
    const QByteArray csv(
        "nik;nama;alamat\r\n1;\"Siti\";\"Jl. A; no \"\"3\"\"\"\r\n\r\n2;Budi;\r\n");
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvStreamReader reader(buffer);
    QList<CsvRecord> streamed;
    CsvRecord record;
    while (reader.next(&record))
        streamed << record;
    QCOMPARE(reader.separator(), ';');
    QCOMPARE(reader.bytesRead(), qint64(csv.size()));
    const QList<CsvRecord> whole = readCsv(csv);
    QCOMPARE(streamed.size(), 3);
    QCOMPARE(whole.size(), streamed.size());
    for (qsizetype i = 0; i < whole.size(); ++i) {
        QCOMPARE(whole.at(i).fields, streamed.at(i).fields);
        QCOMPARE(whole.at(i).line, streamed.at(i).line);
    }
    QCOMPARE(streamed.at(1).fields, texts({ "1", "Siti", "Jl. A; no \"3\"" }));
    QCOMPARE(streamed.at(2).line, 4);
}

void TestCsvReader::flagsAnUnterminatedQuote()
{
    const QList<CsvRecord> records = readCsv("a,b\n1,\"open\n2,3\n");
    QCOMPARE(records.size(), 2);
    QVERIFY(!records.at(0).unterminated);
    QVERIFY(records.at(1).unterminated);
    QCOMPARE(records.at(1).fields, texts({ "1", "open\n2,3\n" }));
}

void TestCsvReader::keepsCharactersSplitAcrossChunks()
{
    // The reader takes the file in 1 MiB chunks: a two-byte character may straddle one.
    const QByteArray header("nama\n");
    QByteArray name((1 << 20) - header.size() - 1, 'x');
    name += "\xC3\xA9"; // é, its first byte the chunk's last
    const QList<CsvRecord> records = readCsv(header + name + "\n");
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).fields, QStringList { QString::fromUtf8(name) });
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
