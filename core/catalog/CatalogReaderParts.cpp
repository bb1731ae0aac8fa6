// The per-object readers of CatalogReader: office, service, requirement, step, time.
#include "CatalogReader.h"
#include "TextLists.h"

#include <QRegularExpression>

namespace loket {

// readOffice's parts, called in the order of the office's keys, so that its errors keep that
// order. The first: the office's id, names, address and contacts, region and time zone.
void CatalogReader::readOfficeIdentity(const QJsonObject& json, const QString& path, Office& office)
{
    office.id = string(json, QStringLiteral("id"), path, true);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9-]+$"));
    if (!office.id.isEmpty() && !idPattern.match(office.id).hasMatch())
        error(jsonPath(path, QStringLiteral("id")),
              tr("use lowercase letters, digits and \"-\" only"));
    office.name = string(json, QStringLiteral("name"), path, true);
    office.governmentLine = string(json, QStringLiteral("governmentLine"), path, true);
    office.unitLine = string(json, QStringLiteral("unitLine"), path, true);
    office.address = string(json, QStringLiteral("address"), path, true);
    office.city = string(json, QStringLiteral("city"), path, true);
    office.postalCode = string(json, QStringLiteral("postalCode"), path, false);
    office.phone = string(json, QStringLiteral("phone"), path, false);
    office.emails = strings(json, QStringLiteral("emails"), path);
    office.website = string(json, QStringLiteral("website"), path, false);
    office.regionCode = string(json, QStringLiteral("regionCode"), path, true);
    static const QRegularExpression regionPattern(QStringLiteral("^\\d\\d\\.\\d\\d$"));
    if (!office.regionCode.isEmpty() && !regionPattern.match(office.regionCode).hasMatch())
        error(jsonPath(path, QStringLiteral("regionCode")),
              tr("\"%1\" is not a regency code such as 62.71").arg(office.regionCode));
    office.timeZone = latin1List({ "WIB", "WITA", "WIT" })
                          .value(choice(json, QStringLiteral("timeZone"), path,
                                        latin1List({ "WIB", "WITA", "WIT" }), true));
}

void CatalogReader::readOfficeHours(const QJsonObject& json, const QString& path, Office& office)
{
    const QString hoursPath = jsonPath(path, QStringLiteral("officeHours"));
    const QJsonObject hours = object(json, QStringLiteral("officeHours"), path, true);
    checkKeys(hours, hoursPath, latin1List({ "open", "close", "note" }));
    office.opens = time(hours, QStringLiteral("open"), hoursPath);
    office.closes = time(hours, QStringLiteral("close"), hoursPath);
    office.officeHoursNote = string(hours, QStringLiteral("note"), hoursPath, false);
    if (office.opens.isValid() && office.closes.isValid() && office.opens >= office.closes)
        error(jsonPath(hoursPath, QStringLiteral("close")),
              tr("must be later than the opening time"));
}

// The head of office, who signs.
void CatalogReader::readOfficeHead(const QJsonObject& json, const QString& path, Office& office)
{
    const QString headPath = jsonPath(path, QStringLiteral("head"));
    const QJsonObject head = object(json, QStringLiteral("head"), path, true);
    checkKeys(head, headPath, latin1List({ "title", "name", "rank", "grade", "nip" }));
    office.head = { string(head, QStringLiteral("title"), headPath, true),
                    string(head, QStringLiteral("name"), headPath, true),
                    string(head, QStringLiteral("rank"), headPath, false),
                    string(head, QStringLiteral("grade"), headPath, false),
                    string(head, QStringLiteral("nip"), headPath, true) };
}

// The decree that sets up the office's service standards.
void CatalogReader::readOfficeDecree(const QJsonObject& json, const QString& path, Office& office)
{
    const QString decreePath = jsonPath(path, QStringLiteral("decree"));
    const QJsonObject decree = object(json, QStringLiteral("decree"), path, true);
    checkKeys(decree, decreePath,
              latin1List({ "number", "title", "date", "dateText", "validUntil", "placeIssued" }));
    office.decree.number = string(decree, QStringLiteral("number"), decreePath, true);
    office.decree.title = string(decree, QStringLiteral("title"), decreePath, true);
    office.decree.date = date(decree, QStringLiteral("date"), decreePath);
    office.decree.dateText = string(decree, QStringLiteral("dateText"), decreePath, true);
    office.decree.validUntil = date(decree, QStringLiteral("validUntil"), decreePath);
    office.decree.placeIssued = string(decree, QStringLiteral("placeIssued"), decreePath, false);
}

// Where a complaint may be made, and who handles it.
void CatalogReader::readComplaintContacts(const QJsonObject& json, const QString& path,
                                          Office& office)
{
    const QString channelsPath = jsonPath(path, QStringLiteral("complaintChannels"));
    const QJsonArray channels = array(json, QStringLiteral("complaintChannels"), path, true);
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const QJsonObject channel = channels.at(i).toObject();
        const QString itemPath = jsonIndex(channelsPath, i);
        checkKeys(channel, itemPath, latin1List({ "kind", "label", "value" }));
        const QStringList kinds = catalogkeys::complaintChannelKinds();
        office.complaintChannels.append(
            { kinds.value(choice(channel, QStringLiteral("kind"), itemPath, kinds, true)),
              string(channel, QStringLiteral("label"), itemPath, true),
              string(channel, QStringLiteral("value"), itemPath, true) });
    }
    const QString officersPath = jsonPath(path, QStringLiteral("complaintOfficers"));
    const QJsonArray officers = array(json, QStringLiteral("complaintOfficers"), path, false);
    for (qsizetype i = 0; i < officers.size(); ++i) {
        const QJsonObject officer = officers.at(i).toObject();
        const QString itemPath = jsonIndex(officersPath, i);
        checkKeys(officer, itemPath, latin1List({ "role", "name", "nip", "position" }));
        office.complaintOfficers.append(
            { string(officer, QStringLiteral("role"), itemPath, true),
              string(officer, QStringLiteral("name"), itemPath, true),
              string(officer, QStringLiteral("nip"), itemPath, false),
              string(officer, QStringLiteral("position"), itemPath, false) });
    }
}

Office CatalogReader::readOffice(const QJsonObject& json, const QString& path)
{
    Office office;
    checkKeys(json, path,
              latin1List({ "id",
                           "name",
                           "governmentLine",
                           "unitLine",
                           "address",
                           "city",
                           "postalCode",
                           "phone",
                           "emails",
                           "website",
                           "regionCode",
                           "timeZone",
                           "officeHours",
                           "head",
                           "decree",
                           "motto",
                           "maklumat",
                           "complaintChannels",
                           "complaintOfficers",
                           "notes" }));
    readOfficeIdentity(json, path, office);
    readOfficeHours(json, path, office);
    readOfficeHead(json, path, office);
    readOfficeDecree(json, path, office);
    office.motto = string(json, QStringLiteral("motto"), path, false);
    office.maklumat = string(json, QStringLiteral("maklumat"), path, false);
    readComplaintContacts(json, path, office);
    office.notes = strings(json, QStringLiteral("notes"), path);
    return office;
}

Service CatalogReader::readService(const QJsonObject& json, const QString& path)
{
    Service service;
    checkKeys(json, path,
              latin1List({ "code", "number", "name", "division", "applicantKind", "keywords",
                           "legalBasis", "requirements", "steps", "serviceTime", "fee", "product",
                           "complaints", "components", "notes" }));
    service.code = string(json, QStringLiteral("code"), path, true);
    service.number = integer(json, QStringLiteral("number"), path, true, 1);
    service.name = string(json, QStringLiteral("name"), path, true);
    service.division = string(json, QStringLiteral("division"), path, false);
    service.applicantKind = static_cast<Service::ApplicantKind>(
        choice(json, QStringLiteral("applicantKind"), path, catalogkeys::applicantKinds(), true));
    service.keywords = strings(json, QStringLiteral("keywords"), path);
    service.legalBasis = strings(json, QStringLiteral("legalBasis"), path);

    const QJsonArray requirements = array(json, QStringLiteral("requirements"), path, true);
    for (qsizetype i = 0; i < requirements.size(); ++i)
        service.requirements << readRequirement(
            requirements.at(i).toObject(),
            jsonIndex(jsonPath(path, QStringLiteral("requirements")), i));
    const QJsonArray steps = array(json, QStringLiteral("steps"), path, true);
    for (qsizetype i = 0; i < steps.size(); ++i)
        service.steps << readStep(steps.at(i).toObject(),
                                  jsonIndex(jsonPath(path, QStringLiteral("steps")), i));

    service.serviceTime = readServiceTime(object(json, QStringLiteral("serviceTime"), path, true),
                                          jsonPath(path, QStringLiteral("serviceTime")));

    const QString feePath = jsonPath(path, QStringLiteral("fee"));
    const QJsonObject fee = object(json, QStringLiteral("fee"), path, true);
    checkKeys(fee, feePath, latin1List({ "amount", "text" }));
    service.feeAmount = integer(fee, QStringLiteral("amount"), feePath, true, 0);
    service.feeText = string(fee, QStringLiteral("text"), feePath, true);

    const QString productPath = jsonPath(path, QStringLiteral("product"));
    const QJsonObject product = object(json, QStringLiteral("product"), path, true);
    checkKeys(product, productPath, latin1List({ "name", "document" }));
    service.product.name = string(product, QStringLiteral("name"), productPath, true);
    service.product.document = catalogkeys::documents().value(
        choice(product, QStringLiteral("document"), productPath, catalogkeys::documents(), true));

    service.complaints = string(json, QStringLiteral("complaints"), path, false);
    const QString componentsPath = jsonPath(path, QStringLiteral("components"));
    const QJsonObject components = object(json, QStringLiteral("components"), path, false);
    checkKeys(components, componentsPath, catalogkeys::componentKeys());
    for (const QString& key : catalogkeys::componentKeys()) {
        const QString text = string(components, key, componentsPath, false);
        if (!text.isEmpty())
            service.components.insert(key, text);
    }
    service.notes = strings(json, QStringLiteral("notes"), path);
    return service;
}

Requirement CatalogReader::readRequirement(const QJsonObject& json, const QString& path)
{
    Requirement requirement;
    checkKeys(
        json, path,
        latin1List({ "text", "kind", "condition", "copies", "rule", "alternatives", "note" }));
    requirement.text = string(json, QStringLiteral("text"), path, true);
    requirement.kind = static_cast<Requirement::Kind>(
        choice(json, QStringLiteral("kind"), path, catalogkeys::requirementKinds(), true));
    requirement.condition = static_cast<Requirement::Condition>(choice(
        json, QStringLiteral("condition"), path, catalogkeys::requirementConditions(), true));
    requirement.copies = integer(json, QStringLiteral("copies"), path, false, 1);
    requirement.alternatives = strings(json, QStringLiteral("alternatives"), path);
    if (requirement.condition == Requirement::Condition::Alternative
        && requirement.alternatives.size() < 2)
        error(jsonPath(path, QStringLiteral("alternatives")),
              tr("an \"alternative\" requirement lists at least two options"));
    const QJsonObject rule = object(json, QStringLiteral("rule"), path, false);
    if (!rule.isEmpty())
        requirement.rule = readRule(rule, jsonPath(path, QStringLiteral("rule")));
    requirement.note = string(json, QStringLiteral("note"), path, false);
    return requirement;
}

EligibilityRule CatalogReader::readRule(const QJsonObject& json, const QString& path)
{
    EligibilityRule rule;
    checkKeys(json, path, latin1List({ "type", "min", "max", "regionCode" }));
    rule.type = static_cast<EligibilityRule::Type>(
        choice(json, QStringLiteral("type"), path, catalogkeys::ruleTypes(), true));
    if (json.contains(QStringLiteral("min")))
        rule.min = integer(json, QStringLiteral("min"), path, true, 0);
    if (json.contains(QStringLiteral("max")))
        rule.max = integer(json, QStringLiteral("max"), path, true, 0);
    rule.regionCode = string(json, QStringLiteral("regionCode"), path,
                             rule.type == EligibilityRule::Type::Domicile);
    if (rule.type != EligibilityRule::Type::Domicile && !rule.min && !rule.max)
        error(path, tr("give \"min\", \"max\" or both"));
    if (rule.min && rule.max && *rule.min > *rule.max)
        error(jsonPath(path, QStringLiteral("max")), tr("must not be less than \"min\""));
    return rule;
}

ProcedureStep CatalogReader::readStep(const QJsonObject& json, const QString& path)
{
    ProcedureStep step;
    checkKeys(json, path, latin1List({ "order", "text", "role", "produces" }));
    step.order = integer(json, QStringLiteral("order"), path, true, 1);
    step.text = string(json, QStringLiteral("text"), path, true);
    step.role
        = static_cast<Role>(choice(json, QStringLiteral("role"), path, catalogkeys::roles(), true));
    step.produces = static_cast<ProcedureStep::Produces>(
        choice(json, QStringLiteral("produces"), path, catalogkeys::produces(), false));
    return step;
}

Duration CatalogReader::readDuration(const QJsonObject& json, const QString& path)
{
    Duration duration;
    checkKeys(json, path, latin1List({ "value", "unit" }));
    duration.value = integer(json, QStringLiteral("value"), path, true, 1);
    const QString unit = string(json, QStringLiteral("unit"), path, true);
    if (const auto parsed = timeUnitFromKey(unit))
        duration.unit = *parsed;
    else if (!unit.isEmpty())
        error(jsonPath(path, QStringLiteral("unit")),
              tr("unknown value \"%1\" (allowed: minutes, hours, working-days, calendar-days, "
                 "months)")
                  .arg(unit));
    return duration;
}

ServiceTime CatalogReader::readServiceTime(const QJsonObject& json, const QString& path)
{
    ServiceTime time;
    checkKeys(json, path,
              latin1List({ "text", "kind", "duration", "min", "max", "initial", "followUp" }));
    time.text = string(json, QStringLiteral("text"), path, true);
    const QString kind = string(json, QStringLiteral("kind"), path, true);
    const auto parsed = serviceTimeKindFromKey(kind);
    if (!parsed) {
        if (!kind.isEmpty())
            error(jsonPath(path, QStringLiteral("kind")),
                  tr("unknown value \"%1\" (allowed: fixed, range, two-stage, open-ended)")
                      .arg(kind));
        return time;
    }
    time.kind = *parsed;
    auto duration = [&](const char* key, bool required) {
        const QString name = QString::fromLatin1(key);
        const QJsonObject value = object(json, name, path, required);
        // A missing duration is one error, not one more for each of its fields.
        return json.value(name).isObject() ? readDuration(value, jsonPath(path, name))
                                           : Duration {};
    };
    switch (time.kind) {
    case ServiceTime::Kind::Fixed:
        time.duration = duration("duration", true);
        break;
    case ServiceTime::Kind::Range:
        time.min = duration("min", true);
        time.max = duration("max", true);
        if (time.min.unit == time.max.unit && time.min.value > time.max.value)
            error(jsonPath(path, QStringLiteral("max")), tr("must not be less than \"min\""));
        break;
    case ServiceTime::Kind::TwoStage:
        time.initial = duration("initial", true);
        if (!object(json, QStringLiteral("followUp"), path, false).isEmpty())
            time.followUp = duration("followUp", true);
        break;
    case ServiceTime::Kind::OpenEnded:
        break;
    }
    return time;
}

} // namespace loket
