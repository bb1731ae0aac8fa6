#pragma once

#include "Catalog.h"
#include "Database.h"
#include "RegionTable.h"
#include "Users.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDateTime>

namespace loket {

struct ImportReport
{
    int rows = 0; // data rows read
    QStringList caseNumbers; // registered
    QStringList problems; // "baris 5: NIK …": rows skipped, and why
    QStringList warnings; // rows kept with a remark
};

// Registers a list of applicants for one service, as kelurahan send them (DTKS proposals,
// collective KIS-PBI recommendations). Every row is checked like the counter's form; bad rows
// are reported with their line and skipped, good rows are kept, one transaction per batch.
class CaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(loket::CaseImporter)
public:
    static constexpr int BatchSize = 500;

    CaseImporter(Database& database, const Catalog& catalog, const WorkingCalendar& calendar,
                 const RegionTable& regions);

    // Returns false (with `errorMessage`) when nothing can be imported at all: unknown service,
    // a header without the required columns, an organisation service.
    bool importCsv(const QByteArray& csv, const QString& serviceCode, const User& clerk,
                   const QDateTime& now, ImportReport* report, QString* errorMessage);

    static QStringList columns(); // nik, no_kk, nama, tempat_lahir, tanggal_lahir, …

private:
    Database& m_database;
    const Catalog& m_catalog;
    const WorkingCalendar& m_calendar;
    const RegionTable& m_regions;
};

} // namespace loket
