#pragma once

#include "ValidationMessage.h"

#include <QCoreApplication>
#include <QString>

namespace loket {

// An Indonesian mobile number as an SMS gateway wants it: "+628…". The counter writes numbers
// every way people say them (0812-3456-789, 62812…, +62 812 …); only mobiles (08…) can take an
// SMS, so a landline (0536…) or a number too short or too long is refused, saying what to fix.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(loket::PhoneNumber)
public:
    // "+628…", or empty with `problem` set (codes "phone.empty", "phone.characters",
    // "phone.country", "phone.landline", "phone.length").
    static QString normalise(const QString& written, ValidationMessage* problem = nullptr);
    static bool isValid(const QString& written) { return !normalise(written).isEmpty(); }
    // "628…": what a wa.me link takes.
    static QString withoutPlus(const QString& normalised);

    // National mobile numbers are 08 and 8 to 11 further digits (10–13 digits in all).
    static constexpr int MinDigitsAfterEight = 8;
    static constexpr int MaxDigitsAfterEight = 11;
};

} // namespace loket
