// Helpers of tst_everyproduct and tst_onepersonperrole: the applicants of each office and
// their complete files, the service's own wording from the letter mapping, the letter number a
// register's pattern gives, and a PDF's text.
#pragma once

#include "CaseModel.h"
#include "Catalog.h"
#include "LetterSpecs.h"

#include <QDate>
#include <QProcess>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace loket::test {

// Markup, an ampersand and both quotes: the document must print them, never obey them.
inline const QString kApplicant = QStringLiteral("<script>alert(1)</script> & \"Budi\" O'Neil");

// A resident of the office's region: the NIK's district lies in the office's regency, and the
// birth date and sex are the ones it encodes.
struct Resident
{
    QString nik;
    QDate birthDate;
    QString sex;
};

inline Resident residentOf(const QString& office)
{
    if (office == QLatin1String("seruyan")) // Seruyan Hilir, man, 17 August 1985
        return { QStringLiteral("6207011708850003"), QDate(1985, 8, 17), QStringLiteral("L") };
    if (office == QLatin1String("kotabaru")) // Pulau Sembilan, woman, 12 June 1988
        return { QStringLiteral("6302015206880001"), QDate(1988, 6, 12), QStringLiteral("P") };
    // Pahandut, woman, 5 March 1990
    return { QStringLiteral("6271014503900002"), QDate(1990, 3, 5), QStringLiteral("P") };
}

// A complete file of `service` from a resident of the office, as the counter registers it:
// every requirement present; an organisation for the services that serve one.
inline CaseDraft completeFile(const Catalog& catalog, const Service& service)
{
    const Resident resident = residentOf(catalog.office.id);
    CaseDraft draft;
    draft.serviceCode = service.code;
    draft.person.nik = resident.nik;
    draft.person.kkNumber = resident.nik.left(6) + QStringLiteral("1502200001");
    draft.person.fullName = kApplicant;
    draft.person.birthPlace = catalog.office.city;
    draft.person.birthDate = resident.birthDate;
    draft.person.sex = resident.sex;
    draft.person.address = QStringLiteral("Jl. Merdeka No. 5 & 7, RT 003/RW 002");
    if (service.applicantKind == Service::ApplicantKind::Organisation) {
        Organisation organisation;
        organisation.name = QStringLiteral("LKS Harapan & Kasih");
        organisation.deedNumber = QStringLiteral("Akta Notaris Nomor 12 Tahun 2015");
        organisation.address = QStringLiteral("Jl. RTA Milono No. 7");
        organisation.chairName = kApplicant;
        draft.organisation = organisation;
    }
    for (int i = 0; i < service.requirements.size(); ++i)
        draft.checklist << ChecklistItem { i, QString(), ChecklistItem::State::Present, {}, {} };
    return draft;
}

// Text compared without white space (the PDF wraps lines anywhere); NFKC undoes ligatures.
inline QString squeezed(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.normalized(QString::NormalizationForm_KC).remove(space);
}

inline QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                    QStringLiteral("-") });
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("(pdftotext failed: %1)").arg(process.errorString());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The longest stretch of a mapping's wording that prints as written: its HTML read as text and
// cut at every {{placeholder}}.
inline QString fixedWording(const QString& wording)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{[^}]*\\}\\}"));
    QString longest;
    for (const QString& part : wording.split(placeholder)) {
        const QString text = QTextDocumentFragment::fromHtml(part).toPlainText().simplified();
        if (text.size() > longest.size())
            longest = text;
    }
    return longest;
}

// What the service's product says in its own words (resources/templates/letters/services.json):
// its title or subject, and the longest unconditional paragraph of its opening and body.
inline QStringList serviceWording(const QString& code)
{
    const LetterSpecs specs = LetterSpecs::builtIn();
    const std::optional<LetterSpec> spec = specs.spec(code, specs.productType(code), false);
    if (!spec)
        return {};
    QStringList phrases { fixedWording(spec->title.isEmpty() ? spec->subject : spec->title) };
    QString paragraph;
    for (const LetterParagraph& candidate : spec->opening + spec->body) {
        const QString text = fixedWording(candidate.text);
        if (candidate.when.isEmpty() && text.size() > paragraph.size())
            paragraph = text;
    }
    if (paragraph.size() >= 20)
        phrases << paragraph;
    return phrases;
}

// The whole number as the register's pattern must give it on `date`: the serial captured.
inline QRegularExpression numberExpression(const QString& pattern, const QString& classification,
                                           const QString& officeId, const QDate& date)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z-]+)(?::(\\d))?\\}"));
    static const QStringList roman
        = QStringLiteral("I II III IV V VI VII VIII IX X XI XII").split(QLatin1Char(' '));
    QString expression = QStringLiteral("^");
    qsizetype last = 0;
    auto matches = placeholder.globalMatch(pattern);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        expression += QRegularExpression::escape(pattern.mid(last, match.capturedStart() - last));
        last = match.capturedEnd();
        const QString name = match.captured(1);
        if (name == QLatin1String("serial"))
            expression += match.captured(2).isEmpty()
                ? QStringLiteral("([1-9]\\d*)")
                : QStringLiteral("(\\d{%1,})").arg(match.captured(2));
        else if (name == QLatin1String("year"))
            expression += QString::number(date.year());
        else if (name == QLatin1String("month"))
            expression += QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'));
        else if (name == QLatin1String("roman-month"))
            expression += roman.at(date.month() - 1);
        else if (name == QLatin1String("classification"))
            expression += QRegularExpression::escape(classification);
        else if (name == QLatin1String("office"))
            expression += QRegularExpression::escape(officeId.toUpper());
        else
            expression += QStringLiteral("(?!)"); // a placeholder this test does not know
    }
    return QRegularExpression(expression + QRegularExpression::escape(pattern.mid(last))
                              + QStringLiteral("$"));
}

} // namespace loket::test
