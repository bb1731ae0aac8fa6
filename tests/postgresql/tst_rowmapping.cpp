// Records read back by column name, on SQLite and on PostgreSQL (which names columns in lower
// case and a computed column only by its alias): each read names the people, counts and joined
// numbers it was written with. A column name a row mapping misspells reads as empty, silently
// (QSqlRecord::value); these comparisons are what catches it.
#include "AuditQueries.h"
#include "AuditVerifier.h"
#include "ComplaintTestSupport.h"
#include "DtksLookup.h"
#include "DtksTestSupport.h"
#include "LetterNumbering.h"
#include "LetterRegister.h"
#include "PostgresServer.h"
#include "RealComponent.h"
#include "SurveyStore.h"

#include <QTest>

using namespace loket;
using namespace loket::test;

class TestRowMapping : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void complaintNamesItsPeople_data() { dialects(); }
    void complaintNamesItsPeople();
    void letterAndAuditNameTheIssuer_data() { dialects(); }
    void letterAndAuditNameTheIssuer();
    void dtksExtractCountsItsRows_data() { dialects(); }
    void dtksExtractCountsItsRows();
    void surveyCountsRespondents_data() { dialects(); }
    void surveyCountsRespondents();

private:
    static void dialects();
    // A fresh office on the dialect the test row names.
    bool open(ComplaintFixture* fixture);

    std::unique_ptr<PostgresServer> m_server;
    int m_databases = 0;
};

void TestRowMapping::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    LOKET_REQUIRE_COMPONENT(m_server->isRunning(),
                            QStringLiteral("no PostgreSQL server: ") + m_server->problem());
}

void TestRowMapping::dialects()
{
    QTest::addColumn<bool>("server");
    QTest::addRow("sqlite") << false;
    QTest::addRow("postgresql") << true;
}

bool TestRowMapping::open(ComplaintFixture* fixture)
{
    QFETCH(bool, server);
    if (!server)
        return fixture->open();
    const QString location
        = m_server->createDatabase(QStringLiteral("loket_rows_%1").arg(++m_databases));
    return !location.isEmpty() && fixture->openServer(location)
        && fixture->database->dialect() == Database::Dialect::PostgreSQL;
}

void TestRowMapping::complaintNamesItsPeople()
{
    ComplaintFixture f;
    QVERIFY(open(&f));
    const QString number = f.record(at("2024-02-07T09:00:00+07:00"));
    QVERIFY(!number.isEmpty());
    ComplaintStore store = f.store();
    const User budi = f.user(QStringLiteral("budi"));
    const User hadi = f.user(QStringLiteral("hadi"));
    const QDateTime when = at("2024-02-08T10:00:00+07:00");
    QString error;
    QVERIFY2(store.respond(number, QStringLiteral("ok"), budi, when, &error), qPrintable(error));
    QVERIFY2(store.forward(number, hadi.id, QString(), budi, when, &error), qPrintable(error));
    const auto letter = store.answer(number, QStringLiteral("Jawaban"), budi, when, &error);
    QVERIFY2(letter, qPrintable(error));

    const auto complaint = f.queries().find(number, &error);
    QVERIFY2(complaint, qPrintable(error));
    QCOMPARE(complaint->recordedBy, f.user(QStringLiteral("siti")).id);
    QCOMPARE(complaint->recordedByName, f.user(QStringLiteral("siti")).fullName);
    QCOMPARE(complaint->forwardedTo, hadi.id);
    QCOMPARE(complaint->forwardedToName, hadi.fullName);
    QCOMPARE(complaint->letterNumber, letter->number);
    QVERIFY(complaint->letterId > 0);
    QCOMPARE(complaint->answerText, QStringLiteral("Jawaban"));
    QCOMPARE(complaint->answeredAt, when);
    QCOMPARE(complaint->events.first().event, QStringLiteral("recorded"));
    QCOMPARE(complaint->events.first().userName, f.user(QStringLiteral("siti")).fullName);
    QCOMPARE(complaint->events.last().userName, budi.fullName);
    QCOMPARE(complaint->events.last().occurredAt, when);
}

void TestRowMapping::letterAndAuditNameTheIssuer()
{
    ComplaintFixture f;
    QVERIFY(open(&f));
    const User budi = f.user(QStringLiteral("budi"));
    const QDateTime when = at("2024-03-04T11:00:00+07:00");
    QString error;
    const auto issued
        = LetterNumbering(*f.database, f.catalog->office)
              .issue({ QString(), LetterNumbering::documentTypes().first(), 0,
                       QStringLiteral("Undangan rapat"), QStringLiteral("Camat Pahandut") },
                     budi.id, when, &error);
    QVERIFY2(issued, qPrintable(error));

    const auto letter = LetterRegister(*f.database).find(issued->number, &error);
    QVERIFY2(letter, qPrintable(error));
    QCOMPARE(letter->issuedBy, budi.id);
    QCOMPARE(letter->issuedByName, budi.fullName);
    QCOMPARE(letter->serial, 1);
    QCOMPARE(letter->year, 2024);
    QCOMPARE(letter->date, QDate(2024, 3, 4));
    QCOMPARE(letter->subject, QStringLiteral("Undangan rapat"));
    QCOMPARE(letter->addressee, QStringLiteral("Camat Pahandut"));
    QCOMPARE(letter->issuedAt, when);

    AuditFilter filter;
    filter.username = budi.username;
    const QList<AuditRecord> entries = AuditQueries(*f.database).list(filter, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().userId, budi.id);
    QCOMPARE(entries.first().username, budi.username);
    QCOMPARE(entries.first().userFullName, budi.fullName);
    QCOMPARE(entries.first().action, QStringLiteral("issue"));
    QCOMPARE(entries.first().table, QStringLiteral("letters"));
    QCOMPARE(entries.first().recordId, issued->number);
    QCOMPARE(entries.first().after.value(QStringLiteral("subject")).toString(),
             QStringLiteral("Undangan rapat"));
    QVERIFY(!entries.first().previousHash.isEmpty());
    QVERIFY(entries.first().entryHash != entries.first().previousHash);
    AuditVerification verification;
    QVERIFY2(AuditVerifier(*f.database).verify(&verification, &error), qPrintable(error));
    QVERIFY(verification.problems.isEmpty());
}

void TestRowMapping::dtksExtractCountsItsRows()
{
    ComplaintFixture f;
    QVERIFY(open(&f));
    DtksImportReport report;
    QString error;
    QVERIFY2(importCsv(f, "NIK,NAMA\n6271010101000001,Ani\n6271010101000002,Budi\n12345,Cici\n",
                       QDate(2026, 10, 1), &report, &error),
             qPrintable(error));
    const auto extracts = DtksLookup(*f.database).extracts(&error);
    QVERIFY2(extracts, qPrintable(error));
    QCOMPARE(extracts->size(), 1);
    const DtksExtract& extract = extracts->first();
    QCOMPARE(extract.id, report.extractId);
    QCOMPARE(extract.extractDate, QDate(2026, 10, 1));
    QCOMPARE(extract.sourceFile, QStringLiteral("ekstrak.csv"));
    QCOMPARE(extract.importedBy, QStringLiteral("admin"));
    QCOMPARE(extract.rows, qint64(2));
    QCOMPARE(extract.badRows, qint64(1));
    const auto found = DtksLookup(*f.database).byNik(QStringLiteral("6271010101000002"), &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->newestExtract, QDate(2026, 10, 1));
    QCOMPARE(found->hits.size(), 1);
    QCOMPARE(found->hits.first().name, QStringLiteral("Budi"));
    QCOMPARE(found->hits.first().line, 3);
}

void TestRowMapping::surveyCountsRespondents()
{
    ComplaintFixture f;
    QVERIFY(open(&f));
    const QString service = f.catalog->services.first().code;
    SurveyResponse response;
    response.serviceCode = service;
    response.answeredOn = QDate(2024, 5, 6);
    response.answers.fill(3);
    response.education = QStringLiteral("SMA");
    QString error;
    for (int i = 0; i < 2; ++i)
        QVERIFY2(SurveyStore(*f.database, *f.catalog)
                     .record(response, f.user(QStringLiteral("siti")),
                             at("2024-05-06T10:00:00+07:00"), &error),
                 qPrintable(error));
    const QMap<QString, int> counts
        = SurveyStore(*f.database, *f.catalog)
              .respondentsPerService(QDate(2024, 5, 1), QDate(2024, 5, 31), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(counts, (QMap<QString, int> { { service, 2 } }));
    const QList<SurveyResponse> read
        = SurveyStore(*f.database, *f.catalog)
              .responses(QDate(2024, 5, 1), QDate(2024, 5, 31), QString(), &error);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.first().answers.at(8), 3);
    QCOMPARE(read.first().education, QStringLiteral("SMA"));
    QCOMPARE(read.first().caseId, qint64(0));
}

QTEST_GUILESS_MAIN(TestRowMapping)
#include "tst_rowmapping.moc"
