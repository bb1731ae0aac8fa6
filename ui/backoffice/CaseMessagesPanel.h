#pragma once

#include "Notification.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace loket::ui {

// The messages Loket made for a case's applicant (issue 13 §2): when, about what, the text and
// what became of it; above them whether the applicant agreed to SMS at intake.
class CaseMessagesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseMessagesPanel(QWidget* parent = nullptr);

    void setMessages(const QList<Notification>& messages, bool consent, const QTimeZone& zone);
    void clear();
    int rowCount() const;
    QString consentText() const;

private:
    QLabel* m_consentLabel;
    QTableWidget* m_table;
};

} // namespace loket::ui
