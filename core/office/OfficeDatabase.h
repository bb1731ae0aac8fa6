#pragma once

#include "Catalog.h"
#include "Database.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace loket {

// What a database belongs to: one office, its catalog and its working-day calendar.
// Ties the storage to the catalog so that the application and loketctl start the same way.
class OfficeDatabase
{
    Q_DECLARE_TR_FUNCTIONS(loket::OfficeDatabase)
public:
    // The file an office puts beside its database to replace the built-in catalog.
    static QString catalogOverridePath(const Database& database);

    // Creates or upgrades the schema, binds the database to `officeId` and seeds the national
    // holidays. Refuses a database that already belongs to another office.
    static bool initialise(Database& database, const QString& officeId, QString* errorMessage);

    // The office a database belongs to; empty if not initialised.
    static QString officeId(Database& database, QString* errorMessage);

    // The catalog in force for the database: the office's own file beside the database when
    // there is one, else the built-in one. Every error of a broken file is listed in `errors`.
    static std::optional<Catalog> catalog(Database& database, QStringList* errors);

    // The national calendar with the office's own changes from the database.
    static bool calendar(Database& database, WorkingCalendar* calendar, QString* errorMessage);
};

} // namespace loket
