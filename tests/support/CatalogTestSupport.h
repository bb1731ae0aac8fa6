#pragma once
// Shared by the catalog test suites: the built-in catalogs, loaded once, and their texts.
#include "CatalogLoader.h"

#include <QMap>

namespace loket::testing {

// The built-in catalogs, loaded once. A catalog that fails to load is an empty Catalog here; the
// loading test reports why.
inline const Catalog& catalog(const QString& officeId)
{
    static QMap<QString, Catalog> cache;
    if (!cache.contains(officeId)) {
        const CatalogLoadResult result = CatalogLoader::builtIn(officeId);
        cache.insert(officeId, result.catalog.value_or(Catalog()));
    }
    return cache[officeId];
}

inline QString officeOf(const QString& code)
{
    if (code.startsWith(QLatin1String("PKY-")))
        return QStringLiteral("palangka-raya");
    if (code.startsWith(QLatin1String("SRY-")))
        return QStringLiteral("seruyan");
    return QStringLiteral("kotabaru");
}

inline const Service* findService(const QString& code)
{
    return catalog(officeOf(code)).service(code);
}

inline QStringList requirementTexts(const Service& service)
{
    QStringList texts;
    for (const Requirement& requirement : service.requirements)
        texts << requirement.text;
    return texts;
}

inline QStringList stepTexts(const Service& service)
{
    QStringList texts;
    for (const ProcedureStep& step : service.steps)
        texts << step.text;
    return texts;
}

// "3 working-days": a duration in the catalog's own words, for readable comparisons.
inline QString durationKey(const Duration& duration)
{
    return QStringLiteral("%1 %2").arg(duration.value).arg(timeUnitKey(duration.unit));
}

inline QList<Duration> durationsOf(const ServiceTime& time)
{
    switch (time.kind) {
    case ServiceTime::Kind::Fixed:
        return { time.duration };
    case ServiceTime::Kind::Range:
        return { time.min, time.max };
    case ServiceTime::Kind::TwoStage:
        if (time.followUp)
            return { time.initial, *time.followUp };
        return { time.initial };
    case ServiceTime::Kind::OpenEnded:
        break;
    }
    return {};
}

// The only requirement of `service` whose text contains `fragment`, or null.
inline const Requirement* requirementWith(const Service& service, const QString& fragment)
{
    const Requirement* found = nullptr;
    for (const Requirement& requirement : service.requirements) {
        if (requirement.text.contains(fragment)) {
            if (found)
                return nullptr; // ambiguous
            found = &requirement;
        }
    }
    return found;
}

struct OfficeCodes
{
    const char* id;
    const char* prefix;
    int count;
};

inline const OfficeCodes kOffices[] = {
    { "palangka-raya", "PKY", 23 },
    { "seruyan", "SRY", 6 },
    { "kotabaru", "KTB", 16 },
};

} // namespace loket::testing
