#pragma once

#include "Catalog.h"
#include "Database.h"
#include "WorkingCalendar.h"

#include <QDateTime>

namespace loket {

// Adds 15 realistic demo complaints, aspirations and information requests received over the
// working days before `now`, across every channel and in every state of the timeline: one via
// SP4N-LAPOR! with its ticket (and another anonymous one), several anonymous, two whose initial
// response is overdue and two due today, answered ones with their numbered answer letter.
// Recorded through ComplaintStore by the demo users (front office, back office, head of
// division: DemoSeeder::seedUsers first). Does nothing when the database already has
// complaints. Returns how many were added, or -1 with `errorMessage`.
int seedDemoComplaints(Database& database, const Catalog& catalog, const WorkingCalendar& calendar,
                       const QDateTime& now, QString* errorMessage);

} // namespace loket
