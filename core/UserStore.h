#pragma once

#include "Database.h"
#include "Users.h"

#include <QCoreApplication>
#include <optional>

namespace loket {

// The office's user accounts. Administrators manage them; everyone logs in through here.
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(loket::UserStore)
public:
    static constexpr int MinimumPasswordLength = 8;

    explicit UserStore(Database& database);

    // `actorId` is who makes the change (0 for the first administrator at set-up).
    std::optional<User> create(const User& user, const QString& password, qint64 actorId,
                               QString* errorMessage);
    std::optional<User> authenticate(const QString& username, const QString& password,
                                     QString* errorMessage);
    bool update(const User& user, qint64 actorId, QString* errorMessage);
    bool setPassword(qint64 userId, const QString& password, qint64 actorId, QString* errorMessage);

    std::optional<User> find(qint64 id) const;
    QList<User> all() const;
    int count() const;

    static QString checkPassword(const QString& password); // empty when acceptable

private:
    QString validate(const User& user) const;

    Database& m_database;
};

} // namespace loket
