#pragma once

#include <QDate>
#include <QString>

namespace loket {

// The two kinds of applicant: a person or an institution.

// A person as the counter records them. The NIK is the key: a known NIK fills in the rest.
struct Person
{
    qint64 id = 0;
    QString nik;
    QString kkNumber;
    QString fullName;
    QString birthPlace;
    QDate birthDate;
    QString sex; // "L" or "P"
    QString address;
    QString provinceCode, regencyCode, districtCode, villageCode; // dotted Kemendagri codes
    QString phone;
};

// An institution applicant (LKS, yayasan, organisation) with its legal details.
struct Organisation
{
    qint64 id = 0;
    QString name;
    QString deedNumber; // akta pendirian
    QString decreeNumber; // SK / pengesahan
    QString npwp;
    QString address;
    QString chairName;
    QString phone;
};

} // namespace loket
