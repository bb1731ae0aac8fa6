#pragma once

#include "Applicant.h"
#include "IdentityNumbers.h"

#include <QCoreApplication>

namespace loket {

// A problem with one field of the applicant form, said so that the clerk knows what to fix.
struct FieldProblem
{
    enum class Severity { Error, Warning };
    QString field; // "nik", "kkNumber", "fullName", "birthDate", "sex", "address", "phone",
                   // "organisation.name", …
    QString message;
    Severity severity = Severity::Error;
};

// Checks an applicant before registration: the same rules for the form, the CSV import and
// loketctl. Nothing is changed; the caller keeps what was typed.
class ApplicantValidator
{
    Q_DECLARE_TR_FUNCTIONS(loket::ApplicantValidator)
public:
    static constexpr int MaxNameLength = 150;
    static constexpr int MaxAddressLength = 500;
    static constexpr int MaxTextLength = 200;

    ApplicantValidator(const RegionTable& regions, const QDate& today);

    QList<FieldProblem> checkPerson(const Person& person) const;
    QList<FieldProblem> checkOrganisation(const Organisation& organisation) const;
    static bool hasErrors(const QList<FieldProblem>& problems);

private:
    const RegionTable& m_regions;
    IdentityNumberChecker m_numbers;
    QDate m_today;
};

} // namespace loket
