#pragma once

#include <QDateTime>

// loketctl started by a test runs at one fixed moment (LOKET_NOW: a Tuesday, an ordinary
// working week), so that no result depends on the day or hour the suite runs. Each suite calls
// useLoketctlClock() in initTestCase(); its processes inherit the environment.
inline QDateTime loketctlNow()
{
    return QDateTime::fromString(QStringLiteral("2026-03-10T10:00:00+07:00"), Qt::ISODate);
}

inline void useLoketctlClock()
{
    qputenv("LOKET_NOW", loketctlNow().toString(Qt::ISODate).toUtf8());
}
