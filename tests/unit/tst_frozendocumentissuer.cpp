// FrozenDocumentIssuer, the one way a numbered, frozen document comes to be: the register entry,
// the stored content (the rendering of the numbered, coded document), its hash on the letter,
// the audit entry; a document that concerns no case stores none; a refused draft leaves nothing.
#include "FrozenDocumentIssuer.h"
#include "LetterBuilder.h"
#include "WorkflowFixture.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace loket;

class TestFrozenDocumentIssuer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void issuesADocumentWithoutCase();
    void refusedDraftLeavesNothing();

private:
    LetterData answer() const;
    IssueRequest request(const QString& documentType) const;
    std::optional<StoredDocument> issue(LetterData& data, const IssueRequest& request,
                                        QString* error);
    QString value(const QString& sql) const;

    std::unique_ptr<test::WorkflowFixture> m_f;
    LetterRenderer m_renderer;
};

void TestFrozenDocumentIssuer::init()
{
    m_f = std::make_unique<test::WorkflowFixture>();
    QVERIFY(m_f->open());
}

LetterData TestFrozenDocumentIssuer::answer() const
{
    LetterData data;
    data.office = m_f->catalog->office;
    data.documentType = QStringLiteral("complaint-answer");
    data.templateKey = QStringLiteral("letter");
    data.place = data.office.city;
    data.date = QDate(2026, 11, 30);
    data.subject = QStringLiteral("Jawaban atas Pengaduan");
    data.addressee = QStringLiteral("Sdr. Pengadu");
    data.signer = LetterBuilder::headSigner(data.office);
    data.draft = true;
    return data;
}

IssueRequest TestFrozenDocumentIssuer::request(const QString& documentType) const
{
    IssueRequest request;
    request.registration.documentType = documentType;
    request.registration.subject = QStringLiteral("Jawaban atas Pengaduan ADU/2026/0001");
    request.registration.addressee = QStringLiteral("Sdr. Pengadu");
    request.userId = m_f->user(QStringLiteral("siti")).id;
    request.at = QDateTime(QDate(2026, 11, 30), QTime(3, 0), QTimeZone::utc());
    request.signedByName = QStringLiteral("Kepala Dinas");
    request.auditKey = QStringLiteral("complaint");
    request.auditValue = QStringLiteral("ADU/2026/0001");
    return request;
}

std::optional<StoredDocument>
TestFrozenDocumentIssuer::issue(LetterData& data, const IssueRequest& request, QString* error)
{
    WriteTransaction transaction(*m_f->database);
    if (!transaction.begin(error))
        return std::nullopt;
    const auto document = FrozenDocumentIssuer(*m_f->database, m_f->catalog->office, m_renderer)
                              .issueWithinTransaction(data, request, error);
    if (!document || !transaction.commit(error))
        return std::nullopt;
    return document;
}

QString TestFrozenDocumentIssuer::value(const QString& sql) const
{
    QSqlQuery query(m_f->database->connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QStringLiteral("<none>");
}

void TestFrozenDocumentIssuer::issuesADocumentWithoutCase()
{
    LetterData data = answer();
    QString error;
    const std::optional<StoredDocument> document
        = issue(data, request(QStringLiteral("complaint-answer")), &error);
    QVERIFY2(document, qPrintable(error));

    // The content is the numbered, coded document, no longer a draft.
    QVERIFY(!data.draft);
    QCOMPARE(data.number, document->number);
    QCOMPARE(data.verificationCode, document->verificationCode);
    QCOMPARE(document->content, m_renderer.html(data));
    QVERIFY(!document->content.contains(QStringLiteral("loket-watermark")));
    QCOMPARE(document->contentHash, IssuedDocuments::hashOf(document->content));
    QVERIFY(document->id > 0);
    QVERIFY(document->letterId > 0);

    const QString id = QString::number(document->id);
    QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM documents WHERE case_id IS NULL AND id = ")
                   + id),
             QStringLiteral("1"));
    QCOMPARE(value(QStringLiteral("SELECT signed_by_name FROM documents WHERE id = ") + id),
             QStringLiteral("Kepala Dinas"));
    QCOMPARE(value(QStringLiteral("SELECT content_hash FROM letters WHERE id = ")
                   + QString::number(document->letterId)),
             document->contentHash);
    QCOMPARE(value(QStringLiteral("SELECT verification_code FROM letters WHERE id = ")
                   + QString::number(document->letterId)),
             document->verificationCode);

    const QString after = value(QStringLiteral("SELECT after_data FROM audit_log WHERE action ="
                                               " 'issue-document' AND record_id = '")
                                + id + QStringLiteral("'"));
    for (const QString& part : { QStringLiteral("\"complaint\":\"ADU/2026/0001\""),
                                 QStringLiteral("\"number\":\"%1\"").arg(document->number),
                                 QStringLiteral("\"hash\":\"%1\"").arg(document->contentHash),
                                 QStringLiteral("\"code\":\"%1\"").arg(document->verificationCode),
                                 QStringLiteral("\"type\":\"complaint-answer\"") })
        QVERIFY2(after.contains(part), qPrintable(after + QStringLiteral(" lacks ") + part));
    QCOMPARE(IssuedDocuments(*m_f->database).byCode(document->verificationCode)->content,
             document->content);
}

void TestFrozenDocumentIssuer::refusedDraftLeavesNothing()
{
    LetterData data = answer();
    QString error;
    QVERIFY(!issue(data, request(QStringLiteral("no-such-type")), &error));
    QVERIFY(error.contains(QStringLiteral("no-such-type")));
    QVERIFY(data.draft);
    QVERIFY(data.number.isEmpty());
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM documents")), 0);
    QCOMPARE(m_f->count(QStringLiteral("SELECT COUNT(*) FROM letters")), 0);
}

QTEST_MAIN(TestFrozenDocumentIssuer)
#include "tst_frozendocumentissuer.moc"
