#include "CatalogLoader.h"
#include "ServiceSearch.h"

#include <QTest>
#include <algorithm>

using namespace loket;

class TestServiceSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void words_data();
    void words();
    void abbreviations_data();
    void abbreviations();
    void wordsInAnyOrder_data();
    void wordsInAnyOrder();
    void anyCase_data();
    void anyCase();
    void wordPrefixes_data();
    void wordPrefixes();
    void emptyQueryFindsAll_data();
    void emptyQueryFindsAll();
    void nonsenseFindsNothing_data();
    void nonsenseFindsNothing();

private:
    QStringList codes(const QString& office, const QString& query) const;
    QHash<QString, Catalog> m_catalogs;
};

void TestServiceSearch::initTestCase()
{
    for (const QString& office : CatalogLoader::builtInOfficeIds()) {
        const CatalogLoadResult loaded = CatalogLoader::builtIn(office);
        QVERIFY2(loaded.catalog, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        m_catalogs.insert(office, *loaded.catalog);
    }
    QCOMPARE(m_catalogs.size(), 3);
}

// Which services match, in catalog order (tst_serviceranking checks the order they are
// offered in).
QStringList TestServiceSearch::codes(const QString& office, const QString& query) const
{
    const Catalog& catalog = m_catalogs[office];
    QList<int> found = ServiceSearch(catalog).find(query);
    std::sort(found.begin(), found.end());
    QStringList result;
    for (int index : found)
        result << catalog.services.at(index).code;
    return result;
}

void TestServiceSearch::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addRow("punctuation splits")
        << QStringLiteral("Rekomendasi (KIS-PBI), LKS/Yayasan")
        << QStringList { QStringLiteral("rekomendasi"), QStringLiteral("kis"),
                         QStringLiteral("pbi"), QStringLiteral("lks"), QStringLiteral("yayasan") };
    QTest::addRow("digits are words")
        << QStringLiteral("PKY-05") << QStringList { QStringLiteral("pky"), QStringLiteral("05") };
    QTest::addRow("only separators") << QStringLiteral(" - / ") << QStringList();
}

void TestServiceSearch::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(ServiceSearch::words(text), words);
}

void TestServiceSearch::abbreviations_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("palangkaRaya");
    QTest::addColumn<QStringList>("seruyan");
    QTest::addColumn<QStringList>("kotabaru");

    auto list = [](const char* codes) {
        return QString::fromLatin1(codes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::addRow("KIS") << QStringLiteral("KIS") << list("PKY-01 PKY-18") << list("")
                         << list("KTB-04");
    QTest::addRow("PBI") << QStringLiteral("PBI") << list("PKY-01 PKY-18") << list("")
                         << list("KTB-04");
    QTest::addRow("PUB") << QStringLiteral("PUB") << list("PKY-03 PKY-04") << list("SRY-01")
                         << list("KTB-02");
    QTest::addRow("UGB") << QStringLiteral("UGB") << list("") << list("SRY-01") << list("");
    QTest::addRow("LKS") << QStringLiteral("LKS") << list("PKY-03 PKY-05 PKY-06 PKY-12 PKY-21")
                         << list("SRY-02") << list("KTB-03");
    QTest::addRow("DTKS") << QStringLiteral("DTKS") << list("PKY-07 PKY-08") << list("SRY-05")
                          << list("KTB-04");
    QTest::addRow("ODGJ") << QStringLiteral("ODGJ") << list("PKY-19 PKY-20") << list("")
                          << list("KTB-08");
    QTest::addRow("ABH") << QStringLiteral("ABH") << list("PKY-22") << list("") << list("KTB-12");
    QTest::addRow("TMP") << QStringLiteral("TMP") << list("") << list("") << list("KTB-01");
    QTest::addRow("RUTILAHU") << QStringLiteral("RUTILAHU") << list("") << list("")
                              << list("KTB-06");
    QTest::addRow("UEP") << QStringLiteral("UEP") << list("") << list("") << list("KTB-07");
    QTest::addRow("KIS-PBI as one word")
        << QStringLiteral("kispbi") << list("PKY-01") << list("") << list("");
    QTest::addRow("a code") << QStringLiteral("ktb-01") << list("") << list("") << list("KTB-01");
    QTest::addRow("a code without its dash")
        << QStringLiteral("PKY05") << list("PKY-05") << list("") << list("");
}

// Each abbreviation finds the services that have it, in every office that offers them, and
// nothing else.
void TestServiceSearch::abbreviations()
{
    QFETCH(QString, query);
    QFETCH(QStringList, palangkaRaya);
    QFETCH(QStringList, seruyan);
    QFETCH(QStringList, kotabaru);
    QCOMPARE(codes(QStringLiteral("palangka-raya"), query), palangkaRaya);
    QCOMPARE(codes(QStringLiteral("seruyan"), query), seruyan);
    QCOMPARE(codes(QStringLiteral("kotabaru"), query), kotabaru);
}

void TestServiceSearch::wordsInAnyOrder_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("other");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("orang tua angkat")
        << QStringLiteral("palangka-raya") << QStringLiteral("orang tua angkat")
        << QStringLiteral("angkat TUA orang") << QStringList { QStringLiteral("PKY-10") };
    QTest::addRow("pengangkatan anak")
        << QStringLiteral("kotabaru") << QStringLiteral("anak pengangkatan")
        << QStringLiteral("pengangkatan anak") << QStringList { QStringLiteral("KTB-10") };
    QTest::addRow("izin ziarah") << QStringLiteral("kotabaru") << QStringLiteral("ziarah izin")
                                 << QStringLiteral("izin ziarah")
                                 << QStringList { QStringLiteral("KTB-01") };
    QTest::addRow("lansia rujukan")
        << QStringLiteral("palangka-raya") << QStringLiteral("panti lansia rujukan")
        << QStringLiteral("rujukan lansia panti") << QStringList { QStringLiteral("PKY-15") };
    // What clerks say for adoption. Neither decree's wording has "anak angkat" (PKY-10: "Calon
    // Orang Tua Angkat"; KTB-10: "Pengangkatan Anak"): the catalogs' keywords carry it.
    QTest::addRow("anak angkat (Palangka Raya)")
        << QStringLiteral("palangka-raya") << QStringLiteral("anak angkat")
        << QStringLiteral("angkat anak") << QStringList { QStringLiteral("PKY-10") };
    QTest::addRow("anak angkat (Kotabaru)")
        << QStringLiteral("kotabaru") << QStringLiteral("anak angkat")
        << QStringLiteral("angkat anak") << QStringList { QStringLiteral("KTB-10") };
}

void TestServiceSearch::wordsInAnyOrder()
{
    QFETCH(QString, office);
    QFETCH(QString, one);
    QFETCH(QString, other);
    QFETCH(QStringList, expected);
    QCOMPARE(codes(office, one), codes(office, other));
    QCOMPARE(codes(office, one), expected);
}

void TestServiceSearch::anyCase_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("query");
    for (const QString& office : { QStringLiteral("palangka-raya"), QStringLiteral("kotabaru") }) {
        for (const QString& query : { QStringLiteral("lks"), QStringLiteral("LKS"),
                                      QStringLiteral("Lks"), QStringLiteral("lKs") })
            QTest::addRow("%s, %s", qPrintable(office), qPrintable(query)) << office << query;
    }
    QTest::addRow("seruyan, UNDIAN gratis")
        << QStringLiteral("seruyan") << QStringLiteral("UNDIAN gratis");
}

void TestServiceSearch::anyCase()
{
    QFETCH(QString, office);
    QFETCH(QString, query);
    const QStringList found = codes(office, query);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found, codes(office, query.toLower()));
    QCOMPARE(found, codes(office, query.toUpper()));
}

void TestServiceSearch::wordPrefixes_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("rekom lks (Palangka Raya)")
        << QStringLiteral("palangka-raya") << QStringLiteral("rekom lks")
        << QStringList { QStringLiteral("PKY-03"), QStringLiteral("PKY-06"),
                         QStringLiteral("PKY-12") };
    QTest::addRow("rekom lks (Seruyan)") << QStringLiteral("seruyan") << QStringLiteral("rekom lks")
                                         << QStringList { QStringLiteral("SRY-02") };
    QTest::addRow("rekom lks (Kotabaru)")
        << QStringLiteral("kotabaru") << QStringLiteral("rekom lks")
        << QStringList { QStringLiteral("KTB-03") };
    QTest::addRow("ziar") << QStringLiteral("kotabaru") << QStringLiteral("ziar")
                          << QStringList { QStringLiteral("KTB-01") };
    QTest::addRow("disab mental") << QStringLiteral("palangka-raya") << QStringLiteral("disab ment")
                                  << QStringList { QStringLiteral("PKY-19"),
                                                   QStringLiteral("PKY-20") };
    QTest::addRow("kis pbi") << QStringLiteral("palangka-raya") << QStringLiteral("ki pb")
                             << QStringList { QStringLiteral("PKY-01"), QStringLiteral("PKY-18") };
}

void TestServiceSearch::wordPrefixes()
{
    QFETCH(QString, office);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(codes(office, query), expected);
}

void TestServiceSearch::emptyQueryFindsAll_data()
{
    QTest::addColumn<QString>("query");
    QTest::addRow("empty") << QString();
    QTest::addRow("spaces") << QStringLiteral("   ");
    QTest::addRow("punctuation only") << QStringLiteral(" - / , ");
}

void TestServiceSearch::emptyQueryFindsAll()
{
    QFETCH(QString, query);
    for (auto it = m_catalogs.cbegin(); it != m_catalogs.cend(); ++it) {
        const QList<int> found = ServiceSearch(it.value()).find(query);
        QCOMPARE(found.size(), it.value().services.size());
        for (int i = 0; i < found.size(); ++i)
            QCOMPARE(found.at(i), i); // in catalog order
    }
    QCOMPARE(m_catalogs[QStringLiteral("palangka-raya")].services.size(), 23);
    QCOMPARE(m_catalogs[QStringLiteral("seruyan")].services.size(), 6);
    QCOMPARE(m_catalogs[QStringLiteral("kotabaru")].services.size(), 16);
}

void TestServiceSearch::nonsenseFindsNothing_data()
{
    QTest::addColumn<QString>("query");
    QTest::addRow("nonsense") << QStringLiteral("xyzzy");
    QTest::addRow("a known word and nonsense") << QStringLiteral("lks xyzzy");
    QTest::addRow("middle of a word") << QStringLiteral("omendasi");
    QTest::addRow("too long a prefix") << QStringLiteral("lksx");
    QTest::addRow("code of another office") << QStringLiteral("abc-99");
}

void TestServiceSearch::nonsenseFindsNothing()
{
    QFETCH(QString, query);
    for (auto it = m_catalogs.cbegin(); it != m_catalogs.cend(); ++it)
        QVERIFY2(ServiceSearch(it.value()).find(query).isEmpty(), qPrintable(it.key()));
}

QTEST_GUILESS_MAIN(TestServiceSearch)
#include "tst_servicesearch.moc"
