// DTKS lookup: by NIK, by name words in any order, newest extract first, nothing imported yet.
#include "DtksLookup.h"
#include "DtksTestSupport.h"

#include <QtTest>

using namespace loket;
using namespace loket::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray older = "NIK,NAMA,PROGRAM,ALAMAT\n"
                         "6271010101900001,Siti Aminah,PKH,Jl. Lama\n"
                         "6271010101900002,Ahmad Fauzi,BPNT,Jl. Lama\n";
const QByteArray newer = "NIK;NAMA_LENGKAP;BANSOS;ALAMAT\n"
                         "6271010101900001;SITI AMINAH;PKH, BPNT;Jl. Baru\n"
                         "6271010101900001;SITI AMINAH;PBI-JK;Jl. Baru\n"
                         "6271010101900003;Nur'aini Siti Rahma;PBI-JK;Jl. Baru\n"
                         "6271010101900004;Muhammad Yusuf;BPNT;Jl. Baru\n";

} // namespace

class TestDtksLookup : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<WorkflowFixture> f;

    void importBoth()
    {
        DtksImportReport report;
        QString error;
        // Imported in the "wrong" order: the extract date decides, not the import order.
        QVERIFY2(importCsv(*f, newer, QDate(2026, 10, 1), &report, &error), qPrintable(error));
        QVERIFY2(importCsv(*f, older, QDate(2026, 4, 1), &report, &error), qPrintable(error));
    }

private slots:
    void init()
    {
        f = std::make_unique<WorkflowFixture>();
        QVERIFY(f->open());
    }

    void nothingImportedYet()
    {
        DtksLookup lookup(*f->database);
        QString error;
        const auto result = lookup.search(u"6271010101900001"_s, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->state, DtksResult::State::NoExtract);
        QVERIFY(!result->newestExtract.isValid());
        QCOMPARE(lookup.byName(u"siti"_s, &error)->state, DtksResult::State::NoExtract);
        QCOMPARE(lookup.nikStatus(u"6271010101900001"_s, QDate(2026, 11, 20), &error).state,
                 DtksResult::State::NoExtract);
        QVERIFY(lookup.extracts(&error)->isEmpty());
    }

    void byNikNewestFirst()
    {
        importBoth();
        DtksLookup lookup(*f->database);
        QString error;
        const auto result = lookup.byNik(u"6271 0101 0190 0001"_s, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->state, DtksResult::State::Found);
        QCOMPARE(result->newestExtract, QDate(2026, 10, 1));
        QCOMPARE(result->hits.size(), 3);
        QCOMPARE(result->hits.at(0).extractDate, QDate(2026, 10, 1));
        QCOMPARE(result->hits.at(0).programs, u"PKH, BPNT"_s);
        QCOMPARE(result->hits.at(0).line, 2);
        QCOMPARE(result->hits.at(1).programs, u"PBI-JK"_s);
        QCOMPARE(result->hits.at(2).extractDate, QDate(2026, 4, 1));
        QCOMPARE(result->hits.at(2).address, u"Jl. Lama"_s);

        const DtksNikStatus status
            = lookup.nikStatus(u"6271010101900001"_s, QDate(2026, 11, 20), &error);
        QCOMPARE(status.state, DtksResult::State::Found);
        QCOMPARE(status.extractDate, QDate(2026, 10, 1));
        QCOMPARE(status.programs, (QStringList { u"PKH"_s, u"BPNT"_s, u"PBI-JK"_s }));
        // Only in the older extract: found there, with that extract's date.
        const DtksNikStatus old
            = lookup.nikStatus(u"6271010101900002"_s, QDate(2026, 11, 20), &error);
        QCOMPARE(old.state, DtksResult::State::Found);
        QCOMPARE(old.extractDate, QDate(2026, 4, 1));
        QCOMPARE(old.programs, QStringList { u"BPNT"_s });
    }

    void notFoundNamesTheNewestExtract()
    {
        importBoth();
        DtksLookup lookup(*f->database);
        QString error;
        const auto result = lookup.search(u"6271010101909999"_s, &error);
        QCOMPARE(result->state, DtksResult::State::NotFound);
        QCOMPARE(result->newestExtract, QDate(2026, 10, 1));
        QVERIFY(result->hits.isEmpty());
        const DtksNikStatus status
            = lookup.nikStatus(u"6271010101909999"_s, QDate(2026, 11, 20), &error);
        QCOMPARE(status.state, DtksResult::State::NotFound);
        QCOMPARE(status.extractDate, QDate(2026, 10, 1));
    }

    void byName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("niks"); // in result order
        QTest::addRow("full name")
            << u"Siti Aminah"_s
            << QStringList { u"6271010101900001"_s, u"6271010101900001"_s, u"6271010101900001"_s };
        QTest::addRow("words in any order, lower case")
            << u"aminah siti"_s
            << QStringList { u"6271010101900001"_s, u"6271010101900001"_s, u"6271010101900001"_s };
        QTest::addRow("prefix of the last word")
            << u"yusuf muh"_s << QStringList { u"6271010101900004"_s };
        QTest::addRow("apostrophe and punctuation")
            << u"NURAINI, rahma"_s << QStringList { u"6271010101900003"_s };
        QTest::addRow("one word in several names")
            << u"siti"_s
            << QStringList { u"6271010101900001"_s, u"6271010101900001"_s, u"6271010101900003"_s,
                             u"6271010101900001"_s };
        QTest::addRow("a word must be whole unless last") << u"sit aminah"_s << QStringList {};
        QTest::addRow("middle of a word does not match") << u"minah"_s << QStringList {};
        QTest::addRow("SQL characters are only text") << u"siti' OR '1'='1"_s << QStringList {};
    }

    void byName()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, niks);
        importBoth();
        QString error;
        const auto result = DtksLookup(*f->database).search(text, &error);
        QVERIFY2(result, qPrintable(error));
        QStringList found;
        for (const DtksHit& hit : result->hits)
            found << hit.nik;
        QCOMPARE(found, niks);
        QCOMPARE(result->state,
                 niks.isEmpty() ? DtksResult::State::NotFound : DtksResult::State::Found);
        if (!niks.isEmpty()) // newest extract first
            QCOMPARE(result->hits.first().extractDate, QDate(2026, 10, 1));
    }

    void emptyNameIsRefused()
    {
        importBoth();
        QString error;
        QVERIFY(!DtksLookup(*f->database).search(u" ., "_s, &error));
        QCOMPARE(error, u"Type an NIK (16 digits) or at least part of a name."_s);
    }

    void listsExtractsNewestFirst()
    {
        importBoth();
        QString error;
        const auto extracts = DtksLookup(*f->database).extracts(&error);
        QVERIFY2(extracts, qPrintable(error));
        QCOMPARE(extracts->size(), 2);
        QCOMPARE(extracts->at(0).extractDate, QDate(2026, 10, 1));
        QCOMPARE(extracts->at(0).rows, qint64(4));
        QCOMPARE(extracts->at(0).importedBy, u"admin"_s);
        QCOMPARE(extracts->at(1).extractDate, QDate(2026, 4, 1));
        QCOMPARE(extracts->at(1).sourceFile, u"ekstrak.csv"_s);
    }

    void dtksServices()
    {
        QStringList dtks;
        for (const Service& service : f->catalog->services) {
            if (DtksLookup::isDtksService(service.keywords))
                dtks << service.code;
        }
        QCOMPARE(dtks, (QStringList { u"PKY-07"_s, u"PKY-08"_s }));
    }
};

QTEST_GUILESS_MAIN(TestDtksLookup)
#include "tst_dtkslookup.moc"
