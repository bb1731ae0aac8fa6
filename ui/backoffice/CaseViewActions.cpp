// The case view's workflow actions: each asks core (CaseWorkflow), which checks the user's
// permission and the case's state again, and shows core's answer.
#include "CaseAttachmentsPanel.h"
#include "CaseDialogs.h"
#include "CaseRecordsPanel.h"
#include "CaseStepsPanel.h"
#include "CaseViewWidget.h"
#include "CaseWorkflow.h"
#include "Permissions.h"
#include "SurveyDialog.h"
#include "UserStore.h"

#include <QInputDialog>
#include <QPointer>

namespace loket::ui {

bool CaseViewWidget::finish(bool ok, const QString& error, const QString& success)
{
    if (!ok) {
        showMessage(error, true);
        return false;
    }
    const QString number = m_case->number;
    reload();
    showMessage(success, false);
    emit caseChanged(number);
    return true;
}

bool CaseViewWidget::startWork()
{
    if (!m_case)
        return false;
    QString error;
    const bool ok = m_workflow.start(m_case->number, m_session.user, now(), &error);
    return finish(ok, error, tr("Work on %1 started: it is in verification.").arg(m_case->number));
}

bool CaseViewWidget::beginProcessing()
{
    if (!m_case)
        return false;
    QString error;
    const bool ok = m_workflow.beginProcessing(m_case->number, m_session.user, now(), &error);
    return finish(ok, error, tr("%1 is in process.").arg(m_case->number));
}

bool CaseViewWidget::markStep(int order, CaseStep::State state, const QString& note)
{
    if (!m_case)
        return false;
    QString error;
    const bool ok
        = m_workflow.markStep(m_case->number, order, state, note, m_session.user, now(), &error);
    if (ok)
        m_steps->clearNote();
    else
        m_steps->showMessage(error, true);
    return finish(ok, error,
                  state == CaseStep::State::Skipped ? tr("Step %1 skipped.").arg(order)
                                                    : tr("Step %1 done.").arg(order));
}

bool CaseViewWidget::recordVisit(FieldVisit::Kind kind, const QDate& date, const QString& findings)
{
    if (!m_case)
        return false;
    QString error;
    const bool ok = m_workflow.recordVisit(m_case->number, kind, date, findings, m_session.user,
                                           now(), &error);
    if (ok)
        m_records->clearVisitForm();
    return finish(ok, error, tr("Visit recorded."));
}

bool CaseViewWidget::addNote(const QString& text)
{
    if (!m_case)
        return false;
    QString error;
    const bool ok = m_workflow.addNote(m_case->number, text, m_session.user, now(), &error);
    if (ok)
        m_records->clearNoteForm();
    return finish(ok, error, tr("Assessment note added."));
}

bool CaseViewWidget::attach(const QString& fileName, const QByteArray& content)
{
    if (!m_case)
        return false;
    QString error;
    const bool ok
        = m_workflow.attach(m_case->number, fileName, content, m_session.user, now(), &error)
              .has_value();
    return finish(ok, error, tr("%1 attached.").arg(fileName));
}

bool CaseViewWidget::reassign()
{
    if (!m_case)
        return false;
    if (const QString refusal = Permissions::check(m_session.user, Action::Reassign);
        !refusal.isEmpty()) {
        showMessage(refusal, true);
        return false;
    }
    QList<User> officers;
    QString readError;
    for (const User& user : UserStore(m_session.database).all(&readError)) {
        if (Permissions::isCaseOfficer(user))
            officers << user;
    }
    if (!readError.isEmpty()) { // an empty choice would say there is nobody to give it to
        showMessage(readError, true);
        return false;
    }
    QPointer<ReassignDialog> dialog = new ReassignDialog(officers, m_assignedTo, this);
    const bool chosen = dialog->exec() == QDialog::Accepted && dialog && dialog->officerId() != 0;
    const qint64 officer = chosen ? dialog->officerId() : 0;
    const QString note = chosen ? dialog->note() : QString();
    delete dialog.data();
    regainFocus();
    if (!chosen)
        return false;
    QString error;
    const bool ok
        = m_workflow.reassign(m_case->number, officer, note, m_session.user, now(), &error);
    const std::optional<User> to = UserStore(m_session.database).find(officer, &readError);
    return finish(
        ok, error,
        tr("%1 is now assigned to %2.").arg(m_case->number, to ? to->fullName : QString()));
}

bool CaseViewWidget::reject()
{
    if (!m_case)
        return false;
    if (const QString refusal = Permissions::check(m_session.user, Action::Reject);
        !refusal.isEmpty()) {
        showMessage(refusal, true);
        return false;
    }
    bool ok = false;
    const QString reason
        = QInputDialog::getMultiLineText(this, tr("Reject %1").arg(m_case->number),
                                         tr("Why is the case rejected? The reason is printed in "
                                            "the rejection letter."),
                                         QString(), &ok)
              .trimmed();
    regainFocus();
    if (!ok)
        return false;
    if (reason.isEmpty()) {
        showMessage(tr("A case is rejected only with a reason; nothing was changed."), true);
        return false;
    }
    QString error;
    if (!finish(m_workflow.reject(m_case->number, reason, m_session.user, now(), &error), error,
                tr("%1 rejected. Print the rejection letter (Ctrl+P).").arg(m_case->number)))
        return false;
    printDocument(); // the letter goes to the applicant now
    return true;
}

bool CaseViewWidget::submitForSignoff()
{
    if (!m_case)
        return false;
    QString error;
    const bool ok
        = m_workflow.submitForSignoff(m_case->number, QString(), m_session.user, now(), &error);
    return finish(ok, error, tr("The draft of %1 was sent for initials.").arg(m_case->number));
}

bool CaseViewWidget::handOver()
{
    if (!m_case)
        return false;
    if (const QString refusal = Permissions::check(m_session.user, Action::HandOver);
        !refusal.isEmpty()) {
        showMessage(refusal, true);
        return false;
    }
    QPointer<HandoverDialog> dialog = new HandoverDialog(*m_case, this);
    bool done = false;
    // Core's refusal (a bad NIK, a case no longer ready) is shown in the dialog, which keeps
    // what was typed.
    while (!done && dialog->exec() == QDialog::Accepted && dialog) {
        QString error;
        done = m_workflow.handOver(m_case->number, dialog->handover(), m_session.user, now(),
                                   &error);
        if (!done)
            dialog->setProblem(error);
    }
    const QString name = done ? dialog->handover().recipientName : QString();
    delete dialog.data();
    regainFocus();
    if (!done)
        return false;
    return finish(true, QString(),
                  tr("%1 handed over to %2. Ask for the satisfaction survey (Ctrl+Shift+K).")
                      .arg(m_case->number, name));
}

bool CaseViewWidget::recordSurvey()
{
    if (!m_case)
        return false;
    if (const QString refusal = Permissions::check(m_session.user, Action::HandOver);
        !refusal.isEmpty()) {
        showMessage(refusal, true);
        return false;
    }
    QPointer<SurveyDialog> dialog = new SurveyDialog(m_session, m_case->number, this);
    dialog->setClock(m_clock);
    const bool saved = dialog->exec() == QDialog::Accepted && dialog && dialog->recordedId() != 0;
    delete dialog.data();
    regainFocus();
    if (!saved)
        return false;
    return finish(true, QString(),
                  tr("The satisfaction survey of %1 is recorded.").arg(m_case->number));
}

} // namespace loket::ui
