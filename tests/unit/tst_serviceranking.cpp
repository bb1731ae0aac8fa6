// The order in which ServiceSearch offers what it finds (tst_servicesearch: what it finds).
#include "CatalogTestSupport.h"
#include "ServiceSearch.h"

#include <QTest>

using namespace loket;
using loket::testing::catalog;

class TestServiceRanking : public QObject
{
    Q_OBJECT
private slots:
    void topHit_data();
    void topHit();
    void nameAboveOtherText_data();
    void nameAboveOtherText();
    void ties_data();
    void ties();
};

namespace {

QStringList ranked(const Catalog& offered, const QString& query)
{
    QStringList result;
    for (int index : ServiceSearch(offered).find(query))
        result << offered.services.at(index).code;
    return result;
}

QStringList ranked(const QString& office, const QString& query)
{
    return ranked(catalog(office), query);
}

} // namespace

void TestServiceRanking::topHit_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("palangkaRaya"); // the first service offered; empty: none found
    QTest::addColumn<QString>("seruyan");
    QTest::addColumn<QString>("kotabaru");

    // What clerks type, and the service each office's catalog should offer first.
    auto row = [](const char* query, const char* palangkaRaya, const char* seruyan,
                  const char* kotabaru) {
        QTest::newRow(query) << QString::fromUtf8(query) << QString::fromLatin1(palangkaRaya)
                             << QString::fromLatin1(seruyan) << QString::fromLatin1(kotabaru);
    };
    row("rekom lks", "PKY-06", "SRY-02", "KTB-03"); // not PKY-03, whose requirements name LKS
    row("izin lks", "PKY-06", "SRY-02", "");
    row("lks", "PKY-05", "SRY-02", "KTB-03");
    row("izin operasional lks", "PKY-06", "", "");
    row("tanda daftar lks", "PKY-05", "", "KTB-03");
    row("izin pub", "PKY-03", "", "KTB-02");
    row("undian gratis", "", "SRY-01", "");
    row("kis pbi", "PKY-01", "", "KTB-04");
    row("dtks", "PKY-07", "SRY-05", "KTB-04");
    row("surat keterangan dtks", "PKY-08", "", "KTB-04");
    row("lansia", "PKY-15", "", "KTB-09");
    row("lansia panti", "PKY-15", "", "KTB-09");
    row("panti", "PKY-15", "", "KTB-14");
    row("anak terlantar", "PKY-16", "", "KTB-13");
    row("anak angkat", "PKY-10", "", "KTB-10");
    row("orang terlantar", "PKY-11", "", "KTB-11");
    row("odgj", "PKY-19", "", "KTB-08");
    row("disabilitas mental", "PKY-19", "", "");
    row("abh", "PKY-22", "", "KTB-12");
    row("ppks", "PKY-09", "SRY-03", "KTB-16");
    row("bantuan sosial", "PKY-09", "", "KTB-06");
    row("logistik bencana", "PKY-02", "SRY-06", "KTB-05");
    row("rutilahu", "", "", "KTB-06");
    row("uep", "", "", "KTB-07");
    row("tmp", "", "", "KTB-01");
    row("pky-12", "PKY-12", "", "");
}

void TestServiceRanking::topHit()
{
    QFETCH(QString, query);
    QFETCH(QString, palangkaRaya);
    QFETCH(QString, seruyan);
    QFETCH(QString, kotabaru);
    const QHash<QString, QString> expected { { QStringLiteral("palangka-raya"), palangkaRaya },
                                             { QStringLiteral("seruyan"), seruyan },
                                             { QStringLiteral("kotabaru"), kotabaru } };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QStringList found = ranked(it.key(), query);
        QVERIFY2(found.value(0) == it.value(),
                 qPrintable(QStringLiteral("%1: %2").arg(it.key(), found.join(QLatin1Char(' ')))));
    }
}

void TestServiceRanking::nameAboveOtherText_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    auto list = [](const char* codes) {
        return QString::fromLatin1(codes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    // PKY-03 has LKS among its keywords only; PKY-12 and PKY-21 spell it out in their names
    // ("Lembaga Kesejahteraan Sosial").
    QTest::addRow("lks") << QStringLiteral("palangka-raya") << QStringLiteral("lks")
                         << list("PKY-05 PKY-06 PKY-12 PKY-21 PKY-03");
    QTest::addRow("rekom lks") << QStringLiteral("palangka-raya") << QStringLiteral("rekom lks")
                               << list("PKY-06 PKY-12 PKY-03");
    QTest::addRow("izin lks") << QStringLiteral("palangka-raya") << QStringLiteral("izin lks")
                              << list("PKY-06 PKY-03");
    // KTB-09 has "panti" only in its product.
    QTest::addRow("panti") << QStringLiteral("kotabaru") << QStringLiteral("panti")
                           << list("KTB-14 KTB-15 KTB-09");
    // "Sosial" in the name, then in the division only ("Bidang … Sosial").
    QTest::addRow("sosial") << QStringLiteral("kotabaru") << QStringLiteral("sosial")
                            << list("KTB-03 KTB-06 KTB-07 KTB-13 KTB-15 KTB-16 KTB-01 KTB-02 "
                                    "KTB-04 KTB-05 KTB-08 KTB-09 KTB-10 KTB-11 KTB-12 KTB-14");
}

void TestServiceRanking::nameAboveOtherText()
{
    QFETCH(QString, office);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(ranked(office, query), expected);
}

void TestServiceRanking::ties_data()
{
    // Each "name | product | keyword, keyword | division".
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // S-1 is the first service, S-2 the second…

    QTest::addRow("catalog order")
        << QStringList { QStringLiteral("Rujukan Anak ke Panti | | |"),
                         QStringLiteral("Rujukan Lanjut Usia ke Panti | | |") }
        << QStringLiteral("rujukan panti")
        << QStringList { QStringLiteral("S-1"), QStringLiteral("S-2") };
    QTest::addRow("a whole word before the start of one")
        << QStringList { QStringLiteral("Bantuan Sosialisasi | | |"),
                         QStringLiteral("Bantuan Sosial | | |") }
        << QStringLiteral("sosial") << QStringList { QStringLiteral("S-2"), QStringLiteral("S-1") };
    // Both weigh as much: product and keyword, or name and division.
    QTest::addRow("more words of the name")
        << QStringList { QStringLiteral("Layanan Umum | Rujukan | Lansia | Bidang Sosial"),
                         QStringLiteral("Layanan Rujukan | | Panti | Bidang Lansia") }
        << QStringLiteral("rujukan lansia")
        << QStringList { QStringLiteral("S-2"), QStringLiteral("S-1") };
    // An abbreviation among the keywords that stands for words of the name counts as the name's.
    QTest::addRow("an abbreviation of the name")
        << QStringList { QStringLiteral("Rekomendasi Izin | | LKS |"),
                         QStringLiteral("Rekomendasi Lembaga Kesejahteraan Sosial | | LKS |") }
        << QStringLiteral("lks") << QStringList { QStringLiteral("S-2"), QStringLiteral("S-1") };
    QTest::addRow("an abbreviation leaving out a link word")
        << QStringList { QStringLiteral("Izin Lain | | PUB |"),
                         QStringLiteral("Izin Pengumpulan Uang dan Barang | | PUB |") }
        << QStringLiteral("pub") << QStringList { QStringLiteral("S-2"), QStringLiteral("S-1") };
    QTest::addRow("initials of the name alone find nothing")
        << QStringList { QStringLiteral("Rujukan Anak Terlantar | | |") } << QStringLiteral("rat")
        << QStringList();
}

// Between services that weigh alike: more words of the name, then whole words, then the
// catalog's order; and what counts as a word of the name.
void TestServiceRanking::ties()
{
    QFETCH(QStringList, services);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    Catalog made;
    for (const QString& line : services) {
        const QStringList parts = line.split(QLatin1Char('|'));
        Service service;
        service.code = QStringLiteral("S-%1").arg(made.services.size() + 1);
        service.name = parts.at(0).trimmed();
        service.product.name = parts.at(1).trimmed();
        for (const QString& keyword : parts.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
            service.keywords << keyword.trimmed();
        service.division = parts.at(3).trimmed();
        made.services << service;
    }
    QCOMPARE(ranked(made, query), expected);
}

QTEST_GUILESS_MAIN(TestServiceRanking)
#include "tst_serviceranking.moc"
