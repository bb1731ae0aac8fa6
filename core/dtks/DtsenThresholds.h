#pragma once

#include "Database.h"
#include "Users.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace loket {

// One programme's targeting rule from a date on: households up to `maxDesil` (1 = poorest …
// 10) are eligible; 0 means the programme takes nobody from that date.
struct DtsenThreshold
{
    QString programme; // "PKH", "Sembako", "PBI-JK"
    int maxDesil = 0;
    QDate effectiveFrom;
    bool confirmed = false; // false: a default the office has not checked yet
};

// The office's programme thresholds (dtsen_thresholds). The ministry changes them, so each
// change is a new row with its date and the rule in force on a day is the programme's latest row
// dated on or before it. Migration 10 adds the examples (PKH 1–4, Sembako and PBI-JK
// 1–5, from 2025-02-05) unconfirmed; setting a rule marks it confirmed.
class DtsenThresholds
{
    Q_DECLARE_TR_FUNCTIONS(loket::DtsenThresholds)
public:
    explicit DtsenThresholds(Database& database);

    // Every row, by programme then date; nullopt with `errorMessage` on a database error.
    std::optional<QList<DtsenThreshold>> all(QString* errorMessage) const;
    // The rule of each programme in force on `day`, by programme.
    std::optional<QList<DtsenThreshold>> inForce(const QDate& day, QString* errorMessage) const;
    // The programmes of `rules` a household of `desil` is eligible for; none for desil 0.
    static QStringList eligible(const QList<DtsenThreshold>& rules, int desil);

    // Sets (or replaces) `programme`'s rule from `rule.effectiveFrom`, confirmed, with an audit
    // entry; by a user who may manage the catalog. False with what to fix otherwise.
    bool set(const DtsenThreshold& rule, const User& user, const QDateTime& now,
             QString* errorMessage);

    // "PKH: desil 1–4 from 5 Feb 2025 (default, to be confirmed)" — for loketctl and the dialog.
    static QString describe(const DtsenThreshold& rule);

private:
    Database& m_database;
};

} // namespace loket
