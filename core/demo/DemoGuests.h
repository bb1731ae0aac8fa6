#pragma once

#include "Catalog.h"
#include "Database.h"

#include <QDateTime>

namespace loket {

// Adds `count` plausible, clearly-demo guest-book entries (visitors who only asked) over the
// `days` days before `until`, served by the demo front-office clerk. Only on a demo database
// (after DemoSeeder::seedUsers); returns how many were added, or -1 with `errorMessage`.
int seedDemoGuests(Database& database, const Catalog& catalog, const QDateTime& until, int days,
                   int count, QString* errorMessage, quint32 seed = 20261122);

} // namespace loket
