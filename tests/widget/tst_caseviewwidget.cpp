// The case view driven offscreen by the people of the office in turn: a PKY-08 case from the
// start through its steps, a home visit, a note and attachments (an 11 MB scan refused with
// the reason), reassignment, the draft sent for initials, initialled by the head of division
// and signed by the head of office after reading it, printed (the second printing marked
// SALINAN and every one counted) and handed over. Also: a front-office clerk who tries to
// initial is told why not; a returned draft; the drafter's own initial (paraf konseptor); a
// rejection with its letter.
#include "AuditQueries.h"
#include "BackOfficeFixture.h"
#include "CaseAttachmentsPanel.h"
#include "CaseDialogs.h"
#include "CaseHistoryPanel.h"
#include "CaseQueries.h"
#include "CaseRecordsPanel.h"
#include "CaseStepsPanel.h"
#include "CaseViewWidget.h"
#include "DocumentReviewDialog.h"
#include "DocumentTestSupport.h"
#include "IssuedDocuments.h"
#include "LetterPrinter.h"
#include "ProductIssuer.h"
#include "SignoffSettings.h"

#include <QImage>
#include <QInputDialog>
#include <QPushButton>
#include <QTableWidget>

using namespace loket;
using namespace loket::test;

class TestCaseViewWidget : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void caseFromStartToHandover();
    void draftReturnedWithANote();
    void drafterGivesTheParafKonseptor();
    void rejectionPrintsTheLetter();
    void openingACaseIsAView();

private:
    void as(const char* name)
    {
        m_f->switchTo(QString::fromLatin1(name));
        m_view->reload();
    }
    // A key as the user presses it: in the case view's window, the focus inside it (as it
    // is again once a dialog closes).
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier)
    {
        if (!m_view->isActiveWindow()) {
            m_view->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        }
        if (!m_view->isAncestorOf(QApplication::focusWidget()))
            m_view->focusCase();
        QTest::keyClick(m_view.get(), Qt::Key(key), modifiers);
    }
    QPushButton* button(const char* name) const
    {
        return m_view->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    QString status() const { return m_f->status(m_number); }
    QString printed(int index); // the text of the index-th printing

    std::unique_ptr<BackOfficeFixture> m_f;
    std::unique_ptr<ProductIssuer> m_issuer;
    std::unique_ptr<CaseWorkflow> m_flow;
    std::unique_ptr<ui::CaseViewWidget> m_view;
    QString m_number;
    QStringList m_prints; // paths of the PDFs "printed" through the preview
};

void TestCaseViewWidget::init()
{
    m_f = std::make_unique<BackOfficeFixture>();
    QVERIFY(m_f->openAs(QStringLiteral("budi")));
    m_issuer = std::make_unique<ProductIssuer>(*m_f->database, *m_f->catalog,
                                               m_f->dir->filePath(QStringLiteral("templates")));
    m_flow = std::make_unique<CaseWorkflow>(*m_f->database, *m_f->catalog, m_issuer.get());
    m_number = m_f->registerCase(QStringLiteral("PKY-08"), m_f->tick());
    QVERIFY(!m_number.isEmpty());
    m_view = std::make_unique<ui::CaseViewWidget>(*m_f->session, *m_flow, *m_issuer);
    m_view->setClock([this] { return m_f->tick(); });
    // The print preview prints to PDF here, as a printer would.
    m_view->printer().setPreviewer([this](const QString& html, const QString&, QWidget*) {
        const QString path
            = m_f->dir->filePath(QStringLiteral("print-%1.pdf").arg(m_prints.size()));
        QString error;
        if (!m_issuer->renderer().writePdf(html, path, &error))
            return false;
        m_prints << path;
        return true;
    });
    m_view->resize(1000, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QVERIFY(m_view->openCase(m_number));
    m_view->focusCase();
}

void TestCaseViewWidget::cleanup()
{
    m_view.reset();
    m_flow.reset();
    m_issuer.reset();
    m_f.reset();
    m_prints.clear();
}

QString TestCaseViewWidget::printed(int index)
{
    return index < m_prints.size() ? testing::squeezed(testing::pdfText(m_prints.at(index)))
                                   : QString();
}

void TestCaseViewWidget::caseFromStartToHandover()
{
    QVERIFY(m_view->headerText().contains(m_number));
    QVERIFY(m_view->headerText().contains(caseStatusTitle(CaseStatus::Registered)));
    QVERIFY2(m_view->headerText().contains(QStringLiteral("Due ")),
             qPrintable(m_view->headerText()));
    QVERIFY(m_view->headerText().contains(QStringLiteral("Not assigned")));

    // Budi starts, and records the applicant's step (1).
    QVERIFY(button("startButton")->isEnabled());
    press(Qt::Key_T);
    QCOMPARE(status(), QStringLiteral("in-verification"));
    QVERIFY(!button("startButton")->isEnabled());
    QCOMPARE(m_view->stepsPanel().nextStep(), 1);
    press(Qt::Key_D);
    QCOMPARE(m_view->stepsPanel().nextStep(), 2);
    // Step 2 is the verifier's: Budi's buttons are off and the panel says why; the shortcut
    // asks core anyway, which refuses, and the refusal is shown.
    QVERIFY(!button("stepDoneButton")->isEnabled());
    QVERIFY2(m_view->stepsPanel().message().contains(QStringLiteral("not yours")),
             qPrintable(m_view->stepsPanel().message()));
    press(Qt::Key_D);
    QCOMPARE(m_view->stepsPanel().nextStep(), 2);
    QVERIFY(!m_view->message().isEmpty());

    // Vera verifies in the field and records step 2.
    as("vera");
    m_view->recordsPanel().setVisit(FieldVisit::Kind::HomeVisit, QDate(2024, 1, 2),
                                    QStringLiteral("Rumah semi permanen, 5 jiwa."));
    press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_view->recordsPanel().visitRows(), 1);
    press(Qt::Key_D);
    QCOMPARE(m_view->stepsPanel().nextStep(), 3);

    // Budi: a note, a scan, and an 11 MB scan refused before it is read.
    as("budi");
    m_view->recordsPanel().setNote(QStringLiteral("Layak: terdaftar di DTKS."));
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_view->recordsPanel().noteRows(), 1);
    const QString png = m_f->dir->filePath(QStringLiteral("ktp.png"));
    QImage scan(40, 30, QImage::Format_RGB32);
    scan.fill(Qt::white);
    QVERIFY(scan.save(png, "PNG"));
    const QString big = m_f->dir->filePath(QStringLiteral("kk-besar.png"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray content("\x89PNG\r\n\x1A\n");
        content.resize(11 * 1024 * 1024, '\0');
        file.write(content);
    }
    QString chosen = png;
    m_view->attachmentsPanel().setOpenChooser([&chosen](QWidget*) { return chosen; });
    press(Qt::Key_U);
    QCOMPARE(m_view->attachmentsPanel().rowCount(), 1);
    chosen = big;
    press(Qt::Key_U);
    QCOMPARE(m_view->attachmentsPanel().rowCount(), 1);
    QVERIFY2(m_view->message().contains(QStringLiteral("kk-besar.png is 11.0 MB")),
             qPrintable(m_view->message()));
    QVERIFY(m_view->message().contains(QStringLiteral("at most 10 MB")));
    const QString copy = m_f->dir->filePath(QStringLiteral("salinan-ktp.png"));
    m_view->attachmentsPanel().setSaveChooser([&copy](QWidget*, const QString&) { return copy; });
    QVERIFY(m_view->attachmentsPanel().saveSelected());
    QFile original(png), saved(copy);
    QVERIFY(original.open(QIODevice::ReadOnly) && saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), original.readAll());

    // Step 3 (back office) moves the case into processing; then Budi hands it to Bayu.
    press(Qt::Key_D);
    QCOMPARE(status(), QStringLiteral("in-process"));
    whenShown<ui::ReassignDialog>([this](ui::ReassignDialog* dialog) {
        QVERIFY(dialog->selectOfficer(m_f->user(QStringLiteral("bayu")).id));
        dialog->setNote(QStringLiteral("Budi cuti"));
        dialog->accept();
    });
    press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(m_view->headerText().contains(QStringLiteral("Assigned to Bayu (uji)")),
             qPrintable(m_view->headerText()));

    // Bayu sends the draft for initials.
    as("bayu");
    press(Qt::Key_M);
    QVERIFY2(status() == QLatin1String("awaiting-signoff"), qPrintable(m_view->message()));

    // A front-office clerk cannot initial: the button is off with the reason, and the
    // shortcut shows core's refusal — no document, no change.
    as("siti");
    const QString refusal = Permissions::check(m_f->user(QStringLiteral("siti")), Action::Initial);
    QVERIFY(!refusal.isEmpty());
    QVERIFY(!button("initialButton")->isEnabled());
    QVERIFY(button("initialButton")->toolTip().contains(refusal));
    press(Qt::Key_I);
    QCOMPARE(m_view->message(), refusal);
    QCOMPARE(status(), QStringLiteral("awaiting-signoff"));

    // The head of division reads the draft, then initials.
    as("hadi");
    QString seen;
    whenShown<ui::DocumentReviewDialog>([&seen](ui::DocumentReviewDialog* dialog) {
        seen = dialog->documentText();
        dialog->approve();
    });
    press(Qt::Key_I);
    QVERIFY2(seen.contains(QStringLiteral("Budi Santoso")), qPrintable(seen));
    QVERIFY(seen.contains(QStringLiteral("6271010503900001")));
    QCOMPARE(status(), QStringLiteral("awaiting-signoff"));
    QVERIFY(!button("initialButton")->isEnabled()); // every initial given

    // The head of office reads the document and signs it: the product is ready.
    as("kadis");
    QVERIFY(button("signButton")->isEnabled());
    whenShown<ui::DocumentReviewDialog>([&seen](ui::DocumentReviewDialog* dialog) {
        seen = dialog->documentText();
        QCOMPARE(dialog->signForm(), SignForm::Own);
        dialog->approve();
    });
    press(Qt::Key_G);
    QCOMPARE(status(), QStringLiteral("product-ready"));
    QVERIFY(seen.contains(QStringLiteral("Budi Santoso")));
    const QList<StoredDocument> issued
        = IssuedDocuments(*m_f->database).forCase(m_view->currentCase()->id);
    QCOMPARE(issued.size(), 1);
    const QString letter = issued.first().number;
    QVERIFY2(m_view->message().contains(letter), qPrintable(m_view->message()));
    QVERIFY(m_view->headerText().contains(QStringLiteral("not printed yet")));

    // Printed: the original, then a copy marked SALINAN; each printing counted and logged.
    press(Qt::Key_P);
    QCOMPARE(m_view->printCount(), 1);
    const QString first = printed(0);
    QVERIFY2(first.contains(testing::squeezed(letter)), qPrintable(first));
    QVERIFY(first.contains(QStringLiteral("BudiSantoso")));
    QVERIFY(!first.contains(QStringLiteral("SALINAN")));
    press(Qt::Key_P);
    QCOMPARE(m_view->printCount(), 2);
    const QString second = printed(1);
    QVERIFY2(second.contains(QStringLiteral("SALINAN")), qPrintable(second));
    QVERIFY(second.contains(testing::squeezed(letter)));
    QVERIFY2(m_view->headerText().contains(QStringLiteral("printed 2 time(s)")),
             qPrintable(m_view->headerText()));
    const QString pdf = m_f->dir->filePath(QStringLiteral("produk.pdf"));
    m_view->printer().setPathChooser([&pdf](QWidget*, const QString&) { return pdf; });
    QString written;
    QVERIFY(m_view->saveDocumentPdf(&written));
    QCOMPARE(written, pdf);
    QVERIFY(testing::squeezed(testing::pdfText(pdf)).contains(QStringLiteral("SALINAN")));
    QCOMPARE(m_view->printCount(), 3);
    AuditFilter filter;
    filter.caseNumber = m_number;
    QString error;
    int prints = 0;
    for (const AuditRecord& record : AuditQueries(*m_f->database).list(filter, &error))
        prints += record.action == QLatin1String("print");
    QCOMPARE(prints, 3);
    // The stored document is as it was issued.
    QVERIFY(IssuedDocuments(*m_f->database).byCode(issued.first().verificationCode)->intact());

    // The applicant's wife collects it at the counter.
    as("siti");
    QVERIFY(button("handoverButton")->isEnabled());
    whenShown<ui::HandoverDialog>([](ui::HandoverDialog* dialog) {
        dialog->setRecipient(QStringLiteral("spouse"), QStringLiteral("Sari Dewi"),
                             QStringLiteral("6271014503900002"));
        dialog->accept();
    });
    press(Qt::Key_H);
    QCOMPARE(status(), QStringLiteral("handed-over"));
    const QString outcome = m_view->historyPanel().outcomeText();
    QVERIFY2(outcome.contains(QStringLiteral("Sari Dewi")), qPrintable(outcome));
    QVERIFY(outcome.contains(QStringLiteral("6271014503900002")));
    QVERIFY(outcome.contains(QStringLiteral("spouse")));
    QVERIFY(outcome.contains(QStringLiteral("printed 3 time(s)")));
    QVERIFY(m_view->historyPanel().rowCount() >= 6);
}

void TestCaseViewWidget::draftReturnedWithANote()
{
    QVERIFY(m_f->bringTo(*m_flow, m_number, CaseStatus::AwaitingSignoff));
    as("hadi");
    whenShown<ui::DocumentReviewDialog>([](ui::DocumentReviewDialog* dialog) {
        dialog->returnToDrafter(); // refused without a note: the dialog stays
        QVERIFY(dialog->isVisible());
        dialog->setNote(QStringLiteral("Perbaiki alamat pemohon."));
        dialog->returnToDrafter();
    });
    press(Qt::Key_R);
    QCOMPARE(status(), QStringLiteral("in-process"));
    QVERIFY(m_view->message().contains(QStringLiteral("drafter")));
    // Back with Budi, who sees the note in the history.
    as("budi");
    QVERIFY(button("submitButton")->isEnabled());
    QVERIFY(m_view->findChild<QTableWidget*>(QStringLiteral("historyTableWidget"))
                ->findItems(QStringLiteral("Perbaiki alamat pemohon."), Qt::MatchExactly)
                .size()
            >= 1);
}

void TestCaseViewWidget::drafterGivesTheParafKonseptor()
{
    // The back office's tier comes first: Budi, who drafted, gives it himself.
    SignoffChain chain;
    chain.initials = { Role::Supervisor, Role::HeadOfDivision };
    QString error;
    QVERIFY(SignoffSettings(*m_f->database, *m_f->catalog)
                .set(QStringLiteral("PKY-08"), chain, m_f->user(QStringLiteral("admin")),
                     m_f->tick(), &error));
    QVERIFY(m_f->bringTo(*m_flow, m_number, CaseStatus::AwaitingSignoff));
    as("budi");
    QVERIFY(button("initialButton")->isEnabled());
    QVERIFY2(button("initialButton")->toolTip().contains(QStringLiteral("paraf konseptor")),
             qPrintable(button("initialButton")->toolTip()));
    whenShown<ui::DocumentReviewDialog>(
        [](ui::DocumentReviewDialog* dialog) { dialog->approve(); });
    press(Qt::Key_I);
    QVERIFY2(m_view->message().startsWith(QStringLiteral("You initialled")),
             qPrintable(m_view->message()));
    QVERIFY(!m_view->findChild<QTableWidget*>(QStringLiteral("historyTableWidget"))
                 ->findItems(QStringLiteral("(paraf konseptor)"), Qt::MatchContains)
                 .isEmpty());
    // His one initial given, the head of division's turn is said, not just greyed out.
    QVERIFY(!button("initialButton")->isEnabled());
    QVERIFY2(button("initialButton")->toolTip().contains(QStringLiteral("head of division")),
             qPrintable(button("initialButton")->toolTip()));
    as("hadi");
    QVERIFY(button("initialButton")->isEnabled());
}

void TestCaseViewWidget::rejectionPrintsTheLetter()
{
    QVERIFY(button("rejectButton")->isEnabled());
    whenShown<QInputDialog>([](QInputDialog* dialog) {
        dialog->setTextValue(QStringLiteral("Pemohon bukan penduduk Kota Palangka Raya."));
        dialog->accept();
    });
    press(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(status(), QStringLiteral("rejected"));
    // The rejection letter went to the printer at once, with the reason.
    QCOMPARE(m_prints.size(), 1);
    const QString letter = printed(0);
    QVERIFY2(letter.contains(QStringLiteral("bukanpendudukKotaPalangkaRaya")), qPrintable(letter));
    QVERIFY(letter.contains(QStringLiteral("BudiSantoso")));
    QVERIFY(m_view->historyPanel().outcomeText().contains(QStringLiteral("bukan penduduk")));
    // Printing issued it: numbered, frozen, verifiable; the next print is a copy.
    const QList<StoredDocument> issued
        = IssuedDocuments(*m_f->database).forCase(*CaseQueries(*m_f->database).idOf(m_number));
    QCOMPARE(issued.size(), 1);
    QCOMPARE(issued.first().documentType, QStringLiteral("rejection"));
    QVERIFY(issued.first().intact());
    QVERIFY(letter.contains(QString(issued.first().number).remove(QLatin1Char(' '))));
    QVERIFY(letter.contains(issued.first().verificationCode));
    QCOMPARE(button("printButton")->text(), QStringLiteral("Print"));
    QVERIFY(!button("startButton")->isEnabled());
    AuditFilter filter;
    filter.caseNumber = m_number;
    QString error;
    const QList<AuditRecord> records = AuditQueries(*m_f->database).list(filter, &error);
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first().action, QStringLiteral("print"));
}

// UU 27/2022: opening a case shows its applicant's full record, and the audit log records who
// saw it; refreshing the case shown is not another view.
void TestCaseViewWidget::openingACaseIsAView()
{
    const auto views = [this] {
        QString error;
        QList<AuditRecord> found;
        for (const AuditRecord& record : AuditQueries(*m_f->database).list({}, &error)) {
            if (record.action == QLatin1String("view"))
                found << record;
        }
        return found;
    };
    QCOMPARE(views().size(), 1); // init() opened the case
    QCOMPARE(views().first().username, QStringLiteral("budi"));
    QCOMPARE(views().first().after.value(QStringLiteral("where")).toString(),
             QStringLiteral("case ") + m_number);
    m_view->reload();
    QVERIFY(m_view->openCase(m_number));
    QCOMPARE(views().size(), 1);
    const QString other
        = m_f->registerCase(QStringLiteral("PKY-08"), m_f->tick(), QStringLiteral("Sari Dewi"),
                            QStringLiteral("6271014503900002"));
    QVERIFY(m_view->openCase(other));
    QCOMPARE(views().size(), 2);
}

QTEST_MAIN(TestCaseViewWidget)
#include "tst_caseviewwidget.moc"
