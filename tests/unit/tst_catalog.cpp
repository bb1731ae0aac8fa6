// The content of the three built-in catalogs: structure, office profiles, service times,
// requirement conditions and eligibility rules (docs/catalog-format.md). The item-by-item
// comparison with the decrees' text is tst_catalogdecree.cpp.
#include "CatalogLoader.h"
#include "CatalogTestSupport.h"

#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace loket;
using namespace loket::testing;

class TestCatalog : public QObject
{
    Q_OBJECT
private slots:
    void loads_data();
    void loads();
    void codesAndNumbers_data();
    void codesAndNumbers();
    void everyService_data();
    void everyService();
    void officeProfile_data();
    void officeProfile();
};

void TestCatalog::loads_data()
{
    QTest::addColumn<QString>("officeId");
    for (const OfficeCodes& office : kOffices)
        QTest::addRow("%s", office.id) << QString::fromLatin1(office.id);
}

void TestCatalog::loads()
{
    QFETCH(QString, officeId);
    const CatalogLoadResult result = CatalogLoader::builtIn(officeId);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QVERIFY(result.catalog);
    QCOMPARE(catalog(officeId).office.id, officeId);
}

void TestCatalog::codesAndNumbers_data()
{
    QTest::addColumn<QString>("officeId");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("count");
    for (const OfficeCodes& office : kOffices)
        QTest::addRow("%s", office.id)
            << QString::fromLatin1(office.id) << QString::fromLatin1(office.prefix) << office.count;
}

void TestCatalog::codesAndNumbers()
{
    QFETCH(QString, officeId);
    QFETCH(QString, prefix);
    QFETCH(int, count);

    const QList<Service>& services = catalog(officeId).services;
    QCOMPARE(services.size(), count);
    for (int i = 0; i < count; ++i) {
        // PKY-01 … PKY-23, in the decree's order, numbered 1 … N.
        QCOMPARE(services.at(i).code,
                 QStringLiteral("%1-%2").arg(prefix).arg(i + 1, 2, 10, QLatin1Char('0')));
        QCOMPARE(services.at(i).number, i + 1);
        QCOMPARE(catalog(officeId).service(services.at(i).code), &services.at(i));
    }
}

void TestCatalog::everyService_data()
{
    QTest::addColumn<QString>("code");
    for (const OfficeCodes& office : kOffices) {
        for (const Service& service : catalog(QString::fromLatin1(office.id)).services)
            QTest::addRow("%s", qPrintable(service.code)) << service.code;
    }
}

void TestCatalog::everyService()
{
    QFETCH(QString, code);
    const Service* service = findService(code);
    QVERIFY(service);

    QVERIFY(!service->name.isEmpty());
    QVERIFY(service->requirements.size() >= 1);
    for (const Requirement& requirement : service->requirements) {
        QVERIFY(!requirement.text.isEmpty());
        QCOMPARE(requirement.text, requirement.text.trimmed());
        if (requirement.condition == Requirement::Condition::Alternative)
            QVERIFY2(requirement.alternatives.size() >= 2, qPrintable(requirement.text));
        else
            QVERIFY2(requirement.alternatives.isEmpty(), qPrintable(requirement.text));
    }
    QVERIFY(service->steps.size() >= 1);
    for (int i = 0; i < service->steps.size(); ++i) {
        QCOMPARE(service->steps.at(i).order, i + 1);
        QVERIFY(!service->steps.at(i).text.isEmpty());
    }
    QVERIFY(!service->serviceTime.text.isEmpty());
    for (const Duration& duration : durationsOf(service->serviceTime))
        QVERIFY(duration.value > 0);
    // Every service of all three decrees is free of charge.
    QCOMPARE(service->feeAmount, qint64(0));
    QVERIFY(!service->feeText.isEmpty());
    QVERIFY(!service->product.name.isEmpty());
    QVERIFY(!service->product.document.isEmpty());
}

void TestCatalog::officeProfile_data()
{
    QTest::addColumn<QString>("officeId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("governmentLine");
    QTest::addColumn<QString>("regionCode");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QString>("decreeNumber");
    QTest::addColumn<QString>("decreeDateText");
    QTest::addColumn<QDate>("decreeDate");
    QTest::addColumn<QDate>("validUntil");
    QTest::addColumn<QString>("headName");
    QTest::addColumn<QString>("headNip");

    // The head's name is written four ways in the Palangka Raya decree; the catalog uses the
    // first signature's spelling and says so in office.notes. The NIP is written "NIP 1967…" and
    // "NIP-1967…"; the catalog keeps the digits. The decree leaves the day of issue blank
    // ("pada tanggal Januari 2021"), hence no date.
    QTest::addRow("palangka-raya")
        << QStringLiteral("palangka-raya") << QStringLiteral("Dinas Sosial Kota Palangka Raya")
        << QStringLiteral("PEMERINTAH KOTA PALANGKA RAYA") << QStringLiteral("62.71")
        << QStringLiteral("WIB")
        // "NOMOR 9 /SEKRE-01-SK/SOS/I/2021": the space before the slash is dropped.
        << QStringLiteral("9/SEKRE-01-SK/SOS/I/2021") << QStringLiteral("Januari 2021") << QDate()
        << QDate() << QStringLiteral("NYTA BIANYTA REZZA, S.Sos")
        << QStringLiteral("196712131989112001");
    QTest::addRow("seruyan") << QStringLiteral("seruyan")
                             << QStringLiteral("Dinas Sosial Kabupaten Seruyan")
                             << QStringLiteral("PEMERINTAH KABUPATEN SERUYAN")
                             << QStringLiteral("62.07")
                             << QStringLiteral("WIB")
                             // "NOMOR : 400.9/ 60 /SK-DINSOS/I/2024": spaces tidied (office.notes).
                             << QStringLiteral("400.9/60/SK-DINSOS/I/2024")
                             << QStringLiteral("02 Januari 2024") << QDate(2024, 1, 2)
                             << QDate(2024, 12, 31) << QStringLiteral("ANGGA, SE")
                             << QStringLiteral("19680405 198703 1 001");
    QTest::addRow("kotabaru") << QStringLiteral("kotabaru")
                              << QStringLiteral("Dinas Sosial Kabupaten Kotabaru")
                              << QStringLiteral("PEMERINTAH KABUPATEN KOTABARU")
                              << QStringLiteral("63.02") << QStringLiteral("WITA")
                              << QStringLiteral("188.4/25/DINSOS/2024")
                              << QStringLiteral("04 Januari 2024") << QDate(2024, 1, 4) << QDate()
                              << QStringLiteral("NURVIZA, SH, MA")
                              << QStringLiteral("19671110 199503 2 003");
}

void TestCatalog::officeProfile()
{
    QFETCH(QString, officeId);
    QFETCH(QString, name);
    QFETCH(QString, governmentLine);
    QFETCH(QString, regionCode);
    QFETCH(QString, timeZone);
    QFETCH(QString, decreeNumber);
    QFETCH(QString, decreeDateText);
    QFETCH(QDate, decreeDate);
    QFETCH(QDate, validUntil);
    QFETCH(QString, headName);
    QFETCH(QString, headNip);

    const Catalog& loaded = catalog(officeId);
    const Office& office = loaded.office;
    QCOMPARE(office.id, officeId);
    QCOMPARE(office.name, name);
    QCOMPARE(office.governmentLine, governmentLine);
    QCOMPARE(office.unitLine, QStringLiteral("DINAS SOSIAL"));
    QCOMPARE(office.regionCode, regionCode);
    QCOMPARE(office.timeZone, timeZone);
    QCOMPARE(office.decree.number, decreeNumber);
    QCOMPARE(loaded.version(), decreeNumber);
    QCOMPARE(office.decree.dateText, decreeDateText);
    QCOMPARE(office.decree.date, decreeDate);
    QCOMPARE(office.decree.validUntil, validUntil);
    QCOMPARE(office.head.title, QStringLiteral("Kepala Dinas"));
    QCOMPARE(office.head.name, headName);
    QCOMPARE(office.head.rank, QStringLiteral("Pembina Utama Muda"));
    QVERIFY(!office.head.nip.isEmpty());
    QCOMPARE(office.head.nip, headNip);
    QVERIFY(office.opens.isValid() && office.closes.isValid() && office.opens < office.closes);

    QVERIFY(office.complaintChannels.size() >= 1);
    for (const ComplaintChannel& channel : office.complaintChannels) {
        QVERIFY2(catalogkeys::complaintChannelKinds().contains(channel.kind),
                 qPrintable(channel.kind));
        QVERIFY(!channel.label.isEmpty());
        QVERIFY(!channel.value.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
