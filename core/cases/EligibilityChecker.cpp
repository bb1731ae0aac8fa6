#include "EligibilityChecker.h"

#include "RegionTable.h"

namespace loket {

int EligibilityChecker::ageOn(const QDate& birth, const QDate& on)
{
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

EligibilityResult EligibilityChecker::check(const EligibilityRule& rule, const Person& person,
                                            const QDate& on)
{
    using Outcome = EligibilityResult::Outcome;
    switch (rule.type) {
    case EligibilityRule::Type::Age: {
        QString range;
        if (rule.min && rule.max)
            range = tr("%1–%2 years").arg(*rule.min).arg(*rule.max);
        else if (rule.min)
            range = tr("%1 years or older").arg(*rule.min);
        else
            range = tr("%1 years or younger").arg(rule.max.value_or(0));
        if (!person.birthDate.isValid())
            return { Outcome::Unknown,
                     tr("Age unknown: fill in the NIK or birth date (required: %1).").arg(range) };
        const int age = ageOn(person.birthDate, on);
        const bool met = (!rule.min || age >= *rule.min) && (!rule.max || age <= *rule.max);
        return { met ? Outcome::Met : Outcome::NotMet,
                 met ? tr("Age %1: meets %2.").arg(age).arg(range)
                     : tr("Age %1: does not meet %2.").arg(age).arg(range) };
    }
    case EligibilityRule::Type::Domicile: {
        QString regency = person.regencyCode;
        QString source = tr("address");
        if (regency.isEmpty() && person.nik.size() >= 4) {
            regency = RegionTable::dotted(person.nik.left(4));
            source = tr("NIK");
        }
        if (regency.isEmpty())
            return { Outcome::Unknown, tr("Domicile unknown: fill in the address or NIK.") };
        const bool met = regency == rule.regionCode;
        return { met ? Outcome::Met : Outcome::NotMet,
                 met ? tr("Domiciled in the region %1 (from the %2).").arg(rule.regionCode, source)
                     : tr("Not domiciled in the region %1 (the %2 says %3).")
                           .arg(rule.regionCode, source, regency) };
    }
    case EligibilityRule::Type::MarriageYears:
        return { Outcome::Unknown,
                 tr("Married at least %1 years: check the marriage certificate.")
                     .arg(rule.min.value_or(0)) };
    }
    return {};
}

} // namespace loket
