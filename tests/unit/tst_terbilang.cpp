#include "IndonesianText.h"

#include <QTest>

using namespace loket;

class TestIndonesianText : public QObject
{
    Q_OBJECT
private slots:
    void terbilang_data();
    void terbilang();
    void numberWithWords();
    void romanMonth_data();
    void romanMonth();
    void dates_data();
    void dates();
};

void TestIndonesianText::terbilang_data()
{
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("words");
    QTest::addRow("0") << qint64(0) << QStringLiteral("nol");
    QTest::addRow("1") << qint64(1) << QStringLiteral("satu");
    QTest::addRow("3") << qint64(3) << QStringLiteral("tiga");
    QTest::addRow("10") << qint64(10) << QStringLiteral("sepuluh");
    QTest::addRow("11") << qint64(11) << QStringLiteral("sebelas");
    QTest::addRow("12") << qint64(12) << QStringLiteral("dua belas");
    QTest::addRow("19") << qint64(19) << QStringLiteral("sembilan belas");
    QTest::addRow("20") << qint64(20) << QStringLiteral("dua puluh");
    QTest::addRow("24") << qint64(24) << QStringLiteral("dua puluh empat");
    QTest::addRow("99") << qint64(99) << QStringLiteral("sembilan puluh sembilan");
    QTest::addRow("100") << qint64(100) << QStringLiteral("seratus");
    QTest::addRow("101") << qint64(101) << QStringLiteral("seratus satu");
    QTest::addRow("111") << qint64(111) << QStringLiteral("seratus sebelas");
    QTest::addRow("250") << qint64(250) << QStringLiteral("dua ratus lima puluh");
    QTest::addRow("1000") << qint64(1000) << QStringLiteral("seribu");
    QTest::addRow("1001") << qint64(1001) << QStringLiteral("seribu satu");
    QTest::addRow("1100") << qint64(1100) << QStringLiteral("seribu seratus");
    QTest::addRow("2000") << qint64(2000) << QStringLiteral("dua ribu");
    QTest::addRow("11000") << qint64(11000) << QStringLiteral("sebelas ribu");
    QTest::addRow("100000") << qint64(100000) << QStringLiteral("seratus ribu");
    QTest::addRow("1000000") << qint64(1000000) << QStringLiteral("satu juta");
    QTest::addRow("1500000") << qint64(1500000) << QStringLiteral("satu juta lima ratus ribu");
    QTest::addRow("2024") << qint64(2024) << QStringLiteral("dua ribu dua puluh empat");
    QTest::addRow("1000000000") << qint64(1000000000) << QStringLiteral("satu miliar");
    QTest::addRow("2000000000001") << qint64(2000000000001) << QStringLiteral("dua triliun satu");
    QTest::addRow("negative") << qint64(-5) << QStringLiteral("minus lima");
}

void TestIndonesianText::terbilang()
{
    QFETCH(qint64, number);
    QFETCH(QString, words);
    QCOMPARE(text::terbilang(number), words);
}

void TestIndonesianText::numberWithWords()
{
    QCOMPARE(text::numberWithWords(3), QStringLiteral("3 (tiga)"));
    QCOMPARE(text::numberWithWords(14), QStringLiteral("14 (empat belas)"));
}

void TestIndonesianText::romanMonth_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("roman");
    const QStringList expected
        = { QStringLiteral("I"),   QStringLiteral("II"),   QStringLiteral("III"),
            QStringLiteral("IV"),  QStringLiteral("V"),    QStringLiteral("VI"),
            QStringLiteral("VII"), QStringLiteral("VIII"), QStringLiteral("IX"),
            QStringLiteral("X"),   QStringLiteral("XI"),   QStringLiteral("XII") };
    for (int month = 1; month <= 12; ++month)
        QTest::addRow("%d", month) << month << expected.at(month - 1);
    QTest::addRow("0 is no month") << 0 << QString();
    QTest::addRow("13 is no month") << 13 << QString();
}

void TestIndonesianText::romanMonth()
{
    QFETCH(int, month);
    QFETCH(QString, roman);
    QCOMPARE(text::romanMonth(month), roman);
}

void TestIndonesianText::dates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("longDate");
    QTest::addColumn<QString>("withDay");
    QTest::addRow("Thursday") << QDate(2024, 1, 4) << QStringLiteral("4 Januari 2024")
                              << QStringLiteral("Kamis, 4 Januari 2024");
    QTest::addRow("Tuesday") << QDate(2024, 1, 2) << QStringLiteral("2 Januari 2024")
                             << QStringLiteral("Selasa, 2 Januari 2024");
    QTest::addRow("Friday") << QDate(2025, 8, 15) << QStringLiteral("15 Agustus 2025")
                            << QStringLiteral("Jumat, 15 Agustus 2025");
    QTest::addRow("Sunday") << QDate(2026, 11, 22) << QStringLiteral("22 November 2026")
                            << QStringLiteral("Minggu, 22 November 2026");
}

void TestIndonesianText::dates()
{
    QFETCH(QDate, date);
    QFETCH(QString, longDate);
    QFETCH(QString, withDay);
    QCOMPARE(text::longDate(date), longDate);
    QCOMPARE(text::longDateWithDay(date), withDay);
}

QTEST_GUILESS_MAIN(TestIndonesianText)
#include "tst_terbilang.moc"
