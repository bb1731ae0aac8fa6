#pragma once

#include "OrderedRowsModel.h"
#include "Worklist.h"

#include <QTimeZone>

namespace loket::ui {

// A worklist as a table: due (date and time left in words, with an icon; overdue rows red and
// rows due today amber, so that colour never carries the meaning alone), case number,
// applicant, service, status, and the next step or whom the case waits for.
class WorklistModel : public OrderedRowsModel<WorklistItem>
{
    Q_OBJECT
public:
    enum Column {
        DueColumn,
        NumberColumn,
        ApplicantColumn,
        ServiceColumn,
        StatusColumn,
        NextColumn,
        ColumnCount
    };
    enum Roles {
        CaseNumberRole = Qt::UserRole + 1,
        UrgencyRole, // TimeLeft::Urgency as int
    };

    explicit WorklistModel(QObject* parent = nullptr);

    // A list read anew (another scope, filter or search): the view starts over.
    void setItems(const QList<WorklistItem>& items, const QTimeZone& zone);
    // One case read again: its row is updated, moved to where `before` (the list's order) puts
    // it, or inserted; the rows around it, the selection and the scroll position stay.
    using Order = bool (*)(const WorklistItem&, const WorklistItem&);
    void putItem(const WorklistItem& item, Order before);
    void removeCase(qint64 caseId); // a case no longer listed
    const WorklistItem& item(int row) const { return m_rows.at(row); }
    const QList<WorklistItem>& items() const { return m_rows; }
    int rowOf(const QString& caseNumber) const; // -1 when not listed

    // "2 working days overdue", "due today", "3 working days left", "no due date".
    static QString timeLeftText(const TimeLeft& timeLeft);
    static QString waitingText(const WorklistItem& item);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString dueText(const WorklistItem& item) const;

    QTimeZone m_zone;
};

} // namespace loket::ui
