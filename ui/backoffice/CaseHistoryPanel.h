#pragma once

#include "IssuedDocuments.h"
#include "WorkflowModel.h"

#include <QTimeZone>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class CaseHistoryPanel;
}

namespace loket::ui {

// What happened to a case, oldest first: status changes, reassignments and the acts on its
// draft (sent for initials, initialled, returned, signed); above it the outcome: the issued
// document with its verification code and how often it was printed, the rejection reason, and
// who collected the product.
class CaseHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    struct Outcome
    {
        QList<StoredDocument> documents;
        QList<int> printCounts; // per document
        QString rejectionReason;
        std::optional<Handover> handover;
        QString handedOverByName;
    };

    explicit CaseHistoryPanel(QWidget* parent = nullptr);
    ~CaseHistoryPanel() override;

    void setHistory(const QList<StatusChange>& statuses, const QList<Assignment>& assignments,
                    const QList<SignoffEntry>& signoffs, const Outcome& outcome,
                    const QTimeZone& zone);
    void clear();
    int rowCount() const;
    QString outcomeText() const;

private:
    std::unique_ptr<Ui::CaseHistoryPanel> m_ui;
};

// "in the head of division's name", "initialled": for the history and messages.
QString signoffActTitle(const SignoffEntry& entry);
QString relationTitle(const QString& relation); // "self" → "the applicant themself"

} // namespace loket::ui
