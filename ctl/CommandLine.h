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

// The words after a subcommand: positional arguments, `--name value` options and flags.
class Arguments
{
public:
    // Returns false and sets `error` for an unknown option or a missing option value.
    bool parse(const QStringList& words, const QStringList& valueOptions,
               const QStringList& flagOptions, QString* error);

    const QStringList& positional() const { return m_positional; }
    QString option(const QString& name) const { return m_options.value(name); }
    bool has(const QString& name) const
    {
        return m_options.contains(name) || m_flags.contains(name);
    }

private:
    QStringList m_positional;
    QMap<QString, QString> m_options;
    QSet<QString> m_flags;
};

// Where a command writes: stdout for results, stderr for messages.
struct Output
{
    QTextStream& out;
    QTextStream& err;
};

int usageError(Output& io, const QString& message, const QString& usage);

// loketctl's clock: the system's, or the moment LOKET_NOW names (ISO 8601 with its offset,
// e.g. 2024-04-08T09:00:00+07:00) running on from there — for training and reproducible runs.
// Every command takes the time from here, never from the system clock directly.
bool setClockFromEnvironment(QString* error);
QDateTime now();
QDate localToday(); // the computer's date at now()

int runCatalog(const QStringList& words, Output& io);
int runNik(const QStringList& words, Output& io);
int runKk(const QStringList& words, Output& io);
int runTerbilang(const QStringList& words, Output& io);
int runCalendar(const QStringList& words, Output& io);
int runDb(const QStringList& words, Output& io);
int runBackup(const QStringList& words, Output& io);
int runCase(const QStringList& words, Output& io);
int runDemo(const QStringList& words, Output& io);
int runReceipt(const QStringList& words, Output& io);
int runVerify(const QStringList& words, Output& io);
int runDocument(const QStringList& words, Output& io);
int runWorkflow(const QStringList& words, Output& io);
int runLetters(const QStringList& words, Output& io);
int runAudit(const QStringList& words, Output& io);
int runComplaints(const QStringList& words, Output& io); // complaints, aspirations, information
int runDtks(const QStringList& words, Output& io);
int runRegister(const QStringList& words, Output& io); // registers as CSV or PDF
int runGuest(const QStringList& words, Output& io); // the guest book
int runReport(const QStringList& words, Output& io); // the service recap for heads of division
int runSkm(const QStringList& words, Output& io); // the satisfaction survey (SKM/IKM)

} // namespace loket::ctl
