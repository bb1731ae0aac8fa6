#pragma once

#include "Catalog.h"
#include "Complaint.h"
#include "Database.h"
#include "TimeLeft.h"
#include "Users.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

class QSqlQuery;

namespace loket {

struct ComplaintFilter
{
    std::optional<ComplaintStatus> status;
    std::optional<ComplaintChannelKind> channel;
    QDate from, to; // received on these office-local days, inclusive; invalid: unbounded
    bool overdueOnly = false; // response or answer overdue
    bool openOnly = false; // not closed
    QString search; // number, LAPOR ticket, complainant, subject or description, any case
    qint64 complaintId = 0; // this complaint only: its line, to update one row of a list shown
};

// A complaint that needs someone's action today: its initial response (or, where the office's
// standard sets one, its answer) is due today or overdue.
struct ComplaintReminder
{
    Complaint complaint;
    bool answer = false; // false: the initial response is what is due
    TimeLeft timeLeft; // Overdue or DueToday
};

// Reads complaints for lists, the register and reminders. Never writes.
class ComplaintQueries
{
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintQueries)
public:
    ComplaintQueries(Database& database, const Catalog& catalog, const WorkingCalendar& calendar);

    // When a query fails the result is empty and `errorMessage` (where given) says why.
    std::optional<qint64> idOf(const QString& number, QString* errorMessage = nullptr) const;
    // With its timeline (events).
    std::optional<Complaint> find(const QString& number, QString* errorMessage = nullptr) const;
    // Newest first.
    // The list's order, newest first (the id settles a tie): where a complaint read again goes.
    static bool newestFirst(const Complaint& a, const Complaint& b);
    QList<Complaint> list(const ComplaintFilter& filter, const QDateTime& now,
                          QString* errorMessage = nullptr) const;
    // Received in the month (1–12) of the year, or the whole year when `month` is 0, by the
    // office's local date; oldest first (the register's order).
    QList<Complaint> period(int year, int month, QString* errorMessage = nullptr) const;

    // For reminders (issue 5 §6): the complaints whose initial response is due today or
    // overdue, for a user who may give initial responses (front and back office); plus the
    // complaints with an answer due date (only where the standard sets one) due today or
    // overdue, for a user who may answer, and for the head they were forwarded to. Overdue
    // first, then by due time. Empty for an unknown or disabled user.
    QList<ComplaintReminder> dueTodayOrOverdue(qint64 userId, const QDateTime& now,
                                               QString* errorMessage = nullptr) const;

    // How the complaint stands against the deadline that matters now: the initial response
    // until it is given, then the answer when there is an answer due date; else NoDueDate.
    TimeLeft timeLeft(const Complaint& complaint, const QDateTime& now) const;
    // Whether that deadline is the answer's (false: the initial response's).
    static bool tracksAnswer(const Complaint& complaint);

    // The active heads of office and heads of division a complaint can be forwarded to.
    QList<User> heads(QString* errorMessage = nullptr) const;

private:
    QList<Complaint> select(const QString& where, const QVariantMap& values,
                            QString* errorMessage) const;
    QList<ComplaintEvent> events(qint64 complaintId, QString* errorMessage) const;
    bool read(QSqlQuery& query, QString* errorMessage) const;

    Database& m_database;
    const Catalog& m_catalog;
    const WorkingCalendar& m_calendar;
};

} // namespace loket
