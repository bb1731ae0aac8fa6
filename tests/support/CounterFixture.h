#pragma once
// A real database, catalog and clerk for driving the counter's widgets offscreen.
#include "CatalogLoader.h"
#include "Database.h"
#include "OfficeDatabase.h"
#include "RegionTable.h"
#include "Session.h"
#include "UserStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace loket::testing {

struct CounterFixture
{
    static QDateTime now()
    {
        return QDateTime::fromString(QStringLiteral("2024-03-12T09:00:00+07:00"), Qt::ISODate);
    }

    QTemporaryDir dir;
    Database database;
    RegionTable regions = RegionTable::builtIn();
    std::unique_ptr<ui::Session> session;

    // `location`: a server's empty database instead of a file in `dir`.
    bool open(const QString& officeId, const QString& location = QString())
    {
        QString error;
        // A test that holds the lock from elsewhere need not wait a counter's full 30 seconds.
        database.setLockWaits(300, 1500);
        if (!database.open(location.isEmpty() ? dir.filePath(QStringLiteral("loket.sqlite"))
                                              : location,
                           Database::OpenMode::CreateIfMissing, &error)
            || !OfficeDatabase::initialise(database, officeId, &error))
            return false;
        User administrator;
        administrator.username = QStringLiteral("admin");
        administrator.fullName = QStringLiteral("Hendra Kusuma");
        administrator.roles = { UserRole::Administrator };
        const auto admin
            = UserStore(database).create(administrator, QStringLiteral("rahasia-123"), 0, &error);
        if (!admin)
            return false;
        User clerk;
        clerk.username = QStringLiteral("rina");
        clerk.fullName = QStringLiteral("Rina Anggraini");
        clerk.nip = QStringLiteral("19850312 201001 2 004");
        clerk.roles = { UserRole::FrontOffice };
        const auto created
            = UserStore(database).create(clerk, QStringLiteral("rahasia-123"), admin->id, &error);
        WorkingCalendar calendar;
        OfficeDatabase::calendar(database, &calendar, &error);
        QStringList errors;
        const auto catalog = OfficeDatabase::catalog(database, &errors);
        if (!created || !catalog)
            return false;
        session = std::make_unique<ui::Session>(
            ui::Session { database, *catalog, calendar, regions, *created, false });
        // The counter works on an ordinary Tuesday morning, whatever day the suite runs.
        session->clock = clockStartingAt(now());
        return true;
    }
};

// The text of a PDF, as pdftotext (poppler-utils) reads it.
inline QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  { QStringLiteral("-layout"), path, QStringLiteral("-") });
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace loket::testing
