#pragma once

#include "CaseModel.h"
#include "Catalog.h"
#include "Database.h"
#include "RegisterPeriod.h"

#include <QCoreApplication>
#include <QList>

class QSqlRecord;

namespace loket {

// One line of the register of service recipients: a case received in the period.
struct RecipientEntry
{
    qint64 caseId = 0;
    QString caseNumber;
    QDateTime receivedAt;
    QString applicantName; // the person, or who submits for an organisation
    QString organisationName; // empty for a person's case
    QString nik;
    QString address; // the organisation's for its cases, else the person's
    QString serviceCode;
    QString serviceName; // from the catalog; empty when the catalog no longer has the code
    CaseStatus status = CaseStatus::Registered;
    QDateTime completedAt; // product ready or rejected; invalid while open
    QDateTime handedOverAt; // invalid until handed over
    QString registeredByName;
    QString assignedToName; // empty when nobody is assigned
};

// The register of service recipients (buku daftar penerima layanan): the cases received in a
// day, month or year of the office's local time, in the order they came in.
class RecipientRegister
{
    Q_DECLARE_TR_FUNCTIONS(loket::RecipientRegister)
public:
    RecipientRegister(Database& database, const Catalog& catalog);

    // `serviceCode` empty: every service. An error leaves `errorMessage` set and returns none.
    QList<RecipientEntry> entries(const RegisterPeriod& period, const QString& serviceCode,
                                  QString* errorMessage) const;

    // The SQL entries() runs, for EXPLAIN in tests and benchmarks.
    static QString selectStatement(bool withService);

private:
    RecipientEntry entryFromRow(const QSqlRecord& row) const;

    Database& m_database;
    const Catalog& m_catalog;
};

} // namespace loket
