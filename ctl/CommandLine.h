#pragma once

#include "Clock.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTextStream>

namespace loket::ctl {

// The translation context of loketctl's own messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(loketctl)
};

// Exit statuses of loketctl.
enum ExitCode { Success = 0, InvalidInput = 1, WrongUsage = 2 };

// The words after a command, as its parser read them: positional arguments and options.
class Arguments
{
public:
    Arguments() = default;
    Arguments(QStringList positional, QMap<QString, QStringList> options)
        : m_positional(std::move(positional))
        , m_options(std::move(options))
    {
    }

    const QStringList& positional() const { return m_positional; }
    // The option's value (its last one when given several times); empty for a flag.
    QString option(const QString& name) const;
    // Every value of an option that may be given several times, such as dtks' --map.
    QStringList values(const QString& name) const { return m_options.value(name); }
    bool has(const QString& name) const { return m_options.contains(name); }

private:
    QStringList m_positional;
    QMap<QString, QStringList> m_options; // a flag has no values
};

// Where a command writes: stdout for results, stderr for messages.
struct Output
{
    QTextStream& out;
    QTextStream& err;
};

int usageError(Output& io, const QString& message, const QString& usage);
// Prints why the command failed and returns InvalidInput.
int failed(Output& io, const QString& error);

// The candidate nearest to `word` by edit distance, or nothing when none is near enough to be
// a slip of the keyboard: for "Did you mean …?".
QString closest(const QString& word, const QStringList& candidates);

// loketctl's clock: the system's, or the moment LOKET_NOW names (ISO 8601 with its offset,
// e.g. 2024-04-08T09:00:00+07:00) running on from there — for training and reproducible runs.
// Every command takes the time from here, never from the system clock directly.
bool setClockFromEnvironment(QString* error);
QDateTime now();
QDate localToday(); // the computer's date at now()

} // namespace loket::ctl
