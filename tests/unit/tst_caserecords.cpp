// What the back office records on a case: procedure steps in order by the right role, field
// visits and notes, and attachments (judged by content, at most 10 MB, kept as BLOBs).
#include "CaseTestBase.h"
#include "WorkflowQueries.h"

#include <QCryptographicHash>

using namespace loket;
using namespace loket::test;

class TestCaseRecords : public QObject, protected CaseTestBase
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void stepsGoInOrder();
    void headsRecordTheirOwnSteps();
    void visitsAndNotes();
    void attachments_data();
    void attachments();
};

void TestCaseRecords::init()
{
    setUp();
}

void TestCaseRecords::cleanup()
{
    tearDown();
}

void TestCaseRecords::stepsGoInOrder()
{
    QVERIFY(open());
    const QString number = newCase();
    QString error;
    const auto mark = [&](int order, CaseStep::State state, const QString& note, const char* who) {
        return m_flow->markStep(number, order, state, note, as(who), m_f->tick(), &error);
    };
    QVERIFY(!mark(2, CaseStep::State::Done, QString(), "vera"));
    QVERIFY2(error.startsWith(QStringLiteral("Step 1 comes first: \"Pemohon")), qPrintable(error));
    QVERIFY(!mark(9, CaseStep::State::Done, QString(), "budi"));
    QCOMPARE(error, QStringLiteral("Case %1 has no step 9.").arg(number));
    QVERIFY(!mark(1, CaseStep::State::Skipped, QStringLiteral("  "), "budi"));
    QCOMPARE(error, QStringLiteral("Say why step 1 is skipped."));
    QVERIFY(!mark(1, CaseStep::State::Pending, QString(), "budi"));
    QVERIFY2(mark(1, CaseStep::State::Skipped, QStringLiteral("berkas dibawa petugas kelurahan"),
                  "budi"),
             qPrintable(error));
    QVERIFY(!mark(1, CaseStep::State::Done, QString(), "budi"));
    QVERIFY2(error.contains(QStringLiteral("already recorded (skipped) by Budi (uji)")),
             qPrintable(error));
    QVERIFY2(mark(2, CaseStep::State::Done, QStringLiteral("berkas lengkap"), "vera"),
             qPrintable(error));

    const QList<CaseStep> steps
        = WorkflowQueries(*m_f->database, *m_f->catalog).steps(caseId(number));
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps.at(0).state, CaseStep::State::Skipped);
    QCOMPARE(steps.at(0).note, QStringLiteral("berkas dibawa petugas kelurahan"));
    QCOMPARE(steps.at(0).role, Role::Applicant);
    QCOMPARE(steps.at(1).state, CaseStep::State::Done);
    QCOMPARE(steps.at(1).doneBy, as("vera").id);
    QCOMPARE(steps.at(1).role, Role::Verifier);
    QVERIFY(steps.at(1).doneAt.isValid());
    QCOMPARE(steps.at(2).state, CaseStep::State::Pending);
    QCOMPARE(m_f->status(number), QStringLiteral("in-verification"));
}

// Kotabaru's permit: the head of office disposes, the head of division passes it on, the
// supervisor checks, the head of office issues. Heads' steps do not start the case's work.
void TestCaseRecords::headsRecordTheirOwnSteps()
{
    QVERIFY(open(QStringLiteral("kotabaru")));
    const QString number = newCase(QStringLiteral("KTB-01"));
    QVERIFY(!number.isEmpty());
    QString error;
    const auto mark = [&](int order, const char* who) {
        return m_flow->markStep(number, order, CaseStep::State::Done, QString(), as(who),
                                m_f->tick(), &error);
    };
    QVERIFY(!mark(1, "budi"));
    QCOMPARE(error, Permissions::check(as("budi"), Action::HeadOfOfficeStep));
    QVERIFY(!mark(1, "hadi"));
    QVERIFY2(mark(1, "kadis"), qPrintable(error));
    QCOMPARE(m_f->status(number), QStringLiteral("registered"));
    QVERIFY(!mark(2, "kadis"));
    QCOMPARE(error, Permissions::check(as("kadis"), Action::HeadOfDivisionStep));
    QVERIFY2(mark(2, "hadi"), qPrintable(error));
    QCOMPARE(m_f->status(number), QStringLiteral("registered"));
    // The supervisor's step is the back office's: it starts the work and, with no
    // verification step in this service, takes it straight on into processing.
    QVERIFY(!mark(3, "vera"));
    QVERIFY2(mark(3, "bayu"), qPrintable(error));
    QCOMPARE(m_f->status(number), QStringLiteral("in-process"));
    QCOMPARE(WorkflowQueries(*m_f->database, *m_f->catalog).statusHistory(caseId(number)).size(),
             2);
    QVERIFY2(mark(4, "kadis"), qPrintable(error));
}

void TestCaseRecords::visitsAndNotes()
{
    QVERIFY(open());
    const QString number = newCase();
    QString error;
    // A visit is verification work: it starts the case.
    QVERIFY(!m_flow->recordVisit(number, FieldVisit::Kind::HomeVisit, QDate(2024, 1, 3),
                                 QStringLiteral("rumah"), as("vera"), m_f->tick(), &error));
    QVERIFY2(error.contains(QStringLiteral("today or an earlier day")), qPrintable(error));
    QVERIFY(!m_flow->recordVisit(number, FieldVisit::Kind::HomeVisit, QDate(2024, 1, 2),
                                 QStringLiteral(" \n "), as("vera"), m_f->tick(), &error));
    QVERIFY2(error.contains(QStringLiteral("findings")), qPrintable(error));
    QVERIFY2(m_flow->recordVisit(number, FieldVisit::Kind::HomeVisit, QDate(2024, 1, 2),
                                 QStringLiteral("Rumah papan, atap bocor; 5 jiwa."), as("vera"),
                                 m_f->tick(), &error),
             qPrintable(error));
    QCOMPARE(m_f->status(number), QStringLiteral("in-verification"));
    QVERIFY(m_flow->recordVisit(number, FieldVisit::Kind::Verification, QDate(2024, 1, 1),
                                QStringLiteral("Alamat sesuai KTP."), as("vera"), m_f->tick(),
                                &error));
    QVERIFY(m_flow->addNote(number, QStringLiteral("Layak mendapat rekomendasi."), as("vera"),
                            m_f->tick(), &error));
    QVERIFY(m_flow->addNote(number, QStringLiteral("Sesuai hasil kunjungan."), as("budi"),
                            m_f->tick(), &error));
    QVERIFY(
        !m_flow->addNote(number, QString(5000, QLatin1Char('x')), as("budi"), m_f->tick(), &error));

    WorkflowQueries queries(*m_f->database, *m_f->catalog);
    const QList<FieldVisit> visits = queries.visits(caseId(number));
    QCOMPARE(visits.size(), 2);
    QCOMPARE(visits.first().kind, FieldVisit::Kind::HomeVisit);
    QCOMPARE(visits.first().date, QDate(2024, 1, 2));
    QCOMPARE(visits.first().officerName, QStringLiteral("Vera (uji)"));
    QCOMPARE(visits.last().findings, QStringLiteral("Alamat sesuai KTP."));
    const QList<AssessmentNote> notes = queries.notes(caseId(number));
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.last().authorId, as("budi").id);
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN"
                                       " ('field-visit', 'note')")),
             4);
}

void TestCaseRecords::attachments_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("type"); // empty: refused
    QTest::addColumn<QString>("refusal");
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.5\n%\xB5\xB5\n1 0 obj<<>>endobj\n%%EOF");
    const QByteArray png = QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x01", 20);
    QTest::addRow("pdf") << QStringLiteral("sktm.pdf") << pdf << QStringLiteral("application/pdf")
                         << QString();
    QTest::addRow("png named .pdf") << QStringLiteral("/home/budi/Scan/ktp.pdf") << png
                                    << QStringLiteral("image/png") << QString();
    QTest::addRow("jpeg") << QStringLiteral("rumah.jpeg")
                          << QByteArray("\xFF\xD8\xFF\xE1\0\x18"
                                        "Exif\0\0",
                                        12)
                          << QStringLiteral("image/jpeg") << QString();
    QTest::addRow("exe renamed .pdf")
        << QStringLiteral("surat.pdf") << QByteArrayLiteral("MZ\x90\0\x03\0\0\0\x04\0") << QString()
        << QStringLiteral("surat.pdf is a program, not a document");
    QByteArray large = pdf;
    large.resize(11 * 1024 * 1024, '\n');
    QTest::addRow("11 MB") << QStringLiteral("scan.pdf") << large << QString()
                           << QStringLiteral("scan.pdf is 11.0 MB; an attachment may be at most "
                                             "10 MB.");
}

void TestCaseRecords::attachments()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, type);
    QFETCH(QString, refusal);
    QVERIFY(open());
    const QString number = newCase();
    QVERIFY(m_f->bringTo(*m_flow, number, CaseStatus::InVerification));
    QString error;
    const std::optional<qint64> id
        = m_flow->attach(number, name, content, as("vera"), m_f->tick(), &error);
    QCOMPARE(id.has_value(), refusal.isEmpty());
    WorkflowQueries queries(*m_f->database, *m_f->catalog);
    const QList<AttachmentInfo> stored = queries.attachments(caseId(number));
    if (!id) {
        QVERIFY2(error.contains(refusal), qPrintable(error));
        QVERIFY(stored.isEmpty());
        return;
    }
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().id, *id);
    QCOMPARE(stored.first().fileName, QFileInfo(name).fileName());
    QCOMPARE(stored.first().mediaType, type);
    QCOMPARE(stored.first().size, content.size());
    QCOMPARE(
        stored.first().sha256,
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(stored.first().attachedByName, QStringLiteral("Vera (uji)"));
    QCOMPARE(queries.attachmentContent(*id), content);
}

QTEST_GUILESS_MAIN(TestCaseRecords)
#include "tst_caserecords.moc"
