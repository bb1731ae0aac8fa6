#include "Worklist.h"

#include "CaseModel.h"
#include "CaseSearch.h"
#include "CaseWorkflow.h"
#include "DatabaseError.h"
#include "Permissions.h"
#include "SqlValues.h"
#include "WorkflowQueries.h"
#include "WorkingCalendar.h"

#include <QSqlError>
#include <QSqlQuery>
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
    QStringList conditions;
    QList<QPair<QString, QVariant>> binds;
    QStringList placeholders;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        placeholders << QStringLiteral(":s%1").arg(i);
        binds.append({ placeholders.last(), caseStatusKey(statuses.at(i)) });
    }
    conditions << QStringLiteral("c.status IN (%1)").arg(placeholders.join(QStringLiteral(", ")));
    if (filter.status) {
        conditions << QStringLiteral("c.status = :status");
        binds.append({ QStringLiteral(":status"), caseStatusKey(*filter.status) });
    }
    if (!filter.serviceCode.isEmpty()) {
        conditions << QStringLiteral("c.service_code = :service");
        binds.append({ QStringLiteral(":service"), filter.serviceCode.trimmed().toUpper() });
    }
    if (filter.officerId > 0) {
        conditions << QStringLiteral("c.assigned_to = :officer");
        binds.append({ QStringLiteral(":officer"), filter.officerId });
    }
    if (filter.caseId > 0) {
        conditions << QStringLiteral("c.id = :case");
        binds.append({ QStringLiteral(":case"), filter.caseId });
    }
    // The search in the same query, however many cases match: each case is ranked by the
    // first alternative of CaseSearch it matches, and the best rank found wins below.
    QString rank = QStringLiteral("0");
    if (!filter.search.trimmed().isEmpty()) {
        const QList<SqlCondition> alternatives = CaseSearch::alternatives(filter.search);
        if (alternatives.isEmpty())
            return {};
        QStringList cases;
        for (qsizetype i = 0; i < alternatives.size(); ++i) {
            cases << QStringLiteral("WHEN %1 THEN %2").arg(alternatives.at(i).sql).arg(i);
            binds += alternatives.at(i).binds;
        }
        rank = QStringLiteral("CASE %1 END").arg(cases.join(QLatin1Char(' ')));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral(
            "SELECT * FROM (SELECT c.id, c.case_number, c.service_code, c.status, p.full_name,"
            " p.nik, o.name, c.received_at, c.due_at, c.response_due_at, c.clock_stopped_at,"
            " c.assigned_to, u.full_name AS officer, s.step_order, s.step_role, s.step_text,"
            " %2 AS search_rank FROM cases c"
            " LEFT JOIN persons p ON p.id = c.person_id"
            " LEFT JOIN organisations o ON o.id = c.organisation_id"
            " LEFT JOIN users u ON u.id = c.assigned_to"
            " LEFT JOIN case_steps s ON s.case_id = c.id AND s.step_order = (SELECT"
            " MIN(x.step_order) FROM case_steps x WHERE x.case_id = c.id AND x.state = 'pending')"
            " WHERE %1) AS listed WHERE search_rank IS NOT NULL")
            .arg(conditions.join(QStringLiteral(" AND ")), rank));
    for (const auto& [name, value] : binds)
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
        WorklistItem item;
        CaseSummary& summary = item.summary;
        summary.id = query.value(0).toLongLong();
        summary.number = query.value(1).toString();
        summary.serviceCode = query.value(2).toString();
        const Service* service = m_catalog.service(summary.serviceCode);
        item.serviceName = service ? service->name : QString();
        item.division = service ? service->division : QString();
        if (!filter.division.isEmpty()
            && item.division.compare(filter.division.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        caseStatusFromKey(query.value(3).toString(), &summary.status);
        summary.applicantName = query.value(4).toString();
        summary.nik = query.value(5).toString();
        summary.organisationName = query.value(6).toString();
        summary.receivedAt = fromStoredTime(query.value(7).toString());
        summary.dueAt = fromStoredTime(query.value(8).toString());
        const QDateTime responseDue = fromStoredTime(query.value(9).toString());
        item.clockStoppedAt = fromStoredTime(query.value(10).toString());
        item.assignedTo = query.value(11).toLongLong();
        item.assignedToName = query.value(12).toString();
        item.nextStep = query.value(13).toInt();
        item.nextStepText = query.value(15).toString();
        bool known = false;
        Role stepRole = roleFromKey(query.value(14).toString(), &known);
        for (const ProcedureStep& step :
             service && !known ? service->steps : QList<ProcedureStep>())
            if (step.order == item.nextStep)
                stepRole = step.role;
        if (summary.status == CaseStatus::AwaitingSignoff)
            item.signoff = workflow.signoff(summary.id, &error);
        item.waitingFor = waitingFor(item, stepRole);
        // Before the first response, a two-stage service with an open follow-up is held to
        // its response time.
        QDateTime due = summary.dueAt;
        if (!due.isValid() && summary.status == CaseStatus::Registered)
            due = responseDue;
        item.timeLeft = timeLeft(due, item.clockStoppedAt.isValid() ? item.clockStoppedAt : now);
        items << item;
        ranks << query.value(16).toInt();
    }
    if (query.lastError().isValid() && error.isEmpty())
        error = tr("Cannot read the worklist: %1").arg(DatabaseError::describe(query.lastError()));
    if (!error.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        return {};
    }
    // As at the counter: cases matching a better alternative hide the others.
    const int best = ranks.isEmpty() ? 0 : *std::min_element(ranks.cbegin(), ranks.cend());
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        if (ranks.at(i) != best)
            items.removeAt(i);
    }
    std::stable_sort(items.begin(), items.end(), &Worklist::mostUrgentFirst);
    return items;
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
