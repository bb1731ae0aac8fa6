#include "Users.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace loket {
namespace {

struct RoleKey
{
    UserRole role;
    const char* key;
    const char* title;
};

// QT_TRANSLATE_NOOP keeps the titles in the translation file under one context.
const RoleKey kRoles[] = {
    { UserRole::FrontOffice, "front-office", QT_TRANSLATE_NOOP("loket::Users", "Front office") },
    { UserRole::BackOffice, "back-office", QT_TRANSLATE_NOOP("loket::Users", "Back office") },
    { UserRole::Verifier, "verifier",
      QT_TRANSLATE_NOOP("loket::Users", "Verifier / field officer") },
    { UserRole::HeadOfDivision, "head-of-division",
      QT_TRANSLATE_NOOP("loket::Users", "Head of division (Kabid)") },
    { UserRole::Secretary, "secretary", QT_TRANSLATE_NOOP("loket::Users", "Secretary") },
    { UserRole::HeadOfOffice, "head-of-office",
      QT_TRANSLATE_NOOP("loket::Users", "Head of office (Kepala Dinas)") },
    { UserRole::Administrator, "administrator",
      QT_TRANSLATE_NOOP("loket::Users", "Administrator") },
};

QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, 32);
}

} // namespace

QString userRoleKey(UserRole role)
{
    for (const RoleKey& entry : kRoles) {
        if (entry.role == role)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

bool userRoleFromKey(const QString& key, UserRole* role)
{
    for (const RoleKey& entry : kRoles) {
        if (key == QLatin1String(entry.key)) {
            *role = entry.role;
            return true;
        }
    }
    return false;
}

QList<UserRole> allUserRoles()
{
    QList<UserRole> roles;
    for (const RoleKey& entry : kRoles)
        roles << entry.role;
    return roles;
}

QString userRoleTitle(UserRole role)
{
    for (const RoleKey& entry : kRoles) {
        if (entry.role == role)
            return QCoreApplication::translate("loket::Users", entry.title);
    }
    return {};
}

PasswordHasher::Hash PasswordHasher::hash(const QString& password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
    Hash result;
    result.salt = QString::fromLatin1(salt.toBase64());
    result.hash = QString::fromLatin1(derive(password, salt, Iterations).toBase64());
    result.iterations = Iterations;
    return result;
}

bool PasswordHasher::verify(const QString& password, const Hash& stored)
{
    const QByteArray expected = QByteArray::fromBase64(stored.hash.toLatin1());
    const QByteArray actual
        = derive(password, QByteArray::fromBase64(stored.salt.toLatin1()), stored.iterations);
    // Compare in constant time: the time taken must not tell how much of it matched.
    if (expected.size() != actual.size() || expected.isEmpty())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ actual.at(i));
    return difference == 0;
}

} // namespace loket
