#include "WorkflowQueries.h"

#include "CaseModel.h"
#include "DatabaseError.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {
namespace {

CaseStep::State stepState(const QString& key)
{
    if (key == QLatin1String("done"))
        return CaseStep::State::Done;
    if (key == QLatin1String("skipped"))
        return CaseStep::State::Skipped;
    return CaseStep::State::Pending;
}

SignoffEntry::Kind signoffKind(const QString& key)
{
    for (auto kind : { SignoffEntry::Kind::Submit, SignoffEntry::Kind::Initial,
                       SignoffEntry::Kind::Return, SignoffEntry::Kind::Sign }) {
        if (signoffKindKey(kind) == key)
            return kind;
    }
    return SignoffEntry::Kind::Submit;
}

} // namespace

// A query on one case; a failure is told in `errorMessage` unless an earlier one is there.
QSqlQuery WorkflowQueries::byCase(const char* sql, qint64 id, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(sql));
    query.bindValue(QStringLiteral(":case"), id);
    if (!query.exec() && errorMessage && errorMessage->isEmpty())
        *errorMessage = tr("Cannot read the case's records: %1")
                            .arg(DatabaseError::describe(query.lastError()));
    return query;
}

WorkflowQueries::WorkflowQueries(Database& database, const Catalog& catalog)
    : m_database(database)
    , m_catalog(catalog)
{
}

QList<CaseStep> WorkflowQueries::steps(qint64 caseId, QString* errorMessage) const
{
    QSqlQuery query = byCase(
        "SELECT s.step_order, s.step_text, s.step_role, s.state, s.done_by,"
        " u.full_name AS done_by_name,"
        " s.done_at, s.note, c.service_code FROM case_steps s JOIN cases c ON c.id = s.case_id"
        " LEFT JOIN users u ON u.id = s.done_by WHERE s.case_id = :case ORDER BY s.step_order",
        caseId, errorMessage);
    QList<CaseStep> steps;
    while (query.next()) {
        CaseStep step;
        step.order = query.value(QStringLiteral("step_order")).toInt();
        step.text = query.value(QStringLiteral("step_text")).toString();
        bool known = false;
        step.role = roleFromKey(query.value(QStringLiteral("step_role")).toString(), &known);
        if (!known) {
            // Cases written before steps kept their role: the catalog's step of that place.
            const Service* service
                = m_catalog.service(query.value(QStringLiteral("service_code")).toString());
            for (const ProcedureStep& candidate : service ? service->steps : QList<ProcedureStep>())
                if (candidate.order == step.order)
                    step.role = candidate.role;
        }
        step.state = stepState(query.value(QStringLiteral("state")).toString());
        step.doneBy = query.value(QStringLiteral("done_by")).toLongLong();
        step.doneByName = query.value(QStringLiteral("done_by_name")).toString();
        step.doneAt = fromStoredTime(query.value(QStringLiteral("done_at")).toString());
        step.note = query.value(QStringLiteral("note")).toString();
        steps << step;
    }
    return steps;
}

QList<StatusChange> WorkflowQueries::statusHistory(qint64 caseId, QString* errorMessage) const
{
    QSqlQuery query
        = byCase("SELECT h.from_status, h.to_status, h.changed_by, u.full_name AS changed_by_name,"
                 " h.changed_at, h.note"
                 " FROM case_status_history h JOIN users u ON u.id = h.changed_by"
                 " WHERE h.case_id = :case ORDER BY h.id",
                 caseId, errorMessage);
    QList<StatusChange> changes;
    while (query.next()) {
        StatusChange change;
        caseStatusFromKey(query.value(QStringLiteral("from_status")).toString(), &change.from);
        caseStatusFromKey(query.value(QStringLiteral("to_status")).toString(), &change.to);
        change.changedBy = query.value(QStringLiteral("changed_by")).toLongLong();
        change.changedByName = query.value(QStringLiteral("changed_by_name")).toString();
        change.at = fromStoredTime(query.value(QStringLiteral("changed_at")).toString());
        change.note = query.value(QStringLiteral("note")).toString();
        changes << change;
    }
    return changes;
}

QList<FieldVisit> WorkflowQueries::visits(qint64 caseId, QString* errorMessage) const
{
    QSqlQuery query
        = byCase("SELECT v.id, v.kind, v.visit_date, v.officer_id, u.full_name AS officer_name,"
                 " v.findings, v.recorded_at FROM field_visits v JOIN users u"
                 " ON u.id = v.officer_id WHERE v.case_id = :case ORDER BY v.id",
                 caseId, errorMessage);
    QList<FieldVisit> visits;
    while (query.next()) {
        FieldVisit visit;
        visit.id = query.value(QStringLiteral("id")).toLongLong();
        fieldVisitKindFromKey(query.value(QStringLiteral("kind")).toString(), &visit.kind);
        visit.date
            = QDate::fromString(query.value(QStringLiteral("visit_date")).toString(), Qt::ISODate);
        visit.officerId = query.value(QStringLiteral("officer_id")).toLongLong();
        visit.officerName = query.value(QStringLiteral("officer_name")).toString();
        visit.findings = query.value(QStringLiteral("findings")).toString();
        visit.recordedAt = fromStoredTime(query.value(QStringLiteral("recorded_at")).toString());
        visits << visit;
    }
    return visits;
}

QList<AssessmentNote> WorkflowQueries::notes(qint64 caseId, QString* errorMessage) const
{
    QSqlQuery query
        = byCase("SELECT n.id, n.note_text, n.author_id, u.full_name AS author_name, n.written_at"
                 " FROM assessment_notes n JOIN users u ON u.id = n.author_id"
                 " WHERE n.case_id = :case ORDER BY n.id",
                 caseId, errorMessage);
    QList<AssessmentNote> notes;
    while (query.next()) {
        notes << AssessmentNote { query.value(QStringLiteral("id")).toLongLong(),
                                  query.value(QStringLiteral("note_text")).toString(),
                                  query.value(QStringLiteral("author_id")).toLongLong(),
                                  query.value(QStringLiteral("author_name")).toString(),
                                  fromStoredTime(
                                      query.value(QStringLiteral("written_at")).toString()) };
    }
    return notes;
}

QList<AttachmentInfo> WorkflowQueries::attachments(qint64 caseId, QString* errorMessage) const
{
    QSqlQuery query = byCase(
        "SELECT a.id, a.file_name, a.media_type, a.size_bytes, a.sha256, a.attached_by,"
        " u.full_name AS attached_by_name, a.attached_at FROM case_attachments a JOIN users u"
        " ON u.id = a.attached_by WHERE a.case_id = :case ORDER BY a.id",
        caseId, errorMessage);
    QList<AttachmentInfo> attachments;
    while (query.next()) {
        attachments << AttachmentInfo {
            query.value(QStringLiteral("id")).toLongLong(),
            query.value(QStringLiteral("file_name")).toString(),
            query.value(QStringLiteral("media_type")).toString(),
            query.value(QStringLiteral("size_bytes")).toLongLong(),
            query.value(QStringLiteral("sha256")).toString(),
            query.value(QStringLiteral("attached_by")).toLongLong(),
            query.value(QStringLiteral("attached_by_name")).toString(),
            fromStoredTime(query.value(QStringLiteral("attached_at")).toString())
        };
    }
    return attachments;
}

QByteArray WorkflowQueries::attachmentContent(qint64 attachmentId, QString* errorMessage) const
{
    QSqlQuery query = byCase("SELECT content FROM case_attachments WHERE id = :case", attachmentId,
                             errorMessage);
    return query.isActive() && query.next() ? query.value(0).toByteArray() : QByteArray();
}

QList<Assignment> WorkflowQueries::assignments(qint64 caseId, QString* errorMessage) const
{
    QSqlQuery query
        = byCase("SELECT a.from_user, a.to_user, u.full_name AS to_user_name, a.assigned_by,"
                 " a.assigned_at, a.note FROM case_assignments a JOIN users u"
                 " ON u.id = a.to_user WHERE a.case_id = :case ORDER BY a.id",
                 caseId, errorMessage);
    QList<Assignment> assignments;
    while (query.next()) {
        assignments << Assignment { query.value(QStringLiteral("from_user")).toLongLong(),
                                    query.value(QStringLiteral("to_user")).toLongLong(),
                                    query.value(QStringLiteral("to_user_name")).toString(),
                                    query.value(QStringLiteral("assigned_by")).toLongLong(),
                                    fromStoredTime(
                                        query.value(QStringLiteral("assigned_at")).toString()),
                                    query.value(QStringLiteral("note")).toString() };
    }
    return assignments;
}

qint64 WorkflowQueries::assignedTo(qint64 caseId, QString* errorMessage) const
{
    QSqlQuery query
        = byCase("SELECT assigned_to FROM cases WHERE id = :case", caseId, errorMessage);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString WorkflowQueries::rejectionReason(qint64 caseId, QString* errorMessage) const
{
    QSqlQuery query
        = byCase("SELECT rejection_reason FROM cases WHERE id = :case", caseId, errorMessage);
    return query.next() ? query.value(0).toString() : QString();
}

std::optional<Handover> WorkflowQueries::handover(qint64 caseId, QString* errorMessage) const
{
    QSqlQuery query = byCase("SELECT recipient_name, recipient_nik, relation, handed_over_by,"
                             " handed_over_at FROM case_handovers WHERE case_id = :case",
                             caseId, errorMessage);
    if (!query.next())
        return std::nullopt;
    return Handover { query.value(QStringLiteral("recipient_name")).toString(),
                      query.value(QStringLiteral("recipient_nik")).toString(),
                      query.value(QStringLiteral("relation")).toString(),
                      query.value(QStringLiteral("handed_over_by")).toLongLong(),
                      fromStoredTime(query.value(QStringLiteral("handed_over_at")).toString()) };
}

QList<SignoffEntry> WorkflowQueries::signoffHistory(qint64 caseId, QString* errorMessage) const
{
    QSqlQuery query = byCase(
        "SELECT r.round_no, r.kind, r.actor_role, r.user_id, u.full_name AS user_name, r.sign_form,"
        " r.note,"
        " r.letter_number, r.acted_at FROM signoff_records r JOIN users u ON u.id = r.user_id"
        " WHERE r.case_id = :case ORDER BY r.id",
        caseId, errorMessage);
    QList<SignoffEntry> entries;
    qint64 drafter = 0; // of the round being read: its submission comes first
    while (query.next()) {
        SignoffEntry entry;
        entry.round = query.value(QStringLiteral("round_no")).toInt();
        entry.kind = signoffKind(query.value(QStringLiteral("kind")).toString());
        bool known = false;
        entry.role = roleFromKey(query.value(QStringLiteral("actor_role")).toString(), &known);
        entry.userId = query.value(QStringLiteral("user_id")).toLongLong();
        entry.userName = query.value(QStringLiteral("user_name")).toString();
        signFormFromKey(query.value(QStringLiteral("sign_form")).toString(), &entry.form);
        entry.note = query.value(QStringLiteral("note")).toString();
        entry.letterNumber = query.value(QStringLiteral("letter_number")).toString();
        entry.at = fromStoredTime(query.value(QStringLiteral("acted_at")).toString());
        if (entry.kind == SignoffEntry::Kind::Submit)
            drafter = entry.userId;
        entry.byDrafter = entry.kind == SignoffEntry::Kind::Initial && entry.userId == drafter;
        entries << entry;
    }
    return entries;
}

SignoffState WorkflowQueries::signoff(qint64 caseId, QString* errorMessage) const
{
    SignoffState state;
    const QList<SignoffEntry> history = signoffHistory(caseId, errorMessage);
    if (history.isEmpty())
        return state;
    state.round = history.last().round;
    for (const SignoffEntry& entry : history) {
        if (entry.round == state.round)
            state.entries << entry;
    }
    QSqlQuery query = byCase("SELECT chain FROM signoff_records WHERE case_id = :case AND"
                             " kind = 'submit' ORDER BY id DESC LIMIT 1",
                             caseId, errorMessage);
    if (query.next())
        SignoffChain::decode(query.value(0).toString(), &state.chain);
    for (const SignoffEntry& entry : std::as_const(state.entries)) {
        if (entry.kind == SignoffEntry::Kind::Submit) {
            state.open = true;
            state.drafterId = entry.userId;
            state.drafterName = entry.userName;
        } else if (entry.kind == SignoffEntry::Kind::Initial) {
            ++state.initialsDone;
        } else {
            state.open = false; // returned or signed
        }
    }
    return state;
}

} // namespace loket
