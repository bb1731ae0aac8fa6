// Several writers at once, each a real process: `loketctl case import` and the counter stand-in
// loket_register_helper (RegisterHelper.cpp), started together on one database; and what the
// tests check of the result — every serial taken exactly once, and no driver text anywhere.
// LOKETCTL_PATH and REGISTER_HELPER_PATH come from CMake.
#pragma once

#include "ApplicantRows.h"
#include "DatabaseTrouble.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <memory>

namespace loket::test {

inline std::unique_ptr<QProcess> start(const QString& program, const QStringList& arguments)
{
    auto process = std::make_unique<QProcess>();
    process->start(program, arguments);
    return process;
}

inline std::unique_ptr<QProcess> startLoketctl(const QStringList& arguments)
{
    return start(QStringLiteral(LOKETCTL_PATH), arguments);
}

// A counter that registers the applicants of `list` when `go` appears, all at `when`.
inline std::unique_ptr<QProcess> startCounter(const QString& db, const QString& list,
                                              const QString& go, const QString& when)
{
    return start(QStringLiteral(REGISTER_HELPER_PATH),
                 { QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("siti"),
                   QStringLiteral("--service"), QStringLiteral("PKY-01"), QStringLiteral("--at"),
                   when, QStringLiteral("--applicants"), list, QStringLiteral("--go"), go });
}

struct Finished
{
    int status = -1;
    QString out, err;
};

inline Finished finish(QProcess& process, int timeoutMs = 120000)
{
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

// Serials by year, from case numbers "0001/PKY-01/III/2024" (the default pattern). A year has
// its own serials; a test that runs across midnight of New Year's Eve sees two years.
inline QMap<QString, QList<int>> serialsByYear(const QStringList& numbers)
{
    QMap<QString, QList<int>> serials;
    for (const QString& number : numbers) {
        const QStringList parts = number.split(QLatin1Char('/'));
        serials[parts.value(3)] << parts.value(0).toInt();
    }
    return serials;
}

// Every year's serials are 1…n, each exactly once.
inline QString gapsOrRepeats(const QStringList& numbers)
{
    const QMap<QString, QList<int>> serials = serialsByYear(numbers);
    for (auto it = serials.cbegin(); it != serials.cend(); ++it) {
        QList<int> sorted = it.value();
        std::sort(sorted.begin(), sorted.end());
        for (int i = 0; i < sorted.size(); ++i) {
            if (sorted.at(i) != i + 1)
                return QStringLiteral("year %1: serial %2 where %3 belongs")
                    .arg(it.key())
                    .arg(sorted.at(i))
                    .arg(i + 1);
        }
    }
    return {};
}

} // namespace loket::test
