#pragma once
// loketctl run as a real process on an office database of its own, for the letters and audit
// suites. LOKETCTL_PATH comes from CMake.

#include "LoketctlClock.h"

#include <QDateTime>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

struct LoketctlResult
{
    int status = -1;
    QByteArray out, err;
};

inline LoketctlResult runLoketctl(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(LOKETCTL_PATH), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

// `db init` of a Seruyan database; true on success.
inline bool initOffice(const QString& db)
{
    return runLoketctl({ QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--office"),
                         QStringLiteral("seruyan"), QStringLiteral("--db"), db })
               .status
        == 0;
}

// The numbers `letters take` printed; empty if it failed.
inline QStringList takeLetters(const QString& db, int count)
{
    const LoketctlResult result = runLoketctl(
        { QStringLiteral("letters"), QStringLiteral("take"), QStringLiteral("--db"), db,
          QStringLiteral("--type"), QStringLiteral("recommendation"), QStringLiteral("--count"),
          QString::number(count), QStringLiteral("--subject"), QStringLiteral("Rekomendasi PUB") });
    return result.status == 0
        ? QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)
        : QStringList();
}

// Today in Seruyan (WIB), where the letters' dates and the audit list's days are counted:
// the day of loketctl's fixed clock.
inline QDate officeToday()
{
    return loketctlNow().toTimeZone(QTimeZone(7 * 3600)).date();
}

// What an attacker with the file can do: plain SQL, outside Loket. True if every statement ran.
inline bool execSql(const QString& db, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase connection
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
        connection.setDatabaseName(db);
        ok = connection.open();
        QSqlQuery query(connection);
        for (const QString& statement : statements)
            ok = ok && query.exec(statement);
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
    return ok;
}
