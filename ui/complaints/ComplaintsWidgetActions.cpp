// ComplaintsWidget's buttons: recording, the timeline's steps through their dialogs, the answer
// letter in the print preview and the printable register.
#include "ComplaintDialog.h"
#include "ComplaintDialogs.h"
#include "ComplaintRegisterReport.h"
#include "ComplaintsWidget.h"
#include "IssuedDocuments.h"
#include "LetterPrinter.h"
#include "PersonalDataAudit.h"
#include "WorkingCalendar.h"
#include "WorkstationSettings.h"

#include <QMessageBox>

namespace loket::ui {

void ComplaintsWidget::newComplaint()
{
    ComplaintDialog dialog(m_session, m_store, this);
    dialog.setClock(m_clock);
    if (dialog.exec() == QDialog::Accepted && dialog.recorded())
        changed(dialog.recorded()->number);
}

bool ComplaintsWidget::runStep(const QString& title, const QString& prompt,
                               const std::function<QString(const QString&, qint64)>& step,
                               const std::function<void(ComplaintActionDialog&)>& prepare)
{
    const QString number = currentNumber();
    if (number.isEmpty())
        return false;
    ComplaintActionDialog dialog(QStringLiteral("%1 — %2").arg(title, number), prompt, step, this);
    if (prepare)
        prepare(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    changed(number);
    return true;
}

void ComplaintsWidget::respond()
{
    const QString number = currentNumber();
    runStep(tr("Initial response"),
            tr("What was the complainant told? (Due within one working day of receipt.)"),
            [this, number](const QString& note, qint64) {
                QString error;
                m_store.respond(number, note, m_session.user, m_clock(), &error);
                return error;
            });
}

void ComplaintsWidget::forward()
{
    const QString number = currentNumber();
    QString readError;
    const QList<User> heads = m_queries.heads(&readError);
    if (!readError.isEmpty()) {
        QMessageBox::warning(this, tr("Forward"), readError);
        return;
    }
    if (heads.isEmpty()) {
        QMessageBox::information(this, tr("Forward"),
                                 tr("There is no active head of office or head of division "
                                    "account to forward to; ask the administrator."));
        return;
    }
    runStep(
        tr("Forward to the head"), tr("Note for the head (optional):"),
        [this, number](const QString& note, qint64 head) {
            QString error;
            m_store.forward(number, head, note, m_session.user, m_clock(), &error);
            return error;
        },
        [&heads](ComplaintActionDialog& dialog) { dialog.setHeads(heads); });
}

void ComplaintsWidget::followUp()
{
    const QString number = currentNumber();
    runStep(tr("Follow-up"), tr("What was done (checks, coordination, findings)?"),
            [this, number](const QString& note, qint64) {
                QString error;
                m_store.followUp(number, note, m_session.user, m_clock(), &error);
                return error;
            });
}

void ComplaintsWidget::answer()
{
    const std::optional<Complaint> complaint = current();
    if (!complaint)
        return;
    if (complaint->answeredAt.isValid()) {
        showAnswerLetter(*complaint);
        return;
    }
    const QString number = complaint->number;
    const bool answered = runStep(
        tr("Answer"),
        tr("The answer to the complainant. It is printed in the answer letter, numbered and "
           "signed in the head of office's name."),
        [this, number](const QString& note, qint64) {
            QString error;
            m_store.answer(number, note, m_session.user, m_clock(), &error);
            return error;
        },
        [this, complaint](ComplaintActionDialog& dialog) {
            dialog.setPreview(
                tr("&Preview letter…"), [this, complaint, &dialog](const QString& note) {
                    const QDate today
                        = m_clock().toTimeZone(officeHoursOf(m_session.catalog.office).zone).date();
                    m_printer->preview(
                        m_store.renderer().html(m_store.answerDraft(*complaint, note, today)),
                        tr("Answer letter (draft)"), &dialog);
                });
        });
    if (answered) {
        if (const std::optional<Complaint> done = m_queries.find(number))
            showAnswerLetter(*done);
    }
}

void ComplaintsWidget::showAnswerLetter(const Complaint& complaint)
{
    QString readError;
    const std::optional<StoredDocument> letter = m_store.answerLetter(complaint, &readError);
    if (!letter) {
        QMessageBox::warning(
            this, tr("Answer letter"),
            readError.isEmpty()
                ? tr("The answer letter of %1 is not in the database.").arg(complaint.number)
                : readError);
        return;
    }
    IssuedDocuments documents(m_session.database);
    // The frozen letter as issued; every printing after the first is marked SALINAN.
    const int printed = documents.printCount(*letter, &readError);
    if (printed < 0) {
        QMessageBox::warning(this, tr("Answer letter"), readError);
        return;
    }
    const bool copy = printed > 0;
    const QString html = copy
        ? LetterRenderer::withWatermark(letter->content, QStringLiteral("SALINAN"))
        : letter->content;
    if (!m_printer->preview(html, tr("Answer letter %1").arg(letter->number), this))
        return;
    QString error;
    if (documents.recordPrint(*letter, QStringLiteral("paper"), m_session.user, m_clock(), &error)
        == 0)
        QMessageBox::warning(this, tr("Answer letter"), error);
}

void ComplaintsWidget::closeComplaint()
{
    const QString number = currentNumber();
    runStep(tr("Close"), tr("Closing remark (optional), e.g. the complainant is satisfied:"),
            [this, number](const QString& note, qint64) {
                QString error;
                m_store.close(number, note, m_session.user, m_clock(), &error);
                return error;
            });
}

void ComplaintsWidget::printRegister()
{
    const Office& office = m_session.catalog.office;
    const QDate today = m_clock().toTimeZone(officeHoursOf(office).zone).date();
    ComplaintRegisterDialog dialog(
        today,
        [this, &office](int year, int month) {
            return ComplaintRegisterReport::html(office, year, month, m_queries.period(year, month),
                                                 m_clock());
        },
        [this, &office](int year, int month) {
            return ComplaintRegisterReport::csv(office, m_queries.period(year, month), m_clock(),
                                                csvSeparatorOf(m_session.settings));
        },
        this);
    dialog.setPathChooser(m_chooser);
    dialog.setExportRecorder([this](int year, int month, const QString& format, QString* error) {
        return PersonalDataAudit(m_session.database)
            .exported(m_session.user.id,
                      QStringLiteral("Register Pengaduan %1")
                          .arg(ComplaintRegisterReport::periodTitle(year, month)),
                      int(m_queries.period(year, month).size()), format, error);
    });
    dialog.exec();
}

} // namespace loket::ui
