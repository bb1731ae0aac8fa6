#include "ComplaintsModel.h"

#include "UrgencyStyle.h"

namespace loket::ui {

ComplaintsModel::ComplaintsModel(QObject* parent)
    : OrderedRowsModel([](const Row& row) { return row.complaint.id; }, parent)
{
}

void ComplaintsModel::setRows(const QList<Row>& rows, const QTimeZone& zone)
{
    beginResetModel();
    m_rows = rows;
    m_zone = zone;
    endResetModel();
}

void ComplaintsModel::putRow(const Row& row, Order before)
{
    putInOrder(row,
               [before](const Row& a, const Row& b) { return before(a.complaint, b.complaint); });
}

void ComplaintsModel::removeComplaint(qint64 complaintId)
{
    removeId(complaintId);
}

int ComplaintsModel::rowOf(const QString& number) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).complaint.number == number)
            return i;
    }
    return -1;
}

QString ComplaintsModel::deadlineText(const Row& row)
{
    const Complaint& c = row.complaint;
    const TimeLeft& left = row.timeLeft;
    const int late = -left.workingDays;
    switch (left.urgency) {
    case TimeLeft::Urgency::Overdue:
        if (row.answer)
            return late == 0 ? tr("answer late since today")
                             : tr("answer %n working day(s) late", nullptr, late);
        return late == 0 ? tr("response late since today")
                         : tr("response %n working day(s) late", nullptr, late);
    case TimeLeft::Urgency::DueToday:
        return row.answer ? tr("answer due today") : tr("response due today");
    case TimeLeft::Urgency::OnTime:
        return row.answer ? tr("answer due in %n working day(s)", nullptr, left.workingDays)
                          : tr("response due in %n working day(s)", nullptr, left.workingDays);
    case TimeLeft::Urgency::NoDueDate:
        break;
    }
    if (c.status == ComplaintStatus::Closed)
        return tr("closed");
    if (c.answeredAt.isValid())
        return tr("answered");
    return tr("responded; no answer due date");
}

int ComplaintsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComplaintsModel::displayText(const Row& row, int column) const
{
    const Complaint& c = row.complaint;
    switch (column) {
    case DueColumn: {
        const QString words = deadlineText(row);
        if (!row.timeLeft.due.isValid())
            return words;
        return QStringLiteral("%1 · %2").arg(
            words,
            row.timeLeft.due.toTimeZone(m_zone).toString(QStringLiteral("dd-MM-yyyy HH.mm")));
    }
    case NumberColumn:
        return c.number;
    case ReceivedColumn:
        return c.receivedAt.toTimeZone(m_zone).toString(QStringLiteral("dd-MM-yyyy HH.mm"));
    case ChannelColumn:
        return c.laporTicket.isEmpty()
            ? complaintChannelTitle(c.channel)
            : QStringLiteral("%1 %2").arg(complaintChannelTitle(c.channel), c.laporTicket);
    case ComplainantColumn:
        return c.anonymous ? tr("Anonymous") : c.name;
    case SubjectColumn:
        return QStringLiteral("%1: %2").arg(complaintKindTitle(c.kind), c.subject);
    case StatusColumn:
        return complaintStatusTitle(c.status);
    }
    return {};
}

QVariant ComplaintsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const TimeLeft::Urgency urgency = row.timeLeft.urgency;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn)
            return row.complaint.description;
        return displayText(row, index.column());
    case Qt::DecorationRole:
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return urgencyData(urgency, role, index.column() == DueColumn);
    case NumberRole:
        return row.complaint.number;
    case UrgencyRole:
        return int(urgency);
    case StatusRole:
        return int(row.complaint.status);
    }
    return {};
}

QVariant ComplaintsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case NumberColumn:
        return tr("Number");
    case ReceivedColumn:
        return tr("Received");
    case ChannelColumn:
        return tr("Channel");
    case ComplainantColumn:
        return tr("Complainant");
    case SubjectColumn:
        return tr("Subject");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace loket::ui
