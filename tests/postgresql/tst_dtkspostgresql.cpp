// DTKS import and lookup on PostgreSQL (QPSQL), on a throwaway server started by the test.
#include "DtksLookup.h"
#include "DtksTestSupport.h"
#include "PostgresServer.h"
#include "RealComponent.h"

#include <QtTest>

using namespace loket;
using namespace loket::test;
using namespace Qt::StringLiterals;

class TestDtksPostgresql : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<WorkflowFixture> f;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<PostgresServer>();
        LOKET_REQUIRE_COMPONENT(m_server->isRunning(),
                                u"no PostgreSQL server: "_s + m_server->problem());
        f = std::make_unique<WorkflowFixture>();
        const QString location = m_server->createDatabase(u"loket_dtks"_s);
        QVERIFY2(!location.isEmpty(), qPrintable(m_server->problem()));
        QVERIFY(f->openServer(location));
        QCOMPARE(f->database->dialect(), Database::Dialect::PostgreSQL);
    }

    void importAndLookUp()
    {
        DtksLookup lookup(*f->database);
        QString error;
        QCOMPARE(lookup.nikStatus(u"6271015201880099"_s, QDate(2026, 11, 20), &error).state,
                 DtksResult::State::NoExtract);
        // Cancelled: rolled back on the server too.
        QFile sample(sampleExtractPath());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QByteArray csv = "NIK,NAMA\n";
        for (int i = 0; i < DtksImporter::ProgressEvery + 1; ++i)
            csv += QByteArray::number(6271010101000000LL + i) + ",Nama\n";
        DtksImportReport report;
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        QVERIFY(!DtksImporter(*f->database)
                     .import(buffer, u"x.csv"_s, QDate(2026, 4, 1),
                             { { DtksField::Nik, 0 }, { DtksField::Name, 1 } }, f->user(u"admin"_s),
                             at("2026-11-20T09:00:00+07:00"), &report, &error,
                             [](const DtksProgress&) { return false; }));
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM dtks_extracts"_s), 0);

        QVERIFY2(importCsv(*f, sample.readAll(), QDate(2026, 10, 1), &report, &error),
                 qPrintable(error));
        QCOMPARE(report.imported, qint64(7));
        QCOMPARE(report.badRows.first().line, 8);
        const DtksNikStatus status
            = lookup.nikStatus(u"6271015201880099"_s, QDate(2026, 11, 20), &error);
        QCOMPARE(status.state, DtksResult::State::Found);
        QCOMPARE(status.extractDate, QDate(2026, 10, 1));
        QCOMPARE(status.programs, (QStringList { u"PKH"_s, u"BPNT"_s }));
        const auto byName = lookup.byName(u"rahmawati nur'ai"_s, &error);
        QVERIFY2(byName, qPrintable(error));
        QCOMPARE(byName->hits.size(), 1);
        QCOMPARE(byName->hits.first().nik, u"6271024408920097"_s);
        const auto extracts = lookup.extracts(&error);
        QVERIFY2(extracts, qPrintable(error));
        QCOMPARE(extracts->first().rows, qint64(7));
        QCOMPARE(extracts->first().importedBy, u"admin"_s);
    }
};

QTEST_GUILESS_MAIN(TestDtksPostgresql)
#include "tst_dtkspostgresql.moc"
