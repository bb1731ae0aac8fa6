#include "WorklistModel.h"

#include "IndonesianText.h"
#include "UrgencyStyle.h"

#include <QIcon>

namespace loket::ui {
namespace {

QString applicantOf(const CaseSummary& summary)
{
    return summary.organisationName.isEmpty()
        ? summary.applicantName
        : QStringLiteral("%1 (%2)").arg(summary.organisationName, summary.applicantName);
}

} // namespace

WorklistModel::WorklistModel(QObject* parent)
    : OrderedRowsModel([](const WorklistItem& item) { return item.summary.id; }, parent)
{
}

void WorklistModel::setItems(const QList<WorklistItem>& items, const QTimeZone& zone)
{
    beginResetModel();
    m_rows = items;
    m_zone = zone;
    endResetModel();
}

void WorklistModel::putItem(const WorklistItem& item, Order before)
{
    putInOrder(item, before);
}

void WorklistModel::removeCase(qint64 caseId)
{
    removeId(caseId);
}

int WorklistModel::rowOf(const QString& caseNumber) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).summary.number == caseNumber)
            return row;
    }
    return -1;
}

QString WorklistModel::timeLeftText(const TimeLeft& timeLeft)
{
    switch (timeLeft.urgency) {
    case TimeLeft::Urgency::Overdue:
        return timeLeft.workingDays == 0
            ? tr("overdue since today")
            : tr("%n working day(s) overdue", nullptr, -timeLeft.workingDays);
    case TimeLeft::Urgency::DueToday:
        return tr("due today");
    case TimeLeft::Urgency::OnTime:
        return tr("%n working day(s) left", nullptr, timeLeft.workingDays);
    case TimeLeft::Urgency::NoDueDate:
        break;
    }
    return tr("no due date");
}

QString WorklistModel::waitingText(const WorklistItem& item)
{
    const QString who = item.waitingFor ? userRoleTitle(*item.waitingFor) : QString();
    QString text;
    switch (item.summary.status) {
    case CaseStatus::AwaitingSignoff:
        text = item.signoff.waitsForSigner() ? tr("Signature: %1").arg(who)
                                             : tr("Initials: %1").arg(who);
        break;
    case CaseStatus::ProductReady:
        text = tr("Collection at the counter");
        break;
    case CaseStatus::WaitingDocuments:
        text = tr("Missing documents: %1").arg(who);
        break;
    default:
        text = item.nextStep > 0 ? QStringLiteral("%1. %2 — %3")
                                       .arg(QString::number(item.nextStep), item.nextStepText, who)
                                 : tr("Draft the product: %1").arg(who);
    }
    if (!item.assignedToName.isEmpty())
        text += tr(" (assigned to %1)").arg(item.assignedToName);
    return text;
}

QString WorklistModel::dueText(const WorklistItem& item) const
{
    QString left = timeLeftText(item.timeLeft);
    // A finished product's clock stopped when it was signed: say how it ended, not what is left.
    if (item.clockStoppedAt.isValid() && item.timeLeft.urgency != TimeLeft::Urgency::NoDueDate)
        left = item.timeLeft.urgency != TimeLeft::Urgency::Overdue ? tr("finished in time")
            : item.timeLeft.workingDays < 0
            ? tr("finished %n working day(s) late", nullptr, -item.timeLeft.workingDays)
            : tr("finished late on the day it was due");
    if (!item.summary.dueAt.isValid())
        return left;
    // The words first: they are what the officer acts on, and what stays visible when the
    // column is narrow.
    const QDateTime due = item.summary.dueAt.toTimeZone(m_zone);
    return QStringLiteral("%1 · %2").arg(left, due.toString(QStringLiteral("dd-MM-yyyy HH.mm")));
}

int WorklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorklistItem& item = m_rows.at(index.row());
    const TimeLeft::Urgency urgency = item.timeLeft.urgency;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DueColumn:
            if (role == Qt::ToolTipRole && item.summary.dueAt.isValid()) {
                const QDateTime due = item.summary.dueAt.toTimeZone(m_zone);
                return tr("Due %1, %2: %3")
                    .arg(text::longDateWithDay(due.date()),
                         due.time().toString(QStringLiteral("HH.mm")), timeLeftText(item.timeLeft));
            }
            return dueText(item);
        case NumberColumn:
            return item.summary.number;
        case ApplicantColumn:
            return role == Qt::ToolTipRole
                ? QStringLiteral("%1\nNIK %2").arg(applicantOf(item.summary), item.summary.nik)
                : applicantOf(item.summary);
        case ServiceColumn:
            return role == Qt::ToolTipRole
                ? item.serviceName
                : QStringLiteral("%1 %2").arg(item.summary.serviceCode, item.serviceName);
        case StatusColumn:
            return caseStatusTitle(item.summary.status);
        case NextColumn:
            return waitingText(item);
        }
        break;
    case Qt::DecorationRole:
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        return urgencyData(urgency, role, index.column() == DueColumn);
    case CaseNumberRole:
        return item.summary.number;
    case UrgencyRole:
        return int(urgency);
    }
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case NumberColumn:
        return tr("Case number");
    case ApplicantColumn:
        return tr("Applicant");
    case ServiceColumn:
        return tr("Service");
    case StatusColumn:
        return tr("Status");
    case NextColumn:
        return tr("Next step / waiting for");
    }
    return {};
}

} // namespace loket::ui
