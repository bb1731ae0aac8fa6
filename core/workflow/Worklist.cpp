#include "Worklist.h"

#include "CaseModel.h"
#include "CaseRows.h"
#include "CaseSearch.h"
#include "CaseWorkflow.h"
#include "DatabaseError.h"
#include "Permissions.h"
#include "SqlValues.h"
#include "WorkflowQueries.h"
#include "WorkingCalendar.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace loket {
namespace {

std::optional<UserRole> waitingFor(const WorklistItem& item, Role stepRole)
{
    switch (item.summary.status) {
    case CaseStatus::WaitingDocuments:
    case CaseStatus::ProductReady:
        return UserRole::FrontOffice;
    case CaseStatus::InProcess:
        // The counter's steps after processing (calling the applicant, handing over) wait for
        // the product; until then the back office has the case, to draft it.
        if (Permissions::roleForStep(stepRole) == UserRole::FrontOffice)
            return UserRole::BackOffice;
        [[fallthrough]];
    case CaseStatus::Registered:
    case CaseStatus::InVerification:
        return item.nextStep > 0 ? Permissions::roleForStep(stepRole) : UserRole::BackOffice;
    case CaseStatus::AwaitingSignoff:
        if (const std::optional<Role> next = item.signoff.nextRole())
            return Permissions::roleForStep(*next);
        return UserRole::BackOffice;
    case CaseStatus::HandedOver:
    case CaseStatus::Rejected:
        break;
    }
    return std::nullopt;
}

// The WHERE clause and search rank of a worklist query, with the values they bind.
struct WorklistSql
{
    QStringList conditions;
    QString rank = QStringLiteral("0");
    QList<QPair<QString, QVariant>> binds;
};

// False when the search text can match nothing (CaseSearch has no alternative for it).
bool worklistSql(const WorklistFilter& filter, const QList<CaseStatus>& statuses, WorklistSql* sql)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        placeholders << QStringLiteral(":s%1").arg(i);
        sql->binds.append({ placeholders.last(), caseStatusKey(statuses.at(i)) });
    }
    sql->conditions
        << QStringLiteral("c.status IN (%1)").arg(placeholders.join(QStringLiteral(", ")));
    if (filter.status) {
        sql->conditions << QStringLiteral("c.status = :status");
        sql->binds.append({ QStringLiteral(":status"), caseStatusKey(*filter.status) });
    }
    if (!filter.serviceCode.isEmpty()) {
        sql->conditions << QStringLiteral("c.service_code = :service");
        sql->binds.append({ QStringLiteral(":service"), filter.serviceCode.trimmed().toUpper() });
    }
    if (filter.officerId > 0) {
        sql->conditions << QStringLiteral("c.assigned_to = :officer");
        sql->binds.append({ QStringLiteral(":officer"), filter.officerId });
    }
    if (filter.caseId > 0) {
        sql->conditions << QStringLiteral("c.id = :case");
        sql->binds.append({ QStringLiteral(":case"), filter.caseId });
    }
    // The search in the same query, however many cases match: each case is ranked by the
    // first alternative of CaseSearch it matches, and the best rank found wins (keepBestRank).
    if (filter.search.trimmed().isEmpty())
        return true;
    const QList<SqlCondition> alternatives = CaseSearch::alternatives(filter.search);
    if (alternatives.isEmpty())
        return false;
    QStringList cases;
    for (qsizetype i = 0; i < alternatives.size(); ++i) {
        cases << QStringLiteral("WHEN %1 THEN %2").arg(alternatives.at(i).sql).arg(i);
        sql->binds += alternatives.at(i).binds;
    }
    sql->rank = QStringLiteral("CASE %1 END").arg(cases.join(QLatin1Char(' ')));
    return true;
}

// As at the counter: cases matching a better alternative hide the others.
void keepBestRank(QList<WorklistItem>* items, const QList<int>& ranks)
{
    const int best = ranks.isEmpty() ? 0 : *std::min_element(ranks.cbegin(), ranks.cend());
    for (qsizetype i = items->size() - 1; i >= 0; --i) {
        if (ranks.at(i) != best)
            items->removeAt(i);
    }
}

} // namespace

Worklist::Worklist(Database& database, const Catalog& catalog, const WorkingCalendar& calendar)
    : m_database(database)
    , m_catalog(catalog)
    , m_calendar(calendar)
    , m_hours(officeHoursOf(catalog.office))
{
}

TimeLeft Worklist::timeLeft(const QDateTime& due, const QDateTime& now) const
{
    return timeLeftUntil(m_calendar, m_hours.zone, due, now);
}

QStringList Worklist::divisions() const
{
    QStringList names;
    for (const Service& service : m_catalog.services) {
        if (!service.division.isEmpty() && !names.contains(service.division))
            names << service.division;
    }
    return names;
}

QList<WorklistItem> Worklist::load(const WorklistFilter& filter, const QList<CaseStatus>& statuses,
                                   const QDateTime& now, QString* errorMessage) const
{
    WorklistSql sql;
    if (!worklistSql(filter, statuses, &sql))
        return {};
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral(
            "SELECT * FROM (SELECT %3, c.response_due_at, c.clock_stopped_at, c.assigned_to,"
            " u.full_name AS officer, s.step_order, s.step_role, s.step_text,"
            " %2 AS search_rank FROM cases c"
            " LEFT JOIN persons p ON p.id = c.person_id"
            " LEFT JOIN organisations o ON o.id = c.organisation_id"
            " LEFT JOIN users u ON u.id = c.assigned_to"
            " LEFT JOIN case_steps s ON s.case_id = c.id AND s.step_order = (SELECT"
            " MIN(x.step_order) FROM case_steps x WHERE x.case_id = c.id AND x.state = 'pending')"
            " WHERE %1) AS listed WHERE search_rank IS NOT NULL")
            .arg(sql.conditions.join(QStringLiteral(" AND ")), sql.rank,
                 QLatin1String(kCaseSummaryColumns)));
    for (const auto& [name, value] : std::as_const(sql.binds))
        query.bindValue(name, value);
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the worklist: %1")
                                .arg(DatabaseError::describe(query.lastError()));
        return {};
    }

    QList<WorklistItem> items;
    QList<int> ranks;
    QString error;
    WorkflowQueries workflow(m_database, m_catalog);
    while (query.next()) {
        const QSqlRecord row = query.record();
        WorklistItem item;
        item.summary = caseSummaryFromRow(row);
        const Service* service = m_catalog.service(item.summary.serviceCode);
        item.division = service ? service->division : QString();
        if (!filter.division.isEmpty()
            && item.division.compare(filter.division.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        completeItem(&item, row, service, workflow, now, &error);
        items << item;
        ranks << row.value(QStringLiteral("search_rank")).toInt();
    }
    if (query.lastError().isValid() && error.isEmpty())
        error = tr("Cannot read the worklist: %1").arg(DatabaseError::describe(query.lastError()));
    if (!error.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        return {};
    }
    keepBestRank(&items, ranks);
    std::stable_sort(items.begin(), items.end(), &Worklist::mostUrgentFirst);
    return items;
}

void Worklist::completeItem(WorklistItem* item, const QSqlRecord& row, const Service* service,
                            const WorkflowQueries& workflow, const QDateTime& now,
                            QString* errorMessage) const
{
    const CaseSummary& summary = item->summary;
    item->serviceName = service ? service->name : QString();
    const QDateTime responseDue
        = fromStoredTime(row.value(QStringLiteral("response_due_at")).toString());
    item->clockStoppedAt = fromStoredTime(row.value(QStringLiteral("clock_stopped_at")).toString());
    item->assignedTo = row.value(QStringLiteral("assigned_to")).toLongLong();
    item->assignedToName = row.value(QStringLiteral("officer")).toString();
    item->nextStep = row.value(QStringLiteral("step_order")).toInt();
    item->nextStepText = row.value(QStringLiteral("step_text")).toString();
    bool known = false;
    Role stepRole = roleFromKey(row.value(QStringLiteral("step_role")).toString(), &known);
    for (const ProcedureStep& step : service && !known ? service->steps : QList<ProcedureStep>())
        if (step.order == item->nextStep)
            stepRole = step.role;
    if (summary.status == CaseStatus::AwaitingSignoff)
        item->signoff = workflow.signoff(summary.id, errorMessage);
    item->waitingFor = waitingFor(*item, stepRole);
    // Before the first response, a two-stage service with an open follow-up is held to
    // its response time.
    QDateTime due = summary.dueAt;
    if (!due.isValid() && summary.status == CaseStatus::Registered)
        due = responseDue;
    item->timeLeft = timeLeft(due, item->clockStoppedAt.isValid() ? item->clockStoppedAt : now);
}

bool Worklist::mostUrgentFirst(const WorklistItem& a, const WorklistItem& b)
{
    const QDateTime& dueA = a.timeLeft.due;
    const QDateTime& dueB = b.timeLeft.due;
    if (dueA.isValid() != dueB.isValid())
        return dueA.isValid();
    if (dueA != dueB)
        return dueA < dueB;
    if (a.summary.receivedAt != b.summary.receivedAt)
        return a.summary.receivedAt < b.summary.receivedAt;
    return a.summary.id < b.summary.id;
}

bool Worklist::longestWaitingFirst(const WorklistItem& a, const WorklistItem& b)
{
    if (a.clockStoppedAt != b.clockStoppedAt)
        return a.clockStoppedAt < b.clockStoppedAt;
    return mostUrgentFirst(a, b);
}

QList<WorklistItem> Worklist::open(const WorklistFilter& filter, const QDateTime& now,
                                   QString* errorMessage) const
{
    return load(filter,
                { CaseStatus::WaitingDocuments, CaseStatus::Registered, CaseStatus::InVerification,
                  CaseStatus::InProcess, CaseStatus::AwaitingSignoff, CaseStatus::ProductReady },
                now, errorMessage);
}

QList<WorklistItem> Worklist::forRole(UserRole role, const WorklistFilter& filter,
                                      const QDateTime& now, QString* errorMessage) const
{
    QList<WorklistItem> items = open(filter, now, errorMessage);
    items.erase(
        std::remove_if(items.begin(), items.end(),
                       [role](const WorklistItem& item) { return item.waitingFor != role; }),
        items.end());
    return items;
}

QList<WorklistItem> Worklist::forUser(const User& user, const WorklistFilter& filter,
                                      const QDateTime& now, QString* errorMessage) const
{
    QList<WorklistItem> items = open(filter, now, errorMessage);
    const auto notMine = [&user](const WorklistItem& item) {
        if (!user.active || !item.waitingFor || !user.hasRole(*item.waitingFor))
            return true;
        if (Permissions::isCaseOfficerRole(*item.waitingFor) && item.assignedTo != 0
            && item.assignedTo != user.id && item.summary.status != CaseStatus::AwaitingSignoff)
            return true;
        // A draft waiting for initials is listed for whoever may give the next one.
        return item.summary.status == CaseStatus::AwaitingSignoff && !item.signoff.waitsForSigner()
            && !CaseWorkflow::initialRefusal(item.signoff, user).isEmpty();
    };
    items.erase(std::remove_if(items.begin(), items.end(), notMine), items.end());
    return items;
}

QList<WorklistItem> Worklist::readyForCollection(const WorklistFilter& filter, const QDateTime& now,
                                                 QString* errorMessage) const
{
    QList<WorklistItem> items = load(filter, { CaseStatus::ProductReady }, now, errorMessage);
    std::stable_sort(items.begin(), items.end(), &Worklist::longestWaitingFirst);
    return items;
}

} // namespace loket
