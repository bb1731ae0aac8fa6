// Verifying a paper in the application: a code typed as read off the paper finds the issued
// document (number, date, signer, intact, and its content read-only); an unknown code is not
// issued; a stored document altered behind the application's back is reported as altered.
#include "BackOfficeFixture.h"
#include "CaseQueries.h"
#include "IssuedDocuments.h"
#include "ProductIssuer.h"
#include "VerifyDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTextBrowser>

using namespace loket;
using namespace loket::test;

class TestVerifyDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void issuedDocumentIsShown();
    void unknownCodeIsNotIssued();
    void alteredContentIsReported();

private:
    std::unique_ptr<BackOfficeFixture> m_f;
    StoredDocument m_document;
};

void TestVerifyDialog::init()
{
    m_f = std::make_unique<BackOfficeFixture>();
    QVERIFY(m_f->openAs(QStringLiteral("siti")));
    ProductIssuer issuer(*m_f->database, *m_f->catalog,
                         m_f->dir->filePath(QStringLiteral("templates")));
    CaseWorkflow flow(*m_f->database, *m_f->catalog, &issuer);
    const QString number = m_f->registerCase(QStringLiteral("PKY-08"), m_f->tick());
    QVERIFY(m_f->bringTo(flow, number, CaseStatus::ProductReady));
    const QList<StoredDocument> documents
        = IssuedDocuments(*m_f->database).forCase(*CaseQueries(*m_f->database).idOf(number));
    QCOMPARE(documents.size(), 1);
    m_document = documents.first();
}

void TestVerifyDialog::cleanup()
{
    m_f.reset();
}

void TestVerifyDialog::issuedDocumentIsShown()
{
    ui::VerifyDialog dialog(*m_f->database, *m_f->catalog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Typed as read off the paper: lower case, with a stray space.
    auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("codeLineEdit"));
    QVERIFY(code->hasFocus());
    QTest::keyClicks(code, m_document.verificationCode.toLower() + QLatin1Char(' '));
    QTest::keyClick(code, Qt::Key_Return);
    QVERIFY2(dialog.resultText().contains(QStringLiteral("ISSUED by Dinas Sosial Kota Palangka "
                                                         "Raya; the stored content is intact")),
             qPrintable(dialog.resultText()));
    const QString details = dialog.detailsText();
    QVERIFY2(details.contains(m_document.number.toHtmlEscaped()), qPrintable(details));
    QVERIFY(details.contains(m_document.caseNumber));
    QVERIFY(details.contains(QStringLiteral("Kadis (uji)")));
    QVERIFY(details.contains(QStringLiteral("2 Januari 2024")));
    QVERIFY(details.contains(m_document.contentHash));
    // The content as issued, read-only.
    QVERIFY(dialog.contentText().contains(QStringLiteral("Budi Santoso")));
    QVERIFY(dialog.contentText().contains(m_document.number));
    auto* content = dialog.findChild<QTextBrowser*>(QStringLiteral("contentTextBrowser"));
    QVERIFY(content->isVisible());
    QVERIFY(content->isReadOnly());
}

void TestVerifyDialog::unknownCodeIsNotIssued()
{
    ui::VerifyDialog dialog(*m_f->database, *m_f->catalog);
    QVERIFY(!dialog.verify(QStringLiteral("ZZZZ-9999")));
    QVERIFY2(dialog.resultText().contains(QStringLiteral("NOT ISSUED")),
             qPrintable(dialog.resultText()));
    QVERIFY(dialog.resultText().contains(QStringLiteral("ZZZZ-9999")));
    QVERIFY(dialog.contentText().isEmpty());
    QVERIFY(!dialog.verify(QString()));
    QVERIFY(dialog.resultText().contains(QStringLiteral("Type the verification code")));
}

void TestVerifyDialog::alteredContentIsReported()
{
    // Someone with the database file removes the freeze and edits the stored letter.
    QSqlQuery query(m_f->database->connection());
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER documents_frozen")));
    QVERIFY(query.exec(QStringLiteral(
        "UPDATE documents SET content = replace(content, 'Budi Santoso', 'Orang Lain')")));
    ui::VerifyDialog dialog(*m_f->database, *m_f->catalog);
    QVERIFY(dialog.verify(m_document.verificationCode));
    QVERIFY2(dialog.resultText().contains(QStringLiteral("ALTERED")),
             qPrintable(dialog.resultText()));
    QVERIFY(dialog.detailsText().contains(QStringLiteral("ALTERED")));
    QVERIFY(dialog.contentText().contains(QStringLiteral("Orang Lain")));
}

QTEST_MAIN(TestVerifyDialog)
#include "tst_verifydialog.moc"
