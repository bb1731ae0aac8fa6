#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace loket {

// Anonymises a person whose cases are all closed (handed over or rejected) and past the
// retention period the office sets (UU 27/2022: data is kept only as long as its purpose
// needs). Name, NIK (replaced by a token that identifies no one), KK, address and region,
// phone and birth data go, with the name index, the person's guest-book entries under the
// NIK and the content of the case attachments (KTP and KK scans); the cases, their counts
// and the issued documents with their hashes stay, so that reports and verification still
// add up. One transaction, audited.
class PersonErasure
{
    Q_DECLARE_TR_FUNCTIONS(loket::PersonErasure)
public:
    // Years after a case closed before its applicant may be erased (SettingsStore).
    static const QString RetentionSetting; // "privacy_retention_years"
    static constexpr int DefaultRetentionYears = 5;
    static constexpr const char* ErasedName = "Data Dihapus";

    explicit PersonErasure(Database& database);

    // The office's setting, or the default; -1 (with `errorMessage`) when it cannot be read
    // or is not a whole number of years.
    int retentionYears(QString* errorMessage) const;
    bool setRetentionYears(int years, qint64 actorId, QString* errorMessage);

    // Anonymises the person with this NIK as `actorId` at `now`. Refuses, naming each open or
    // too recent case (and when it may be erased), and changes nothing then.
    bool erase(const QString& nik, qint64 actorId, const QDateTime& now, QString* errorMessage);

    // The token that replaces the NIK of the person `personId`: unique, 16 characters, and
    // never a valid NIK (it starts with a letter).
    static QString erasedNik(qint64 personId);

private:
    QString obstacles(qint64 personId, const QDateTime& now, int years, int* caseCount,
                      QString* errorMessage) const;
    bool anonymise(qint64 personId, const QString& nik, const QDateTime& now,
                   QString* errorMessage);

    Database& m_database;
};

} // namespace loket
