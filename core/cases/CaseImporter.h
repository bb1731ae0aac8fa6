#pragma once

#include "CaseModel.h"
#include "Catalog.h"
#include "Database.h"
#include "RegionTable.h"
#include "Users.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <functional>
#include <optional>

namespace loket {

class ApplicantValidator;
struct CsvRecord;

// What became of one data row of the file.
struct ImportRow
{
    enum class Outcome { Registered, AlreadyRegistered, Rejected };
    int line = 0; // in the file; the header is line 1
    Outcome outcome = Outcome::Rejected;
    QString nik;
    QString caseNumber; // the new case, or the open case the person already has
    QString problem; // why a rejected row was not registered
};

// What an import, or one batch of it, did: the rows in the file's order.
struct ImportReport
{
    QList<ImportRow> rows;
    QStringList warnings; // rows kept with a remark: "line 5: …"

    int count(ImportRow::Outcome outcome) const;
    QStringList caseNumbers() const; // registered by this import, in the file's order
    void append(const ImportReport& batch);
};

struct ImportRequest
{
    QString serviceCode;
    User clerk;
    QDateTime now;
    // Registers a person although they have an open case of the service already (services
    // where a second one is legitimate). Otherwise such a row, like a row repeated in the
    // file, is reported as already registered: a re-run import registers nobody twice.
    bool allowRepeat = false;
};

// Registers a list of applicants for one service, as kelurahan send them (DTKS proposals,
// collective KIS-PBI recommendations). Every row is checked like the counter's form; bad rows
// are reported with their line and skipped, good rows are kept, one transaction per batch.
class CaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(loket::CaseImporter)
public:
    static constexpr int BatchSize = 500; // rows of the file per transaction

    // Called once per batch, after it committed (or rolled back, its rows then rejected) and
    // before the next begins: what it is told is what the database holds.
    using BatchFinished = std::function<void(const ImportReport& batch)>;

    CaseImporter(Database& database, const Catalog& catalog, const WorkingCalendar& calendar,
                 const RegionTable& regions);

    // Returns false (with `errorMessage`) when nothing can be imported at all: unknown service,
    // a header without the required columns, an organisation service.
    bool importCsv(const QByteArray& csv, const ImportRequest& request,
                   const BatchFinished& batchFinished, ImportReport* report, QString* errorMessage);

    static QStringList columns(); // nik, no_kk, nama, tempat_lahir, tanggal_lahir, …

private:
    bool readHeader(const CsvRecord& header, QHash<QString, int>* column,
                    QString* errorMessage) const;
    std::optional<CaseDraft> readRow(const CsvRecord& record, const QHash<QString, int>& column,
                                     const Service& service, const ApplicantValidator& validator,
                                     ImportRow* row, QStringList* warnings) const;
    void saveBatch(const QList<QPair<qsizetype, CaseDraft>>& drafts, const ImportRequest& request,
                   ImportReport* batch);
    bool waitForOtherImports(QString* errorMessage);

    Database& m_database;
    const Catalog& m_catalog;
    const WorkingCalendar& m_calendar;
    const RegionTable& m_regions;
};

} // namespace loket
