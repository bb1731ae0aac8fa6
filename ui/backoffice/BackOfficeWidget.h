#pragma once

#include "Clock.h"
#include "Session.h"
#include "WorklistWidget.h"

#include <QWidget>
#include <memory>

class QSplitter;

namespace loket {
class CaseWorkflow;
class ProductIssuer;
} // namespace loket

namespace loket::ui {

class CaseViewWidget;

// The back office's screen: the worklist on the left, the selected case on the right. It owns
// the product issuer (templates beside the database) and the workflow the case view acts
// through; after each action the case's row of the worklist is read again (CaseWorkflow says
// which case changed) and the case stays in view.
class BackOfficeWidget : public QWidget
{
    Q_OBJECT
public:
    BackOfficeWidget(Session& session, WorklistWidget::Scope scope, QWidget* parent = nullptr);
    ~BackOfficeWidget() override;

    void setClock(const Clock& clock);
    // A case changed (here or at a counter): its row alone is read again and put in place.
    void updateCase(qint64 caseId);
    WorklistWidget& worklist() { return *m_worklist; }
    CaseViewWidget& caseView() { return *m_caseView; }
    CaseWorkflow& workflow() { return *m_workflow; }
    // Selects the case in the worklist when it is there, and shows it in the case view.
    void openCase(const QString& caseNumber);

private:
    void showCase(const QString& caseNumber);

    Session& m_session;
    std::unique_ptr<ProductIssuer> m_issuer;
    std::unique_ptr<CaseWorkflow> m_workflow;
    WorklistWidget* m_worklist;
    CaseViewWidget* m_caseView;
    QSplitter* m_splitter;
    bool m_refreshing = false; // a row is read again after an action: keep the case
};

} // namespace loket::ui
