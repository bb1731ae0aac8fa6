// loketctl dtks as a process: import with bad rows on stdout, lookup by NIK and name, extracts.
#include "DtksTestSupport.h"
#include "LoketctlProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace loket;
using namespace loket::test;
using namespace Qt::StringLiterals;

class TestLoketctlDtks : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<WorkflowFixture> f;

    LoketctlResult dtks(const QStringList& arguments) const
    {
        return runLoketctl(QStringList { u"dtks"_s } + arguments
                           + QStringList { u"--db"_s, f->database->location() });
    }

    QString file(const QString& name, const QByteArray& content) const
    {
        const QString path = f->dir->filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        useLoketctlClock();
        qputenv("LOKET_LANG", "en");
    }

    void init()
    {
        f = std::make_unique<WorkflowFixture>();
        QVERIFY(f->open());
    }

    void importAndLookUp()
    {
        LoketctlResult result = dtks({ u"lookup"_s, u"--nik"_s, u"6271015201880099"_s });
        QCOMPARE(result.status, 0);
        QCOMPARE(QString::fromUtf8(result.out), u"No DTKS extract imported yet.\n"_s);

        result = dtks({ u"import"_s, sampleExtractPath(), u"--date"_s, u"2026-10-01"_s });
        QCOMPARE(result.status, 1); // bad rows, good rows kept
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.startsWith(u"line 8: the NIK \"627101520188009\" has 15 digits, not 16\n"
                                "line 9: the name is empty\n"_s),
                 qPrintable(out));
        QVERIFY(out.contains(u"DTKS extract of 1 October 2026 (dtks-contoh-fiktif.csv), imported "
                             "by admin: 7 row(s) imported, 2 bad row(s) skipped"_s));
        QVERIFY(QString::fromUtf8(result.err).contains(u"9 rows read (100%)"_s));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_records"_s), 7);

        result = dtks({ u"lookup"_s, u"--nik"_s, u"6271015201880099"_s, u"--json"_s });
        QCOMPARE(result.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json.value(u"state"_s).toString(), u"found"_s);
        const QJsonObject hit = json.value(u"hits"_s).toArray().first().toObject();
        QCOMPARE(hit.value(u"extractDate"_s).toString(), u"2026-10-01"_s);
        QCOMPARE(hit.value(u"name"_s).toString(), u"SITI AMINAH"_s);
        QCOMPARE(hit.value(u"programs"_s).toString(), u"PKH, BPNT"_s);

        result = dtks({ u"lookup"_s, u"--name"_s, u"rahmawati nur'aini"_s });
        QCOMPARE(result.status, 0);
        QVERIFY(QString::fromUtf8(result.out)
                    .startsWith(u"6271024408920097  NUR'AINI RAHMAWATI  BPNT  [extract of 1 "
                                "October 2026, line 4]"_s));

        result = dtks({ u"lookup"_s, u"--nik"_s, u"6271015201889999"_s });
        QCOMPARE(QString::fromUtf8(result.out),
                 u"Not found in DTKS (extract of 1 October 2026).\n"_s);

        result = dtks({ u"extracts"_s });
        QCOMPARE(result.status, 0);
        QVERIFY(QString::fromUtf8(result.out)
                    .startsWith(u"2026-10-01  dtks-contoh-fiktif.csv  7 rows, 2 bad"_s));

        // An outdated extract goes with its rows.
        result = dtks({ u"remove"_s, u"--date"_s, u"2026-09-01"_s });
        QCOMPARE(result.status, 1);
        result = dtks({ u"remove"_s, u"--date"_s, u"2026-10-01"_s });
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.contains("removed the extract of 2026-10-01"));
        result = dtks({ u"extracts"_s });
        QCOMPARE(QString::fromUtf8(result.out), u"No DTKS extract imported yet.\n"_s);
        result = dtks({ u"lookup"_s, u"--nik"_s, u"6271015201880099"_s });
        QVERIFY(result.out.contains("No DTKS extract"));
    }

    void mapsColumnsByNameOrNumber()
    {
        const QString path = file(u"odd.csv"_s,
                                  "KTP;NAMA_PENDUDUK;JALAN\n"
                                  "6271010101900001;Siti Aminah;Jl. A\n");
        LoketctlResult result = dtks({ u"import"_s, path, u"--date"_s, u"2026-10-01"_s });
        QCOMPARE(result.status, 1);
        QCOMPARE(QString::fromUtf8(result.err).trimmed(),
                 u"Choose the column that holds the NIK and Name: it is required."_s);
        result = dtks({ u"import"_s, path, u"--date"_s, u"2026-10-01"_s, u"--map"_s, u"nik=ktp"_s,
                        u"--map"_s, u"name=2"_s, u"--map"_s, u"address=JALAN"_s, u"--as"_s,
                        u"budi"_s });
        QCOMPARE(result.status, 0);
        QVERIFY(QString::fromUtf8(result.out).contains(u"imported by budi: 1 row(s) imported."_s));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_records WHERE address = 'Jl. A'"_s), 1);
    }

    void importsDtsenWithKindAndSource()
    {
        const QString dtsen
            = QStringLiteral(LOKET_SOURCE_DIR "/tests/data/dtsen-contoh-fiktif.csv");
        LoketctlResult result = dtks({ u"import"_s, dtsen, u"--date"_s, u"2026-09-30"_s,
                                       u"--source"_s, u"Pusdatin Kemensos"_s });
        QCOMPARE(result.status, 0);
        QVERIFY2(QString::fromUtf8(result.out)
                     .contains(u"DTSEN extract of 30 September 2026 (dtsen-contoh-fiktif.csv)"_s),
                 result.out.constData());
        QVERIFY(QString::fromUtf8(result.err).contains(u"desil ← column 10 \"DESIL\""_s));
        result = dtks({ u"import"_s, sampleExtractPath(), u"--date"_s, u"2024-10-01"_s, u"--kind"_s,
                        u"dtks"_s });
        QVERIFY(QString::fromUtf8(result.out).contains(u"DTKS extract of 1 October 2024"_s));

        result = dtks({ u"lookup"_s, u"--nik"_s, u"6271015201880099"_s });
        QCOMPARE(result.status, 0);
        QVERIFY2(QString::fromUtf8(result.out)
                     .startsWith(u"Found in DTSEN (extract of 30 September 2026): desil 2, "
                                 "household DTSEN-6271-000001, eligible: PBI-JK, PKH, Sembako\n"_s),
                 result.out.constData());
        result = dtks({ u"lookup"_s, u"--nik"_s, u"6271010303750098"_s });
        QVERIFY(QString::fromUtf8(result.out)
                    .startsWith(u"Found in DTKS (extract of 1 October 2024)\n"_s));
        result = dtks({ u"lookup"_s, u"--nik"_s, u"6271015201880099"_s, u"--json"_s });
        const QJsonObject hit = QJsonDocument::fromJson(result.out)
                                    .object()
                                    .value(u"hits"_s)
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(hit.value(u"kind"_s).toString(), u"DTSEN"_s);
        QCOMPARE(hit.value(u"desil"_s).toInt(), 2);
        QCOMPARE(hit.value(u"household"_s).toString(), u"DTSEN-6271-000001"_s);

        result = dtks({ u"extracts"_s });
        QVERIFY2(QString::fromUtf8(result.out).contains(u"DTSEN (Pusdatin Kemensos)\n"_s),
                 result.out.constData());
        result = dtks(
            { u"import"_s, dtsen, u"--date"_s, u"2026-09-30"_s, u"--kind"_s, u"regsosek"_s });
        QCOMPARE(result.status, 2);
        QVERIFY(QString::fromUtf8(result.err).contains(u"--kind is dtks or dtsen"_s));
    }

    void thresholds()
    {
        LoketctlResult result = dtks({ u"thresholds"_s });
        QCOMPARE(result.status, 0);
        QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.startsWith(u"PBI-JK: desil 1–5 from 2025-02-05 (default, to be confirmed by "
                                "the office)\nPKH: desil 1–4 from 2025-02-05 (default, to be "
                                "confirmed by the office)\nSembako: desil 1–5 from 2025-02-05 "
                                "(default, to be confirmed by the office)\nIn force on "
                                "2026-03-10:\n"_s),
                 qPrintable(out));
        result = dtks({ u"thresholds"_s, u"--set"_s, u"PKH=3"_s, u"--from"_s, u"2026-04-01"_s });
        QCOMPARE(result.status, 0);
        out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(u"PKH: desil 1–3 from 2026-04-01\n"_s), qPrintable(out));
        QVERIFY(out.contains(u"  PKH: desil 1–4 from 2025-02-05 (default"_s)); // not yet
        result = dtks({ u"thresholds"_s, u"--on"_s, u"2026-04-01"_s });
        QVERIFY(QString::fromUtf8(result.out).contains(u"  PKH: desil 1–3 from 2026-04-01\n"_s));
        result = dtks({ u"thresholds"_s, u"--set"_s, u"PKH"_s, u"--from"_s, u"2026-04-01"_s });
        QCOMPARE(result.status, 2);
        result = dtks({ u"thresholds"_s, u"--set"_s, u"PKH=2"_s, u"--from"_s, u"2026-05-01"_s,
                        u"--as"_s, u"siti"_s });
        QCOMPARE(result.status, 1);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtsen_thresholds"_s), 4);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString sample = sampleExtractPath();
        QTest::addRow("no date") << QStringList { u"import"_s, sample } << 2
                                 << u"--date YYYY-MM-DD (the date of the extract) is required"_s;
        QTest::addRow("bad date") << QStringList { u"import"_s, sample, u"--date"_s, u"1/10"_s }
                                  << 1 << u"--date \"1/10\" is not a date"_s;
        QTest::addRow("front office") << QStringList { u"import"_s,     sample,    u"--date"_s,
                                                       u"2026-10-01"_s, u"--as"_s, u"siti"_s }
                                      << 1 << u"cannot import a DTKS extract"_s;
        QTest::addRow("unknown field")
            << QStringList { u"import"_s,     sample,     u"--date"_s,
                             u"2026-10-01"_s, u"--map"_s, u"nama=NAMA"_s }
            << 1 << u"--map wants FIELD=COLUMN with FIELD one of nik, kk, name"_s;
        QTest::addRow("unknown column")
            << QStringList { u"import"_s,     sample,     u"--date"_s,
                             u"2026-10-01"_s, u"--map"_s, u"name=NAMA_ART"_s }
            << 1 << u"--map name=NAMA_ART: the file has no column \"NAMA_ART\""_s;
        QTest::addRow("missing file")
            << QStringList { u"import"_s, u"/nonexistent/x.csv"_s, u"--date"_s, u"2026-10-01"_s }
            << 1 << u"Cannot read /nonexistent/x.csv"_s;
        QTest::addRow("nik and name")
            << QStringList { u"lookup"_s, u"--nik"_s, u"1"_s, u"--name"_s, u"x"_s } << 2
            << u"give either --nik NIK or --name TEXT"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, message);
        const LoketctlResult result = dtks(arguments);
        QCOMPARE(result.status, status);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_extracts"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoketctlDtks)
#include "tst_loketctldtks.moc"
