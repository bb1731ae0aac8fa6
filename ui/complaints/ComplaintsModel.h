#pragma once

#include "Complaint.h"
#include "OrderedRowsModel.h"
#include "TimeLeft.h"

#include <QTimeZone>

namespace loket::ui {

// Complaints as a table: the deadline that matters now in words (the initial response until it
// is given, then the answer where the standard sets a due date), number, received, channel,
// complainant, subject and status. Overdue rows are red and rows due today amber, with an icon
// and the words, so that colour never carries the meaning alone.
struct ComplaintRow
{
    Complaint complaint;
    TimeLeft timeLeft;
    bool answer = false; // the deadline is the answer's, not the initial response's
};

class ComplaintsModel : public OrderedRowsModel<ComplaintRow>
{
    Q_OBJECT
public:
    enum Column {
        DueColumn,
        NumberColumn,
        ReceivedColumn,
        ChannelColumn,
        ComplainantColumn,
        SubjectColumn,
        StatusColumn,
        ColumnCount
    };
    enum Roles {
        NumberRole = Qt::UserRole + 1,
        UrgencyRole, // TimeLeft::Urgency as int
        StatusRole, // ComplaintStatus as int
    };
    using Row = ComplaintRow;

    explicit ComplaintsModel(QObject* parent = nullptr);

    // A list read anew (another filter or search): the view starts over.
    void setRows(const QList<Row>& rows, const QTimeZone& zone);
    // One complaint read again: its row is updated, moved to where `before` (the list's
    // order) puts it, or inserted; the other rows, the selection and the scroll position stay.
    using Order = bool (*)(const Complaint&, const Complaint&);
    void putRow(const Row& row, Order before);
    void removeComplaint(qint64 complaintId); // no longer listed
    const Row& row(int index) const { return m_rows.at(index); }
    int rowOf(const QString& number) const; // -1 when not listed

    // "response 2 working days late", "response due today", "answered", …
    static QString deadlineText(const Row& row);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Row& row, int column) const;

    QTimeZone m_zone;
};

} // namespace loket::ui
