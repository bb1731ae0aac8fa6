#include "CommandLine.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>
#include <vector>

namespace loket::ctl {

QString Arguments::option(const QString& name) const
{
    const QStringList given = m_options.value(name);
    return given.isEmpty() ? QString() : given.constLast();
}

namespace {

Clock& processClock()
{
    static Clock clock = systemClock();
    return clock;
}

// Levenshtein: insertions, deletions and substitutions, one each.
qsizetype editDistance(const QString& a, const QString& b)
{
    std::vector<qsizetype> row(size_t(b.size()) + 1);
    std::iota(row.begin(), row.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[size_t(j)];
            row[size_t(j)] = std::min({ above + 1, row[size_t(j - 1)] + 1,
                                        diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1) });
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

QString closest(const QString& word, const QStringList& candidates)
{
    QString best;
    qsizetype bestDistance = qMax<qsizetype>(2, word.size() / 2) + 1; // farther is no slip
    for (const QString& candidate : candidates) {
        const qsizetype distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

bool setClockFromEnvironment(QString* error)
{
    const QString value = qEnvironmentVariable("LOKET_NOW");
    if (value.isEmpty())
        return true;
    const QDateTime start = QDateTime::fromString(value, Qt::ISODate);
    if (!start.isValid() || start.timeSpec() == Qt::LocalTime) {
        *error = Text::tr("LOKET_NOW must be a date and time with its offset, such as "
                          "2024-04-08T09:00:00+07:00; it is \"%1\".")
                     .arg(value);
        return false;
    }
    processClock() = clockStartingAt(start);
    return true;
}

QDateTime now()
{
    return processClock()();
}

QDate localToday()
{
    return now().toLocalTime().date();
}

int usageError(Output& io, const QString& message, const QString& usage)
{
    if (!message.isEmpty())
        io.err << Text::tr("loketctl: %1").arg(message) << Qt::endl;
    io.err << Text::tr("usage: %1").arg(usage) << Qt::endl;
    return WrongUsage;
}

int failed(Output& io, const QString& error)
{
    io.err << error << Qt::endl;
    return InvalidInput;
}

} // namespace loket::ctl
