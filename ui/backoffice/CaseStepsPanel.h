#pragma once

#include "Users.h"
#include "WorkflowModel.h"

#include <QTimeZone>
#include <QWidget>
#include <memory>

namespace Ui {
class CaseStepsPanel;
}

namespace loket::ui {

// The service's procedure as a checklist, in order: each step with the role that records it,
// its state, who recorded it, when, and the note. The first open step can be marked done or
// skipped (with a note) by a user whose role may record it; for anyone else the buttons are
// disabled and the panel says who may, in core's words (Permissions::check).
class CaseStepsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseStepsPanel(QWidget* parent = nullptr);
    ~CaseStepsPanel() override;

    void setSteps(const QList<CaseStep>& steps, const User& user, bool caseOpen,
                  const QTimeZone& zone);
    void clear();
    int nextStep() const { return m_nextStep; } // 0: every step is finished
    QString note() const;
    void clearNote();
    QString message() const;
    void showMessage(const QString& text, bool error);

    // Ask to mark the next step (Ctrl+D / Ctrl+K in the case view): emits markRequested, or
    // says what is missing (a note to skip). Permission is left to core.
    void requestDone();
    void requestSkip();

signals:
    void markRequested(int order, loket::CaseStep::State state, const QString& note);

private:
    std::unique_ptr<Ui::CaseStepsPanel> m_ui;
    int m_nextStep = 0;
};

} // namespace loket::ui
