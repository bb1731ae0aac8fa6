// CSV for spreadsheets: BOM, header, quoting, NIKs kept whole and formulas defused — checked
// in LibreOffice Calc itself when it is installed (the test command installs it).
#include "CsvStreamReader.h"
#include "CsvWriter.h"
#include "RealComponent.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loket;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void spreadsheetSafe_data();
    void spreadsheetSafe();
    void bomHeaderAndQuoting();
    void readsBackInLibreOffice();
};

void TestCsvWriter::spreadsheetSafe_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("cell");
    QTest::newRow("nik") << "6271010503900001"
                         << "=\"6271010503900001\"";
    QTest::newRow("kk") << "6271010101080003"
                        << "=\"6271010101080003\"";
    QTest::newRow("phone with zero") << "081234567890"
                                     << "=\"081234567890\"";
    QTest::newRow("leading zero") << "0123"
                                  << "=\"0123\"";
    QTest::newRow("count") << "42"
                           << "42";
    QTest::newRow("zero") << "0"
                          << "0";
    QTest::newRow("text") << "Budi Santoso"
                          << "Budi Santoso";
    QTest::newRow("formula") << "=HYPERLINK(\"x\")"
                             << "'=HYPERLINK(\"x\")";
    QTest::newRow("plus") << "+62 812"
                          << "'+62 812";
    QTest::newRow("at") << "@budi"
                        << "'@budi";
    QTest::newRow("minus text") << "-cmd"
                                << "'-cmd";
    QTest::newRow("dash alone") << "-"
                                << "-";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCsvWriter::spreadsheetSafe()
{
    QFETCH(QString, field);
    QFETCH(QString, cell);
    QCOMPARE(CsvWriter::spreadsheetSafe(field), cell);
    QCOMPARE(CsvWriter::plain(cell), field);
}

void TestCsvWriter::bomHeaderAndQuoting()
{
    CsvWriter csv({ QStringLiteral("NIK"), QStringLiteral("Nama"), QStringLiteral("Alamat") });
    csv.addRow({ QStringLiteral("6271010503900001"), QStringLiteral("Budi \"Ucok\" Santoso"),
                 QStringLiteral("Jl. Cempaka No. 5, RT 03\nKel. Langkai") });
    const QByteArray data = csv.data();
    QVERIFY(data.startsWith("\xEF\xBB\xBFNIK,Nama,Alamat\r\n"));
    const QList<CsvRecord> records = readCsv(data);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).fields.size(), 3);
    QCOMPARE(CsvWriter::plain(records.at(1).fields.at(0)), QStringLiteral("6271010503900001"));
    QCOMPARE(records.at(1).fields.at(1), QStringLiteral("Budi \"Ucok\" Santoso"));
    QCOMPARE(records.at(1).fields.at(2), QStringLiteral("Jl. Cempaka No. 5, RT 03\nKel. Langkai"));
}

void TestCsvWriter::readsBackInLibreOffice()
{
    const QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    LOKET_REQUIRE_COMPONENT(!office.isEmpty(), QStringLiteral("LibreOffice is not installed"));
    QTemporaryDir dir;
    CsvWriter csv({ QStringLiteral("NIK"), QStringLiteral("Nama"), QStringLiteral("Kode"),
                    QStringLiteral("Jumlah") });
    csv.addRow({ QStringLiteral("6271010503900001"), QStringLiteral("Ñoman Dewi, S.Sos."),
                 QStringLiteral("0123"), QStringLiteral("17") });
    csv.addRow({ QStringLiteral("6303054107850002"), QStringLiteral("=1+1"), QStringLiteral("A"),
                 QStringLiteral("3") });
    QString error;
    QVERIFY2(csv.save(dir.filePath(QStringLiteral("data.csv")), &error), qPrintable(error));

    // CSV → the spreadsheet's own format → CSV again, as a user saving it would.
    // Headless conversion has no import dialog and ignores the byte-order mark: it is told what
    // one chooses in that dialog — comma, quote, Unicode (UTF-8) — and nothing more.
    const auto convert = [&](const QString& file, const QString& format, const QString& out) {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(office,
                      { QStringLiteral("--headless"), QStringLiteral("--infilter=CSV:44,34,76,1"),
                        QStringLiteral("-env:UserInstallation=file://")
                            + dir.filePath(QStringLiteral("profile")),
                        QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"),
                        dir.filePath(out), dir.filePath(file) });
        return process.waitForFinished(180000) && process.exitCode() == 0;
    };
    QVERIFY(convert(QStringLiteral("data.csv"), QStringLiteral("ods"), QStringLiteral("ods")));
    QVERIFY(convert(QStringLiteral("ods/data.ods"),
                    QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"),
                    QStringLiteral("back")));
    QFile back(dir.filePath(QStringLiteral("back/data.csv")));
    QVERIFY(back.open(QIODevice::ReadOnly));
    const QList<CsvRecord> rows = readCsv(back.readAll());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).fields,
             QStringList({ QStringLiteral("NIK"), QStringLiteral("Nama"), QStringLiteral("Kode"),
                           QStringLiteral("Jumlah") }));
    QCOMPARE(rows.at(1).fields.at(0), QStringLiteral("6271010503900001")); // all 16 digits
    QCOMPARE(rows.at(1).fields.at(1), QStringLiteral("Ñoman Dewi, S.Sos.")); // UTF-8 kept
    QCOMPARE(rows.at(1).fields.at(2), QStringLiteral("0123")); // the zero kept
    QCOMPARE(rows.at(1).fields.at(3), QStringLiteral("17"));
    QCOMPARE(rows.at(2).fields.at(1), QStringLiteral("'=1+1")); // shown, never computed
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
