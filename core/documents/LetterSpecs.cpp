#include "LetterSpecs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace loket {
namespace {

const QString kServices = QStringLiteral("services");
const QString kProduct = QStringLiteral("product");
const QString kNotes = QStringLiteral("notes");

bool openTo(const QJsonObject& common, const QString& serviceCode)
{
    const QJsonValue services = common.value(kServices);
    if (services.toString() == QLatin1String("*"))
        return true;
    return services.toArray().contains(QJsonValue(serviceCode));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QJsonObject LetterSpecs::withRenewal(QJsonObject object, bool renewal)
{
    const QJsonObject variant = object.take(QStringLiteral("renewal")).toObject();
    if (renewal) {
        for (auto it = variant.begin(); it != variant.end(); ++it)
            object.insert(it.key(), it.value());
    }
    return object;
}

LetterSpecs LetterSpecs::builtIn()
{
    static const LetterSpecs specs = [] {
        const auto parsed
            = fromJson(readFile(QStringLiteral(":/templates/letters/services.json")), nullptr);
        return parsed.value_or(LetterSpecs());
    }();
    return specs;
}

LetterSpecs LetterSpecs::load(const QString& overrideDirectory, QStringList* errors)
{
    const QString own = QDir(overrideDirectory).filePath(QStringLiteral("letters/services.json"));
    if (overrideDirectory.isEmpty() || !QFileInfo(own).isFile())
        return builtIn();
    QStringList problems;
    const auto parsed = fromJson(readFile(own), &problems);
    if (errors) {
        for (const QString& problem : std::as_const(problems))
            *errors << own + QStringLiteral(": ") + problem;
    }
    return parsed && problems.isEmpty() ? *parsed : builtIn();
}

QStringList LetterSpecs::serviceCodes() const
{
    return m_services.keys();
}

QString LetterSpecs::productType(const QString& serviceCode) const
{
    return m_services.value(serviceCode).toObject().value(kProduct).toString();
}

QStringList LetterSpecs::types(const QString& serviceCode) const
{
    QStringList result;
    const QJsonObject entry = m_services.value(serviceCode).toObject();
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (it.key() != kProduct && it.key() != kNotes)
            result << it.key();
    }
    for (auto it = m_common.begin(); it != m_common.end(); ++it) {
        if (!result.contains(it.key()) && openTo(it->toObject(), serviceCode))
            result << it.key();
    }
    return result;
}

QJsonObject LetterSpecs::rawSpec(const QString& serviceCode, const QString& type) const
{
    const QJsonObject entry = m_services.value(serviceCode).toObject();
    if (type != kProduct && type != kNotes && entry.contains(type))
        return entry.value(type).toObject();
    const QJsonObject common = m_common.value(type).toObject();
    return openTo(common, serviceCode) ? common : QJsonObject();
}

std::optional<LetterSpec> LetterSpecs::spec(const QString& serviceCode, const QString& type,
                                            bool renewal) const
{
    const QJsonObject raw = rawSpec(serviceCode, type);
    if (raw.isEmpty())
        return std::nullopt;
    return parse(type, withRenewal(raw, renewal), QString(), nullptr);
}

QStringList LetterSpecs::initials(const QString& officeId) const
{
    QStringList result;
    const QJsonArray rows
        = m_offices.value(officeId).toObject().value(QStringLiteral("initials")).toArray();
    for (const QJsonValue& row : rows)
        result << row.toString();
    return result;
}

QHash<QString, QString> LetterSpecs::placeholders(const QString& officeId) const
{
    QHash<QString, QString> result;
    const QJsonObject values
        = m_offices.value(officeId).toObject().value(QStringLiteral("placeholders")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        result.insert(it.key(), it->toString());
    return result;
}

} // namespace loket
