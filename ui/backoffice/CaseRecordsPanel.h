#pragma once

#include "Users.h"
#include "WorkflowModel.h"

#include <QTimeZone>
#include <QWidget>
#include <memory>

namespace Ui {
class CaseRecordsPanel;
}

namespace loket::ui {

// Field-verification and home-visit records (kind, date, officer, findings) and assessment
// notes, each with a line to add one. The add buttons are enabled for the roles core allows
// (Permissions); core still checks every addition.
class CaseRecordsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseRecordsPanel(QWidget* parent = nullptr);
    ~CaseRecordsPanel() override;

    void setRecords(const QList<FieldVisit>& visits, const QList<AssessmentNote>& notes,
                    const User& user, bool caseOpen, const QTimeZone& zone, const QDate& today);
    void clear();
    int visitRows() const;
    int noteRows() const;

    // Fill in the forms (tests, and the keyboard user) and ask to add.
    void setVisit(FieldVisit::Kind kind, const QDate& date, const QString& findings);
    void setNote(const QString& text);
    void requestVisit();
    void requestNote();
    void clearVisitForm();
    void clearNoteForm();
    void focusVisit();
    void focusNote();

signals:
    void visitRequested(loket::FieldVisit::Kind kind, const QDate& date, const QString& findings);
    void noteRequested(const QString& text);
    void problem(const QString& message); // something to fix before adding

private:
    std::unique_ptr<Ui::CaseRecordsPanel> m_ui;
};

} // namespace loket::ui
