#include "BackOfficeWidget.h"

#include "CaseViewWidget.h"
#include "CaseWorkflow.h"
#include "ProductIssuer.h"

#include <QHBoxLayout>
#include <QSplitter>

namespace loket::ui {

BackOfficeWidget::BackOfficeWidget(Session& session, WorklistWidget::Scope scope, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_issuer(std::make_unique<ProductIssuer>(session.database, session.catalog,
                                               session.database.directory().isEmpty()
                                                   ? QString()
                                                   : session.database.directory()
                                                       + QStringLiteral("/templates")))
    , m_workflow(std::make_unique<CaseWorkflow>(session.database, session.catalog, m_issuer.get()))
    , m_worklist(new WorklistWidget(session, this))
    , m_caseView(new CaseViewWidget(session, *m_workflow, *m_issuer, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter->setObjectName(QStringLiteral("backOfficeSplitter"));
    m_splitter->addWidget(m_worklist);
    m_splitter->addWidget(m_caseView);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 680, 600 });
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);
    // The case's keys work wherever the focus is on this screen, the worklist included.
    m_caseView->setShortcutScope(this);

    connect(m_worklist, &WorklistWidget::currentCaseChanged, this, &BackOfficeWidget::showCase);
    connect(m_worklist, &WorklistWidget::caseOpened, this, [this](const QString& number) {
        showCase(number);
        m_caseView->focusCase();
    });
    // Core says which case changed: its row alone is read again, and the case stays in view.
    connect(m_workflow.get(), &CaseWorkflow::caseChanged, this,
            [this](const QString&, CaseStatus, qint64 caseId) { updateCase(caseId); });
    connect(m_caseView, &CaseViewWidget::caseChanged, this, [this](const QString& number) {
        m_refreshing = true;
        m_worklist->selectCase(number);
        m_refreshing = false;
    });
    m_worklist->setScope(scope);
}

BackOfficeWidget::~BackOfficeWidget() = default;

void BackOfficeWidget::updateCase(qint64 caseId)
{
    m_refreshing = true;
    m_worklist->updateCase(caseId);
    m_refreshing = false;
}

void BackOfficeWidget::setClock(const Clock& clock)
{
    m_worklist->setClock(clock);
    m_caseView->setClock(clock);
    m_worklist->refresh();
}

void BackOfficeWidget::openCase(const QString& caseNumber)
{
    m_worklist->selectCase(caseNumber);
    showCase(caseNumber);
    m_caseView->focusCase();
}

void BackOfficeWidget::showCase(const QString& caseNumber)
{
    if (m_refreshing)
        return;
    if (caseNumber.isEmpty())
        m_caseView->clear();
    else if (!m_caseView->currentCase() || m_caseView->currentCase()->number != caseNumber)
        m_caseView->openCase(caseNumber);
}

} // namespace loket::ui
