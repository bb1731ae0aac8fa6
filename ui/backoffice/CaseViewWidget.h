#pragma once

#include "CaseModel.h"
#include "Clock.h"
#include "IssuedDocuments.h"
#include "Session.h"
#include "WorkflowModel.h"

#include <QWidget>
#include <memory>
#include <optional>

class QPushButton;
class QShortcut;

namespace Ui {
class CaseViewWidget;
}

namespace loket {
class CaseWorkflow;
class ProductIssuer;
} // namespace loket

namespace loket::ui {

class CaseApplicantPanel;
class CaseAttachmentsPanel;
class CaseHistoryPanel;
class CaseMessagesPanel;
class CaseRecordsPanel;
class CaseStepsPanel;
class LetterPrinter;

// One case as the back office works it: the header (number, service, status, due date with the
// working days left, assignee, the issued product and how often it was printed), the applicant
// and checklist, the procedure steps, visits and notes, attachments and history; and the
// workflow's actions as buttons with shortcuts. A button is enabled when the case's state calls
// for it and Permissions allows the user; core checks again, and every refusal is shown as a
// message. Initialling and signing first show the document as it will be issued.
//
// Keys: Ctrl+T start, Ctrl+Shift+T begin processing, Ctrl+D step done, Ctrl+K skip step,
// Ctrl+Shift+F add visit, Ctrl+Shift+N add note, Ctrl+U attach, Ctrl+Shift+O / Ctrl+Shift+Y open
// / save an attachment, Ctrl+Shift+R reassign, Ctrl+Shift+X reject, Ctrl+M send for initials,
// Ctrl+I initial, Ctrl+R return, Ctrl+G sign, Ctrl+H hand over, Ctrl+Shift+K satisfaction
// survey, Ctrl+P print, Ctrl+Shift+S PDF, F5 reload.
class CaseViewWidget : public QWidget
{
    Q_OBJECT
public:
    CaseViewWidget(Session& session, CaseWorkflow& workflow, ProductIssuer& issuer,
                   QWidget* parent = nullptr);
    ~CaseViewWidget() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // The widget whose focus the shortcuts follow (the case view, or the screen holding it).
    void setShortcutScope(QWidget* scope);

    bool openCase(const QString& caseNumber);
    void reload();
    void clear();
    void focusCase(); // the keyboard moves into the case's pages

    const std::optional<Case>& currentCase() const { return m_case; }
    QString message() const;
    int printCount() const; // of the issued product; 0 when none
    QString headerText() const; // the header's labels, for tests and screen readers

    CaseApplicantPanel& applicantPanel() { return *m_applicant; }
    CaseStepsPanel& stepsPanel() { return *m_steps; }
    CaseRecordsPanel& recordsPanel() { return *m_records; }
    CaseAttachmentsPanel& attachmentsPanel() { return *m_attachments; }
    CaseHistoryPanel& historyPanel() { return *m_history; }
    CaseMessagesPanel& messagesPanel() { return *m_messages; }
    LetterPrinter& printer() { return *m_printer; }

    // The workflow's actions, as the buttons and shortcuts run them.
    bool startWork();
    bool beginProcessing();
    bool markStep(int order, CaseStep::State state, const QString& note);
    bool recordVisit(FieldVisit::Kind kind, const QDate& date, const QString& findings);
    bool addNote(const QString& text);
    bool attach(const QString& fileName, const QByteArray& content);
    bool reassign();
    bool reject();
    bool submitForSignoff();
    bool initialDraft();
    bool returnDraft();
    bool signDraft();
    bool handOver();
    bool recordSurvey(); // the satisfaction survey of a handed-over case (SurveyDialog)
    bool printDocument(); // the issued product (SALINAN after the first), or the rejection letter
    bool saveDocumentPdf(QString* writtenPath = nullptr);

signals:
    void caseChanged(const QString& caseNumber);

private:
    enum class Review { Initial, Sign, Return };

    void setupActions();
    void updateActions();
    void showHeader();
    void showMessage(const QString& text, bool error);
    void regainFocus(); // after a dialog
    bool finish(bool ok, const QString& error, const QString& success);
    bool review(Review kind);
    bool mayReview(Review kind);
    QString reviewHeading(bool signing) const;
    bool output(bool pdf, QString* writtenPath);
    bool outputProduct(bool pdf, QString* writtenPath);
    bool outputRejectionLetter(bool pdf, QString* writtenPath);
    QString fileStem() const; // the case number, safe in a file name
    QDateTime now() const { return m_clock(); }

    std::unique_ptr<Ui::CaseViewWidget> m_ui;
    Session& m_session;
    CaseWorkflow& m_workflow;
    ProductIssuer& m_issuer;
    LetterPrinter* m_printer;
    CaseApplicantPanel* m_applicant;
    CaseStepsPanel* m_steps;
    CaseRecordsPanel* m_records;
    CaseAttachmentsPanel* m_attachments;
    CaseHistoryPanel* m_history;
    CaseMessagesPanel* m_messages; // the SMS to the applicant
    Clock m_clock = m_session.clock; // the session's, unless set otherwise
    QList<QShortcut*> m_shortcuts;

    std::optional<Case> m_case;
    SignoffState m_signoff;
    QList<StoredDocument> m_documents;
    QList<int> m_printCounts;
    QString m_rejectionReason;
    QString m_assigneeName;
    qint64 m_assignedTo = 0;
    bool m_surveyed = false; // the case has its satisfaction-survey response
};

} // namespace loket::ui
