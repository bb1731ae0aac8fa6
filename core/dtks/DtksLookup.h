#pragma once

#include "Database.h"
#include "Dtks.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <optional>

namespace loket {

// What a lookup found. "Nothing imported yet" is not "not found": a clerk must not tell an
// applicant they are not in the DTKS when the office has no extract to look in.
struct DtksResult
{
    enum class State { NoExtract, NotFound, Found };
    State state = State::NoExtract;
    QDate newestExtract; // the newest extract looked in; invalid when there is none
    ExtractKind newestKind = ExtractKind::Dtks; // that extract's
    QList<DtksHit> hits; // newest extract first, then in file order
    bool truncated = false; // more than DtksLookup::MaxHits matched
};

// What the counter shows for an NIK: found in DTSEN (the newest DTSEN extract holding it), only
// in an older DTKS extract (kind Dtks), or in neither; with the household's desil and the
// programmes it is eligible for under the office's thresholds.
struct DtksNikStatus
{
    DtksResult::State state = DtksResult::State::NoExtract;
    QDate extractDate; // of the extract used (see above), or the newest one when not found
    ExtractKind kind = ExtractKind::Dtks; // of that extract
    QStringList programs; // of the rows in that extract, each once ("PKH", "BPNT")
    int desil = 0; // DTSEN only; 0 when the extract gives none
    QString householdId;
    QStringList eligible; // programmes whose threshold in force covers the desil
    QDate newestDtsen; // the newest DTSEN extract; invalid when none is imported
};

// Looks up imported DTKS and DTSEN extracts by NIK (exact, indexed: fast enough for the counter)
// or by name (every word, in any order; the last word may be a prefix), through the name-word
// index: the first MaxNameHits rows by matching word, shown newest extract first.
class DtksLookup
{
    Q_DECLARE_TR_FUNCTIONS(loket::DtksLookup)
public:
    static constexpr int MaxHits = 200; // by NIK
    static constexpr int MaxNameHits = 50; // by name: as the clerk types, the first 50

    explicit DtksLookup(Database& database);

    // Newest extract first; nullopt with `errorMessage` on a database error.
    std::optional<QList<DtksExtract>> extracts(QString* errorMessage) const;
    std::optional<DtksResult> byNik(const QString& nik, QString* errorMessage) const;
    std::optional<DtksResult> byName(const QString& text, QString* errorMessage) const;
    // 16 digits: by NIK; anything else: by name.
    std::optional<DtksResult> search(const QString& text, QString* errorMessage) const;
    // Eligibility is judged by the thresholds in force on `day` (the counter's today).
    DtksNikStatus nikStatus(const QString& nik, const QDate& day, QString* errorMessage) const;

    // Whether a service is about the DTKS (its catalog keywords name it): its case view shows
    // the applicant's lookup.
    static bool isDtksService(const QStringList& keywords);

private:
    // Sets result->newestExtract/newestKind; false with `errorMessage` on a database error.
    bool readNewest(DtksResult* result, QString* errorMessage) const;
    std::optional<QDate> newestDtsen(QString* errorMessage) const;
    bool readHits(QSqlQuery& query, int maxHits, DtksResult* result, QString* errorMessage) const;

    Database& m_database;
};

} // namespace loket
