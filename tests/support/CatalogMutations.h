#pragma once
// Shared by the catalog loader suites: a valid catalog to start from, and ways to break it.
#include "CatalogLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <functional>

// A change made to a valid catalog's JSON tree.
using Mutation = std::function<void(QJsonObject&)>;
Q_DECLARE_METATYPE(Mutation)

namespace loket::testing {

// The built-in Seruyan catalog: small (6 services) and valid, the base every mutation starts from.
inline QByteArray seruyanBytes()
{
    QFile file(QStringLiteral(":/catalog/seruyan.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QJsonObject seruyanRoot()
{
    return QJsonDocument::fromJson(seruyanBytes()).object();
}

inline CatalogLoadResult load(const QJsonObject& root)
{
    return CatalogLoader::fromJson(QJsonDocument(root).toJson(), QStringLiteral("test.json"));
}

// QJsonObject and QJsonArray are values: editing a nested member means taking it out, changing
// it and putting it back. These helpers do that for one level; they nest for deeper paths.
inline void editObject(QJsonObject& parent, const QString& key, const Mutation& edit)
{
    QJsonObject child = parent.value(key).toObject();
    edit(child);
    parent.insert(key, child);
}

inline void editItem(QJsonObject& parent, const QString& key, qsizetype index, const Mutation& edit)
{
    QJsonArray items = parent.value(key).toArray();
    QJsonObject item = items.at(index).toObject();
    edit(item);
    items.replace(index, item);
    parent.insert(key, items);
}

inline void editService(QJsonObject& root, qsizetype index, const Mutation& edit)
{
    editItem(root, QStringLiteral("services"), index, edit);
}

inline void editRequirement(QJsonObject& root, qsizetype service, qsizetype requirement,
                            const Mutation& edit)
{
    editService(root, service, [&](QJsonObject& json) {
        editItem(json, QStringLiteral("requirements"), requirement, edit);
    });
}

inline Mutation setValue(const QString& key, const QJsonValue& value)
{
    return [key, value](QJsonObject& json) { json.insert(key, value); };
}

inline Mutation removeKey(const QString& key)
{
    return [key](QJsonObject& json) { json.remove(key); };
}

// The first error that starts with `prefix` and contains `fragment`, or an empty string.
inline QString findError(const QStringList& errors, const QString& prefix, const QString& fragment)
{
    for (const QString& error : errors) {
        if (error.startsWith(prefix) && error.contains(fragment))
            return error;
    }
    return {};
}

inline QString describe(const QStringList& errors)
{
    return errors.isEmpty() ? QStringLiteral("(no errors)")
                            : QStringLiteral("errors:\n  ") + errors.join(QStringLiteral("\n  "));
}

} // namespace loket::testing
