// The case view's documents: reading the draft before initialling or signing it, and printing
// the issued product (its frozen HTML; SALINAN from the second printing on, each one logged) or
// the rejection letter.
#include "CaseModel.h"
#include "CaseViewWidget.h"
#include "CaseWorkflow.h"
#include "DocumentReviewDialog.h"
#include "LetterBuilder.h"
#include "LetterPrinter.h"
#include "ProductIssuer.h"
#include "WorkflowQueries.h"

#include <QPointer>
#include <QTextDocument>

namespace loket::ui {
namespace {

const QString kCopyMark = QStringLiteral("SALINAN");

} // namespace

bool CaseViewWidget::initialDraft()
{
    return review(Review::Initial);
}

bool CaseViewWidget::returnDraft()
{
    return review(Review::Return);
}

bool CaseViewWidget::signDraft()
{
    return review(Review::Sign);
}

// Whether the user may review the case's draft this way now; if not, says why.
bool CaseViewWidget::mayReview(Review kind)
{
    const User& user = m_session.user;
    const bool mayAct = kind == Review::Sign
        ? Permissions::allows(user, Action::Sign)
            || Permissions::allows(user, Action::SignAsStandIn)
        : Permissions::allows(user,
                              kind == Review::Initial ? Action::Initial : Action::ReturnDraft);
    if (!mayAct) {
        showMessage(Permissions::check(user,
                                       kind == Review::Sign          ? Action::Sign
                                           : kind == Review::Initial ? Action::Initial
                                                                     : Action::ReturnDraft),
                    true);
        return false;
    }
    if (m_case->status != CaseStatus::AwaitingSignoff) {
        showMessage(tr("%1 has no draft waiting for initials or a signature (it is %2).")
                        .arg(m_case->number, caseStatusTitle(m_case->status)),
                    true);
        return false;
    }
    const bool signing = m_signoff.waitsForSigner();
    if (kind != Review::Return && signing != (kind == Review::Sign)) {
        showMessage(signing ? tr("Every initial is given: the draft waits for the signature.")
                            : tr("The draft still waits for initials before it is signed."),
                    true);
        return false;
    }
    return true;
}

// What the review dialog asks of this user: sign, initial their own draft, or initial.
QString CaseViewWidget::reviewHeading(bool signing) const
{
    const User& user = m_session.user;
    return signing
        ? tr("%1 — read the document as it will be issued, then sign it, or return it to the "
             "drafter with a note.")
              .arg(m_case->number)
        : m_signoff.drafterId == user.id
        ? tr("%1 — your own draft: read it, then initial it as its drafter (paraf konseptor), "
             "or take it back with a note.")
              .arg(m_case->number)
        : tr("%1 — read the draft, then initial it, or return it to the drafter with a note.")
              .arg(m_case->number);
}

bool CaseViewWidget::review(Review kind)
{
    if (!m_case)
        return false;
    if (!mayReview(kind))
        return false;
    const User& user = m_session.user;
    const bool signing = m_signoff.waitsForSigner();
    QString error;
    const std::optional<LetterData> draft = m_issuer.draft(*m_case, now(), &error);
    if (!draft) {
        showMessage(tr("The draft cannot be shown: %1").arg(error), true);
        return false;
    }
    const QString heading = reviewHeading(signing);
    QPointer<DocumentReviewDialog> dialog = new DocumentReviewDialog(
        signing ? DocumentReviewDialog::Mode::Sign : DocumentReviewDialog::Mode::Initial, heading,
        m_issuer.renderer().document(m_issuer.renderer().html(*draft)), this);
    SignForm form = m_signoff.chain.form;
    if (form == SignForm::Own && !Permissions::allows(user, Action::Sign))
        form = SignForm::AtasNama; // a stand-in signs on behalf of the head
    dialog->setSignForm(form);
    const bool decided = dialog->exec() == QDialog::Accepted && dialog;
    const auto outcome = decided ? dialog->outcome() : DocumentReviewDialog::Outcome::Cancelled;
    const QString note = decided ? dialog->note() : QString();
    form = decided ? dialog->signForm() : form;
    delete dialog.data();
    regainFocus();

    const QString number = m_case->number;
    switch (outcome) {
    case DocumentReviewDialog::Outcome::Cancelled:
        return false;
    case DocumentReviewDialog::Outcome::Returned:
        return finish(m_workflow.returnDraft(number, note, user, now(), &error), error,
                      tr("The draft of %1 went back to the drafter.").arg(number));
    case DocumentReviewDialog::Outcome::Approved:
        break;
    }
    if (!signing)
        return finish(m_workflow.initial(number, note, user, now(), &error), error,
                      tr("You initialled the draft of %1.").arg(number));
    const std::optional<IssuedDocument> issued = m_workflow.sign(number, form, user, now(), &error);
    return finish(issued.has_value(), error,
                  issued ? tr("Signed: %1 is number %2 and ready for collection. Print it with "
                              "Ctrl+P.")
                               .arg(number, issued->letterNumber)
                         : QString());
}

QString CaseViewWidget::fileStem() const
{
    QString stem = m_case ? m_case->number : QString();
    stem.replace(QLatin1Char('/'), QLatin1Char('-'));
    return stem;
}

bool CaseViewWidget::printDocument()
{
    return output(false, nullptr);
}

bool CaseViewWidget::saveDocumentPdf(QString* writtenPath)
{
    return output(true, writtenPath);
}

bool CaseViewWidget::output(bool pdf, QString* writtenPath)
{
    if (!m_case)
        return false;
    if (!m_documents.isEmpty() || m_case->status == CaseStatus::Rejected) {
        const bool done = m_documents.isEmpty() ? outputRejectionLetter(pdf, writtenPath)
                                                : outputProduct(pdf, writtenPath);
        regainFocus();
        return done;
    }
    showMessage(tr("Nothing to print yet: the product prints once it is signed."), true);
    return false;
}

bool CaseViewWidget::outputProduct(bool pdf, QString* writtenPath)
{
    IssuedDocuments store(m_session.database);
    // A copy: reload() below replaces m_documents, and the message after it names the number.
    const StoredDocument document = m_documents.last();
    if (!document.intact()) {
        showMessage(tr("The stored document %1 no longer matches its hash: it is not printed. "
                       "Tell the administrator.")
                        .arg(document.number),
                    true);
        return false;
    }
    // The stored HTML stays as it was issued; a reprint only carries the mark on paper.
    QString readError;
    const int printed = store.printCount(document, &readError);
    if (printed < 0) {
        showMessage(readError, true);
        return false;
    }
    const bool copy = printed > 0;
    const QString html
        = copy ? LetterRenderer::withWatermark(document.content, kCopyMark) : document.content;
    const bool done = pdf
        ? m_printer->savePdf(html, QStringLiteral("%1.pdf").arg(fileStem()), this, writtenPath)
        : m_printer->preview(html, document.number, this);
    if (!done)
        return false;
    QString error;
    const int count
        = store.recordPrint(document, pdf ? QStringLiteral("pdf") : QStringLiteral("paper"),
                            m_session.user, now(), &error);
    reload();
    if (count == 0) {
        showMessage(tr("Printed, but the printing could not be logged: %1").arg(error), true);
        return true;
    }
    showMessage(
        copy ? tr("%1 printed as copy no. %2, marked SALINAN.").arg(document.number).arg(count - 1)
             : tr("%1 printed: the original.").arg(document.number),
        false);
    return true;
}

bool CaseViewWidget::outputRejectionLetter(bool pdf, QString* writtenPath)
{
    // The first printing issues the letter: numbered, frozen, verifiable; then it prints like
    // any issued document (a reprint is a SALINAN, every printing logged).
    QString error;
    const std::optional<StoredDocument> issued
        = m_issuer.issueRejection(*m_case, m_rejectionReason, m_session.user, now(), &error);
    if (!issued) {
        showMessage(tr("The rejection letter cannot be made: %1").arg(error), true);
        return false;
    }
    reload();
    return outputProduct(pdf, writtenPath);
}

} // namespace loket::ui
