#pragma once

#include "Catalog.h"

#include <QJsonObject>

namespace loket {

// The catalog model back as JSON, in the format the loader reads (docs/catalog-format.md).
QJsonObject serviceToJson(const Service& service);
QJsonObject durationToJson(const Duration& duration);
QJsonObject serviceTimeToJson(const ServiceTime& time);

} // namespace loket
