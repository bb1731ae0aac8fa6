#pragma once

#include "ServiceTime.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace loket {

// A machine-checkable eligibility fact a decree states with numbers.
struct EligibilityRule
{
    enum class Type { Age, MarriageYears, Domicile };
    Type type = Type::Age;
    std::optional<int> min; // years, inclusive
    std::optional<int> max; // years, inclusive
    QString regionCode; // Domicile: the regency/city the applicant must live in
};

struct Requirement
{
    enum class Kind { Submit, Show, Eligibility, Statement };
    enum class Condition { Always, Renewal, New, IfPresent, CaseSpecific, Alternative };
    QString text;
    Kind kind = Kind::Submit;
    Condition condition = Condition::Always;
    QStringList alternatives;
    int copies = 0; // 0 when the decree does not say
    std::optional<EligibilityRule> rule;
    QString note;
};

enum class Role {
    Applicant,
    FrontOffice,
    BackOffice,
    Verifier,
    FieldOfficer,
    Supervisor,
    HeadOfDivision,
    Secretary,
    HeadOfOffice,
    External
};

struct ProcedureStep
{
    enum class Produces { None, Receipt, Letter, Minutes, Certificate, Decree, Report };
    int order = 0;
    QString text;
    Role role = Role::BackOffice;
    Produces produces = Produces::None;
};

struct Product
{
    QString name;
    QString document; // which document template prints it ("recommendation", "permit", …)
};

struct Service
{
    enum class ApplicantKind { Person, Organisation, Report };
    QString code;
    int number = 0;
    QString name;
    QString division;
    ApplicantKind applicantKind = ApplicantKind::Person;
    QStringList keywords;
    QStringList legalBasis;
    QList<Requirement> requirements;
    QList<ProcedureStep> steps;
    ServiceTime serviceTime;
    qint64 feeAmount = 0;
    QString feeText;
    Product product;
    QString complaints;
    QMap<QString, QString> components; // competence, supervision, facilities, …
    QStringList notes;
};

struct ComplaintChannel
{
    QString kind;
    QString label;
    QString value;
};

struct ComplaintOfficer
{
    QString role, name, nip, position;
};

struct Official
{
    QString title, name, rank, grade, nip;
};

struct Decree
{
    QString number, title, dateText, placeIssued;
    QDate date; // may be invalid where the decree leaves the day blank
    QDate validUntil; // invalid when open-ended
};

struct Office
{
    QString id, name, governmentLine, unitLine, address, city, postalCode, phone, website;
    QStringList emails;
    QString regionCode;
    QString timeZone; // "WIB", "WITA"
    QTime opens, closes;
    QString officeHoursNote;
    Official head;
    Decree decree;
    QString motto, maklumat;
    QList<ComplaintChannel> complaintChannels;
    QList<ComplaintOfficer> complaintOfficers;
    QStringList notes;
};

// One office's service catalog: its profile and every service of its standard.
struct Catalog
{
    Office office;
    QList<Service> services;
    QString source; // where it was loaded from (resource path or file)

    const Service* service(const QString& code) const;
    // The catalog version a case records: the decree number.
    QString version() const { return office.decree.number; }
};

// String keys used in the JSON file for the enums above (see docs/catalog-format.md).
namespace catalogkeys {
QStringList requirementKinds();
QStringList requirementConditions();
QStringList roles();
QStringList produces();
QStringList applicantKinds();
QStringList documents();
QStringList complaintChannelKinds();
QStringList componentKeys();
QStringList ruleTypes();
QString roleKey(Role role);
QString conditionKey(Requirement::Condition condition);
QString kindKey(Requirement::Kind kind);
QString producesKey(ProcedureStep::Produces produces);
QString applicantKindKey(Service::ApplicantKind kind);
} // namespace catalogkeys

} // namespace loket
