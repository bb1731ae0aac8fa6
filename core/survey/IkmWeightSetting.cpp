#include "IkmWeightSetting.h"

#include "AuditLog.h"
#include "Permissions.h"
#include "SettingsStore.h"
#include "WriteTransaction.h"

#include <QJsonObject>

namespace loket {

const QString IkmWeightSetting::Key = QStringLiteral("ikm_weight");

QString IkmWeightSetting::key(SatisfactionIndex::Weight weight)
{
    return weight == SatisfactionIndex::Weight::Printed011 ? QStringLiteral("0.11")
                                                           : QStringLiteral("ninth");
}

bool IkmWeightSetting::fromKey(const QString& key, SatisfactionIndex::Weight* weight)
{
    if (key == QLatin1String("ninth") || key == QLatin1String("1/9"))
        *weight = SatisfactionIndex::Weight::NinthExact;
    else if (key == QLatin1String("0.11") || key == QLatin1String("0,11"))
        *weight = SatisfactionIndex::Weight::Printed011;
    else
        return false;
    return true;
}

std::optional<SatisfactionIndex::Weight> IkmWeightSetting::load(Database& database,
                                                                QString* errorMessage)
{
    errorMessage->clear();
    const QString stored = SettingsStore(database).value(Key, errorMessage);
    if (!errorMessage->isEmpty())
        return std::nullopt;
    SatisfactionIndex::Weight weight = SatisfactionIndex::Weight::NinthExact;
    if (!stored.isEmpty() && !fromKey(stored, &weight)) {
        *errorMessage = tr("The stored IKM weight \"%1\" is neither \"ninth\" nor \"0.11\"; set "
                           "it again.")
                            .arg(stored);
        return std::nullopt;
    }
    return weight;
}

QString IkmWeightSetting::refusal(const User& user)
{
    return Permissions::allows(user, Action::ManageCatalog)
        ? QString()
        : tr("Only an administrator changes the IKM weight.");
}

bool IkmWeightSetting::save(Database& database, SatisfactionIndex::Weight weight, const User* actor,
                            const QDateTime& now, QString* errorMessage)
{
    errorMessage->clear();
    if (actor) {
        if (const QString why = refusal(*actor); !why.isEmpty()) {
            *errorMessage = why;
            return false;
        }
    }
    WriteTransaction transaction(database);
    if (!transaction.begin(errorMessage))
        return false;
    SettingsStore settings(database);
    const QString before = settings.value(Key, errorMessage);
    if (!errorMessage->isEmpty() || !settings.setValue(Key, key(weight), errorMessage))
        return false;
    QJsonObject old;
    if (!before.isEmpty())
        old.insert(QStringLiteral("weight"), before);
    return AuditLog(database).append({ actor ? actor->id : 0,
                                       QStringLiteral("update"),
                                       QStringLiteral("settings"),
                                       Key,
                                       old,
                                       { { QStringLiteral("weight"), key(weight) } },
                                       now },
                                     errorMessage)
        && transaction.commit(errorMessage);
}

} // namespace loket
