#pragma once

#include "Catalog.h"
#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace loket {

// Satisfaction-survey answers for a demo database: most handed-over demo cases get a
// response (mostly 3s and 4s, some 2s; the free services' fee element mostly "Gratis"), from
// the screen or a paper questionnaire, with a plausible respondent profile. Recorded through
// SurveyStore as the first demo front-office clerk, in one transaction. Demo databases only.
class DemoSurvey
{
    Q_DECLARE_TR_FUNCTIONS(loket::DemoSurvey)
public:
    // Returns how many responses were added, or -1 (with the reason) on failure.
    static int seed(Database& database, const Catalog& catalog, const QDateTime& now, quint32 seed,
                    QString* errorMessage);
};

} // namespace loket
