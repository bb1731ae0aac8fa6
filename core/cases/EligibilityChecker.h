#pragma once

#include "CaseModel.h"
#include "Catalog.h"

#include <QCoreApplication>

namespace loket {

struct EligibilityResult
{
    enum class Outcome { Met, NotMet, Unknown };
    Outcome outcome = Outcome::Unknown;
    QString explanation; // for the clerk: "Umur 62 tahun (dari NIK): memenuhi 60 tahun ke atas"
};

// Checks a requirement's machine-checkable rule against what the counter knows of the
// applicant: age from the birth date (NIK), domicile from the address or the NIK's region.
// Married-for-N-years cannot be known from these data: Unknown, and the clerk decides.
class EligibilityChecker
{
    Q_DECLARE_TR_FUNCTIONS(loket::EligibilityChecker)
public:
    static EligibilityResult check(const EligibilityRule& rule, const Person& person,
                                   const QDate& on);
    static int ageOn(const QDate& birth, const QDate& on);
};

} // namespace loket
