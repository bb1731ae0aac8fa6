#pragma once
// Shared by the letter suites: synthetic cases of every built-in service, built into documents,
// and their PDFs read back with pdftotext (DocumentTestSupport.h).
#include "DocumentTestSupport.h"
#include "LetterBuilder.h"
#include "LetterRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace loket::testing {

// Markup, an ampersand and both quotes: a template must print them, never obey them.
inline const char* const kHostileApplicant = "<script>alert(1)</script> & \"Budi\" O'Neil";

inline QStringList builtInServiceCodes()
{
    QStringList codes;
    for (const QString& office : CatalogLoader::builtInOfficeIds()) {
        for (const Service& service : builtIn(office).services)
            codes << service.code;
    }
    return codes;
}

inline QString officeOf(const QString& code)
{
    if (code.startsWith(QLatin1String("PKY")))
        return QStringLiteral("palangka-raya");
    if (code.startsWith(QLatin1String("SRY")))
        return QStringLiteral("seruyan");
    return QStringLiteral("kotabaru");
}

// A complete case of the service, received Tuesday 2 January 2024 at 09:30 office time, from the
// hostile applicant (with an organisation for organisation services).
inline Case caseFor(const QString& code, const QString& name = QString::fromUtf8(kHostileApplicant),
                    const QString& nik = QStringLiteral("6271014503900002"))
{
    const QString office = officeOf(code);
    const Service& service = serviceOf(office, code);
    Case record;
    record.id = 1;
    record.number = QStringLiteral("%1/2024/000123").arg(code);
    record.officeId = office;
    record.serviceCode = code;
    record.receivedAt = QDateTime(QDate(2024, 1, 2), QTime(9, 30), QTimeZone(7 * 3600));
    record.person.nik = nik;
    record.person.kkNumber = QStringLiteral("6271011502200001");
    record.person.fullName = name;
    record.person.birthPlace = QStringLiteral("Palangka Raya");
    record.person.birthDate = QDate(1990, 3, 5);
    record.person.sex = QStringLiteral("P");
    record.person.address = QStringLiteral("Jl. Tjilik Riwut Km 2 No. 5, RT 003/RW 002");
    if (service.applicantKind == Service::ApplicantKind::Organisation) {
        Organisation organisation;
        organisation.name = QStringLiteral("LKS Harapan & Kasih");
        organisation.deedNumber = QStringLiteral("Akta Notaris Nomor 12 Tahun 2015");
        organisation.decreeNumber = QStringLiteral("AHU-0012345.AH.01.04 Tahun 2015");
        organisation.npwp = QStringLiteral("01.234.567.8-711.000");
        organisation.address = QStringLiteral("Jl. RTA Milono No. 7");
        organisation.chairName = QStringLiteral("Sri Wahyuni");
        record.organisation = organisation;
    }
    for (qsizetype i = 0; i < service.requirements.size(); ++i) {
        const Requirement& requirement = service.requirements.at(i);
        ChecklistItem item;
        item.index = int(i);
        item.text = requirement.text;
        item.state = requirement.condition == Requirement::Condition::Always
            ? ChecklistItem::State::Present
            : ChecklistItem::State::NotApplicable;
        record.checklist << item;
    }
    return record;
}

// The case's document of `type` ("" for the product), drafted on Thursday 4 January 2024.
inline LetterData letterFor(const QString& code, const QString& type = QString())
{
    QString error;
    const auto data = LetterBuilder(builtIn(officeOf(code)), LetterSpecs::builtIn())
                          .build(caseFor(code), type, QDate(2024, 1, 4), &error);
    Q_ASSERT_X(data, "letterFor", qPrintable(error));
    return *data;
}

// Writes the document to `path` and returns its text with no white space. With
// LOKET_KEEP_LETTERS=DIR, a copy of every PDF is kept there for a reader to look at.
inline QString renderedText(const LetterData& data, const QString& path,
                            const LetterRenderer& renderer = LetterRenderer())
{
    QString error;
    if (!renderer.writePdf(data, path, &error))
        return QStringLiteral("(PDF failed: %1)").arg(error);
    const QString keep = qEnvironmentVariable("LOKET_KEEP_LETTERS");
    if (!keep.isEmpty()) {
        const QString copy = QDir(keep).filePath(QFileInfo(path).fileName());
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
    return squeezed(pdfText(path));
}

} // namespace loket::testing
