#pragma once

#include "CaseModel.h"
#include "CaseStore.h"
#include "DocumentRenderer.h"
#include "Session.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class CounterWidget;
}

namespace loket::ui {

class ApplicantForm;
class ChecklistWidget;
class ConnectionWatch;
class DocumentPrinter;
class ServicePanel;
class TodayCasesPanel;

// The counter screen: service, applicant, requirement checklist, register, receipt. Keyboard
// first: F2 service, F3 NIK, F4 checklist, F6 find a case, Ctrl+Enter register, Ctrl+P print,
// Ctrl+N next applicant (the unfinished one is kept as a draft), Esc set aside.
class CounterWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CounterWidget(Session& session, QWidget* parent = nullptr);
    ~CounterWidget() override;

    DocumentPrinter& printer() { return *m_printer; }
    ServicePanel& servicePanel() { return *m_servicePanel; }
    ApplicantForm& applicantForm() { return *m_applicant; }
    ChecklistWidget& checklist() { return *m_checklist; }
    TodayCasesPanel& todayCases() { return *m_today; }
    // Notices a server that went away and says when it is back (the form stays filled).
    ConnectionWatch& connectionWatch() { return *m_connection; }
    // Where this counter registers: it says which case was added or completed.
    CaseStore& cases() { return *m_cases; }

    // The case just registered or opened (for printing), if any.
    std::optional<Case> currentCase() const { return m_case; }
    QString message() const;
    int draftCount() const { return static_cast<int>(m_drafts.size()); }

    bool registerCurrent();
    bool printReceipt();
    bool saveReceiptPdf(QString* writtenPath = nullptr);
    void openCase(const QString& caseNumber);
    void nextApplicant();
    void restoreDraft(int index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Draft
    {
        QString serviceCode;
        Person person;
        std::optional<Organisation> organisation;
        QList<ChecklistItem> checklist;
        bool renewal = false;
        QString label;
    };
    void setupShortcuts();
    void onServiceChosen(const Service* service);
    void showMessage(const QString& text, bool error);
    void showConnection(bool lost);
    void keepDraft();
    void refreshDrafts();
    void resetForm();
    // Empty (with the reason in `errorMessage`) when the registrar cannot be read.
    QString receiptHtml(QString* errorMessage) const;
    bool isDirty() const;

    std::unique_ptr<Ui::CounterWidget> m_ui;
    Session& m_session;
    DocumentRenderer m_renderer;
    DocumentPrinter* m_printer;
    CaseStore* m_cases;
    ServicePanel* m_servicePanel;
    ApplicantForm* m_applicant;
    ChecklistWidget* m_checklist;
    TodayCasesPanel* m_today;
    ConnectionWatch* m_connection;
    const Service* m_service = nullptr;
    std::optional<Case> m_case; // registered now, or opened from the list
    bool m_completing = false; // m_case waits for documents and is being completed
    bool m_dirty = false;
    QList<Draft> m_drafts;
};

} // namespace loket::ui
