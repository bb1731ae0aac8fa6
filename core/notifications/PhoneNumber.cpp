#include "PhoneNumber.h"

namespace loket {

namespace {

ValidationMessage refusal(const char* code, const QString& text)
{
    return { QString::fromLatin1(code), text };
}

} // namespace

QString PhoneNumber::normalise(const QString& written, ValidationMessage* problem)
{
    ValidationMessage ignored;
    ValidationMessage& found = problem ? *problem : ignored;
    found = {};
    QString digits;
    const QString trimmed = written.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == QLatin1Char('+') && i == 0)
            continue;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('.')
                 && c != QLatin1Char('(') && c != QLatin1Char(')')) {
            found = refusal("phone.characters",
                            tr("The phone number may only hold digits, spaces and dashes "
                               "(\"%1\" is not allowed): write it as 08…")
                                .arg(c));
            return {};
        }
    }
    if (digits.isEmpty()) {
        found = refusal("phone.empty", tr("Fill in the applicant's mobile number (08…)."));
        return {};
    }
    QString national; // after the leading 0 or 62: starts with 8 for a mobile
    if (digits.startsWith(QLatin1String("62")))
        national = digits.mid(2);
    else if (digits.startsWith(QLatin1Char('0')))
        national = digits.mid(1);
    else if (trimmed.startsWith(QLatin1Char('+'))) {
        found = refusal("phone.country",
                        tr("Only Indonesian numbers (+62) can receive the office's SMS."));
        return {};
    } else
        national = digits;
    if (!national.startsWith(QLatin1Char('8'))) {
        found = refusal("phone.landline",
                        tr("%1 is not a mobile number: an SMS needs a number that starts "
                           "with 08.")
                            .arg(written.trimmed()));
        return {};
    }
    const qsizetype afterEight = national.size() - 1;
    if (afterEight < MinDigitsAfterEight || afterEight > MaxDigitsAfterEight) {
        found = refusal("phone.length",
                        tr("A mobile number has 10 to 13 digits (08 and 8 to 11 more); %1 has "
                           "%2. Check the number.")
                            .arg(written.trimmed())
                            .arg(national.size() + 1));
        return {};
    }
    return QStringLiteral("+62") + national;
}

QString PhoneNumber::withoutPlus(const QString& normalised)
{
    return normalised.startsWith(QLatin1Char('+')) ? normalised.mid(1) : normalised;
}

} // namespace loket
