#include "DemoSurvey.h"

#include "DatabaseError.h"
#include "SqlValues.h"
#include "SurveyQuestionnaire.h"
#include "SurveyStore.h"
#include "UserStore.h"
#include "WorkingCalendar.h"
#include "WriteTransaction.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <optional>

namespace loket {
namespace {

struct Candidate
{
    qint64 caseId;
    QString serviceCode;
    QDate received;
    QString sex;
    QDate birth;
};

// A respondent's answer to one element: a satisfied office with a few complaints.
int answer(QRandomGenerator& random, int element, const Service* service)
{
    const int roll = random.bounded(100);
    if (element == 3 && service && service->feeAmount == 0) // U4: a free service is "Gratis"
        return roll < 92 ? 4 : 3;
    // U3 (time) and U8 (complaint handling) fare a little worse, as surveys usually show.
    const int twos = element == 2 || element == 7 ? 18 : 9;
    if (roll < 1)
        return 1;
    if (roll < 1 + twos)
        return 2;
    return roll < 62 ? 3 : 4;
}

// The handed-over cases without a response yet, oldest first; empty with the reason when
// they cannot be read.
std::optional<QList<Candidate>> unansweredCases(Database& database, const QTimeZone& zone,
                                                QString* errorMessage)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT c.id, c.service_code, c.received_at, p.sex, p.birth_date FROM cases c"
            " LEFT JOIN persons p ON p.id = c.person_id"
            " LEFT JOIN survey_responses s ON s.case_id = c.id"
            " WHERE c.status = 'handed-over' AND s.id IS NULL ORDER BY c.id"))) {
        *errorMessage = DemoSurvey::tr("Cannot read the demo cases: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    QList<Candidate> candidates;
    while (query.next()) {
        candidates << Candidate {
            query.value(QStringLiteral("id")).toLongLong(),
            query.value(QStringLiteral("service_code")).toString(),
            fromStoredTime(query.value(QStringLiteral("received_at")).toString())
                .toTimeZone(zone)
                .date(),
            query.value(QStringLiteral("sex")).toString(),
            QDate::fromString(query.value(QStringLiteral("birth_date")).toString(), Qt::ISODate)
        };
    }
    return candidates;
}

// One respondent's questionnaire, answered a few days after the case was received.
SurveyResponse demoResponse(const Candidate& candidate, const Service* service, const QDate& today,
                            QRandomGenerator& random)
{
    static const char* const suggestions[] = {
        "Ruang tunggu mohon ditambah kursinya.",
        "Pelayanan sudah baik, pertahankan.",
        "Mohon informasi persyaratan dipasang lebih jelas di loket.",
        "Petugas ramah dan cepat. Terima kasih.",
        "Proses verifikasi lapangan agak lama.",
        "Mohon disediakan layanan pengaduan lewat WhatsApp.",
    };
    SurveyResponse response;
    response.caseId = candidate.caseId;
    response.answeredOn = std::min(today, candidate.received.addDays(random.bounded(3, 15)));
    response.source
        = random.bounded(100) < 70 ? SurveyResponse::Source::Screen : SurveyResponse::Source::Paper;
    for (int e = 0; e < SatisfactionIndex::ElementCount; ++e)
        response.answers[static_cast<size_t>(e)] = answer(random, e, service);
    if (random.bounded(100) < 85) { // most give their profile
        const QStringList educations = SurveyQuestionnaire::educationOptions();
        const QStringList occupations = SurveyQuestionnaire::occupationOptions();
        response.gender = candidate.sex;
        const int age = candidate.birth.isValid()
            ? int(candidate.birth.daysTo(response.answeredOn) / 365)
            : 0;
        response.age = age >= SurveyStore::MinimumAge && age <= SurveyStore::MaximumAge ? age : 0;
        response.education = educations.at(random.bounded(int(educations.size())));
        response.occupation = occupations.at(random.bounded(int(occupations.size())));
    }
    if (random.bounded(100) < 25)
        response.suggestion
            = QString::fromUtf8(suggestions[random.bounded(int(std::size(suggestions)))]);
    return response;
}

} // namespace

int DemoSurvey::seed(Database& database, const Catalog& catalog, const QDateTime& now, quint32 seed,
                     QString* errorMessage)
{
    User clerk;
    for (const User& user : UserStore(database).all()) {
        if (user.active && user.hasRole(UserRole::FrontOffice)) {
            clerk = user;
            break;
        }
    }
    if (clerk.id == 0) {
        *errorMessage = tr("The demo survey needs an active front-office user; seed the demo "
                           "users first.");
        return -1;
    }
    const QTimeZone zone = officeHoursOf(catalog.office).zone;
    const QDate today = now.toTimeZone(zone).date();
    const std::optional<QList<Candidate>> candidates
        = unansweredCases(database, zone, errorMessage);
    if (!candidates)
        return -1;
    QRandomGenerator random(seed);
    SurveyStore store(database, catalog);
    WriteTransaction transaction(database);
    if (!transaction.begin(errorMessage))
        return -1;
    int added = 0;
    for (const Candidate& candidate : *candidates) {
        if (random.bounded(100) >= 80) // not every applicant answers
            continue;
        const SurveyResponse response
            = demoResponse(candidate, catalog.service(candidate.serviceCode), today, random);
        if (!store.recordWithinTransaction(response, clerk, now, errorMessage))
            return -1;
        ++added;
    }
    return transaction.commit(errorMessage) ? added : -1;
}

} // namespace loket
