#include "UserStore.h"

#include "AuditLog.h"
#include "DatabaseError.h"
#include "WriteTransaction.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {
namespace {

QString rolesText(const QSet<UserRole>& roles)
{
    QStringList keys;
    for (UserRole role : allUserRoles()) {
        if (roles.contains(role))
            keys << userRoleKey(role);
    }
    return keys.join(QLatin1Char(','));
}

QSet<UserRole> rolesFromText(const QString& text)
{
    QSet<UserRole> roles;
    for (const QString& key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        UserRole role;
        if (userRoleFromKey(key, &role))
            roles.insert(role);
    }
    return roles;
}

const char* const kColumns = "id, username, full_name, nip, rank_grade, position, roles, active";

User userFrom(const QSqlQuery& query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.username = query.value(1).toString();
    user.fullName = query.value(2).toString();
    user.nip = query.value(3).toString();
    user.rankGrade = query.value(4).toString();
    user.position = query.value(5).toString();
    user.roles = rolesFromText(query.value(6).toString());
    user.active = query.value(7).toInt() != 0;
    return user;
}

QJsonObject auditView(const User& user)
{
    return { { QStringLiteral("username"), user.username },
             { QStringLiteral("fullName"), user.fullName },
             { QStringLiteral("nip"), user.nip },
             { QStringLiteral("roles"), rolesText(user.roles) },
             { QStringLiteral("active"), user.active } };
}

} // namespace

UserStore::UserStore(Database& database)
    : m_database(database)
{
}

std::optional<User> UserStore::create(const User& user, const QString& password, qint64 actorId,
                                      QString* errorMessage)
{
    *errorMessage = validate(user);
    if (errorMessage->isEmpty())
        *errorMessage = checkPassword(password);
    if (errorMessage->isEmpty())
        *errorMessage = creationRefusal(user, actorId);
    if (!errorMessage->isEmpty())
        return std::nullopt;

    const PasswordHasher::Hash hash = PasswordHasher::hash(password);
    // The name is checked inside the transaction: two administrators cannot both take it.
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = :username"));
    query.bindValue(QStringLiteral(":username"), user.username);
    if (!query.exec() || !query.next()) {
        *errorMessage
            = tr("Cannot save the user: %1").arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    if (query.value(0).toInt() > 0) {
        *errorMessage = tr("The user name \"%1\" is taken; choose another.").arg(user.username);
        return std::nullopt;
    }
    query.prepare(QStringLiteral(
        "INSERT INTO users (username, full_name, nip, rank_grade, position, password_hash,"
        " password_salt, password_iterations, roles, active, created_at) VALUES (:username,"
        " :full_name, :nip, :rank, :position, :hash, :salt, :iterations, :roles, :active, :at)"));
    query.bindValue(QStringLiteral(":username"), user.username);
    query.bindValue(QStringLiteral(":full_name"), user.fullName.trimmed());
    query.bindValue(QStringLiteral(":nip"), user.nip.trimmed());
    query.bindValue(QStringLiteral(":rank"), user.rankGrade.trimmed());
    query.bindValue(QStringLiteral(":position"), user.position.trimmed());
    query.bindValue(QStringLiteral(":hash"), hash.hash);
    query.bindValue(QStringLiteral(":salt"), hash.salt);
    query.bindValue(QStringLiteral(":iterations"), hash.iterations);
    query.bindValue(QStringLiteral(":roles"), rolesText(user.roles));
    query.bindValue(QStringLiteral(":active"), user.active ? 1 : 0);
    query.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        *errorMessage
            = tr("Cannot save the user: %1").arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    User created = user;
    created.id = query.lastInsertId().toLongLong();
    if (created.id == 0) { // QPSQL reports no insert id without RETURNING
        query.prepare(QStringLiteral("SELECT id FROM users WHERE username = :username"));
        query.bindValue(QStringLiteral(":username"), user.username);
        if (query.exec() && query.next())
            created.id = query.value(0).toLongLong();
    }
    if (!AuditLog(m_database)
             .append({ actorId,
                       QStringLiteral("create"),
                       QStringLiteral("users"),
                       QString::number(created.id),
                       {},
                       auditView(created),
                       {} },
                     errorMessage)
        || !transaction.commit(errorMessage))
        return std::nullopt;
    return created;
}

std::optional<User> UserStore::authenticate(const QString& username, const QString& password,
                                            QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1, password_hash, password_salt, password_iterations"
                                 " FROM users WHERE username = :username")
                      .arg(QLatin1String(kColumns)));
    query.bindValue(QStringLiteral(":username"), username.trimmed());
    if (!query.exec()) {
        *errorMessage
            = tr("Cannot check the login: %1").arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    // One message for an unknown user and a wrong password: it must not tell which names exist.
    const QString wrong = tr("The user name or password is wrong. Check Caps Lock and try again.");
    if (!query.next()) {
        PasswordHasher::verify(password, PasswordHasher::hash(QString())); // same time either way
        *errorMessage = wrong;
        return std::nullopt;
    }
    const User user = userFrom(query);
    const PasswordHasher::Hash stored { query.value(8).toString(), query.value(9).toString(),
                                        query.value(10).toInt() };
    if (!PasswordHasher::verify(password, stored)) {
        *errorMessage = wrong;
        return std::nullopt;
    }
    if (!user.active) {
        *errorMessage = tr("This account has been disabled. Ask the administrator.");
        return std::nullopt;
    }
    return user;
}

bool UserStore::update(const User& user, qint64 actorId, QString* errorMessage)
{
    *errorMessage = validate(user);
    if (errorMessage->isEmpty())
        *errorMessage = refusal(actorId);
    if (!errorMessage->isEmpty())
        return false;
    // Read and write under the lock: the last administrator cannot be disabled twice at once.
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return false;
    const std::optional<User> before = find(user.id, errorMessage);
    if (!before) {
        if (errorMessage->isEmpty())
            *errorMessage = tr("The user no longer exists.");
        return false;
    }
    *errorMessage = lockOutRisk(*before, user);
    if (!errorMessage->isEmpty())
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE users SET full_name = :full_name, nip = :nip,"
                                 " rank_grade = :rank, position = :position, roles = :roles,"
                                 " active = :active WHERE id = :id"));
    query.bindValue(QStringLiteral(":full_name"), user.fullName.trimmed());
    query.bindValue(QStringLiteral(":nip"), user.nip.trimmed());
    query.bindValue(QStringLiteral(":rank"), user.rankGrade.trimmed());
    query.bindValue(QStringLiteral(":position"), user.position.trimmed());
    query.bindValue(QStringLiteral(":roles"), rolesText(user.roles));
    query.bindValue(QStringLiteral(":active"), user.active ? 1 : 0);
    query.bindValue(QStringLiteral(":id"), user.id);
    if (!query.exec()) {
        *errorMessage
            = tr("Cannot save the user: %1").arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    return AuditLog(m_database)
               .append({ actorId,
                         QStringLiteral("update"),
                         QStringLiteral("users"),
                         QString::number(user.id),
                         auditView(*before),
                         auditView(user),
                         {} },
                       errorMessage)
        && transaction.commit(errorMessage);
}

bool UserStore::setPassword(qint64 userId, const QString& password, qint64 actorId,
                            QString* errorMessage)
{
    *errorMessage = checkPassword(password);
    if (errorMessage->isEmpty() && actorId != userId)
        *errorMessage = refusal(actorId);
    if (!errorMessage->isEmpty())
        return false;
    const PasswordHasher::Hash hash = PasswordHasher::hash(password);
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE users SET password_hash = :hash, password_salt = :salt,"
                                 " password_iterations = :iterations WHERE id = :id"));
    query.bindValue(QStringLiteral(":hash"), hash.hash);
    query.bindValue(QStringLiteral(":salt"), hash.salt);
    query.bindValue(QStringLiteral(":iterations"), hash.iterations);
    query.bindValue(QStringLiteral(":id"), userId);
    if (!query.exec()) {
        *errorMessage
            = tr("Cannot change the password: %1").arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *errorMessage = tr("The user no longer exists.");
        return false;
    }
    // The audit records that the password changed, never the password or its hash.
    return AuditLog(m_database)
               .append({ actorId,
                         QStringLiteral("password"),
                         QStringLiteral("users"),
                         QString::number(userId),
                         {},
                         {},
                         {} },
                       errorMessage)
        && transaction.commit(errorMessage);
}

QString UserStore::readFailure(const QSqlQuery& query) const
{
    return tr("Cannot read the user accounts: %1").arg(DatabaseError::describe(query.lastError()));
}

std::optional<User> UserStore::find(qint64 id, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM users WHERE id = :id").arg(QLatin1String(kColumns)));
    query.bindValue(QStringLiteral(":id"), id);
    return readOne(query, errorMessage);
}

std::optional<User> UserStore::byUsername(const QString& username, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM users WHERE username = :username")
                      .arg(QLatin1String(kColumns)));
    query.bindValue(QStringLiteral(":username"), username);
    return readOne(query, errorMessage);
}

std::optional<User> UserStore::readOne(QSqlQuery& query, QString* errorMessage) const
{
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage = readFailure(query);
        return std::nullopt;
    }
    if (query.next())
        return userFrom(query);
    return std::nullopt;
}

QList<User> UserStore::all(QString* errorMessage) const
{
    QList<User> users;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM users ORDER BY full_name").arg(QLatin1String(kColumns)));
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage = readFailure(query);
        return users;
    }
    while (query.next())
        users << userFrom(query);
    return users;
}

int UserStore::count(QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (query.exec() && query.next())
        return query.value(0).toInt();
    if (errorMessage)
        *errorMessage = readFailure(query);
    return 0;
}

} // namespace loket
