#include "LetterRenderer.h"

#include "DocumentHtml.h"
#include "IndonesianText.h"
#include "LetterParts.h"

#include <QLocale>
#include <QRegularExpression>
#include <utility>

namespace loket {
namespace {

using html::escaped;
using namespace letters;

QString applicationKind(bool renewal)
{
    return renewal ? QStringLiteral("perpanjangan") : QStringLiteral("permohonan baru");
}

QString words(qint64 number)
{
    return titleCase(text::terbilang(number));
}

QStringList filledAll(const QStringList& texts, const QHash<QString, QString>& values)
{
    QStringList result;
    for (const QString& text : texts)
        result << html::fill(text, values);
    return result;
}

QString copyMark(bool copy)
{
    if (!copy)
        return QString();
    return QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td align=\"right\">"
        "<table border=\"2\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-style:solid; "
        "border-color:#000000\"><tr><td><span style=\"font-size:large; font-weight:bold\">"
        "&nbsp;SALINAN&nbsp;</span></td></tr></table></td></tr></table>\n");
}

} // namespace

LetterRenderer::LetterRenderer(QString overrideDirectory)
    : m_documents(overrideDirectory)
    , m_overrideDirectory(std::move(overrideDirectory))
{
}

QString LetterRenderer::templateText(const QString& fileName) const
{
    return m_documents.templateText(QStringLiteral("letters/") + fileName);
}

QHash<QString, QString> LetterRenderer::caseValues(const LetterData& data) const
{
    const Person& person = data.person;
    const Organisation organisation = data.organisation.value_or(Organisation());
    const QString findings
        = data.findings.trimmed().isEmpty() ? fillInLines(12) : html::multiline(data.findings);
    QString birth = person.birthPlace;
    if (person.birthDate.isValid())
        birth += (birth.isEmpty() ? QString() : QStringLiteral(", "))
            + text::longDate(person.birthDate);
    return {
        { QStringLiteral("name"), orDots(person.fullName) },
        { QStringLiteral("nik"), orDots(person.nik) },
        { QStringLiteral("kk"), orDots(person.kkNumber) },
        { QStringLiteral("birth"), orDots(birth) },
        { QStringLiteral("address"), orDots(person.address) },
        { QStringLiteral("personRole"), escaped(data.personRole) },
        { QStringLiteral("organisationName"), orDots(organisation.name) },
        { QStringLiteral("organisationAddress"), orDots(organisation.address) },
        { QStringLiteral("chairName"), orDots(organisation.chairName) },
        { QStringLiteral("deedNumber"), orDots(organisation.deedNumber) },
        { QStringLiteral("decreeNumber"), orDots(organisation.decreeNumber) },
        { QStringLiteral("npwp"), orDots(organisation.npwp) },
        { QStringLiteral("applicant"),
          orDots(data.organisation ? organisation.name : person.fullName) },
        { QStringLiteral("applicantAddressee"),
          data.organisation ? QStringLiteral("Pimpinan ") + orDots(organisation.name)
                            : QStringLiteral("Sdr. ") + orDots(person.fullName) },
        { QStringLiteral("applicationKind"), applicationKind(data.renewal) },
        { QStringLiteral("serviceName"), escaped(data.serviceName) },
        { QStringLiteral("productName"), escaped(data.productName) },
        { QStringLiteral("caseNumber"), orDots(data.caseNumber) },
        { QStringLiteral("receivedDate"),
          data.receivedDate.isValid() ? escaped(text::longDate(data.receivedDate)) : dots() },
        { QStringLiteral("findings"), findings },
        { QStringLiteral("reason"),
          data.reason.trimmed().isEmpty() ? fillInLines(12) : html::multiline(data.reason) },
        { QStringLiteral("period"), orDots(data.period) },
        { QStringLiteral("recipientCount"),
          escaped(text::numberWithWords(data.recipients.size())) },
        { QStringLiteral("deadline"),
          data.deadline.isValid() ? escaped(text::longDate(data.deadline)) : dots() },
        { QStringLiteral("number"), orDots(data.number, 16) },
        { QStringLiteral("place"), escaped(data.place) },
        { QStringLiteral("date"), escaped(text::longDate(data.date)) },
        { QStringLiteral("register"), escaped(extractKindFullName(data.registerKind)) },
        { QStringLiteral("registerTitle"),
          escaped(extractKindFullName(data.registerKind).toUpper()) },
        { QStringLiteral("registerShort"), escaped(extractKindKey(data.registerKind)) },
        { QStringLiteral("registerDate"),
          data.registerDate.isValid() ? escaped(text::longDate(data.registerDate)) : dots() },
        { QStringLiteral("officeName"), escaped(data.office.name) },
        { QStringLiteral("city"), escaped(data.office.city) },
    };
}

// The parts every letter has: heading, addressee, paragraphs, signature, copies, verification.
void LetterRenderer::insertLetterParts(QHash<QString, QString>& page, const LetterData& data,
                                       const QHash<QString, QString>& values) const
{
    auto filled = [&values](const QString& text) { return html::fill(text, values); };
    const QString title = filled(data.title);
    QString plainTitle = title.isEmpty() ? filled(data.subject) : title;
    plainTitle.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    const QString dated
        = QStringLiteral("%1, %2<br/>")
              .arg(values.value(QStringLiteral("place")), values.value(QStringLiteral("date")));
    page.insert(QStringLiteral("documentTitle"), plainTitle);
    page.insert(QStringLiteral("letterhead"), letterhead(data.office));
    page.insert(QStringLiteral("copyMark"), copyMark(data.copy));
    page.insert(QStringLiteral("title"), title);
    page.insert(QStringLiteral("subject"), filled(data.subject));
    page.insert(QStringLiteral("nature"), escaped(data.nature));
    page.insert(QStringLiteral("attachment"),
                countText(data.attachmentCount, QStringLiteral("berkas")));
    page.insert(QStringLiteral("addresseeBlock"),
                addresseeBlock(filled(data.addressee), filled(data.addresseePlace)));
    page.insert(QStringLiteral("opening"), paragraphs(filledAll(data.opening, values)));
    page.insert(QStringLiteral("details"), data.showDetails ? detailsTable(data) : QString());
    page.insert(QStringLiteral("body"), paragraphs(filledAll(data.body, values)));
    page.insert(QStringLiteral("closing"),
                data.closing.isEmpty() ? QString() : paragraphs({ filled(data.closing) }));
    page.insert(QStringLiteral("signature"), signatureBlock(data, QString()));
    page.insert(QStringLiteral("datedSignature"), signatureBlock(data, dated));
    page.insert(QStringLiteral("initials"), initialsBox(data));
    page.insert(QStringLiteral("attachmentList"),
                titledList(QStringLiteral("Lampiran:"), filledAll(data.attachments, values)));
    page.insert(QStringLiteral("carbonCopies"),
                titledList(QStringLiteral("Tembusan:"), filledAll(data.carbonCopies, values)));
    page.insert(QStringLiteral("verification"), verificationFooter(data));
}

// A decree's heading, considerations, legal basis, decisions and enactment.
void LetterRenderer::insertDecreeParts(QHash<QString, QString>& page, const LetterData& data,
                                       const QHash<QString, QString>& values) const
{
    const QString enacted
        = QStringLiteral("Ditetapkan di %1<br/>pada tanggal %2<br/>")
              .arg(values.value(QStringLiteral("place")), values.value(QStringLiteral("date")));
    // A decree of the head of office carries the office's letterhead; one prepared for the
    // regent or mayor carries only their title.
    const bool officeDecree = data.issuer.contains(data.office.unitLine.toUpper().toHtmlEscaped());
    page.insert(QStringLiteral("decreeHeading"),
                officeDecree ? letterhead(data.office)
                             : QStringLiteral("<p align=\"center\" style=\"font-size:14pt\"><b>%1"
                                              "</b></p>\n")
                                   .arg(data.issuer));
    page.insert(QStringLiteral("decreeSignature"), signatureBlock(data, enacted));
    page.insert(QStringLiteral("issuer"), data.issuer);
    page.insert(
        QStringLiteral("considering"),
        decreeSection(QStringLiteral("Menimbang"), filledAll(data.considering, values), true));
    page.insert(
        QStringLiteral("observing"),
        decreeSection(QStringLiteral("Mengingat"), filledAll(data.observing, values), false));
    page.insert(QStringLiteral("decisions"),
                decreeDecisions(QStringLiteral("KEPUTUSAN %1 TENTANG <span "
                                               "style=\"text-transform:uppercase\">%2</span>.")
                                    .arg(data.issuer, html::fill(data.subject, values)),
                                filledAll(data.decisions, values)));
}

// A cover letter's items, a handover record's parties and items, and a record's date in words.
void LetterRenderer::insertRecordParts(QHash<QString, QString>& page, const LetterData& data,
                                       const QHash<QString, QString>& values) const
{
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    page.insert(QStringLiteral("coverItems"),
                coverRows(filledAll(data.items, values), data.documentsReceived));
    page.insert(QStringLiteral("handoverParties"), handoverParties(data));
    page.insert(QStringLiteral("handoverItems"), handoverItems(data));
    page.insert(QStringLiteral("partySignatures"), partySignatures(data));
    page.insert(QStringLiteral("dayName"), indonesian.toString(data.date, QStringLiteral("dddd")));
    page.insert(QStringLiteral("dayWords"), words(data.date.day()));
    page.insert(QStringLiteral("monthName"),
                indonesian.toString(data.date, QStringLiteral("MMMM")));
    page.insert(QStringLiteral("yearWords"), words(data.date.year()));
    page.insert(QStringLiteral("dateNumeric"), data.date.toString(QStringLiteral("dd-MM-yyyy")));
}

QString LetterRenderer::letterTemplate(const QString& templateKey) const
{
    static const QRegularExpression safeKey(QStringLiteral("^[a-z0-9-]+$"));
    QString text;
    if (safeKey.match(templateKey).hasMatch())
        text = templateText(templateKey + QStringLiteral(".html"));
    if (text.isEmpty()) {
        qWarning("letter template \"%s\" not found; using letter.html",
                 qUtf8Printable(templateKey));
        text = templateText(QStringLiteral("letter.html"));
    }
    return text;
}

QString LetterRenderer::html(const LetterData& data) const
{
    const QHash<QString, QString> values = caseValues(data);
    QHash<QString, QString> page = values;
    insertLetterParts(page, data, values);
    insertDecreeParts(page, data, values);
    insertRecordParts(page, data, values);
    page.insert(QStringLiteral("lampiran"), decreeAttachment(data, page));
    QString result = html::fill(letterTemplate(data.templateKey), page);
    if (data.draft)
        result.prepend(QStringLiteral("<!--loket-watermark:KONSEP-->\n"));
    return result;
}

} // namespace loket
