#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace loket {

// How values are written to and read from the database, the same way by every store.

// Times are stored in UTC ISO 8601; shown in the office's zone.
QString storedTime(const QDateTime& moment);
QDateTime fromStoredTime(const QString& text);

// NULL for an empty text (a typed NULL, so that every driver binds it).
QVariant nullableText(const QString& text);
// NULL for id 0.
QVariant nullableId(qint64 id);

} // namespace loket
