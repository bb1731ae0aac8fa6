#pragma once

#include <QStringList>
#include <initializer_list>

namespace loket {

// {"a", "b"} → QStringList, for the fixed key lists of the catalog format and the schema.
inline QStringList latin1List(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result << QString::fromUtf8(item);
    return result;
}

// Paths in catalog error messages: "services[4].requirements[2].condition".
inline QString jsonPath(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

inline QString jsonIndex(const QString& path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

} // namespace loket
