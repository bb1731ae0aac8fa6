// loketctl person as a real process: a data-subject request answered (everything held, as JSON
// and PDF, owner-only files, audited) and a person erased only when every case is closed and
// past the retention period, with the cases, counts and issued documents' hashes kept.
#include "ApplicantStore.h"
#include "AuditQueries.h"
#include "CaseQueries.h"
#include "CaseWorkflow.h"
#include "IssuedDocuments.h"
#include "LoketctlProcess.h"
#include "PrivateFiles.h"
#include "WorkflowFixture.h"
#include "WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace loket;
using namespace loket::test;
using namespace Qt::StringLiterals;

namespace {
const QString kNik = u"6271010503900001"_s;
}

class TestLoketctlPerson : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        useLoketctlClock(); // 2026-03-10
        qputenv("LOKET_LANG", "en");
    }
    void init();
    void exportGivesEverythingHeld();
    void eraseRefused_data();
    void eraseRefused();
    void eraseAnonymisesAndKeepsTheRecords();

private:
    LoketctlResult person(const QStringList& words) const
    {
        return runLoketctl(QStringList { u"person"_s } + words
                           + QStringList { u"--db"_s, m_f->database->location() });
    }
    // The applicant's case, rejected on 2024-01-03 (closed), with a scan and an issued document.
    void closeTheCase();
    QList<AuditRecord> audit(const QString& action) const;

    std::unique_ptr<WorkflowFixture> m_f;
    QString m_case;
    StoredDocument m_document;
};

void TestLoketctlPerson::init()
{
    m_f = std::make_unique<WorkflowFixture>();
    QVERIFY(m_f->open());
    m_case
        = m_f->registerCase(u"PKY-08"_s, at("2024-01-02T09:00:00+07:00"), u"Budi Santoso"_s, kNik);
    QVERIFY(!m_case.isEmpty());
}

void TestLoketctlPerson::closeTheCase()
{
    QString error;
    CaseWorkflow flow(*m_f->database, *m_f->catalog);
    QVERIFY2(flow.attach(m_case, u"ktp.png"_s, QByteArray("\x89PNG\r\n\x1a\n-scan-", 15),
                         m_f->user(u"budi"_s), at("2024-01-02T10:00:00+07:00"), &error),
             qPrintable(error));
    QVERIFY2(flow.reject(m_case, u"Bukan warga kota"_s, m_f->user(u"budi"_s),
                         at("2024-01-03T10:00:00+07:00"), &error),
             qPrintable(error));
    m_document.caseId = CaseQueries(*m_f->database).idOf(m_case).value_or(0);
    m_document.documentType = u"rejection"_s;
    m_document.number = u"400/001/DINSOS/I/2024"_s;
    m_document.issuedAt = at("2024-01-03T10:05:00+07:00");
    m_document.content = u"<p>Surat penolakan untuk Budi Santoso</p>"_s;
    m_document.contentHash = IssuedDocuments::hashOf(m_document.content);
    m_document.verificationCode = u"7KQ2-MX4P"_s;
    WriteTransaction transaction(*m_f->database);
    QVERIFY(transaction.begin(&error));
    QVERIFY2(IssuedDocuments(*m_f->database)
                     .insertWithinTransaction(m_document, 0, m_f->user(u"kadis"_s).id, &error)
                 > 0,
             qPrintable(error));
    QVERIFY(transaction.commit(&error));
}

QList<AuditRecord> TestLoketctlPerson::audit(const QString& action) const
{
    QString error;
    QList<AuditRecord> matching;
    for (const AuditRecord& record : AuditQueries(*m_f->database).list({}, &error)) {
        if (record.action == action)
            matching << record;
    }
    return matching;
}

void TestLoketctlPerson::exportGivesEverythingHeld()
{
    closeTheCase();
    const QString json = m_f->dir->filePath(u"subjek.json"_s);
    const QString pdf = m_f->dir->filePath(u"subjek.pdf"_s);
    const LoketctlResult result = person({ u"export"_s, u"6271 0105 0390 0001"_s, u"--out"_s, json,
                                           u"--pdf"_s, pdf, u"--as"_s, u"admin"_s });
    QVERIFY2(result.status == 0, result.err.constData());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(record.value(u"person"_s).toObject().value(u"nik"_s).toString(), kNik);
    QCOMPARE(record.value(u"person"_s).toObject().value(u"full_name"_s).toString(),
             u"Budi Santoso"_s);
    const QJsonArray cases = record.value(u"cases"_s).toArray();
    QCOMPARE(cases.size(), 1);
    const QJsonObject theCase = cases.first().toObject();
    QCOMPARE(theCase.value(u"case_number"_s).toString(), m_case);
    QVERIFY(!theCase.value(u"requirements"_s).toArray().isEmpty());
    QVERIFY(!theCase.value(u"steps"_s).toArray().isEmpty());
    QCOMPARE(theCase.value(u"statusHistory"_s).toArray().last().toObject().value(u"to_status"_s),
             u"rejected"_s);
    QCOMPARE(theCase.value(u"documents"_s).toArray().first().toObject().value(u"content_hash"_s),
             m_document.contentHash);
    const QJsonObject scan = theCase.value(u"attachments"_s).toArray().first().toObject();
    QCOMPARE(scan.value(u"file_name"_s).toString(), u"ktp.png"_s);
    QVERIFY(!scan.contains(u"content"_s)); // the scan stays in Loket
    QVERIFY(!record.value(u"audit"_s).toArray().isEmpty()); // the case's entries
    QVERIFY(QFile(pdf).open(QIODevice::ReadOnly));
    QCOMPARE(PrivateFiles::mode(json), 0600);
    QCOMPARE(PrivateFiles::mode(pdf), 0600);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly) && pdfFile.read(5) == "%PDF-");

    const QList<AuditRecord> exports = audit(u"export"_s);
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.first().username, u"admin"_s);
    QCOMPARE(exports.first().after.value(u"persons"_s).toInt(), 1);
}

void TestLoketctlPerson::eraseRefused_data()
{
    QTest::addColumn<bool>("closed");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("message");
    QTest::addRow("open case") << false << QStringList { u"erase"_s, kNik, u"--as"_s, u"admin"_s }
                               << u"cases still open: "_s;
    // Closed on 2024-01-03: with five years' retention, erasable from 2029-01-03.
    QTest::addRow("too recent") << true << QStringList { u"erase"_s, kNik, u"--as"_s, u"admin"_s }
                                << u"closed less than 5 year(s) ago: %1 (closed 2024-01-03; "
                                   "from 2029-01-03)"_s;
    QTest::addRow("not an administrator")
        << true << QStringList { u"erase"_s, kNik, u"--as"_s, u"budi"_s }
        << u"Only an administrator"_s;
    QTest::addRow("nobody named") << true << QStringList { u"erase"_s, kNik }
                                  << u"Name the administrator"_s;
    QTest::addRow("unknown NIK") << true
                                 << QStringList { u"erase"_s, u"6271010503900002"_s, u"--as"_s,
                                                  u"admin"_s }
                                 << u"no person with the NIK 6271010503900002"_s;
}

void TestLoketctlPerson::eraseRefused()
{
    QFETCH(bool, closed);
    QFETCH(QStringList, words);
    QFETCH(QString, message);
    if (closed)
        closeTheCase();
    const LoketctlResult result = person(words);
    QCOMPARE(result.status, 1);
    QVERIFY2(QString::fromUtf8(result.err).contains(message.arg(m_case)), result.err.constData());
    QString error;
    QVERIFY(ApplicantStore(*m_f->database).findPerson(kNik, &error)); // untouched
    QVERIFY(audit(u"erase"_s).isEmpty());
}

void TestLoketctlPerson::eraseAnonymisesAndKeepsTheRecords()
{
    closeTheCase();
    LoketctlResult result = person({ u"retention"_s, u"2"_s, u"--as"_s, u"admin"_s });
    QVERIFY2(result.status == 0, result.err.constData());
    QVERIFY(result.out.contains("2 year(s)"));
    result = person({ u"erase"_s, kNik, u"--as"_s, u"admin"_s });
    QVERIFY2(result.status == 0, result.err.constData());

    QString error;
    const std::optional<Case> kept = CaseQueries(*m_f->database).find(m_case, &error);
    QVERIFY2(kept, qPrintable(error));
    QCOMPARE(kept->status, CaseStatus::Rejected);
    const Person& erased = kept->person;
    QCOMPARE(erased.fullName, u"Data Dihapus"_s);
    QVERIFY(erased.nik.startsWith(u'X') && erased.nik.size() == 16);
    QVERIFY(erased.kkNumber.isEmpty() && erased.address.isEmpty() && erased.phone.isEmpty()
            && erased.birthPlace.isEmpty() && !erased.birthDate.isValid());
    QVERIFY(!ApplicantStore(*m_f->database).findPerson(kNik, &error));
    QVERIFY(CaseQueries(*m_f->database).search(u"Budi"_s, 50, &error).isEmpty()); // name index
    QVERIFY(error.isEmpty());

    const QList<StoredDocument> documents
        = IssuedDocuments(*m_f->database).forCase(kept->id, &error);
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.first().contentHash, m_document.contentHash);
    QVERIFY(documents.first().intact());

    // The scan is gone; its name and hash stay, as the documents' do.
    QSqlQuery scans(m_f->database->connection());
    QVERIFY(scans.exec(u"SELECT file_name, sha256, content FROM case_attachments"_s));
    QVERIFY(scans.next());
    QCOMPARE(scans.value(u"file_name"_s).toString(), u"ktp.png"_s);
    QCOMPARE(scans.value(u"sha256"_s).toString().size(), 64);
    QVERIFY(scans.value(u"content"_s).toByteArray().isEmpty());

    const QList<AuditRecord> erasures = audit(u"erase"_s);
    QCOMPARE(erasures.size(), 1);
    QCOMPARE(erasures.first().username, u"admin"_s);
    QCOMPARE(erasures.first().recordId, QString::number(erased.id));
    QVERIFY(!QJsonDocument(erasures.first().after).toJson().contains("Budi"));

    result = person({ u"export"_s, kNik, u"--out"_s, m_f->dir->filePath(u"lagi.json"_s), u"--as"_s,
                      u"admin"_s });
    QCOMPARE(result.status, 1); // nobody with that NIK any more
}

QTEST_MAIN(TestLoketctlPerson)
#include "tst_loketctlperson.moc"
