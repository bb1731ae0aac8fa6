#pragma once
// A test that needs a real component (a PostgreSQL server, LibreOffice, pdftotext, zbarimg)
// fails when the component is missing where the whole suite is meant to run — under the
// README's test command (ctest --preset testing sets LOKET_REQUIRE_COMPONENTS=1) and in CI
// (CI=true) — with the reason. Only a developer running one suite by hand is skipped instead.

#include <QTest>

namespace loket::test {

inline bool componentsRequired()
{
    return qEnvironmentVariableIntValue("LOKET_REQUIRE_COMPONENTS") == 1
        || qEnvironmentVariable("CI") == QLatin1String("true");
}

} // namespace loket::test

// In a test function or initTestCase(): ends it (fail or skip) when `available` is false.
#define LOKET_REQUIRE_COMPONENT(available, reason)                                                 \
    do {                                                                                           \
        if (!(available)) {                                                                        \
            const QString loketReason = (reason);                                                  \
            if (loket::test::componentsRequired())                                                 \
                QFAIL(qPrintable(QStringLiteral("required component missing: ") + loketReason));   \
            QSKIP(qPrintable(loketReason));                                                        \
        }                                                                                          \
    } while (false)
