#include "CommandLine.h"

#include <QCoreApplication>

namespace loket::ctl {

bool Arguments::parse(const QStringList& words, const QStringList& valueOptions,
                      const QStringList& flagOptions, QString* error)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        if (!word.startsWith(QLatin1String("--")) || word == QLatin1String("--")) {
            m_positional << word;
            continue;
        }
        const QString name = word.mid(2);
        if (flagOptions.contains(name)) {
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (i + 1 >= words.size()) {
                *error = Text::tr("--%1 needs a value").arg(name);
                return false;
            }
            m_options.insert(name, words.at(++i));
        } else {
            *error = Text::tr("unknown option %1").arg(word);
            return false;
        }
    }
    return true;
}

namespace {

Clock& processClock()
{
    static Clock clock = systemClock();
    return clock;
}

} // namespace

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

} // namespace loket::ctl
