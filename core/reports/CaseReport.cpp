#include "CaseReport.h"

#include "CaseModel.h"
#include "DatabaseError.h"
#include "Permissions.h"
#include "SqlValues.h"
#include "WorkingCalendar.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace loket {

struct CaseReport::Row
{
    QString serviceCode;
    CaseStatus status = CaseStatus::Registered;
    QDateTime receivedAt;
    QDateTime dueAt;
    QDateTime clockStartedAt;
    QDateTime completedAt;
};

namespace {

constexpr int kProgressEvery = 200;

bool isCompleted(CaseStatus status)
{
    return status == CaseStatus::ProductReady || status == CaseStatus::HandedOver;
}

bool isInProgress(CaseStatus status)
{
    return status == CaseStatus::Registered || status == CaseStatus::InVerification
        || status == CaseStatus::InProcess || status == CaseStatus::AwaitingSignoff;
}

QString failure(QSqlQuery& query)
{
    return CaseReport::tr("Cannot read the cases for the report: %1")
        .arg(DatabaseError::describe(query.lastError()));
}

} // namespace

CaseReport::CaseReport(Database& database, const Catalog& catalog, const WorkingCalendar& calendar)
    : m_database(database)
    , m_catalog(catalog)
    , m_calendar(calendar)
    , m_hours(officeHoursOf(catalog.office))
{
}

bool CaseReport::mayView(const User& user)
{
    return Permissions::allows(user, Action::ViewReports);
}

QString CaseReport::storedDay(const QDate& day) const
{
    return storedTime(QDateTime(day, QTime(0, 0), m_hours.zone));
}

// The one reading of a row of readCases' query; false for a status Loket does not know.
bool CaseReport::rowFromRecord(const QSqlRecord& record, Row* row)
{
    if (!caseStatusFromKey(record.value(QStringLiteral("status")).toString(), &row->status))
        return false;
    row->serviceCode = record.value(QStringLiteral("service_code")).toString();
    row->receivedAt = fromStoredTime(record.value(QStringLiteral("received_at")).toString());
    row->dueAt = fromStoredTime(record.value(QStringLiteral("due_at")).toString());
    row->clockStartedAt
        = fromStoredTime(record.value(QStringLiteral("clock_started_at")).toString());
    if (isCompleted(row->status)) {
        // The first change to product-ready, else to handed-over, else the last update.
        for (const QString& column :
             { QStringLiteral("product_ready_at"), QStringLiteral("handed_over_at"),
               QStringLiteral("updated_at") }) {
            row->completedAt = fromStoredTime(record.value(column).toString());
            if (row->completedAt.isValid())
                break;
        }
    }
    return true;
}

bool CaseReport::readCases(const ReportPeriod& period, const Progress& progress, QList<Row>* rows,
                           bool* cancelled, QString* errorMessage) const
{
    const QString from = storedDay(period.chartFirstMonth());
    const QString to = storedDay(period.endDay());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM cases WHERE received_at >= :from"
                                 " AND received_at < :to"));
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":to"), to);
    if (!query.exec() || !query.next()) {
        *errorMessage = failure(query);
        return false;
    }
    // The overdue list is the last step.
    const int total = query.value(0).toInt() + 1;
    if (progress && !progress(0, total)) {
        *cancelled = true;
        return true;
    }
    query.prepare(QStringLiteral(
        "SELECT c.service_code, c.status, c.received_at, c.due_at, c.clock_started_at,"
        " c.updated_at,"
        " (SELECT MIN(h.changed_at) FROM case_status_history h WHERE h.case_id = c.id"
        "  AND h.to_status = 'product-ready') AS product_ready_at,"
        " (SELECT MIN(h.changed_at) FROM case_status_history h WHERE h.case_id = c.id"
        "  AND h.to_status = 'handed-over') AS handed_over_at"
        " FROM cases c WHERE c.received_at >= :from AND c.received_at < :to"));
    query.setForwardOnly(true);
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":to"), to);
    if (!query.exec()) {
        *errorMessage = failure(query);
        return false;
    }
    while (query.next()) {
        Row row;
        if (!rowFromRecord(query.record(), &row))
            continue; // the schema's CHECK allows no other status
        rows->append(row);
        if (progress && rows->size() % kProgressEvery == 0 && !progress(int(rows->size()), total)) {
            *cancelled = true;
            return true;
        }
    }
    if (progress && !progress(int(rows->size()), total))
        *cancelled = true;
    return true;
}

bool CaseReport::readOverdue(const ReportPeriod& period, const QDateTime& asOf,
                             QList<OverdueCase>* overdue, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT c.case_number, c.service_code, c.received_at, c.due_at, c.response_due_at,"
        " p.full_name AS person_name, o.name AS organisation_name, u.full_name AS assigned_name,"
        " (SELECT w.full_name FROM case_status_history h JOIN users w ON w.id = h.changed_by"
        "  WHERE h.case_id = c.id ORDER BY h.changed_at DESC, h.id DESC LIMIT 1)"
        " AS last_changed_by_name"
        " FROM cases c"
        " LEFT JOIN persons p ON p.id = c.person_id"
        " LEFT JOIN organisations o ON o.id = c.organisation_id"
        " LEFT JOIN users u ON u.id = c.assigned_to"
        " WHERE c.status IN ('registered', 'in-verification', 'in-process', 'awaiting-signoff')"
        " AND c.received_at < :to"
        " AND ((c.due_at IS NOT NULL AND c.due_at < :asof)"
        "  OR (c.due_at IS NULL AND c.status = 'registered' AND c.response_due_at IS NOT NULL"
        "   AND c.response_due_at < :asof))"));
    query.bindValue(QStringLiteral(":to"), storedDay(period.endDay()));
    query.bindValue(QStringLiteral(":asof"), storedTime(asOf));
    if (!query.exec()) {
        *errorMessage = failure(query);
        return false;
    }
    const QDate today = asOf.toTimeZone(m_hours.zone).date();
    while (query.next()) {
        OverdueCase item;
        item.caseNumber = query.value(QStringLiteral("case_number")).toString();
        item.serviceCode = query.value(QStringLiteral("service_code")).toString();
        const Service* service = m_catalog.service(item.serviceCode);
        item.serviceName = service ? service->name : item.serviceCode;
        item.receivedAt = fromStoredTime(query.value(QStringLiteral("received_at")).toString());
        item.dueAt = fromStoredTime(query.value(QStringLiteral("due_at")).toString());
        if (!item.dueAt.isValid())
            item.dueAt = fromStoredTime(query.value(QStringLiteral("response_due_at")).toString());
        item.applicant = query.value(QStringLiteral("person_name")).toString();
        const QString organisation = query.value(QStringLiteral("organisation_name")).toString();
        if (!organisation.isEmpty())
            item.applicant += QStringLiteral(" (%1)").arg(organisation);
        item.officer = query.value(QStringLiteral("assigned_name")).toString();
        if (item.officer.isEmpty())
            item.officer = query.value(QStringLiteral("last_changed_by_name")).toString();
        const QDate dueDay = item.dueAt.toTimeZone(m_hours.zone).date();
        item.workingDaysLate = report::workingDaysBetween(m_calendar, dueDay.addDays(1), today);
        overdue->append(item);
    }
    std::sort(overdue->begin(), overdue->end(), [](const OverdueCase& a, const OverdueCase& b) {
        return a.dueAt != b.dueAt ? a.dueAt < b.dueAt : a.caseNumber < b.caseNumber;
    });
    return true;
}

// The months of the chart and the figures of each service, from the cases read.
void CaseReport::tally(const QList<Row>& rows, const ReportPeriod& period, CaseReportData* data,
                       QHash<QString, ReportFigures>* byService) const
{
    const QDate chartFirst = period.chartFirstMonth();
    for (int i = 0; i < 12; ++i)
        data->months << MonthRate { chartFirst.addMonths(i), 0, 0 };
    for (const Row& row : rows) {
        const QDate received = row.receivedAt.toTimeZone(m_hours.zone).date();
        const bool completed = isCompleted(row.status);
        const bool onTime = completed && (!row.dueAt.isValid() || row.completedAt <= row.dueAt);
        const int month
            = (received.year() - chartFirst.year()) * 12 + received.month() - chartFirst.month();
        if (month >= 0 && month < 12 && completed) {
            ++data->months[month].completed;
            data->months[month].onTime += onTime ? 1 : 0;
        }
        if (received < period.firstDay() || received >= period.endDay())
            continue;
        ReportFigures& figures = (*byService)[row.serviceCode];
        ++figures.received;
        if (completed) {
            ++figures.completed;
            ++(onTime ? figures.onTime : figures.late);
            const QDateTime start
                = row.clockStartedAt.isValid() ? row.clockStartedAt : row.receivedAt;
            figures.completionDays << qMax(
                1,
                report::workingDaysBetween(m_calendar, start.toTimeZone(m_hours.zone).date(),
                                           row.completedAt.toTimeZone(m_hours.zone).date()));
        } else if (row.status == CaseStatus::Rejected) {
            ++figures.rejected;
        } else if (row.status == CaseStatus::WaitingDocuments) {
            ++figures.waiting;
        } else if (isInProgress(row.status)) {
            ++figures.open;
        }
    }
}

void CaseReport::groupByDivision(QHash<QString, ReportFigures> byService,
                                 CaseReportData* data) const
{
    auto divisionOf = [data](const QString& name) -> ReportDivision& {
        for (ReportDivision& division : data->divisions) {
            if (division.name == name)
                return division;
        }
        data->divisions.append(ReportDivision { name, {}, {} });
        return data->divisions.last();
    };
    for (const Service& service : m_catalog.services) {
        const QString division = service.division.trimmed().isEmpty() ? report::noDivisionName()
                                                                      : service.division.trimmed();
        divisionOf(division).services.append(
            { service.code, service.name, division, byService.take(service.code) });
    }
    QStringList unknown = byService.keys();
    std::sort(unknown.begin(), unknown.end());
    for (const QString& code : std::as_const(unknown)) {
        const QString division = QStringLiteral("Layanan di luar katalog yang berlaku");
        divisionOf(division).services.append({ code, code, division, byService.value(code) });
    }
    for (ReportDivision& division : data->divisions) {
        for (const ReportServiceRow& row : std::as_const(division.services))
            division.total.add(row.figures);
        data->total.add(division.total);
    }
}

std::optional<CaseReportData> CaseReport::compute(const ReportPeriod& period, const QDateTime& asOf,
                                                  const Progress& progress,
                                                  QString* errorMessage) const
{
    QString ignored;
    QString* error = errorMessage ? errorMessage : &ignored;
    if (!period.isValid()) {
        *error = tr("The report period must be a month (YYYY-MM) or a year (YYYY).");
        return std::nullopt;
    }
    CaseReportData data;
    data.period = period;
    data.asOf = asOf;
    QList<Row> rows;
    bool cancelled = false;
    if (!readCases(period, progress, &rows, &cancelled, error))
        return std::nullopt;
    if (cancelled) {
        data.cancelled = true;
        return data;
    }

    QHash<QString, ReportFigures> byService;
    tally(rows, period, &data, &byService);
    groupByDivision(std::move(byService), &data);

    if (!readOverdue(period, asOf, &data.overdue, error))
        return std::nullopt;
    if (progress && !progress(int(rows.size()) + 1, int(rows.size()) + 1))
        return CaseReportData { period, asOf, {}, {}, {}, {}, true };
    return data;
}

} // namespace loket
