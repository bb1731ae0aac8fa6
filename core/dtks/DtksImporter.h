#pragma once

#include "Database.h"
#include "Dtks.h"
#include "Users.h"

#include <QCoreApplication>
#include <QIODevice>
#include <functional>

namespace loket {

class CsvStreamReader;

// The first rows of a file, for choosing the mapping.
struct DtksPreview
{
    QStringList header;
    QList<QStringList> rows;
    char separator = ',';
};

struct DtksBadRow
{
    int line = 0; // of the file, 1-based; the header is line 1
    QString reason;
};

struct DtksImportReport
{
    qint64 extractId = 0; // 0 when nothing was saved
    qint64 rowsRead = 0; // data rows
    qint64 imported = 0;
    qint64 bad = 0;
    QMap<QString, qint64> badByKind; // every bad row counted by its (first) kind of problem
    QList<DtksBadRow> badRows; // the first DtksImporter::MaxMessages, in file order
    bool cancelled = false;
};

struct DtksProgress
{
    qint64 rows = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0; // 0 when unknown
};

// What the importer is told about an extract besides its rows.
struct DtksExtractInfo
{
    QDate extractDate; // when the ministry (SIKS-NG, Pusdatin) produced it
    ExtractKind kind = ExtractKind::Dtks;
    QString source; // "Pusdatin Kemensos", "SIKS-NG", …; may be empty
};

// Called every few thousand rows; returning false cancels the import (nothing is saved).
using DtksProgressCallback = std::function<bool(const DtksProgress&)>;

// Imports a DTKS or DTSEN extract (CSV) into dtks_extracts/dtks_records, streamed row by row, all
// rows in one transaction with one prepared insert, each name's words into the name index. A row is
// kept when its NIK is 16 digits and its name is not empty. The region and birth-date digits of the
// NIK are not checked: the ministry's registry is the authority, and a lookup compares NIKs
// exactly. Other rows are reported with their line number and reason; the good rows are kept.
class DtksImporter
{
    Q_DECLARE_TR_FUNCTIONS(loket::DtksImporter)
public:
    static constexpr int MaxMessages = 1000;
    static constexpr int ProgressEvery = 2500; // rows

    explicit DtksImporter(Database& database);

    static bool preview(QIODevice& device, int rows, DtksPreview* preview, QString* errorMessage);
    static bool previewFile(const QString& path, int rows, DtksPreview* preview,
                            QString* errorMessage);
    // Empty when `user` may import extracts (administrator, back office, head of division).
    static QString permissionProblem(const User& user);

    // True when the extract was saved (bad rows may have been skipped: see `report`). False
    // with `errorMessage` when nothing was saved: no extract date, a required field unmapped,
    // no good row, cancelled (report->cancelled), or a database error.
    bool importFile(const QString& path, const DtksExtractInfo& info, const DtksMapping& mapping,
                    const User& user, const QDateTime& now, DtksImportReport* report,
                    QString* errorMessage, const DtksProgressCallback& progress = {});
    bool import(QIODevice& device, const QString& sourceName, const DtksExtractInfo& info,
                const DtksMapping& mapping, const User& user, const QDateTime& now,
                DtksImportReport* report, QString* errorMessage,
                const DtksProgressCallback& progress = {});
    bool importFile(const QString& path, const QDate& extractDate, const DtksMapping& mapping,
                    const User& user, const QDateTime& now, DtksImportReport* report,
                    QString* errorMessage, const DtksProgressCallback& progress = {})
    {
        return importFile(path, { extractDate, kindOf(mapping), {} }, mapping, user, now, report,
                          errorMessage, progress);
    }
    // With only a date: DTSEN when a desil or household id is mapped, else DTKS; no source.
    bool import(QIODevice& device, const QString& sourceName, const QDate& extractDate,
                const DtksMapping& mapping, const User& user, const QDateTime& now,
                DtksImportReport* report, QString* errorMessage,
                const DtksProgressCallback& progress = {})
    {
        return import(device, sourceName, { extractDate, kindOf(mapping), {} }, mapping, user, now,
                      report, errorMessage, progress);
    }
    static ExtractKind kindOf(const DtksMapping& mapping);

    // Removes an extract with its rows (an outdated one: every import adds all its rows), with
    // its audit entry, in one transaction; the same permission as importing.
    bool removeExtract(qint64 extractId, const User& user, const QDateTime& now,
                       QString* errorMessage);

    // "12 rows imported, 2 bad rows skipped (NIK not 16 digits: 1, name empty: 1)."
    static QString summary(const DtksImportReport& report);

private:
    qint64 insertExtract(const QString& sourceName, const DtksExtractInfo& info, const User& user,
                         const QDateTime& now, QString* errorMessage);
    bool importRows(CsvStreamReader& reader, qint64 total, const DtksMapping& mapping, int columns,
                    DtksImportReport* report, QString* errorMessage,
                    const DtksProgressCallback& progress);
    bool saveTotals(const QString& sourceName, const DtksExtractInfo& info, const User& user,
                    const QDateTime& now, const DtksImportReport& report, QString* errorMessage);
    static bool cancelled(DtksImportReport* report, QString* errorMessage);

    Database& m_database;
};

} // namespace loket
