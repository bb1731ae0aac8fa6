#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace loket {

// What a user may do at the office. A user can hold several roles.
enum class UserRole {
    FrontOffice,
    BackOffice,
    Verifier, // also field officer / social worker
    HeadOfDivision,
    Secretary,
    HeadOfOffice,
    Administrator
};

QString userRoleKey(UserRole role); // "front-office"
bool userRoleFromKey(const QString& key, UserRole* role);
QList<UserRole> allUserRoles();
QString userRoleTitle(UserRole role); // translated, for people

struct User
{
    qint64 id = 0;
    QString username;
    QString fullName;
    QString nip;
    QString rankGrade;
    QString position;
    QSet<UserRole> roles;
    bool active = true;
    bool hasRole(UserRole role) const { return roles.contains(role); }
};

// Salted PBKDF2-SHA256 password hashes. The password itself is never stored or logged.
class PasswordHasher
{
public:
    static constexpr int Iterations = 120000;
    struct Hash
    {
        QString hash; // base64
        QString salt; // base64
        int iterations = Iterations;
    };
    static Hash hash(const QString& password);
    static bool verify(const QString& password, const Hash& stored);
};

} // namespace loket
