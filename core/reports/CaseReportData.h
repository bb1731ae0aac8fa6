#pragma once
// The figures of the service recap for heads of division (rekapitulasi pelayanan): what
// CaseReport computes and CaseReportDocument prints. The definitions, printed as the report's
// footnote (CaseReportDocument::definitions()), are:
//
//  - received: cases whose received_at falls in the period (office time);
//  - of those, by their status when the report is made:
//    completed — product ready or handed over; completion time is the first change to
//      product-ready in case_status_history, else to handed-over, else updated_at;
//    on time — completed at or before due_at, or completed with no due date (an open-ended
//      service time promises none); late — completed after due_at;
//    rejected; still open — registered, in verification, in process, awaiting sign-off;
//    waiting for documents — waiting-documents (its clock has not started);
//  - on-time rate = on time / completed ("–" when nothing was completed);
//  - median completion time in working days from clock_started_at (else received_at) to the
//    completion, both days counted (the starting day is day 1, as for service times);
//  - overdue: open cases received before the end of the period whose due_at (for a registered
//    two-stage case without one: response_due_at, as in the worklist) is before "as of";
//    working days late = working days after the due day up to and including the "as of" day.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace loket {

class WorkingCalendar;

// A month ("2026-11") or a year ("2026").
struct ReportPeriod
{
    enum class Kind { Month, Year };
    Kind kind = Kind::Month;
    int year = 0;
    int month = 0; // 1–12 for a month, 0 for a year

    static std::optional<ReportPeriod> parse(const QString& text);
    static ReportPeriod ofMonth(int year, int month) { return { Kind::Month, year, month }; }
    static ReportPeriod ofYear(int year) { return { Kind::Year, year, 0 }; }

    bool isValid() const;
    QDate firstDay() const;
    QDate endDay() const; // the first day after the period
    QString key() const; // "2026-11" or "2026"
    QString title() const; // "BULAN NOVEMBER 2026" or "TAHUN 2026"
    QString label() const; // "November 2026" or "Tahun 2026"
    // The first of the twelve months the on-time chart shows: the year's January, or eleven
    // months before a month.
    QDate chartFirstMonth() const;
};

struct ReportFigures
{
    int received = 0;
    int completed = 0;
    int onTime = 0;
    int late = 0;
    int rejected = 0;
    int open = 0;
    int waiting = 0;
    QList<int> completionDays; // working days of each completed case

    std::optional<double> onTimePercent() const;
    std::optional<double> medianDays() const;
    void add(const ReportFigures& other);
    bool operator==(const ReportFigures& other) const;
};

struct ReportServiceRow
{
    QString code;
    QString name;
    QString division;
    ReportFigures figures;
};

struct ReportDivision
{
    QString name; // as the catalog writes it; noDivisionName() when it names none
    QList<ReportServiceRow> services;
    ReportFigures total;
};

struct OverdueCase
{
    QString caseNumber;
    QString serviceCode;
    QString serviceName;
    QString applicant;
    QString officer; // the assigned officer, else who last changed the status; may be empty
    QDateTime receivedAt;
    QDateTime dueAt;
    int workingDaysLate = 0;
};

// One month of the on-time chart: cases received that month, by their state now.
struct MonthRate
{
    QDate month; // its first day
    int completed = 0;
    int onTime = 0;
    std::optional<double> percent() const;
};

struct CaseReportData
{
    ReportPeriod period;
    QDateTime asOf;
    QList<ReportDivision> divisions;
    ReportFigures total;
    QList<OverdueCase> overdue; // most overdue first
    QList<MonthRate> months; // twelve, oldest first
    bool cancelled = false;
};

namespace report {
// Working days from `from` to `to`, both counted; 0 when `to` is before `from`.
int workingDaysBetween(const WorkingCalendar& calendar, const QDate& from, const QDate& to);
// The label of services whose division the catalog does not name.
QString noDivisionName();
// Indonesian number forms: "87,5" and "2" / "2,5"; "–" for none.
QString percentText(const std::optional<double>& percent);
QString daysText(const std::optional<double>& days);
} // namespace report

} // namespace loket
