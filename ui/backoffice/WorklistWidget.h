#pragma once

#include "Clock.h"
#include "Session.h"
#include "Worklist.h"

#include <QWidget>
#include <memory>

class QTableView;
class QTimer;

namespace Ui {
class WorklistWidget;
}

namespace loket::ui {

class WorklistModel;

// The back office's list of cases: the user's own worklist (cases waiting for them), all open
// cases, or the products ready for collection; most urgent first, filtered by service, status,
// division and officer, searched by case number, NIK or name. Enter (or a double click) opens
// the selected case. Keys: Ctrl+1/2/3 the three lists, Ctrl+F search, F5 refresh.
class WorklistWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Mine, AllOpen, ReadyForCollection };

    explicit WorklistWidget(Session& session, QWidget* parent = nullptr);
    ~WorklistWidget() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }

    // Reloads from the database, keeping the selected case selected when it is still listed.
    // A list that cannot be read is shown empty, with what went wrong (errorText()).
    void refresh();
    // Reads the one case again after it changed, and updates, moves, inserts or removes its
    // row alone; a search, which ranks the cases against each other, reads the whole list.
    void updateCase(qint64 caseId);
    QString errorText() const;
    void focusSearch();
    bool selectCase(const QString& caseNumber);
    QString currentCaseNumber() const;

    WorklistModel& model() { return *m_model; }
    QTableView& view();

signals:
    void caseOpened(const QString& caseNumber); // Enter or double click
    void currentCaseChanged(const QString& caseNumber); // empty when none is selected

private:
    void fillFilters();
    void setupShortcuts();
    WorklistFilter filter() const;
    QList<WorklistItem> read(const WorklistFilter& filter, QString* error) const;
    void showCounts(const QString& error);

    std::unique_ptr<Ui::WorklistWidget> m_ui;
    Session& m_session;
    Worklist m_worklist;
    WorklistModel* m_model;
    QTimer* m_searchDelay;
    Clock m_clock = m_session.clock; // the session's, unless set otherwise
    Scope m_scope = Scope::Mine;
    QString m_filterError; // the officers could not be read for their filter
};

} // namespace loket::ui
