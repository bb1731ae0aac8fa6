#pragma once

#include "Catalog.h"
#include "Database.h"
#include "SatisfactionIndex.h"
#include "Users.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <optional>

namespace loket {

// One respondent of the satisfaction survey (SKM): normally the applicant of a handed-over
// case, answering the nine elements on the 1–4 scale on screen or on a printed questionnaire.
struct SurveyResponse
{
    enum class Source { Screen, Paper };

    qint64 id = 0;
    qint64 caseId = 0; // 0: a respondent without a case
    QString caseNumber; // filled in when read back
    QString serviceCode; // taken from the case when there is one
    QDate answeredOn;
    Source source = Source::Screen;
    SatisfactionIndex::Answers answers {}; // U1–U9, each 1–4; 0 = not answered
    QString gender; // "L", "P" or empty
    int age = 0; // 0: not given
    QString education; // empty: not given
    QString occupation;
    QString suggestion;
};

QString surveySourceKey(SurveyResponse::Source source); // "screen", "paper"
bool surveySourceFromKey(const QString& key, SurveyResponse::Source* source);

// Records survey responses and reads them back by period and service. One response per case;
// every write is one transaction with its audit entry.
class SurveyStore
{
    Q_DECLARE_TR_FUNCTIONS(loket::SurveyStore)
public:
    static constexpr int MinimumAge = 10;
    static constexpr int MaximumAge = 120;
    static constexpr int MaximumTextLength = 100; // education, occupation
    static constexpr int MaximumSuggestionLength = 2000;

    SurveyStore(Database& database, const Catalog& catalog);

    // What is wrong with a response before it is stored, one sentence each (which element is
    // unanswered or off the scale, a date in the future…); empty when it may be stored.
    // `today` is the office's date. The case's own checks need the database (record()).
    QStringList problems(const SurveyResponse& response, const QDate& today) const;

    // Stores the response; returns its id. The user needs the HandOver permission (the clerk
    // who hands over takes the survey). A case must be handed over (or rejected) and have no
    // response yet; its service is the response's service.
    std::optional<qint64> record(const SurveyResponse& response, const User& user,
                                 const QDateTime& now, QString* errorMessage);
    // The same inside a transaction the caller holds (demo seeding); on failure the caller
    // must roll back.
    std::optional<qint64> recordWithinTransaction(const SurveyResponse& response, const User& user,
                                                  const QDateTime& now, QString* errorMessage);

    // The case's response, if it has one (no error either when it has none).
    std::optional<SurveyResponse> forCase(qint64 caseId, QString* errorMessage) const;
    // Responses answered from `from` to `to` (both days included), of one service or of all
    // (empty `serviceCode`), oldest first.
    QList<SurveyResponse> responses(const QDate& from, const QDate& to, const QString& serviceCode,
                                    QString* errorMessage) const;
    // Respondents per service code in the period.
    QMap<QString, int> respondentsPerService(const QDate& from, const QDate& to,
                                             QString* errorMessage) const;

private:
    QString caseProblem(SurveyResponse* response, QString* errorMessage) const;

    Database& m_database;
    const Catalog& m_catalog;
};

} // namespace loket
