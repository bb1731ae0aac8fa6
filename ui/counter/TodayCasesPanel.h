#pragma once

#include "Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace loket::ui {

// The clerk's cases of the day at the side of the counter, with their status; typing a case
// number, NIK or name searches all cases instead.
class TodayCasesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TodayCasesPanel(Session& session, QWidget* parent = nullptr);

    // A list that cannot be read is shown empty, with what went wrong (errorText()).
    void refresh();
    void focusSearch();
    QString errorText() const;
    int rowCount() const;
    QString numberAt(int row) const;

signals:
    void caseOpened(const QString& caseNumber);

private:
    Session& m_session;
    QLineEdit* m_search;
    QTableWidget* m_table;
    QLabel* m_error;
};

} // namespace loket::ui
