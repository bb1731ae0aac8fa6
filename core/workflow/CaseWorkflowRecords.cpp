// CaseWorkflow: what the back office records on a case besides its steps and status.
#include "ApplicantStore.h"
#include "Attachments.h"
#include "CaseModel.h"
#include "CaseWorkflow.h"
#include "DatabaseError.h"
#include "SqlValues.h"
#include "UserStore.h"
#include "WorkflowQueries.h"
#include "WorkflowSupport.h"
#include "WorkingCalendar.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

bool CaseWorkflow::recordVisit(const QString& caseNumber, FieldVisit::Kind kind, const QDate& date,
                               const QString& findings, const User& user, const QDateTime& now,
                               QString* errorMessage)
{
    return run(caseNumber, user, Action::RecordFieldVisit, now, errorMessage, [&](Work& work) {
        const QDate today = now.toTimeZone(officeHoursOf(m_catalog.office).zone).date();
        const QString text = findings.trimmed();
        *work.error = openRefusal(work.record);
        if (work.error->isEmpty() && (!date.isValid() || date > today))
            *work.error = tr("Give the date of the visit: today or an earlier day.");
        if (work.error->isEmpty() && (text.isEmpty() || text.size() > 4000))
            *work.error = tr("Write down the findings of the visit (at most 4000 characters).");
        if (!work.error->isEmpty())
            return false;
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO field_visits (case_id, kind, visit_date, officer_id, findings,"
            " recorded_at) VALUES (:case, :kind, :date, :officer, :findings, :at)"));
        query.bindValue(QStringLiteral(":case"), work.record.id);
        query.bindValue(QStringLiteral(":kind"), fieldVisitKindKey(kind));
        query.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":officer"), work.actor.id);
        query.bindValue(QStringLiteral(":findings"), text);
        query.bindValue(QStringLiteral(":at"), storedTime(now));
        if (!query.exec()) {
            *work.error
                = tr("Cannot record the visit: %1").arg(DatabaseError::describe(query.lastError()));
            return false;
        }
        if (!audit(work, QStringLiteral("field-visit"), {},
                   { { QStringLiteral("kind"), fieldVisitKindKey(kind) },
                     { QStringLiteral("date"), date.toString(Qt::ISODate) },
                     { QStringLiteral("findings"), text } }))
            return false;
        // A visit is verification work: it starts a case that had not been started.
        return work.record.status != CaseStatus::Registered
            || changeStatus(work, CaseStatus::InVerification, tr("field visit"));
    });
}

bool CaseWorkflow::addNote(const QString& caseNumber, const QString& text, const User& user,
                           const QDateTime& now, QString* errorMessage)
{
    return run(caseNumber, user, Action::AddAssessmentNote, now, errorMessage, [&](Work& work) {
        const QString note = text.trimmed();
        *work.error = openRefusal(work.record);
        if (work.error->isEmpty() && (note.isEmpty() || note.size() > 4000))
            *work.error = tr("Write the assessment note (at most 4000 characters).");
        if (!work.error->isEmpty())
            return false;
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO assessment_notes (case_id, note_text, author_id,"
                                     " written_at) VALUES (:case, :text, :author, :at)"));
        query.bindValue(QStringLiteral(":case"), work.record.id);
        query.bindValue(QStringLiteral(":text"), note);
        query.bindValue(QStringLiteral(":author"), work.actor.id);
        query.bindValue(QStringLiteral(":at"), storedTime(now));
        if (!query.exec()) {
            *work.error
                = tr("Cannot save the note: %1").arg(DatabaseError::describe(query.lastError()));
            return false;
        }
        return audit(work, QStringLiteral("note"), {}, { { QStringLiteral("note"), note } });
    });
}

std::optional<qint64> CaseWorkflow::attach(const QString& caseNumber, const QString& fileName,
                                           const QByteArray& content, const User& user,
                                           const QDateTime& now, QString* errorMessage)
{
    qint64 id = 0;
    const bool attached
        = run(caseNumber, user, Action::AttachFile, now, errorMessage, [&](Work& work) {
              *work.error = openRefusal(work.record);
              if (work.error->isEmpty())
                  *work.error = Attachments::check(fileName, content);
              if (!work.error->isEmpty())
                  return false;
              const QString name = Attachments::storedName(fileName);
              const QString type = Attachments::mediaType(content);
              const QString hash = QString::fromLatin1(
                  QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
              QSqlQuery query(m_database.connection());
              query.prepare(QStringLiteral(
                  "INSERT INTO case_attachments (case_id, file_name, media_type, size_bytes,"
                  " sha256, content, attached_by, attached_at) VALUES (:case, :name, :type,"
                  " :size, :hash, :content, :user, :at)"));
              query.bindValue(QStringLiteral(":case"), work.record.id);
              query.bindValue(QStringLiteral(":name"), name);
              query.bindValue(QStringLiteral(":type"), type);
              query.bindValue(QStringLiteral(":size"), qint64(content.size()));
              query.bindValue(QStringLiteral(":hash"), hash);
              query.bindValue(QStringLiteral(":content"), content);
              query.bindValue(QStringLiteral(":user"), work.actor.id);
              query.bindValue(QStringLiteral(":at"), storedTime(now));
              if (!query.exec()) {
                  *work.error = tr("Cannot store the file: %1")
                                    .arg(DatabaseError::describe(query.lastError()));
                  return false;
              }
              id = query.lastInsertId().toLongLong();
              return audit(work, QStringLiteral("attach"), {},
                           { { QStringLiteral("file"), name },
                             { QStringLiteral("type"), type },
                             { QStringLiteral("size"), qint64(content.size()) },
                             { QStringLiteral("sha256"), hash } });
          });
    return attached ? std::optional<qint64>(id) : std::nullopt;
}

bool CaseWorkflow::handOver(const QString& caseNumber, const Handover& handover, const User& user,
                            const QDateTime& now, QString* errorMessage)
{
    return run(caseNumber, user, Action::HandOver, now, errorMessage, [&](Work& work) {
        static const QRegularExpression sixteenDigits(QStringLiteral("^\\d{16}$"));
        const QString name = handover.recipientName.trimmed();
        const QString nik = ApplicantStore::normalisedNik(handover.recipientNik);
        const QString relation = handover.relation.trimmed();
        if (work.record.status != CaseStatus::ProductReady) {
            *work.error = openRefusal(work.record);
            if (work.error->isEmpty())
                *work.error = tr("Case %1 is not ready for collection (it is \"%2\").")
                                  .arg(work.record.number, caseStatusTitle(work.record.status));
        } else if (name.isEmpty() || name.size() > 200) {
            *work.error = tr("Write the name of the person who collects the product.");
        } else if (!sixteenDigits.match(nik).hasMatch()) {
            *work.error = tr("The NIK of the person who collects has 16 digits.");
        } else if (relation.isEmpty() || relation.size() > 100) {
            *work.error = tr("Say how the person who collects is related to the applicant "
                             "(themself, spouse, child, authorised representative …).");
        }
        if (!work.error->isEmpty())
            return false;
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO case_handovers (case_id, recipient_name, recipient_nik, relation,"
            " handed_over_by, handed_over_at) VALUES (:case, :name, :nik, :relation, :user, :at)"));
        query.bindValue(QStringLiteral(":case"), work.record.id);
        query.bindValue(QStringLiteral(":name"), name);
        query.bindValue(QStringLiteral(":nik"), nik);
        query.bindValue(QStringLiteral(":relation"), relation);
        query.bindValue(QStringLiteral(":user"), work.actor.id);
        query.bindValue(QStringLiteral(":at"), storedTime(now));
        if (!query.exec()) {
            *work.error = tr("Cannot record the handover: %1")
                              .arg(DatabaseError::describe(query.lastError()));
            return false;
        }
        return audit(work, QStringLiteral("handover"), {},
                     { { QStringLiteral("name"), name },
                       { QStringLiteral("nik"), nik },
                       { QStringLiteral("relation"), relation } })
            && changeStatus(work, CaseStatus::HandedOver, name);
    });
}

bool CaseWorkflow::reassign(const QString& caseNumber, qint64 officerId, const QString& note,
                            const User& user, const QDateTime& now, QString* errorMessage)
{
    return run(caseNumber, user, Action::Reassign, now, errorMessage, [&](Work& work) {
        *work.error = openRefusal(work.record);
        if (!work.error->isEmpty())
            return false;
        const std::optional<User> officer = UserStore(m_database).find(officerId, work.error);
        if (!work.error->isEmpty())
            return false;
        if (!officer)
            *work.error = tr("There is no user to give the case to.");
        else if (!officer->active)
            *work.error = tr("The account of %1 is disabled.").arg(officer->fullName);
        else if (!Permissions::isCaseOfficer(*officer))
            *work.error = tr("%1 is neither a back-office officer nor a verifier: only they take "
                             "cases.")
                              .arg(officer->fullName);
        else if (WorkflowQueries(m_database, m_catalog).assignedTo(work.record.id, work.error)
                 == officerId)
            *work.error = tr("Case %1 is already assigned to %2.")
                              .arg(work.record.number, officer->fullName);
        return work.error->isEmpty() && assign(work, officerId, note.trimmed());
    });
}

bool CaseWorkflow::assign(Work& work, qint64 officerId, const QString& note)
{
    const qint64 previous
        = WorkflowQueries(m_database, m_catalog).assignedTo(work.record.id, work.error);
    if (!work.error->isEmpty())
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE cases SET assigned_to = :to, updated_at = :at"
                                 " WHERE id = :case"));
    query.bindValue(QStringLiteral(":to"), officerId);
    query.bindValue(QStringLiteral(":at"), storedTime(work.now));
    query.bindValue(QStringLiteral(":case"), work.record.id);
    bool ok = query.exec();
    query.prepare(QStringLiteral(
        "INSERT INTO case_assignments (case_id, from_user, to_user, assigned_by, assigned_at,"
        " note) VALUES (:case, :from, :to, :by, :at, :note)"));
    query.bindValue(QStringLiteral(":case"), work.record.id);
    query.bindValue(QStringLiteral(":from"), nullableId(previous));
    query.bindValue(QStringLiteral(":to"), officerId);
    query.bindValue(QStringLiteral(":by"), work.actor.id);
    query.bindValue(QStringLiteral(":at"), storedTime(work.now));
    query.bindValue(QStringLiteral(":note"), nullableText(note));
    if (!ok || !query.exec()) {
        *work.error
            = tr("Cannot assign the case: %1").arg(DatabaseError::describe(query.lastError()));
        return false;
    }
    UserStore users(m_database);
    const auto who = [&users](qint64 id) {
        const std::optional<User> user = id > 0 ? users.find(id) : std::nullopt;
        return user ? QJsonValue(user->username) : QJsonValue();
    };
    QJsonObject after { { QStringLiteral("assignedTo"), who(officerId) } };
    if (!note.isEmpty())
        after.insert(QStringLiteral("note"), note);
    return audit(work, QStringLiteral("assign"),
                 { { QStringLiteral("assignedTo"), who(previous) } }, after);
}

} // namespace loket
