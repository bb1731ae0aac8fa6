#include "DemoSeeder.h"

#include "AuditLog.h"
#include "CaseModel.h"
#include "CaseNumberFormat.h"
#include "DueDateCalculator.h"
#include "SettingsStore.h"
#include "UserStore.h"
#include "WorkingCalendar.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace loket {

QList<DemoSeeder::Account> DemoSeeder::accounts()
{
    return {
        { QStringLiteral("admin"), QStringLiteral("admin-demo"),
          QStringLiteral("Hendra Kusuma (demo)"), UserRole::Administrator },
        { QStringLiteral("petugas"), QStringLiteral("petugas-demo"),
          QStringLiteral("Rina Anggraini (demo)"), UserRole::FrontOffice },
        { QStringLiteral("pengolah"), QStringLiteral("pengolah-demo"),
          QStringLiteral("Budi Santoso (demo)"), UserRole::BackOffice },
        { QStringLiteral("verifikator"), QStringLiteral("verifikator-demo"),
          QStringLiteral("Siti Rahman (demo)"), UserRole::Verifier },
        { QStringLiteral("kabid"), QStringLiteral("kabid-demo"),
          QStringLiteral("Yohanes Ngabut (demo)"), UserRole::HeadOfDivision },
        { QStringLiteral("sekretaris"), QStringLiteral("sekretaris-demo"),
          QStringLiteral("Dewi Lestari (demo)"), UserRole::Secretary },
        { QStringLiteral("kadis"), QStringLiteral("kadis-demo"),
          QStringLiteral("Ahmad Hidayat (demo)"), UserRole::HeadOfOffice },
    };
}

DemoSeeder::DemoSeeder(Database& database, const Catalog& catalog, const WorkingCalendar& calendar,
                       const RegionTable& regions, quint32 seed)
    : m_database(database)
    , m_catalog(catalog)
    , m_calendar(calendar)
    , m_regions(regions)
    , m_random(seed)
{
}

bool DemoSeeder::seedUsers(QString* errorMessage)
{
    if (!SettingsStore(m_database)
             .setValue(SettingsStore::DemoMarker, QStringLiteral("1"), errorMessage))
        return false;
    UserStore users(m_database);
    for (const Account& account : accounts()) {
        if (users.byUsername(account.username))
            continue;
        User user;
        user.username = account.username;
        user.fullName = account.fullName;
        user.nip = QStringLiteral("19800101 200501 1 %1").arg(m_random.bounded(100, 999));
        user.roles = { account.role };
        if (!users.create(user, account.password, 0, errorMessage))
            return false;
    }
    return true;
}

QString DemoSeeder::randomNik(const QString& districtCode, const QDate& birth, bool female,
                              int serial)
{
    QString region = districtCode;
    region.remove(QLatin1Char('.'));
    return QStringLiteral("%1%2%3%4%5")
        .arg(region)
        .arg(birth.day() + (female ? 40 : 0), 2, 10, QLatin1Char('0'))
        .arg(birth.month(), 2, 10, QLatin1Char('0'))
        .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
        .arg(serial % 9999 + 1, 4, 10, QLatin1Char('0'));
}

QDateTime DemoSeeder::randomWorkingMoment(const QDateTime& until, int days)
{
    const OfficeHours hours = officeHoursOf(m_catalog.office);
    const QDate last = until.toTimeZone(hours.zone).date();
    QDate day = last.addDays(-m_random.bounded(qMax(days, 1)));
    while (!m_calendar.isWorkingDay(day))
        day = day.addDays(-1);
    const int open = hours.open.msecsSinceStartOfDay() / 1000;
    const int close = hours.close.msecsSinceStartOfDay() / 1000;
    const QTime time = QTime::fromMSecsSinceStartOfDay(m_random.bounded(open, close - 600) * 1000);
    const QDateTime moment(day, time, hours.zone);
    // Today's cases are only those received before now.
    if (moment > until) {
        QDate earlier = day.addDays(-1);
        while (!m_calendar.isWorkingDay(earlier))
            earlier = earlier.addDays(-1);
        return QDateTime(earlier, time, hours.zone);
    }
    return moment;
}

} // namespace loket
