#include "Catalog.h"

#include "TextLists.h"

namespace loket {

const Service* Catalog::service(const QString& code) const
{
    for (const Service& candidate : services) {
        if (candidate.code.compare(code, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

namespace catalogkeys {

// The order of each list matches the order of its enum.
QStringList requirementKinds()
{
    return latin1List({ "submit", "show", "eligibility", "statement" });
}
QStringList requirementConditions()
{
    return latin1List({ "always", "renewal", "new", "if-present", "case-specific", "alternative" });
}
QStringList roles()
{
    return latin1List({ "applicant", "front-office", "back-office", "verifier", "field-officer",
                        "supervisor", "head-of-division", "secretary", "head-of-office",
                        "external" });
}
QStringList produces()
{
    return latin1List(
        { "none", "receipt", "letter", "minutes", "certificate", "decree", "report" });
}
QStringList applicantKinds()
{
    return latin1List({ "person", "organisation", "report" });
}
QStringList documents()
{
    return latin1List({ "receipt-only", "recommendation", "certificate", "registration",
                        "cover-letter", "technical-consideration", "permit", "referral", "minutes",
                        "decree", "report", "information" });
}
QStringList complaintChannelKinds()
{
    return latin1List({ "phone", "sms", "whatsapp", "email", "website", "instagram", "facebook",
                        "tiktok", "lapor", "in-person", "letter", "complaint-box", "form",
                        "other" });
}
QStringList componentKeys()
{
    return latin1List({ "competence", "supervision", "facilities", "staffing", "guarantee",
                        "security", "evaluation", "complaintHandling", "other" });
}
QStringList ruleTypes()
{
    return latin1List({ "age", "marriageYears", "domicile" });
}
QString roleKey(Role role)
{
    return roles().value(static_cast<int>(role));
}
QString conditionKey(Requirement::Condition condition)
{
    return requirementConditions().value(static_cast<int>(condition));
}
QString kindKey(Requirement::Kind kind)
{
    return requirementKinds().value(static_cast<int>(kind));
}
QString producesKey(ProcedureStep::Produces value)
{
    return produces().value(static_cast<int>(value));
}
QString applicantKindKey(Service::ApplicantKind kind)
{
    return applicantKinds().value(static_cast<int>(kind));
}
} // namespace catalogkeys

} // namespace loket
