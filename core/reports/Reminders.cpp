#include "Reminders.h"

#include "CaseModel.h"
#include "ComplaintQueries.h"
#include "DatabaseError.h"
#include "IndonesianText.h"
#include "SqlValues.h"
#include "WorkingCalendar.h"
#include "Worklist.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

// Roles that prepare, initial or sign the collective decree.
bool preparesDecrees(const User& user)
{
    return user.hasRole(UserRole::BackOffice) || user.hasRole(UserRole::HeadOfDivision)
        || user.hasRole(UserRole::Secretary) || user.hasRole(UserRole::HeadOfOffice);
}

int workingDaysBetween(const WorkingCalendar& calendar, QDate from, const QDate& to)
{
    int days = 0;
    while (from < to) {
        from = from.addDays(1);
        if (calendar.isWorkingDay(from))
            ++days;
    }
    return days;
}

} // namespace

Reminders::Reminders(Database& database, const Catalog& catalog, const WorkingCalendar& calendar,
                     const QStringList& collectiveServices)
    : m_database(database)
    , m_catalog(catalog)
    , m_calendar(calendar)
    , m_collectiveServices(collectiveServices)
{
}

QList<Reminder> Reminders::forUser(const User& user, const QDateTime& now,
                                   QString* errorMessage) const
{
    QString error;
    QList<Reminder> all = cases(user, now, &error);
    if (error.isEmpty())
        all += complaints(user, now, &error);
    if (error.isEmpty())
        all += collectiveDecrees(user, now, &error);
    if (!error.isEmpty()) { // half the reminders would look like all of them
        if (errorMessage)
            *errorMessage = error;
        return {};
    }
    // Overdue first, then due today, then what is approaching; earliest due first within each.
    std::stable_sort(all.begin(), all.end(), [](const Reminder& a, const Reminder& b) {
        if (a.urgency != b.urgency)
            return a.urgency < b.urgency;
        return a.due < b.due;
    });
    return all;
}

QStringList Reminders::collectiveServices(const LetterSpecs& specs)
{
    QStringList services;
    for (const QString& code : specs.serviceCodes()) {
        if (specs.types(code).contains(QStringLiteral("collective-decree")))
            services << code;
    }
    return services;
}

QList<Reminder> Reminders::cases(const User& user, const QDateTime& now,
                                 QString* errorMessage) const
{
    QList<Reminder> result;
    const Worklist worklist(m_database, m_catalog, m_calendar);
    const QTimeZone zone = officeHoursOf(m_catalog.office).zone;
    for (const WorklistItem& item : worklist.forUser(user, {}, now, errorMessage)) {
        // A case whose clock has stopped (product ready) is no longer racing its due date.
        if (item.clockStoppedAt.isValid())
            continue;
        const TimeLeft::Urgency urgency = item.timeLeft.urgency;
        if (urgency != TimeLeft::Urgency::Overdue && urgency != TimeLeft::Urgency::DueToday)
            continue;
        Reminder reminder;
        reminder.kind = Reminder::Kind::Case;
        reminder.urgency = urgency == TimeLeft::Urgency::Overdue ? Reminder::Urgency::Overdue
                                                                 : Reminder::Urgency::DueToday;
        reminder.reference = item.summary.number;
        const QString who = item.summary.applicantName.isEmpty() ? item.summary.organisationName
                                                                 : item.summary.applicantName;
        reminder.text = tr("%1 for %2").arg(item.serviceName, who);
        reminder.due = item.timeLeft.due.toTimeZone(zone);
        reminder.workingDays = -item.timeLeft.workingDays;
        result << reminder;
    }
    return result;
}

QList<Reminder> Reminders::complaints(const User& user, const QDateTime& now,
                                      QString* errorMessage) const
{
    QList<Reminder> result;
    const QTimeZone zone = officeHoursOf(m_catalog.office).zone;
    const ComplaintQueries queries(m_database, m_catalog, m_calendar);
    for (const ComplaintReminder& item : queries.dueTodayOrOverdue(user.id, now, errorMessage)) {
        Reminder reminder;
        reminder.kind = Reminder::Kind::Complaint;
        reminder.urgency = item.timeLeft.urgency == TimeLeft::Urgency::Overdue
            ? Reminder::Urgency::Overdue
            : Reminder::Urgency::DueToday;
        reminder.reference = item.complaint.number;
        reminder.text = item.answer ? tr("Answer to: %1").arg(item.complaint.subject)
                                    : tr("Initial response to: %1").arg(item.complaint.subject);
        reminder.due = item.timeLeft.due.toTimeZone(zone);
        reminder.workingDays = -item.timeLeft.workingDays;
        result << reminder;
    }
    return result;
}

QList<Reminder> Reminders::collectiveDecrees(const User& user, const QDateTime& now,
                                             QString* errorMessage) const
{
    QList<Reminder> result;
    if (!preparesDecrees(user) || m_collectiveServices.isEmpty())
        return result;
    const QTimeZone zone = officeHoursOf(m_catalog.office).zone;
    const QDate today = now.toTimeZone(zone).date();
    const QDate monthStart(today.year(), today.month(), 1);
    const QDate deadline = monthStart.addDays(14);
    if (today < deadline.addDays(-CollectiveLeadDays))
        return result;
    // The decree is numbered in the "decree" register with the covered month in its subject
    // ("… secara Kolektif Bulan Oktober 2026"), at the earliest once that month has begun.
    const QDate covered = monthStart.addMonths(-1);
    const QString period = QLocale(QLocale::Indonesian, QLocale::Indonesia)
                               .toString(covered, QStringLiteral("MMMM yyyy"));
    QSqlQuery issued(m_database.connection());
    issued.prepare(QStringLiteral("SELECT COUNT(*) FROM letters WHERE document_type = ?"
                                  " AND letter_date >= ? AND subject LIKE ?"));
    issued.addBindValue(QStringLiteral("decree"));
    issued.addBindValue(covered.toString(Qt::ISODate));
    issued.addBindValue(QLatin1Char('%') + period + QLatin1Char('%'));
    if (!issued.exec()) {
        *errorMessage
            = tr("Cannot read the reminders: %1").arg(DatabaseError::describe(issued.lastError()));
        return result;
    }
    if (issued.next() && issued.value(0).toInt() > 0)
        return result;

    const QString from = storedTime(QDateTime(covered, QTime(0, 0), zone));
    const QString to = storedTime(QDateTime(monthStart, QTime(0, 0), zone));
    for (const QString& code : m_collectiveServices) {
        const Service* service = m_catalog.service(code);
        if (!service)
            continue;
        QSqlQuery count(m_database.connection());
        count.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM cases WHERE service_code = ? AND received_at >= ?"
            " AND received_at < ? AND status NOT IN ('rejected', 'waiting-documents')"));
        count.addBindValue(code);
        count.addBindValue(from);
        count.addBindValue(to);
        if (!count.exec()) {
            *errorMessage = tr("Cannot read the reminders: %1")
                                .arg(DatabaseError::describe(count.lastError()));
            return {};
        }
        const int recipients = count.next() ? count.value(0).toInt() : 0;
        if (recipients == 0)
            continue;
        Reminder reminder;
        reminder.kind = Reminder::Kind::CollectiveDecree;
        reminder.reference = code;
        reminder.due = QDateTime(deadline, m_catalog.office.closes, zone);
        reminder.urgency = today > deadline ? Reminder::Urgency::Overdue
            : today == deadline             ? Reminder::Urgency::DueToday
                                            : Reminder::Urgency::Approaching;
        reminder.workingDays = today > deadline ? workingDaysBetween(m_calendar, deadline, today)
                                                : workingDaysBetween(m_calendar, today, deadline);
        reminder.text = tr("Collective decree of %1 for %2 (%n recipient(s)) is due at BPJS "
                           "Kesehatan by %3",
                           nullptr, recipients)
                            .arg(service->name, period, text::longDate(deadline));
        result << reminder;
    }
    return result;
}

} // namespace loket
