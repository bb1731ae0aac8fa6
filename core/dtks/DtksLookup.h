#pragma once

#include "Database.h"
#include "Dtks.h"

#include <QCoreApplication>
#include <optional>

namespace loket {

// What a lookup found. "Nothing imported yet" is not "not found": a clerk must not tell an
// applicant they are not in the DTKS when the office has no extract to look in.
struct DtksResult
{
    enum class State { NoExtract, NotFound, Found };
    State state = State::NoExtract;
    QDate newestExtract; // the newest extract looked in; invalid when there is none
    QList<DtksHit> hits; // newest extract first, then in file order
    bool truncated = false; // more than DtksLookup::MaxHits matched
};

// The one line the counter shows for an NIK: found in which extract, with which programs.
struct DtksNikStatus
{
    DtksResult::State state = DtksResult::State::NoExtract;
    QDate extractDate; // of the newest extract holding the NIK, or the newest one when not found
    QStringList programs; // of the rows in that extract, each once ("PKH", "BPNT")
};

// Looks up imported DTKS extracts by NIK (exact, indexed: fast enough for the counter) or by
// name (every word, in any order; the last word may be a prefix).
class DtksLookup
{
    Q_DECLARE_TR_FUNCTIONS(loket::DtksLookup)
public:
    static constexpr int MaxHits = 200;

    explicit DtksLookup(Database& database);

    // Newest extract first; nullopt with `errorMessage` on a database error.
    std::optional<QList<DtksExtract>> extracts(QString* errorMessage) const;
    std::optional<DtksResult> byNik(const QString& nik, QString* errorMessage) const;
    std::optional<DtksResult> byName(const QString& text, QString* errorMessage) const;
    // 16 digits: by NIK; anything else: by name.
    std::optional<DtksResult> search(const QString& text, QString* errorMessage) const;
    DtksNikStatus nikStatus(const QString& nik, QString* errorMessage) const;

    // Whether a service is about the DTKS (its catalog keywords name it): its case view shows
    // the applicant's lookup.
    static bool isDtksService(const QStringList& keywords);

private:
    std::optional<DtksResult> find(const QString& condition, const QVariantList& values,
                                   QString* errorMessage) const;

    Database& m_database;
};

} // namespace loket
