#include "CaseNumberFormat.h"

#include <QTest>

using namespace loket;

class TestCaseNumberFormat : public QObject
{
    Q_OBJECT
private slots:
    void format_data();
    void format();
    void romanMonths_data();
    void romanMonths();
    void acceptedPatterns_data();
    void acceptedPatterns();
    void rejectedPatterns_data();
    void rejectedPatterns();
    void settingKey();
};

void TestCaseNumberFormat::format_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("serial");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("expected");

    const QDate january(2024, 1, 2);
    const QString pky05 = QStringLiteral("PKY-05");
    QTest::addRow("default, first of the year") << CaseNumberFormat::DefaultPattern << 1 << january
                                                << pky05 << QStringLiteral("0001/PKY-05/I/2024");
    QTest::addRow("default, November")
        << CaseNumberFormat::DefaultPattern << 317 << QDate(2026, 11, 22)
        << QStringLiteral("KTB-01") << QStringLiteral("0317/KTB-01/XI/2026");
    QTest::addRow("every placeholder")
        << QStringLiteral("{office}.{serial:5}.{service}.{month}.{roman-month}.{year}") << 42
        << QDate(2026, 11, 22) << QStringLiteral("KTB-01")
        << QStringLiteral("PALANGKA-RAYA.00042.KTB-01.11.XI.2026");
    QTest::addRow("every placeholder twice")
        << QStringLiteral("{year}{year}-{serial:2}{serial:3}") << 7 << january << pky05
        << QStringLiteral("20242024-07007");
    QTest::addRow("Indonesian letter number")
        << QStringLiteral("460/{serial:3}/{service}/DINSOS/{roman-month}/{year}") << 9
        << QDate(2025, 8, 17) << QStringLiteral("SRY-01")
        << QStringLiteral("460/009/SRY-01/DINSOS/VIII/2025");
    QTest::addRow("month zero-padded") << QStringLiteral("{year}-{month}-{serial}") << 3
                                       << QDate(2024, 3, 1) << pky05 << QStringLiteral("2024-03-3");
    QTest::addRow("serial without width: no padding")
        << QStringLiteral("{serial}/{year}") << 5 << january << pky05 << QStringLiteral("5/2024");
    QTest::addRow("width 1") << QStringLiteral("{serial:1}/{year}") << 5 << january << pky05
                             << QStringLiteral("5/2024");
    QTest::addRow("width 9") << QStringLiteral("{serial:9}/{year}") << 5 << january << pky05
                             << QStringLiteral("000000005/2024");
    QTest::addRow("more digits than the width: never cut")
        << CaseNumberFormat::DefaultPattern << 12345 << january << pky05
        << QStringLiteral("12345/PKY-05/I/2024");
    QTest::addRow("exactly the width") << CaseNumberFormat::DefaultPattern << 9999 << january
                                       << pky05 << QStringLiteral("9999/PKY-05/I/2024");
    QTest::addRow("text with braces is kept")
        << QStringLiteral("{serial:4}/{year} {nota bene}") << 1 << january << pky05
        << QStringLiteral("0001/2024 {nota bene}");
}

void TestCaseNumberFormat::format()
{
    QFETCH(QString, pattern);
    QFETCH(int, serial);
    QFETCH(QDate, date);
    QFETCH(QString, service);
    QFETCH(QString, expected);
    QCOMPARE(
        CaseNumberFormat::format(pattern, serial, date, service, QStringLiteral("palangka-raya")),
        expected);
}

void TestCaseNumberFormat::romanMonths_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("roman");
    const char* const numerals[]
        = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };
    for (int month = 1; month <= 12; ++month)
        QTest::addRow("%d", month) << month << QString::fromLatin1(numerals[month - 1]);
}

void TestCaseNumberFormat::romanMonths()
{
    QFETCH(int, month);
    QFETCH(QString, roman);
    QCOMPARE(CaseNumberFormat::format(QStringLiteral("{roman-month}"), 1, QDate(2024, month, 28),
                                      QString(), QString()),
             roman);
}

void TestCaseNumberFormat::acceptedPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addRow("default") << CaseNumberFormat::DefaultPattern;
    QTest::addRow("minimal") << QStringLiteral("{serial}{year}");
    QTest::addRow("every placeholder")
        << QStringLiteral("{office}/{serial:6}/{service}/{month}/{roman-month}/{year}");
}

void TestCaseNumberFormat::acceptedPatterns()
{
    QFETCH(QString, pattern);
    QCOMPARE(CaseNumberFormat::check(pattern), QString());
}

void TestCaseNumberFormat::rejectedPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("mentions");

    const QString serial = QStringLiteral("{serial}");
    const QString year = QStringLiteral("{year}");
    QTest::addRow("empty") << QString() << serial;
    QTest::addRow("no serial") << QStringLiteral("{service}/{roman-month}/{year}") << serial;
    QTest::addRow("serial in capitals") << QStringLiteral("{SERIAL:4}/{year}") << serial;
    QTest::addRow("unclosed serial") << QStringLiteral("{serial/{year}") << serial;
    QTest::addRow("two-digit width") << QStringLiteral("{serial:12}/{year}") << serial;
    QTest::addRow("no year") << QStringLiteral("{serial:4}/{service}/{roman-month}") << year;
    QTest::addRow("two-digit year only") << QStringLiteral("{serial:4}/{yy}") << year;
    QTest::addRow("unknown placeholder")
        << QStringLiteral("{serial:4}/{bulan}/{year}") << QStringLiteral("{bulan}");
    QTest::addRow("misspelt placeholder")
        << QStringLiteral("{serial:4}/{servise}/{year}") << QStringLiteral("{servise}");
    QTest::addRow("unknown placeholder with width")
        << QStringLiteral("{serial:4}/{day:2}/{year}") << QStringLiteral("{day}");
}

void TestCaseNumberFormat::rejectedPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, mentions);
    const QString problem = CaseNumberFormat::check(pattern);
    QVERIFY2(!problem.isEmpty(), qPrintable(pattern));
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void TestCaseNumberFormat::settingKey()
{
    QCOMPARE(CaseNumberFormat::SettingKey, QStringLiteral("case_number_pattern"));
    QCOMPARE(CaseNumberFormat::check(CaseNumberFormat::DefaultPattern), QString());
}

QTEST_GUILESS_MAIN(TestCaseNumberFormat)
#include "tst_casenumberformat.moc"
