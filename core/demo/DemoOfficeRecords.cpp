// The demo office's records besides cases: visitors in the guest book, satisfaction-survey
// answers for handed-over cases, complaints through every channel, and a DTKS extract that
// lists about half of the demo applicants — made up, and marked so, like everything demo.
#include "DatabaseError.h"
#include "DemoComplaints.h"
#include "DemoGuests.h"
#include "DemoSeeder.h"
#include "DemoSurvey.h"
#include "DtksImporter.h"
#include "UserStore.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

// One row per demo person, about half of them; programs as SIKS-NG exports name them. Empty,
// with the reason, when the persons cannot be read.
QByteArray demoDtksExtract(Database& database, quint32 seed, QString* errorMessage)
{
    QRandomGenerator random(seed);
    const QStringList programs
        = { QStringLiteral("PKH"), QStringLiteral("BPNT"), QStringLiteral("PBI-JK"),
            QStringLiteral("PKH/BPNT"), QStringLiteral("BPNT/PBI-JK") };
    QByteArray csv = "NIK;NO_KK;NAMA_LENGKAP;ALAMAT;PROGRAM;KETERANGAN\r\n";
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT nik, kk_number, full_name, address FROM persons"
                                 " ORDER BY id"));
    if (!query.exec()) {
        *errorMessage = DemoSeeder::tr("Cannot write the demo cases: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return {};
    }
    while (query.next()) {
        if (random.bounded(2) == 0)
            continue;
        QStringList row;
        for (const char* column : { "nik", "kk_number", "full_name", "address" })
            row << query.value(QLatin1String(column))
                       .toString()
                       .replace(QLatin1Char(';'), QLatin1Char(','));
        row << programs.at(int(random.bounded(int(programs.size()))))
            << QStringLiteral("CONTOH (data latihan)");
        csv += row.join(QLatin1Char(';')).toUtf8() + "\r\n";
    }
    return csv;
}

bool seedDemoDtks(Database& database, const QDateTime& until, quint32 seed, QString* errorMessage)
{
    std::optional<User> importer;
    for (const User& user : UserStore(database).all()) {
        if (user.active && user.hasRole(UserRole::BackOffice)) {
            importer = user;
            break;
        }
    }
    if (!importer) {
        *errorMessage = DemoSeeder::tr("The demo database has no back-office user.");
        return false;
    }
    QByteArray data = demoDtksExtract(database, seed, errorMessage);
    if (data.isEmpty())
        return false;
    if (data.count('\n') < 2)
        return true; // no demo applicants yet: nothing to list
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const QStringList header
        = { QStringLiteral("NIK"),    QStringLiteral("NO_KK"),   QStringLiteral("NAMA_LENGKAP"),
            QStringLiteral("ALAMAT"), QStringLiteral("PROGRAM"), QStringLiteral("KETERANGAN") };
    DtksImportReport report;
    // The extract of the first day of the month, as the ministry publishes them.
    const QDate today = until.date();
    const bool imported = DtksImporter(database).import(
        buffer, QStringLiteral("dtks-latihan.csv"), QDate(today.year(), today.month(), 1),
        DtksText::guessMapping(header), *importer, until, &report, errorMessage);
    for (const DtksBadRow& bad : std::as_const(report.badRows))
        *errorMessage += QStringLiteral("\n%1: %2").arg(bad.line).arg(bad.reason);
    return imported;
}

} // namespace

bool DemoSeeder::seedOfficeRecords(const QDateTime& until, int days, QString* errorMessage)
{
    const quint32 seed = m_random.generate();
    return seedDemoGuests(m_database, m_catalog, until, qMin(days, 14), 20, errorMessage, seed) >= 0
        && DemoSurvey::seed(m_database, m_catalog, until, seed, errorMessage) >= 0
        && seedDemoComplaints(m_database, m_catalog, m_calendar, until, errorMessage) >= 0
        && seedDemoDtks(m_database, until, seed, errorMessage);
}

} // namespace loket
