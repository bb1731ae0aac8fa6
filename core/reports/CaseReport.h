#pragma once

#include "CaseReportData.h"
#include "Catalog.h"
#include "Database.h"
#include "Users.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

class QSqlRecord;

namespace loket {

// Computes the service recap of a month or a year (see CaseReportData.h for what each figure
// means) from the cases table, the same way for the application and `loketctl report`. Reads
// only; prepared statements that run on SQLite and PostgreSQL alike: times are compared as the
// stored UTC ISO strings and all date arithmetic is done here, with the office's calendar.
class CaseReport
{
    Q_DECLARE_TR_FUNCTIONS(loket::CaseReport)
public:
    // Called now and then with the cases read so far; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    CaseReport(Database& database, const Catalog& catalog, const WorkingCalendar& calendar);

    // The recap; one marked `cancelled` (and otherwise empty) when `progress` said stop;
    // nothing, with the reason in `errorMessage`, when the database could not be read.
    std::optional<CaseReportData> compute(const ReportPeriod& period, const QDateTime& asOf,
                                          const Progress& progress = {},
                                          QString* errorMessage = nullptr) const;

    // Action::ViewReports: heads of division, the secretary, the head of office and
    // administrators read the recap.
    static bool mayView(const User& user);

private:
    struct Row;
    bool readCases(const ReportPeriod& period, const Progress& progress, QList<Row>* rows,
                   bool* cancelled, QString* errorMessage) const;
    bool readOverdue(const ReportPeriod& period, const QDateTime& asOf, QList<OverdueCase>* overdue,
                     QString* errorMessage) const;
    static bool rowFromRecord(const QSqlRecord& record, Row* row);
    void tally(const QList<Row>& rows, const ReportPeriod& period, CaseReportData* data,
               QHash<QString, ReportFigures>* byService) const;
    // Every service of the catalog, grouped by division in the catalog's order; then cases of
    // services the catalog no longer has.
    void groupByDivision(QHash<QString, ReportFigures> byService, CaseReportData* data) const;
    QString storedDay(const QDate& day) const; // local midnight as a stored UTC time

    Database& m_database;
    const Catalog& m_catalog;
    const WorkingCalendar& m_calendar;
    OfficeHours m_hours;
};

} // namespace loket
