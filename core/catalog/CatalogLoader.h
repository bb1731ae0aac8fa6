#pragma once

#include "Catalog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace loket {

struct CatalogLoadResult
{
    std::optional<Catalog> catalog; // set only when there are no errors
    QStringList errors; // each "path: what is wrong", e.g.
                        // services[4].requirements[2].condition: unknown value "x"
};

// Reads and validates an office catalog (docs/catalog-format.md). A catalog with any error is
// refused whole: the application never runs half-configured.
class CatalogLoader
{
    Q_DECLARE_TR_FUNCTIONS(loket::CatalogLoader)
public:
    static CatalogLoadResult fromJson(const QByteArray& json, const QString& source);
    static CatalogLoadResult fromFile(const QString& path);
    // The catalog compiled into Loket for an office id ("palangka-raya", "seruyan", "kotabaru").
    static CatalogLoadResult builtIn(const QString& officeId);
    static QStringList builtInOfficeIds();
};

} // namespace loket
