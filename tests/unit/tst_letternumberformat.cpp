// Letter number patterns: what each placeholder gives, and the patterns refused.
#include "LetterNumberFormat.h"

#include <QTest>

using namespace loket;

class TestLetterNumberFormat : public QObject
{
    Q_OBJECT
private slots:
    void format_data();
    void format();
    void check_data();
    void check();
};

void TestLetterNumberFormat::format_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("serial");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::addRow("Seruyan decree")
        << QStringLiteral("400.9/{serial}/SK-DINSOS/{roman-month}/{year}") << 60
        << QDate(2024, 1, 15) << QStringLiteral("400.9/60/SK-DINSOS/I/2024");
    QTest::addRow("Kotabaru") << QStringLiteral("188.4/{serial}/DINSOS/{year}") << 3
                              << QDate(2024, 11, 2) << QStringLiteral("188.4/3/DINSOS/2024");
    QTest::addRow("classification, padding, month")
        << QStringLiteral("{classification}/{serial:3}/DINSOS/{month}/{year}") << 7
        << QDate(2024, 3, 9) << QStringLiteral("460/007/DINSOS/03/2024");
    QTest::addRow("office, December")
        << QStringLiteral("{serial}/{office}/{roman-month}/{year}") << 12 << QDate(2025, 12, 31)
        << QStringLiteral("12/SERUYAN/XII/2025");
}

void TestLetterNumberFormat::format()
{
    QFETCH(QString, pattern);
    QFETCH(int, serial);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QVERIFY(LetterNumberFormat::check(pattern).isEmpty());
    QCOMPARE(LetterNumberFormat::format(pattern, serial, date, QStringLiteral("460"),
                                        QStringLiteral("seruyan")),
             expected);
}

void TestLetterNumberFormat::check_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("complaint");
    QTest::addRow("no serial") << QStringLiteral("400.9/DINSOS/{year}")
                               << QStringLiteral("{serial}");
    QTest::addRow("serial too wide to be one")
        << QStringLiteral("{serial:12}/{year}") << QStringLiteral("{serial}");
    QTest::addRow("no year") << QStringLiteral("400.9/{serial}/DINSOS") << QStringLiteral("{year}");
    QTest::addRow("unknown placeholder")
        << QStringLiteral("{serial}/{service}/{year}") << QStringLiteral("{service}");
    QTest::addRow("too long") << QStringLiteral("{serial}/{year}/") + QString(120, QLatin1Char('x'))
                              << QStringLiteral("120");
}

void TestLetterNumberFormat::check()
{
    QFETCH(QString, pattern);
    QFETCH(QString, complaint);
    const QString message = LetterNumberFormat::check(pattern);
    QVERIFY2(message.contains(complaint), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestLetterNumberFormat)
#include "tst_letternumberformat.moc"
