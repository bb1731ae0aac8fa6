#pragma once

#include "Catalog.h"
#include "Database.h"
#include "LetterSpecs.h"
#include "Users.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace loket {

// Something a user should not forget today: a case or complaint due today or overdue, or the
// monthly collective KIS-PBI decree, which BPJS Kesehatan must have by the 15th.
struct Reminder
{
    enum class Kind { Case, Complaint, CollectiveDecree };
    enum class Urgency { Overdue, DueToday, Approaching };
    Kind kind = Kind::Case;
    Urgency urgency = Urgency::DueToday;
    QString reference; // case or complaint number, or the service code of a decree
    QString text; // what it is about, for people
    QDateTime due;
    int workingDays = 0; // working days late (overdue) or left (approaching)
};

// The reminders of one user: what the worklist says is theirs and due, the complaints they
// record or were forwarded, and the collective decree for those who prepare or sign it.
class Reminders
{
    Q_DECLARE_TR_FUNCTIONS(loket::Reminders)
public:
    // `collectiveServices`: the services whose cases are gathered into a monthly collective
    // decree (those with a "collective-decree" document in the letter mapping).
    Reminders(Database& database, const Catalog& catalog, const WorkingCalendar& calendar,
              const QStringList& collectiveServices);

    // Empty when they cannot be read; then `errorMessage` (where given) says why.
    QList<Reminder> forUser(const User& user, const QDateTime& now,
                            QString* errorMessage = nullptr) const;

    // The services of a letter mapping that have a monthly collective decree.
    static QStringList collectiveServices(const LetterSpecs& specs);

    // The decree reminder starts this many calendar days before the 15th.
    static constexpr int CollectiveLeadDays = 10;

private:
    QList<Reminder> cases(const User& user, const QDateTime& now, QString* errorMessage) const;
    QList<Reminder> complaints(const User& user, const QDateTime& now, QString* errorMessage) const;
    QList<Reminder> collectiveDecrees(const User& user, const QDateTime& now,
                                      QString* errorMessage) const;

    Database& m_database;
    const Catalog& m_catalog;
    const WorkingCalendar& m_calendar;
    QStringList m_collectiveServices;
};

} // namespace loket

Q_DECLARE_METATYPE(loket::Reminder)
