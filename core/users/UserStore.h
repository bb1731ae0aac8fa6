#pragma once

#include "Database.h"
#include "Users.h"

#include <QCoreApplication>
#include <optional>

class QSqlQuery;

namespace loket {

// The office's user accounts. Administrators manage them; everyone logs in through here.
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(loket::UserStore)
public:
    static constexpr int MinimumPasswordLength = 8;

    explicit UserStore(Database& database);

    // `actorId` is who makes the change. Only an active administrator may create or change
    // accounts; everyone may change their own password. 0 stands for the system and may only
    // create the first account (an administrator) of a new database, or demo users in a demo
    // database. The checks read the actor from the database, so a caller cannot forge roles.
    // `update` also refuses to disable or demote the last active administrator.
    std::optional<User> create(const User& user, const QString& password, qint64 actorId,
                               QString* errorMessage);
    std::optional<User> authenticate(const QString& username, const QString& password,
                                     QString* errorMessage);
    bool update(const User& user, qint64 actorId, QString* errorMessage);
    bool setPassword(qint64 userId, const QString& password, qint64 actorId, QString* errorMessage);

    // Empty (0 for count) when the query failed; then `errorMessage` (where given) says why.
    std::optional<User> find(qint64 id, QString* errorMessage = nullptr) const;
    // The account with this user name (exactly as written), active or not.
    std::optional<User> byUsername(const QString& username, QString* errorMessage = nullptr) const;
    QList<User> all(QString* errorMessage = nullptr) const;
    int count(QString* errorMessage = nullptr) const;

    // Field checks, each empty when acceptable, so that forms can show them beside the field.
    static QString checkPassword(const QString& password);
    static QString checkUsername(const QString& username);
    static QString checkFullName(const QString& fullName);
    static QString checkNip(const QString& nip); // optional: empty is fine

private:
    QString validate(const User& user) const;
    QString refusal(qint64 actorId) const; // empty when the actor may manage accounts
    QString creationRefusal(const User& user, qint64 actorId) const;
    QString lockOutRisk(const User& before, const User& after) const;
    QString readFailure(const QSqlQuery& query) const;
    std::optional<User> readOne(QSqlQuery& query, QString* errorMessage) const;

    Database& m_database;
};

} // namespace loket
