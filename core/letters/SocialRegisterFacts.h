#pragma once

#include "Catalog.h"
#include "Database.h"
#include "LetterData.h"

namespace loket {

// Puts into a DTKS service's letter the register checked and the date of its extract: the
// newest DTSEN extract holding the applicant's NIK, else the newest DTKS one holding it; for a
// person in neither, the newest DTSEN extract (else the newest extract). Letters of other
// services, and offices with no extract imported, keep the builder's register of the letter's
// date. False, with `errorMessage`, on a database error.
bool applySocialRegisterFacts(LetterData& data, Database& database, const Catalog& catalog,
                              const Case& record, QString* errorMessage);

} // namespace loket
