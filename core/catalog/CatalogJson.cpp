#include "CatalogJson.h"

#include <QJsonArray>

namespace loket {

QJsonObject durationToJson(const Duration& duration)
{
    return { { QStringLiteral("value"), duration.value },
             { QStringLiteral("unit"), timeUnitKey(duration.unit) } };
}

QJsonObject serviceTimeToJson(const ServiceTime& time)
{
    QJsonObject json { { QStringLiteral("text"), time.text },
                       { QStringLiteral("kind"), serviceTimeKindKey(time.kind) } };
    switch (time.kind) {
    case ServiceTime::Kind::Fixed:
        json.insert(QStringLiteral("duration"), durationToJson(time.duration));
        break;
    case ServiceTime::Kind::Range:
        json.insert(QStringLiteral("min"), durationToJson(time.min));
        json.insert(QStringLiteral("max"), durationToJson(time.max));
        break;
    case ServiceTime::Kind::TwoStage:
        json.insert(QStringLiteral("initial"), durationToJson(time.initial));
        json.insert(QStringLiteral("followUp"),
                    time.followUp ? QJsonValue(durationToJson(*time.followUp)) : QJsonValue());
        break;
    case ServiceTime::Kind::OpenEnded:
        break;
    }
    return json;
}

namespace {

QJsonObject ruleToJson(const EligibilityRule& rule)
{
    QJsonObject json { { QStringLiteral("type"),
                         catalogkeys::ruleTypes().value(static_cast<int>(rule.type)) } };
    if (rule.min)
        json.insert(QStringLiteral("min"), *rule.min);
    if (rule.max)
        json.insert(QStringLiteral("max"), *rule.max);
    if (!rule.regionCode.isEmpty())
        json.insert(QStringLiteral("regionCode"), rule.regionCode);
    return json;
}

QJsonObject requirementToJson(const Requirement& requirement)
{
    QJsonObject json { { QStringLiteral("text"), requirement.text },
                       { QStringLiteral("kind"), catalogkeys::kindKey(requirement.kind) },
                       { QStringLiteral("condition"),
                         catalogkeys::conditionKey(requirement.condition) } };
    if (!requirement.alternatives.isEmpty())
        json.insert(QStringLiteral("alternatives"),
                    QJsonArray::fromStringList(requirement.alternatives));
    if (requirement.copies > 0)
        json.insert(QStringLiteral("copies"), requirement.copies);
    if (requirement.rule)
        json.insert(QStringLiteral("rule"), ruleToJson(*requirement.rule));
    if (!requirement.note.isEmpty())
        json.insert(QStringLiteral("note"), requirement.note);
    return json;
}

QJsonObject stepToJson(const ProcedureStep& step)
{
    return { { QStringLiteral("order"), step.order },
             { QStringLiteral("text"), step.text },
             { QStringLiteral("role"), catalogkeys::roleKey(step.role) },
             { QStringLiteral("produces"), catalogkeys::producesKey(step.produces) } };
}

} // namespace

QJsonObject serviceToJson(const Service& service)
{
    QJsonArray requirements;
    for (const Requirement& requirement : service.requirements)
        requirements.append(requirementToJson(requirement));
    QJsonArray steps;
    for (const ProcedureStep& step : service.steps)
        steps.append(stepToJson(step));
    QJsonObject components;
    for (auto it = service.components.cbegin(); it != service.components.cend(); ++it)
        components.insert(it.key(), it.value());

    QJsonObject json {
        { QStringLiteral("code"), service.code },
        { QStringLiteral("number"), service.number },
        { QStringLiteral("name"), service.name },
        { QStringLiteral("applicantKind"), catalogkeys::applicantKindKey(service.applicantKind) },
        { QStringLiteral("keywords"), QJsonArray::fromStringList(service.keywords) },
        { QStringLiteral("legalBasis"), QJsonArray::fromStringList(service.legalBasis) },
        { QStringLiteral("requirements"), requirements },
        { QStringLiteral("steps"), steps },
        { QStringLiteral("serviceTime"), serviceTimeToJson(service.serviceTime) },
        { QStringLiteral("fee"),
          QJsonObject { { QStringLiteral("amount"), service.feeAmount },
                        { QStringLiteral("text"), service.feeText } } },
        { QStringLiteral("product"),
          QJsonObject { { QStringLiteral("name"), service.product.name },
                        { QStringLiteral("document"), service.product.document } } },
        { QStringLiteral("components"), components },
        { QStringLiteral("notes"), QJsonArray::fromStringList(service.notes) },
    };
    if (!service.division.isEmpty())
        json.insert(QStringLiteral("division"), service.division);
    if (!service.complaints.isEmpty())
        json.insert(QStringLiteral("complaints"), service.complaints);
    return json;
}

} // namespace loket
