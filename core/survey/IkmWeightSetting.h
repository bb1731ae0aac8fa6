#pragma once

#include "Database.h"
#include "SatisfactionIndex.h"
#include "Users.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace loket {

// Which weight the office's IKM reports use: exactly 1/9 (the default) or 0,11 as
// PermenPANRB 14/2017 prints it. An office setting in the database ("ikm_weight": "ninth" or
// "0.11"), changed by an administrator; every report says which it used.
class IkmWeightSetting
{
    Q_DECLARE_TR_FUNCTIONS(loket::IkmWeightSetting)
public:
    static const QString Key; // "ikm_weight"

    static QString key(SatisfactionIndex::Weight weight); // "ninth", "0.11"
    static bool fromKey(const QString& key, SatisfactionIndex::Weight* weight);

    // The stored weight; 1/9 when none is stored. An unreadable database or an unknown stored
    // value is an error (reports must not guess).
    static std::optional<SatisfactionIndex::Weight> load(Database& database, QString* errorMessage);
    // Empty when `user` may change the weight (ManageCatalog: an administrator); else why not.
    static QString refusal(const User& user);
    // One transaction with its audit entry. `actor` null: the system (loketctl without --as);
    // otherwise the user needs the ManageCatalog permission (an administrator).
    static bool save(Database& database, SatisfactionIndex::Weight weight, const User* actor,
                     const QDateTime& now, QString* errorMessage);
};

} // namespace loket
