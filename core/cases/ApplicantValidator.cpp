#include "ApplicantValidator.h"

#include "IndonesianText.h"
#include "RegionTable.h"

#include <QRegularExpression>

namespace loket {

ApplicantValidator::ApplicantValidator(const RegionTable& regions, const QDate& today)
    : m_regions(regions)
    , m_numbers(regions)
    , m_today(today)
{
}

bool ApplicantValidator::hasErrors(const QList<FieldProblem>& problems)
{
    for (const FieldProblem& problem : problems) {
        if (problem.severity == FieldProblem::Severity::Error)
            return true;
    }
    return false;
}

QList<FieldProblem> ApplicantValidator::checkPerson(const Person& person) const
{
    using Severity = FieldProblem::Severity;
    QList<FieldProblem> problems;
    const NikInfo nik = m_numbers.checkNik(person.nik, m_today);
    for (const ValidationMessage& message : nik.errors)
        problems.append({ QStringLiteral("nik"), message.text, Severity::Error });
    for (const ValidationMessage& message : nik.warnings)
        problems.append({ QStringLiteral("nik"), message.text, Severity::Warning });

    if (!person.kkNumber.trimmed().isEmpty()) {
        const KkInfo kk = m_numbers.checkKk(person.kkNumber, m_today);
        for (const ValidationMessage& message : kk.errors)
            problems.append({ QStringLiteral("kkNumber"), message.text, Severity::Error });
    }

    const QString name = person.fullName.trimmed();
    if (name.isEmpty())
        problems.append({ QStringLiteral("fullName"), tr("Fill in the applicant's full name."),
                          Severity::Error });
    else if (name.size() > MaxNameLength)
        problems.append({ QStringLiteral("fullName"),
                          tr("The name is too long: at most %1 characters, %2 were typed.")
                              .arg(MaxNameLength)
                              .arg(name.size()),
                          Severity::Error });

    if (person.birthDate.isValid() && person.birthDate > m_today)
        problems.append({ QStringLiteral("birthDate"),
                          tr("The birth date is after today; check it."), Severity::Error });
    if (nik.isValid() && person.birthDate.isValid() && person.birthDate != nik.birthDate)
        problems.append({ QStringLiteral("birthDate"),
                          tr("The birth date %1 does not match the NIK, which says %2. Check both.")
                              .arg(text::longDate(person.birthDate), text::longDate(nik.birthDate)),
                          Severity::Error });
    if (nik.isValid() && !person.sex.isEmpty() && person.sex != sexCode(nik.sex))
        problems.append({ QStringLiteral("sex"),
                          tr("The sex does not match the NIK (digits 7–8 say %1). Check both.")
                              .arg(nik.sex == Sex::Female ? tr("female") : tr("male")),
                          Severity::Error });

    if (person.address.size() > MaxAddressLength)
        problems.append({ QStringLiteral("address"),
                          tr("The address is too long: at most %1 characters, %2 were typed. "
                             "Shorten it; the text is kept.")
                              .arg(MaxAddressLength)
                              .arg(person.address.size()),
                          Severity::Error });
    if (person.birthPlace.size() > MaxTextLength)
        problems.append(
            { QStringLiteral("birthPlace"),
              tr("The place of birth is too long: at most %1 characters.").arg(MaxTextLength),
              Severity::Error });
    if (!person.provinceCode.isEmpty() && !m_regions.find(person.provinceCode))
        problems.append({ QStringLiteral("province"),
                          tr("The province code %1 is unknown.").arg(person.provinceCode),
                          Severity::Error });

    static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9 ()-]{8,20}$"));
    if (!person.phone.trimmed().isEmpty() && !phonePattern.match(person.phone.trimmed()).hasMatch())
        problems.append({ QStringLiteral("phone"),
                          tr("The phone number may hold digits, spaces, \"-\" and a leading \"+\" "
                             "only, 8 to 20 characters."),
                          Severity::Error });
    return problems;
}

QList<FieldProblem> ApplicantValidator::checkOrganisation(const Organisation& organisation) const
{
    using Severity = FieldProblem::Severity;
    QList<FieldProblem> problems;
    if (organisation.name.trimmed().isEmpty())
        problems.append({ QStringLiteral("organisation.name"),
                          tr("Fill in the organisation's name."), Severity::Error });
    else if (organisation.name.size() > MaxNameLength)
        problems.append(
            { QStringLiteral("organisation.name"),
              tr("The organisation's name is too long: at most %1 characters.").arg(MaxNameLength),
              Severity::Error });
    if (organisation.address.size() > MaxAddressLength)
        problems.append({ QStringLiteral("organisation.address"),
                          tr("The address is too long: at most %1 characters, %2 were typed. "
                             "Shorten it; the text is kept.")
                              .arg(MaxAddressLength)
                              .arg(organisation.address.size()),
                          Severity::Error });
    static const QRegularExpression npwpPattern(QStringLiteral("^[0-9.\\- ]{15,20}$"));
    if (!organisation.npwp.trimmed().isEmpty()) {
        QString digits = organisation.npwp;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (!npwpPattern.match(organisation.npwp.trimmed()).hasMatch()
            || (digits.size() != 15 && digits.size() != 16))
            problems.append({ QStringLiteral("organisation.npwp"),
                              tr("The NPWP has 15 or 16 digits (e.g. 01.234.567.8-901.000)."),
                              Severity::Error });
    }
    for (const QString* text : { &organisation.deedNumber, &organisation.decreeNumber,
                                 &organisation.chairName, &organisation.phone }) {
        if (text->size() > MaxTextLength)
            problems.append({ QStringLiteral("organisation"),
                              tr("A field of the organisation is too long: at most %1 characters.")
                                  .arg(MaxTextLength),
                              Severity::Error });
    }
    return problems;
}

} // namespace loket
