// DTSEN lookup: found in DTSEN, only in an older DTKS extract, or in neither; the desil, the
// household and the programmes eligible under the thresholds in force; the thresholds over time;
// name search capped at 50 rows.
#include "DtksLookup.h"
#include "DtksTestSupport.h"
#include "DtsenThresholds.h"

#include <QtTest>

using namespace loket;
using namespace loket::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(loket::DtksResult::State)
Q_DECLARE_METATYPE(loket::ExtractKind)

class TestDtsenLookup : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<WorkflowFixture> f;

    void importBoth()
    {
        DtksImportReport report;
        QString error;
        for (const auto& [path, info] :
             { std::pair { sampleExtractPath(),
                           DtksExtractInfo { QDate(2024, 10, 1), ExtractKind::Dtks, {} } },
               std::pair { QStringLiteral(LOKET_SOURCE_DIR "/tests/data/dtsen-contoh-fiktif.csv"),
                           DtksExtractInfo { QDate(2026, 9, 30), ExtractKind::Dtsen,
                                             u"Pusdatin Kemensos"_s } } }) {
            DtksPreview preview;
            QVERIFY2(DtksImporter::previewFile(path, 0, &preview, &error), qPrintable(error));
            QVERIFY2(DtksImporter(*f->database)
                         .importFile(path, info, DtksText::guessMapping(preview.header),
                                     f->user(u"admin"_s), at("2026-11-20T09:00:00+07:00"), &report,
                                     &error),
                     qPrintable(error));
        }
    }

private slots:
    void init()
    {
        f = std::make_unique<WorkflowFixture>();
        QVERIFY(f->open());
    }

    void nikStatus_data()
    {
        QTest::addColumn<QString>("nik");
        QTest::addColumn<DtksResult::State>("state");
        QTest::addColumn<ExtractKind>("kind");
        QTest::addColumn<QDate>("extractDate");
        QTest::addColumn<int>("desil");
        QTest::addColumn<QString>("household");
        QTest::addColumn<QStringList>("eligible"); // under the default thresholds
        const auto found = DtksResult::State::Found;
        const QDate dtsen(2026, 9, 30);
        QTest::addRow("in DTSEN and DTKS: DTSEN's row, desil 2")
            << u"6271015201880099"_s << found << ExtractKind::Dtsen << dtsen << 2
            << u"DTSEN-6271-000001"_s << QStringList { u"PBI-JK"_s, u"PKH"_s, u"Sembako"_s };
        QTest::addRow("desil 5: not PKH")
            << u"6271024408920097"_s << found << ExtractKind::Dtsen << dtsen << 5
            << u"DTSEN-6271-000002"_s << QStringList { u"PBI-JK"_s, u"Sembako"_s };
        QTest::addRow("desil 8: none") << u"6271021506600096"_s << found << ExtractKind::Dtsen
                                       << dtsen << 8 << u"DTSEN-6271-000003"_s << QStringList {};
        QTest::addRow("in DTSEN without a desil")
            << u"6271010808080088"_s << found << ExtractKind::Dtsen << dtsen << 0
            << u"DTSEN-6271-000005"_s << QStringList {};
        QTest::addRow("only in the older DTKS extract")
            << u"6271010303750098"_s << found << ExtractKind::Dtks << QDate(2024, 10, 1) << 0
            << QString() << QStringList {};
        QTest::addRow("in neither")
            << u"6271019999999999"_s << DtksResult::State::NotFound << ExtractKind::Dtsen << dtsen
            << 0 << QString() << QStringList {};
    }

    void nikStatus()
    {
        QFETCH(QString, nik);
        QFETCH(DtksResult::State, state);
        QFETCH(ExtractKind, kind);
        QFETCH(QDate, extractDate);
        QFETCH(int, desil);
        QFETCH(QString, household);
        QFETCH(QStringList, eligible);
        importBoth();
        QString error;
        const DtksNikStatus status
            = DtksLookup(*f->database).nikStatus(nik, QDate(2026, 11, 20), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(status.state, state);
        QCOMPARE(status.kind, kind);
        QCOMPARE(status.extractDate, extractDate);
        QCOMPARE(status.desil, desil);
        QCOMPARE(status.householdId, household);
        QCOMPARE(status.eligible, eligible);
        QCOMPARE(status.newestDtsen, QDate(2026, 9, 30));
    }

    void thresholdsOverTime()
    {
        DtsenThresholds thresholds(*f->database);
        QString error;
        const auto defaults = thresholds.all(&error);
        QVERIFY2(defaults, qPrintable(error));
        QCOMPARE(defaults->size(), 3);
        for (const DtsenThreshold& rule : *defaults) {
            QVERIFY(!rule.confirmed);
            QCOMPARE(rule.effectiveFrom, QDate(2025, 2, 5));
            QVERIFY(DtsenThresholds::describe(rule).contains(u"to be confirmed"_s));
        }
        QVERIFY(thresholds.inForce(QDate(2025, 2, 4), &error)->isEmpty()); // before DTSEN
        QVERIFY2(thresholds.set({ u"PKH"_s, 3, QDate(2026, 10, 1), true }, f->user(u"admin"_s),
                                at("2026-09-01T09:00:00+07:00"), &error),
                 qPrintable(error));
        const auto before = *thresholds.inForce(QDate(2026, 9, 30), &error);
        const auto after = *thresholds.inForce(QDate(2026, 10, 1), &error);
        QCOMPARE(DtsenThresholds::eligible(before, 4),
                 (QStringList { u"PBI-JK"_s, u"PKH"_s, u"Sembako"_s }));
        QCOMPARE(DtsenThresholds::eligible(after, 4), (QStringList { u"PBI-JK"_s, u"Sembako"_s }));
        QCOMPARE(DtsenThresholds::eligible(after, 3),
                 (QStringList { u"PBI-JK"_s, u"PKH"_s, u"Sembako"_s }));
        QCOMPARE(DtsenThresholds::eligible(after, 0), QStringList {});
        QVERIFY(after.first().programme == u"PBI-JK"_s && !after.first().confirmed);
        QVERIFY(after.at(1).programme == u"PKH"_s && after.at(1).confirmed);
        // A rule of the same programme and date replaces the earlier one; 0 ends a programme.
        QVERIFY(thresholds.set({ u"PKH"_s, 0, QDate(2026, 10, 1), true }, f->user(u"admin"_s),
                               at("2026-09-02T09:00:00+07:00"), &error));
        QCOMPARE(thresholds.all(&error)->size(), 4);
        QCOMPARE(DtsenThresholds::eligible(*thresholds.inForce(QDate(2027, 1, 1), &error), 1),
                 (QStringList { u"PBI-JK"_s, u"Sembako"_s }));
        QCOMPARE(
            f->count(u"SELECT COUNT(*) FROM audit_log WHERE table_name = 'dtsen_thresholds'"_s), 2);
    }

    void thresholdsRefusals_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("programme");
        QTest::addColumn<int>("maxDesil");
        QTest::addColumn<QDate>("from");
        QTest::addRow("front office may not") << u"siti"_s << u"PKH"_s << 4 << QDate(2026, 1, 1);
        QTest::addRow("desil above 10") << u"admin"_s << u"PKH"_s << 11 << QDate(2026, 1, 1);
        QTest::addRow("no programme") << u"admin"_s << u" "_s << 4 << QDate(2026, 1, 1);
        QTest::addRow("no date") << u"admin"_s << u"PKH"_s << 4 << QDate();
    }

    void thresholdsRefusals()
    {
        QFETCH(QString, user);
        QFETCH(QString, programme);
        QFETCH(int, maxDesil);
        QFETCH(QDate, from);
        QString error;
        QVERIFY(!DtsenThresholds(*f->database)
                     .set({ programme, maxDesil, from, true }, f->user(user),
                          at("2026-09-01T09:00:00+07:00"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtsen_thresholds"_s), 3);
    }

    void nameSearchStopsAtFifty()
    {
        QByteArray csv = "NIK,NAMA,DESIL\n";
        for (int i = 0; i < 120; ++i)
            csv += "6271015201" + QByteArray::number(100000 + i) + ",SITI CONTOH "
                + QByteArray::number(i) + ",3\n";
        DtksImportReport report;
        QString error;
        QVERIFY2(importCsv(*f, csv, QDate(2026, 9, 30), &report, &error), qPrintable(error));
        const auto result = DtksLookup(*f->database).byName(u"si"_s, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->hits.size(), DtksLookup::MaxNameHits);
        QVERIFY(result->truncated);
        QCOMPARE(result->hits.first().kind, ExtractKind::Dtsen);
        QCOMPARE(result->hits.first().desil, 3);
        QCOMPARE(result->hits.first().line, 2); // file order
        const auto narrow = DtksLookup(*f->database).byName(u"contoh 11"_s, &error);
        QStringList names;
        for (const DtksHit& hit : narrow->hits)
            names << hit.name;
        QCOMPARE(names,
                 (QStringList { u"SITI CONTOH 11"_s, u"SITI CONTOH 110"_s, u"SITI CONTOH 111"_s,
                                u"SITI CONTOH 112"_s, u"SITI CONTOH 113"_s, u"SITI CONTOH 114"_s,
                                u"SITI CONTOH 115"_s, u"SITI CONTOH 116"_s, u"SITI CONTOH 117"_s,
                                u"SITI CONTOH 118"_s, u"SITI CONTOH 119"_s }));
        QVERIFY(!narrow->truncated);
    }
};

QTEST_GUILESS_MAIN(TestDtsenLookup)
#include "tst_dtsenlookup.moc"
