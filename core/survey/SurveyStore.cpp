#include "SurveyStore.h"

#include "AuditLog.h"
#include "CaseModel.h"
#include "DatabaseError.h"
#include "Permissions.h"
#include "SqlValues.h"
#include "WorkingCalendar.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {
namespace {

QString answersText(const SatisfactionIndex::Answers& answers)
{
    QStringList values;
    for (const int answer : answers)
        values << QString::number(answer);
    return values.join(QLatin1Char(','));
}

const QString selectResponses = QStringLiteral(
    "SELECT s.id, s.case_id, c.case_number, s.service_code, s.answered_on, s.source,"
    " s.u1, s.u2, s.u3, s.u4, s.u5, s.u6, s.u7, s.u8, s.u9,"
    " s.gender, s.age, s.education, s.occupation, s.suggestion"
    " FROM survey_responses s LEFT JOIN cases c ON c.id = s.case_id");

// The one reading of selectResponses' row.
SurveyResponse responseFromRow(const QSqlRecord& row)
{
    SurveyResponse response;
    response.id = row.value(QStringLiteral("id")).toLongLong();
    const QVariant caseId = row.value(QStringLiteral("case_id"));
    response.caseId = caseId.isNull() ? 0 : caseId.toLongLong();
    response.caseNumber = row.value(QStringLiteral("case_number")).toString();
    response.serviceCode = row.value(QStringLiteral("service_code")).toString();
    response.answeredOn
        = QDate::fromString(row.value(QStringLiteral("answered_on")).toString(), Qt::ISODate);
    surveySourceFromKey(row.value(QStringLiteral("source")).toString(), &response.source);
    for (int e = 0; e < SatisfactionIndex::ElementCount; ++e)
        response.answers[static_cast<size_t>(e)]
            = row.value(QStringLiteral("u%1").arg(e + 1)).toInt();
    response.gender = row.value(QStringLiteral("gender")).toString();
    response.age = row.value(QStringLiteral("age")).toInt();
    response.education = row.value(QStringLiteral("education")).toString();
    response.occupation = row.value(QStringLiteral("occupation")).toString();
    response.suggestion = row.value(QStringLiteral("suggestion")).toString();
    return response;
}

} // namespace

QString surveySourceKey(SurveyResponse::Source source)
{
    return source == SurveyResponse::Source::Paper ? QStringLiteral("paper")
                                                   : QStringLiteral("screen");
}

bool surveySourceFromKey(const QString& key, SurveyResponse::Source* source)
{
    if (key == QLatin1String("screen"))
        *source = SurveyResponse::Source::Screen;
    else if (key == QLatin1String("paper"))
        *source = SurveyResponse::Source::Paper;
    else
        return false;
    return true;
}

SurveyStore::SurveyStore(Database& database, const Catalog& catalog)
    : m_database(database)
    , m_catalog(catalog)
{
}

QStringList SurveyStore::problems(const SurveyResponse& response, const QDate& today) const
{
    QStringList found;
    const QStringList names = SatisfactionIndex::elementNames();
    for (int e = 0; e < SatisfactionIndex::ElementCount; ++e) {
        const int answer = response.answers.at(static_cast<size_t>(e));
        if (answer == 0)
            found << tr("Element U%1 (%2) is not answered.").arg(e + 1).arg(names.at(e));
        else if (answer < 1 || answer > 4)
            found << tr("Element U%1 (%2): %3 is not on the 1–4 scale.")
                         .arg(e + 1)
                         .arg(names.at(e))
                         .arg(answer);
    }
    if (response.caseId == 0 && !m_catalog.service(response.serviceCode))
        found << (response.serviceCode.isEmpty()
                      ? tr("Choose the service the respondent received.")
                      : tr("There is no service %1 in the office's catalog.")
                            .arg(response.serviceCode));
    if (!response.answeredOn.isValid())
        found << tr("Give the date the questionnaire was answered.");
    else if (response.answeredOn > today)
        found << tr("The answer date %1 is in the future.")
                     .arg(response.answeredOn.toString(Qt::ISODate));
    if (!response.gender.isEmpty() && response.gender != QLatin1String("L")
        && response.gender != QLatin1String("P"))
        found << tr("The sex is L or P, or left empty; \"%1\" is neither.").arg(response.gender);
    if (response.age != 0 && (response.age < MinimumAge || response.age > MaximumAge))
        found << tr("The age is %1 to %2 years, or left empty; %3 is not.")
                     .arg(MinimumAge)
                     .arg(MaximumAge)
                     .arg(response.age);
    if (response.education.trimmed().size() > MaximumTextLength)
        found << tr("The education has at most %1 characters.").arg(MaximumTextLength);
    if (response.occupation.trimmed().size() > MaximumTextLength)
        found << tr("The occupation has at most %1 characters.").arg(MaximumTextLength);
    if (response.suggestion.trimmed().size() > MaximumSuggestionLength)
        found << tr("The suggestion has at most %1 characters; it has %2.")
                     .arg(MaximumSuggestionLength)
                     .arg(response.suggestion.trimmed().size());
    return found;
}

// Empty when the case may take the response (and sets its service); else why not.
QString SurveyStore::caseProblem(SurveyResponse* response, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT c.case_number, c.service_code, c.status, c.received_at,"
                                 " s.answered_on FROM cases c"
                                 " LEFT JOIN survey_responses s ON s.case_id = c.id"
                                 " WHERE c.id = :case"));
    query.bindValue(QStringLiteral(":case"), response->caseId);
    if (!query.exec()) {
        *errorMessage
            = tr("Cannot read the case: %1").arg(DatabaseError::describe(query.lastError()));
        return *errorMessage;
    }
    if (!query.next())
        return tr("There is no case with id %1.").arg(response->caseId);
    const QString number = query.value(QStringLiteral("case_number")).toString();
    CaseStatus status = CaseStatus::Registered;
    caseStatusFromKey(query.value(QStringLiteral("status")).toString(), &status);
    if (!query.value(QStringLiteral("answered_on")).isNull())
        return tr("Case %1 already has a survey response (answered on %2); each case has one.")
            .arg(number, query.value(QStringLiteral("answered_on")).toString());
    if (status != CaseStatus::HandedOver && status != CaseStatus::Rejected)
        return tr("Case %1 is %2; the survey is taken once the product is handed over.")
            .arg(number, caseStatusTitle(status).toLower());
    if (!response->serviceCode.isEmpty()
        && response->serviceCode != query.value(QStringLiteral("service_code")).toString())
        return tr("Case %1 is of service %2, not %3.")
            .arg(number, query.value(QStringLiteral("service_code")).toString(),
                 response->serviceCode);
    const QDate received = fromStoredTime(query.value(QStringLiteral("received_at")).toString())
                               .toTimeZone(officeHoursOf(m_catalog.office).zone)
                               .date();
    if (received.isValid() && response->answeredOn < received)
        return tr("The answer date %1 is before case %2 was received (%3).")
            .arg(response->answeredOn.toString(Qt::ISODate), number,
                 received.toString(Qt::ISODate));
    response->serviceCode = query.value(QStringLiteral("service_code")).toString();
    response->caseNumber = number;
    return {};
}

std::optional<qint64> SurveyStore::record(const SurveyResponse& response, const User& user,
                                          const QDateTime& now, QString* errorMessage)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return std::nullopt;
    const std::optional<qint64> id = recordWithinTransaction(response, user, now, errorMessage);
    if (!id || !transaction.commit(errorMessage))
        return std::nullopt;
    return id;
}

std::optional<qint64> SurveyStore::recordWithinTransaction(const SurveyResponse& given,
                                                           const User& user, const QDateTime& now,
                                                           QString* errorMessage)
{
    errorMessage->clear();
    if (const QString refusal = Permissions::check(user, Action::HandOver); !refusal.isEmpty()) {
        *errorMessage = refusal;
        return std::nullopt;
    }
    SurveyResponse response = given;
    const QDate today = now.toTimeZone(officeHoursOf(m_catalog.office).zone).date();
    QStringList found = problems(response, today);
    if (found.isEmpty() && response.caseId != 0) {
        const QString problem = caseProblem(&response, errorMessage);
        if (!errorMessage->isEmpty())
            return std::nullopt;
        if (!problem.isEmpty())
            found << problem;
    }
    if (!found.isEmpty()) {
        *errorMessage = found.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO survey_responses (case_id, service_code, answered_on, source,"
        " u1, u2, u3, u4, u5, u6, u7, u8, u9, gender, age, education, occupation, suggestion,"
        " recorded_by, recorded_at) VALUES (:case, :service, :on, :source,"
        " :u1, :u2, :u3, :u4, :u5, :u6, :u7, :u8, :u9, :gender, :age, :education, :occupation,"
        " :suggestion, :by, :at) RETURNING id"));
    query.bindValue(QStringLiteral(":case"),
                    response.caseId != 0 ? QVariant(response.caseId)
                                         : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(QStringLiteral(":service"), response.serviceCode);
    query.bindValue(QStringLiteral(":on"), response.answeredOn.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":source"), surveySourceKey(response.source));
    for (int e = 0; e < SatisfactionIndex::ElementCount; ++e)
        query.bindValue(QStringLiteral(":u%1").arg(e + 1),
                        response.answers.at(static_cast<size_t>(e)));
    query.bindValue(QStringLiteral(":gender"), nullableText(response.gender));
    query.bindValue(QStringLiteral(":age"),
                    response.age != 0 ? QVariant(response.age)
                                      : QVariant(QMetaType(QMetaType::Int)));
    query.bindValue(QStringLiteral(":education"), nullableText(response.education.trimmed()));
    query.bindValue(QStringLiteral(":occupation"), nullableText(response.occupation.trimmed()));
    query.bindValue(QStringLiteral(":suggestion"), nullableText(response.suggestion.trimmed()));
    query.bindValue(QStringLiteral(":by"), user.id);
    query.bindValue(QStringLiteral(":at"), storedTime(now));
    if (!query.exec() || !query.isActive()) {
        // Another counter recorded the same case in between: the UNIQUE key says so.
        *errorMessage = tr("Cannot save the survey response: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    QJsonObject after { { QStringLiteral("service"), response.serviceCode },
                        { QStringLiteral("answeredOn"), response.answeredOn.toString(Qt::ISODate) },
                        { QStringLiteral("source"), surveySourceKey(response.source) },
                        { QStringLiteral("answers"), answersText(response.answers) } };
    if (!response.caseNumber.isEmpty())
        after.insert(QStringLiteral("case"), response.caseNumber);
    if (!AuditLog(m_database)
             .append({ user.id,
                       QStringLiteral("create"),
                       QStringLiteral("survey_responses"),
                       QString::number(id),
                       {},
                       after,
                       now },
                     errorMessage))
        return std::nullopt;
    return id;
}

std::optional<SurveyResponse> SurveyStore::forCase(qint64 caseId, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(selectResponses + QStringLiteral(" WHERE s.case_id = :case"));
    query.bindValue(QStringLiteral(":case"), caseId);
    if (!query.exec()) {
        *errorMessage = tr("Cannot read the survey responses: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return responseFromRow(query.record());
}

QList<SurveyResponse> SurveyStore::responses(const QDate& from, const QDate& to,
                                             const QString& serviceCode,
                                             QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        selectResponses + QStringLiteral(" WHERE s.answered_on >= :from AND s.answered_on <= :to")
        + (serviceCode.isEmpty() ? QString() : QStringLiteral(" AND s.service_code = :service"))
        + QStringLiteral(" ORDER BY s.answered_on, s.id"));
    query.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (!serviceCode.isEmpty())
        query.bindValue(QStringLiteral(":service"), serviceCode);
    if (!query.exec()) {
        *errorMessage = tr("Cannot read the survey responses: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return {};
    }
    QList<SurveyResponse> found;
    while (query.next())
        found << responseFromRow(query.record());
    return found;
}

QMap<QString, int> SurveyStore::respondentsPerService(const QDate& from, const QDate& to,
                                                      QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT service_code, COUNT(*) AS respondents FROM survey_responses"
                       " WHERE answered_on >= :from AND answered_on <= :to"
                       " GROUP BY service_code"));
    query.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (!query.exec()) {
        *errorMessage = tr("Cannot count the respondents: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return {};
    }
    QMap<QString, int> counts;
    while (query.next())
        counts.insert(query.value(QStringLiteral("service_code")).toString(),
                      query.value(QStringLiteral("respondents")).toInt());
    return counts;
}

} // namespace loket
