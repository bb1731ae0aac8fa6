#include "SocialRegisterFacts.h"

#include "DtksLookup.h"

namespace loket {

bool applySocialRegisterFacts(LetterData& data, Database& database, const Catalog& catalog,
                              const Case& record, QString* errorMessage)
{
    const Service* service = catalog.service(record.serviceCode);
    if (!service || !DtksLookup::isDtksService(service->keywords) || record.person.nik.isEmpty())
        return true;
    QString error;
    const DtksNikStatus status
        = DtksLookup(database).nikStatus(record.person.nik, data.date, &error);
    if (!error.isEmpty()) {
        *errorMessage = error;
        return false;
    }
    switch (status.state) {
    case DtksResult::State::NoExtract:
        return true;
    case DtksResult::State::Found:
        data.registerKind = status.kind;
        data.registerDate = status.extractDate;
        return true;
    case DtksResult::State::NotFound:
        break;
    }
    const bool dtsen = status.newestDtsen.isValid();
    data.registerKind = dtsen ? ExtractKind::Dtsen : status.kind;
    data.registerDate = dtsen ? status.newestDtsen : status.extractDate;
    return true;
}

} // namespace loket
