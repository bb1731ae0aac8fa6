#include "IdentityNumbers.h"
#include "RegionTable.h"

#include <QTest>

using namespace loket;

class TestIdentityNumbers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void validNik_data();
    void validNik();
    void invalidNik_data();
    void invalidNik();
    void regionWarnings_data();
    void regionWarnings();
    void kk_data();
    void kk();
    void regionTable();

private:
    const QDate m_today = QDate(2026, 11, 22);
    RegionTable m_regions;
};

void TestIdentityNumbers::initTestCase()
{
    m_regions = RegionTable::builtIn();
    QVERIFY(m_regions.size() > 7000);
}

void TestIdentityNumbers::validNik_data()
{
    QTest::addColumn<QString>("nik");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("regency");

    QTest::addRow("man, Pahandut, 1990")
        << QStringLiteral("6271010503900001") << QDate(1990, 3, 5) << QStringLiteral("L")
        << QStringLiteral("Pahandut") << QStringLiteral("Kota Palangkaraya");
    QTest::addRow("woman: day + 40")
        << QStringLiteral("6271014503900002") << QDate(1990, 3, 5) << QStringLiteral("P")
        << QStringLiteral("Pahandut") << QStringLiteral("Kota Palangkaraya");
    QTest::addRow("woman born on the 31st")
        << QStringLiteral("6207017112850003") << QDate(1985, 12, 31) << QStringLiteral("P")
        << QStringLiteral("Seruyan Hilir") << QStringLiteral("Kabupaten Seruyan");
    QTest::addRow("born this century")
        << QStringLiteral("6302010101100004") << QDate(2010, 1, 1) << QStringLiteral("L")
        << QStringLiteral("Pulau Sembilan") << QStringLiteral("Kabupaten Kotabaru");
    QTest::addRow("year 26, earlier this year: 2026")
        << QStringLiteral("6271030101260005") << QDate(2026, 1, 1) << QStringLiteral("L")
        << QStringLiteral("Jekan Raya") << QStringLiteral("Kota Palangkaraya");
    QTest::addRow("year 26, later this year: 1926")
        << QStringLiteral("6271030112260006") << QDate(1926, 12, 1) << QStringLiteral("L")
        << QStringLiteral("Jekan Raya") << QStringLiteral("Kota Palangkaraya");
    QTest::addRow("born today") << QStringLiteral("6271036211260007") << QDate(2026, 11, 22)
                                << QStringLiteral("P") << QStringLiteral("Jekan Raya")
                                << QStringLiteral("Kota Palangkaraya");
    QTest::addRow("29 February 2000")
        << QStringLiteral("6271012902000008") << QDate(2000, 2, 29) << QStringLiteral("L")
        << QStringLiteral("Pahandut") << QStringLiteral("Kota Palangkaraya");
    QTest::addRow("spaces are ignored")
        << QStringLiteral("6271 0105 0390 0009") << QDate(1990, 3, 5) << QStringLiteral("L")
        << QStringLiteral("Pahandut") << QStringLiteral("Kota Palangkaraya");
    QTest::addRow("serial 9999") << QStringLiteral("6271010503909999") << QDate(1990, 3, 5)
                                 << QStringLiteral("L") << QStringLiteral("Pahandut")
                                 << QStringLiteral("Kota Palangkaraya");
}

void TestIdentityNumbers::validNik()
{
    QFETCH(QString, nik);
    QFETCH(QDate, birthDate);
    QFETCH(QString, sex);
    QFETCH(QString, district);
    QFETCH(QString, regency);

    const NikInfo info = IdentityNumberChecker(m_regions).checkNik(nik, m_today);
    QVERIFY2(info.isValid(), qPrintable(info.errors.value(0).text));
    QVERIFY(info.warnings.isEmpty());
    QCOMPARE(info.birthDate, birthDate);
    QCOMPARE(sexCode(info.sex), sex);
    QCOMPARE(info.region.district, district);
    QCOMPARE(info.region.regency, regency);
    QVERIFY(!info.region.province.isEmpty());
}

void TestIdentityNumbers::invalidNik_data()
{
    QTest::addColumn<QString>("nik");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("mentions"); // what the message must name for the clerk

    QTest::addRow("empty") << QString() << QStringLiteral("nik.empty") << QStringLiteral("16");
    QTest::addRow("15 digits") << QStringLiteral("627101050390000") << QStringLiteral("nik.length")
                               << QStringLiteral("15");
    QTest::addRow("17 digits") << QStringLiteral("62710105039000011")
                               << QStringLiteral("nik.length") << QStringLiteral("17");
    QTest::addRow("a letter") << QStringLiteral("62710105O3900001")
                              << QStringLiteral("nik.characters") << QStringLiteral("\"O\"");
    QTest::addRow("a dash") << QStringLiteral("6271-0105-0390-01")
                            << QStringLiteral("nik.characters") << QStringLiteral("\"-\"");
    QTest::addRow("unknown province 99") << QStringLiteral("9901010503900001")
                                         << QStringLiteral("nik.province") << QStringLiteral("99");
    QTest::addRow("unknown province 00") << QStringLiteral("0001010503900001")
                                         << QStringLiteral("nik.province") << QStringLiteral("00");
    QTest::addRow("31 February") << QStringLiteral("6271013102900001")
                                 << QStringLiteral("nik.birthdate") << QStringLiteral("310290");
    QTest::addRow("day 00") << QStringLiteral("6271010003900001") << QStringLiteral("nik.birthdate")
                            << QStringLiteral("000390");
    QTest::addRow("day 32 (neither sex)")
        << QStringLiteral("6271013203900001") << QStringLiteral("nik.birthdate")
        << QStringLiteral("320390");
    QTest::addRow("day 40") << QStringLiteral("6271014003900001") << QStringLiteral("nik.birthdate")
                            << QStringLiteral("400390");
    QTest::addRow("day 72") << QStringLiteral("6271017203900001") << QStringLiteral("nik.birthdate")
                            << QStringLiteral("720390");
    QTest::addRow("women's 31 April")
        << QStringLiteral("6271017104900001") << QStringLiteral("nik.birthdate")
        << QStringLiteral("710490");
    QTest::addRow("month 13") << QStringLiteral("6271010513900001")
                              << QStringLiteral("nik.birthdate") << QStringLiteral("051390");
    QTest::addRow("29 February 2001")
        << QStringLiteral("6271012902010001") << QStringLiteral("nik.birthdate")
        << QStringLiteral("290201");
    QTest::addRow("serial 0000") << QStringLiteral("6271010503900000")
                                 << QStringLiteral("nik.serial") << QStringLiteral("0000");
}

void TestIdentityNumbers::invalidNik()
{
    QFETCH(QString, nik);
    QFETCH(QString, errorCode);
    QFETCH(QString, mentions);

    const NikInfo info = IdentityNumberChecker(m_regions).checkNik(nik, m_today);
    QVERIFY(!info.isValid());
    QVERIFY2(containsCode(info.errors, errorCode), qPrintable(info.errors.value(0).code));
    for (const ValidationMessage& message : info.errors) {
        if (message.code == errorCode)
            QVERIFY2(message.text.contains(mentions), qPrintable(message.text));
    }
}

void TestIdentityNumbers::regionWarnings_data()
{
    QTest::addColumn<QString>("nik");
    QTest::addColumn<QString>("warningCode");
    QTest::addColumn<QString>("knownPart");

    // Palangka Raya has districts 01–05 only: 09 may be an old code of a split region.
    QTest::addRow("unknown district of a known city")
        << QStringLiteral("6271090503900001") << QStringLiteral("nik.district")
        << QStringLiteral("Kota Palangkaraya");
    QTest::addRow("unknown regency of a known province")
        << QStringLiteral("6299010503900001") << QStringLiteral("nik.regency")
        << QStringLiteral("Kalimantan Tengah");
}

void TestIdentityNumbers::regionWarnings()
{
    QFETCH(QString, nik);
    QFETCH(QString, warningCode);
    QFETCH(QString, knownPart);

    const NikInfo info = IdentityNumberChecker(m_regions).checkNik(nik, m_today);
    QVERIFY2(info.isValid(), "an unknown district or regency is a warning, not an error");
    QVERIFY(containsCode(info.warnings, warningCode));
    QVERIFY(info.warnings.first().text.contains(knownPart));
    QCOMPARE(info.birthDate, QDate(1990, 3, 5));
}

void TestIdentityNumbers::kk_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDate>("registered");
    QTest::addColumn<QString>("code");

    QTest::addRow("valid") << QStringLiteral("6271011502200001") << true << QDate(2020, 2, 15)
                           << QString();
    QTest::addRow("valid, last century")
        << QStringLiteral("6302010107980002") << true << QDate(1998, 7, 1) << QString();
    QTest::addRow("no +40 rule: day 45")
        << QStringLiteral("6271014502200001") << false << QDate() << QStringLiteral("kk.date");
    QTest::addRow("short") << QStringLiteral("62710115022000") << false << QDate()
                           << QStringLiteral("kk.length");
    QTest::addRow("letters") << QStringLiteral("6271011502200A01") << false << QDate()
                             << QStringLiteral("kk.characters");
    QTest::addRow("unknown province") << QStringLiteral("9971011502200001") << false
                                      << QDate(2020, 2, 15) << QStringLiteral("kk.province");
    QTest::addRow("serial 0000") << QStringLiteral("6271011502200000") << false
                                 << QDate(2020, 2, 15) << QStringLiteral("kk.serial");
}

void TestIdentityNumbers::kk()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QFETCH(QDate, registered);
    QFETCH(QString, code);

    const KkInfo info = IdentityNumberChecker(m_regions).checkKk(number, m_today);
    QCOMPARE(info.isValid(), valid);
    QCOMPARE(info.registrationDate, registered);
    if (!code.isEmpty())
        QVERIFY2(containsCode(info.errors, code), qPrintable(info.errors.value(0).code));
}

void TestIdentityNumbers::regionTable()
{
    QCOMPARE(RegionTable::dotted(QStringLiteral("627101")), QStringLiteral("62.71.01"));
    QCOMPARE(RegionTable::dotted(QStringLiteral("6207011001")), QStringLiteral("62.07.01.1001"));
    QCOMPARE(m_regions.find(QStringLiteral("62.07"))->name, QStringLiteral("Kabupaten Seruyan"));
    QCOMPARE(m_regions.find(QStringLiteral("6207011001"))->name,
             QStringLiteral("Kuala Pembuang I"));
    const QList<Region> districts = m_regions.children(QStringLiteral("62.71"));
    QCOMPARE(districts.size(), 5);
    QCOMPARE(districts.first().name, QStringLiteral("Pahandut"));
    QVERIFY(m_regions.children(QStringLiteral("62.07.01")).size() > 5); // villages of Seruyan Hilir
    QVERIFY(!m_regions.find(QStringLiteral("99")));
}

QTEST_GUILESS_MAIN(TestIdentityNumbers)
#include "tst_identitynumbers.moc"
