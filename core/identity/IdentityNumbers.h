#pragma once

#include "ValidationMessage.h"

#include <QCoreApplication>
#include <QDate>

namespace loket {

class RegionTable;

enum class Sex { Unknown, Male, Female };

// What the 6-digit region prefix of an NIK or KK number says.
struct RegionPrefix
{
    QString provinceCode, regencyCode, districtCode; // dotted: "62", "62.71", "62.71.01"
    QString province, regency, district; // names; empty where unknown
};

// The decoded parts of a Nomor Induk Kependudukan.
struct NikInfo
{
    QString nik;
    RegionPrefix region;
    QDate birthDate;
    Sex sex = Sex::Unknown;
    int serial = 0;
    ValidationMessages errors;
    ValidationMessages warnings;
    bool isValid() const { return errors.isEmpty(); }
};

// The decoded parts of a Kartu Keluarga number.
struct KkInfo
{
    QString number;
    RegionPrefix region;
    QDate registrationDate;
    int serial = 0;
    ValidationMessages errors;
    ValidationMessages warnings;
    bool isValid() const { return errors.isEmpty(); }
};

// Decodes and checks NIK and KK numbers against the Kemendagri region table.
// NIK: digits 1–6 district code, 7–12 birth date DDMMYY (day + 40 for women), 13–16 serial.
// KK: digits 1–6 district code, 7–12 registration date DDMMYY, 13–16 serial.
// The two-digit year takes the latest century that does not put the date after `today`.
class IdentityNumberChecker
{
    Q_DECLARE_TR_FUNCTIONS(loket::IdentityNumberChecker)
public:
    explicit IdentityNumberChecker(const RegionTable& regions);

    NikInfo checkNik(const QString& input, const QDate& today) const;
    KkInfo checkKk(const QString& input, const QDate& today) const;

private:
    // Shared checks of the 16-digit form; returns false when the rest cannot be read.
    bool checkDigits(const QString& number, const QString& label, const QString& codePrefix,
                     ValidationMessages* errors) const;
    void checkRegion(const QString& number, const QString& codePrefix, RegionPrefix* region,
                     ValidationMessages* errors, ValidationMessages* warnings) const;
    static QDate dateFromDigits(int day, int month, int twoDigitYear, const QDate& today);

    const RegionTable& m_regions;
};

QString sexCode(Sex sex); // "L" / "P" / ""

} // namespace loket
