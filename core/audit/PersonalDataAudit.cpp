#include "PersonalDataAudit.h"

#include "AuditLog.h"
#include "WriteTransaction.h"

#include <QJsonObject>

namespace loket {
namespace {

bool appendAlone(Database& database, const AuditEntry& entry, QString* errorMessage)
{
    // The log's hash chain needs its last entry read and the next written under one lock.
    WriteTransaction transaction(database);
    return transaction.begin(errorMessage) && AuditLog(database).append(entry, errorMessage)
        && transaction.commit(errorMessage);
}

} // namespace

PersonalDataAudit::PersonalDataAudit(Database& database)
    : m_database(database)
{
}

bool PersonalDataAudit::viewed(qint64 userId, qint64 personId, const QString& place,
                               QString* errorMessage)
{
    return appendAlone(m_database,
                       { userId,
                         QString::fromLatin1(ViewAction),
                         QStringLiteral("persons"),
                         QString::number(personId),
                         {},
                         { { QStringLiteral("where"), place } },
                         {} },
                       errorMessage);
}

bool PersonalDataAudit::exported(qint64 userId, const QString& what, int persons,
                                 const QString& format, QString* errorMessage)
{
    return appendAlone(m_database,
                       { userId,
                         QString::fromLatin1(ExportAction),
                         QStringLiteral("persons"),
                         QString(),
                         {},
                         { { QStringLiteral("what"), what },
                           { QStringLiteral("persons"), persons },
                           { QStringLiteral("format"), format } },
                         {} },
                       errorMessage);
}

QString PersonalDataAudit::actionTitle(const QString& action)
{
    struct Title
    {
        const char* action;
        const char* title;
    };
    static const Title titles[] = {
        { "create", QT_TR_NOOP("created") },
        { "update", QT_TR_NOOP("changed") },
        { "delete", QT_TR_NOOP("deleted") },
        { "password", QT_TR_NOOP("password changed") },
        { "print", QT_TR_NOOP("printed") },
        { "issue", QT_TR_NOOP("issued") },
        { "issue-document", QT_TR_NOOP("document issued") },
        { "freeze", QT_TR_NOOP("frozen") },
        { "import", QT_TR_NOOP("imported") },
        { "seed", QT_TR_NOOP("training data added") },
        { "reset", QT_TR_NOOP("reset") },
        { ViewAction, QT_TR_NOOP("viewed personal data") },
        { ExportAction, QT_TR_NOOP("exported personal data") },
        { "erase", QT_TR_NOOP("erased personal data") },
    };
    for (const Title& title : titles) {
        if (action == QLatin1String(title.action))
            return tr(title.title);
    }
    return action;
}

} // namespace loket
