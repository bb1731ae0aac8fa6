// A fresh office database in a temporary folder, for the users-and-login tests.
#pragma once

#include "Database.h"
#include "OfficeDatabase.h"
#include "UserStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace loket::test {

const QString kAdminPassword = QStringLiteral("Admin-Loket-2026");
const QString kClerkPassword = QStringLiteral("Petugas-Loket-2026");

struct AuthFixture
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<Database> database = std::make_unique<Database>();

    QString path(const QString& name) const { return dir->filePath(name); }

    // Opens loket.sqlite in the folder; `officeId` empty leaves it uninitialised.
    bool open(const QString& officeId = QStringLiteral("palangka-raya"))
    {
        QString error;
        if (!database->open(path(QStringLiteral("loket.sqlite")),
                            Database::OpenMode::CreateIfMissing, &error)
            || (!officeId.isEmpty() && !OfficeDatabase::initialise(*database, officeId, &error))) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    User create(const QString& username, const QSet<UserRole>& roles, qint64 actorId,
                const QString& password)
    {
        User user;
        user.username = username;
        user.fullName = username.toUpper() + QStringLiteral(" (uji)");
        user.roles = roles;
        QString error;
        const std::optional<User> created
            = UserStore(*database).create(user, password, actorId, &error);
        if (!created)
            qWarning("cannot create %s: %s", qPrintable(username), qPrintable(error));
        return created.value_or(User {});
    }

    User createAdmin()
    {
        return create(QStringLiteral("admin"), { UserRole::Administrator }, 0, kAdminPassword);
    }
};

} // namespace loket::test
