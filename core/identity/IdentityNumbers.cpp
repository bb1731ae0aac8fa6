#include "IdentityNumbers.h"

#include "RegionTable.h"

namespace loket {
namespace {

QString normalised(const QString& input)
{
    QString result = input;
    result.remove(QLatin1Char(' '));
    return result;
}

} // namespace

IdentityNumberChecker::IdentityNumberChecker(const RegionTable& regions)
    : m_regions(regions)
{
}

bool IdentityNumberChecker::checkDigits(const QString& number, const QString& label,
                                        const QString& codePrefix, ValidationMessages* errors) const
{
    if (number.isEmpty()) {
        errors->append({ codePrefix + QStringLiteral(".empty"),
                         tr("%1 is empty: type the 16 digits.").arg(label) });
        return false;
    }
    for (const QChar c : number) {
        if (!c.isDigit() || c.unicode() > 127) {
            errors->append(
                { codePrefix + QStringLiteral(".characters"),
                  tr("%1 may contain digits only; \"%2\" is not a digit.").arg(label, c) });
            return false;
        }
    }
    if (number.size() != 16) {
        errors->append(
            { codePrefix + QStringLiteral(".length"),
              tr("%1 must have 16 digits; %2 were typed.").arg(label).arg(number.size()) });
        return false;
    }
    return true;
}

void IdentityNumberChecker::checkRegion(const QString& number, const QString& codePrefix,
                                        RegionPrefix* region, ValidationMessages* errors,
                                        ValidationMessages* warnings) const
{
    region->provinceCode = number.left(2);
    region->regencyCode = RegionTable::dotted(number.left(4));
    region->districtCode = RegionTable::dotted(number.left(6));

    const Region* province = m_regions.find(region->provinceCode);
    if (!province) {
        errors->append(
            { codePrefix + QStringLiteral(".province"),
              tr("Digits 1–2 (%1) are not the code of any province.").arg(region->provinceCode) });
        return;
    }
    region->province = province->name;

    // Old numbers keep codes of regions that were later split or renamed: warn, don't reject.
    const Region* regency = m_regions.find(region->regencyCode);
    if (!regency) {
        warnings->append({ codePrefix + QStringLiteral(".regency"),
                           tr("Digits 3–4 (%1) are not a regency or city of %2 in the current "
                              "Kemendagri table; the number may predate a regional split.")
                               .arg(number.mid(2, 2), province->name) });
        return;
    }
    region->regency = regency->name;

    const Region* district = m_regions.find(region->districtCode);
    if (!district) {
        warnings->append({ codePrefix + QStringLiteral(".district"),
                           tr("Digits 5–6 (%1) are not a district of %2 in the current Kemendagri "
                              "table; the number may predate a regional split.")
                               .arg(number.mid(4, 2), regency->name) });
        return;
    }
    region->district = district->name;
}

QDate IdentityNumberChecker::dateFromDigits(int day, int month, int twoDigitYear,
                                            const QDate& today)
{
    QDate date(2000 + twoDigitYear, month, day);
    if (date.isValid() && date > today)
        date = QDate(1900 + twoDigitYear, month, day);
    if (!date.isValid()) // 29 February may exist in one century and not the other
        date = QDate(1900 + twoDigitYear, month, day);
    return date;
}

NikInfo IdentityNumberChecker::checkNik(const QString& input, const QDate& today) const
{
    NikInfo info;
    info.nik = normalised(input);
    const QString label = tr("The NIK");
    if (!checkDigits(info.nik, label, QStringLiteral("nik"), &info.errors))
        return info;

    checkRegion(info.nik, QStringLiteral("nik"), &info.region, &info.errors, &info.warnings);

    int day = info.nik.mid(6, 2).toInt();
    const int month = info.nik.mid(8, 2).toInt();
    const int year = info.nik.mid(10, 2).toInt();
    info.sex = day > 40 ? Sex::Female : Sex::Male;
    if (day > 40)
        day -= 40;
    const QDate birth = dateFromDigits(day, month, year, today);
    if (!birth.isValid() || info.nik.mid(6, 2).toInt() > 71) {
        info.sex = Sex::Unknown;
        info.errors.append({ QStringLiteral("nik.birthdate"),
                             tr("Digits 7–12 (%1) are not a possible birth date: expected DDMMYY, "
                                "with 40 added to the day for women.")
                                 .arg(info.nik.mid(6, 6)) });
    } else {
        info.birthDate = birth;
    }

    info.serial = info.nik.right(4).toInt();
    if (info.serial == 0)
        info.errors.append(
            { QStringLiteral("nik.serial"),
              tr("Digits 13–16 are 0000; the serial number runs from 0001 to 9999.") });
    return info;
}

KkInfo IdentityNumberChecker::checkKk(const QString& input, const QDate& today) const
{
    KkInfo info;
    info.number = normalised(input);
    const QString label = tr("The KK number");
    if (!checkDigits(info.number, label, QStringLiteral("kk"), &info.errors))
        return info;

    checkRegion(info.number, QStringLiteral("kk"), &info.region, &info.errors, &info.warnings);

    const int day = info.number.mid(6, 2).toInt();
    const int month = info.number.mid(8, 2).toInt();
    const int year = info.number.mid(10, 2).toInt();
    const QDate registered = dateFromDigits(day, month, year, today);
    if (!registered.isValid())
        info.errors.append({ QStringLiteral("kk.date"),
                             tr("Digits 7–12 (%1) are not a possible registration date (DDMMYY).")
                                 .arg(info.number.mid(6, 6)) });
    else
        info.registrationDate = registered;

    info.serial = info.number.right(4).toInt();
    if (info.serial == 0)
        info.errors.append(
            { QStringLiteral("kk.serial"),
              tr("Digits 13–16 are 0000; the serial number runs from 0001 to 9999.") });
    return info;
}

QString sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("L");
    case Sex::Female:
        return QStringLiteral("P");
    case Sex::Unknown:
        break;
    }
    return {};
}

} // namespace loket
