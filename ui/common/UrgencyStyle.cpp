#include "UrgencyStyle.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

namespace loket::ui {

QVariant urgencyData(TimeLeft::Urgency urgency, int role, bool dueColumn)
{
    const bool overdue = urgency == TimeLeft::Urgency::Overdue;
    if (!overdue && urgency != TimeLeft::Urgency::DueToday)
        return {};
    switch (role) {
    case Qt::DecorationRole:
        if (!dueColumn)
            return {};
        return QApplication::style()->standardIcon(overdue ? QStyle::SP_MessageBoxCritical
                                                           : QStyle::SP_MessageBoxWarning);
    case Qt::BackgroundRole:
        return overdue ? QColor(0xf8, 0xd7, 0xda) : QColor(0xff, 0xe8, 0xa3);
    case Qt::ForegroundRole:
        return overdue ? QColor(0x84, 0x20, 0x29) : QColor(0x66, 0x4d, 0x03);
    default:
        return {};
    }
}

} // namespace loket::ui
