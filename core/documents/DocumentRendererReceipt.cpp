// The receipt (tanda terima berkas) and the missing-documents slip (surat pemberitahuan
// kekurangan berkas): one set of values, two templates.
#include "DocumentHtml.h"
#include "DocumentRenderer.h"
#include "IndonesianText.h"

#include <algorithm>

namespace loket {
namespace {

using html::escaped;
using html::multiline;

bool hasRenewalItems(const Service* service)
{
    return service
        && std::any_of(service->requirements.cbegin(), service->requirements.cend(),
                       [](const Requirement& requirement) {
                           return requirement.condition == Requirement::Condition::Renewal;
                       });
}

QString applicantRows(const ReceiptData& data, const Service* service)
{
    QString rows;
    QString nikSuffix;
    if (!data.applicantNik.isEmpty())
        nikSuffix = QStringLiteral(", NIK ") + escaped(data.applicantNik);

    if (!data.organisationName.isEmpty()) {
        rows += html::detailRow(QStringLiteral("Nama lembaga"), escaped(data.organisationName));
        if (!data.organisationAddress.isEmpty())
            rows += html::detailRow(QStringLiteral("Alamat lembaga"),
                                    multiline(data.organisationAddress));
        rows += html::detailRow(QStringLiteral("Diajukan oleh"),
                                escaped(data.applicantName) + nikSuffix);
    } else {
        const bool report = service && service->applicantKind == Service::ApplicantKind::Report;
        rows += html::detailRow(report ? QStringLiteral("Nama pelapor")
                                       : QStringLiteral("Nama pemohon"),
                                escaped(data.applicantName));
        if (!data.applicantNik.isEmpty())
            rows += html::detailRow(QStringLiteral("NIK"), escaped(data.applicantNik));
        if (!data.applicantAddress.isEmpty())
            rows += html::detailRow(QStringLiteral("Alamat"), multiline(data.applicantAddress));
    }
    // The SMS consent (UU 27/2022) goes with the number it is for: a receipt has no line to spare.
    if (!data.applicantPhone.isEmpty())
        rows += html::detailRow(
            QStringLiteral("Telepon"),
            escaped(data.applicantPhone)
                + QStringLiteral(" (bersedia menerima pemberitahuan SMS: %1)")
                      .arg(data.smsConsent ? QStringLiteral("Ya") : QStringLiteral("Tidak")));
    return rows;
}

QString applicationKindRow(const ReceiptData& data, const Service* service)
{
    // Only services with renewal items know the difference; elsewhere the line is noise.
    if (!data.renewal && !hasRenewalItems(service))
        return QString();
    return html::detailRow(QStringLiteral("Jenis permohonan"),
                           data.renewal ? QStringLiteral("Perpanjangan")
                                        : QStringLiteral("Permohonan baru"));
}

enum class Lines { Received, Missing };

QStringList documentItems(const QList<ReceiptLine>& lines, Lines which)
{
    QStringList items;
    for (const ReceiptLine& line : lines) {
        if (line.received != (which == Lines::Received))
            continue;
        QString item = escaped(line.text);
        if (!line.note.isEmpty())
            item += QStringLiteral("<br/><i>Catatan: ") + escaped(line.note)
                + QStringLiteral("</i>");
        items << item;
    }
    return items;
}

// The office's channels on one line: receipts are short of space, and every channel counts.
QString complaintChannels(const Office& office)
{
    QStringList channels;
    for (const ComplaintChannel& channel : office.complaintChannels) {
        const QString text = channel.label.isEmpty() || channel.label == channel.value
            ? channel.value
            : channel.label + QStringLiteral(": ") + channel.value;
        if (!channels.contains(text)) // Kotabaru lists "Instagram/ Tiktok" once per network
            channels << text;
    }
    return channels.isEmpty() ? QStringLiteral("\u2013")
                              : escaped(channels.join(QStringLiteral("; ")));
}

QString completion(const ReceiptData& data)
{
    if (!data.promisedText.isEmpty())
        return escaped(data.promisedText);
    // Open-ended services ("Tergantung kelengkapan berkas") promise no date; say so plainly.
    if (data.serviceTimeText.isEmpty())
        return QStringLiteral("tanpa batas waktu pasti");
    return escaped(data.serviceTimeText)
        + QStringLiteral(" (sesuai standar pelayanan; tanpa batas waktu pasti)");
}

QString copyMark(bool copy)
{
    if (!copy)
        return QString();
    return QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td align=\"right\">"
        "<table border=\"2\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-style:solid; "
        "border-color:#000000\"><tr><td><span style=\"font-size:x-large; font-weight:bold\">"
        "&nbsp;SALINAN&nbsp;</span></td></tr></table></td></tr></table>\n");
}

} // namespace

QString DocumentRenderer::receiptHtml(const ReceiptData& data, const Service* service) const
{
    const QDate date = data.issuedAt.date();
    QString time = data.issuedAt.time().toString(QStringLiteral("hh.mm"));
    if (!data.office.timeZone.isEmpty())
        time += QLatin1Char(' ') + data.office.timeZone;
    QString clerkNip;
    if (!data.clerkNip.isEmpty())
        clerkNip = QStringLiteral("<br/>NIP. ") + escaped(data.clerkNip);

    const bool missing = data.kind == ReceiptData::Kind::MissingDocuments;
    const QString none = QStringLiteral(
        "<p style=\"margin-top:0px; margin-bottom:0px; margin-left:20px\">\u2013</p>");
    // Only what was handed in is acknowledged: a complete file may still lack an optional
    // ("jika ada") item, which the caller passes as not received.
    const QStringList received = documentItems(data.lines, Lines::Received);

    const QHash<QString, QString> values = {
        { QStringLiteral("letterhead"), letterheadHtml(data.office) },
        { QStringLiteral("copyMark"), copyMark(data.copy) },
        { QStringLiteral("caseNumber"), escaped(data.caseNumber) },
        { QStringLiteral("issuedDate"), escaped(text::longDateWithDay(date)) },
        { QStringLiteral("issuedTime"), escaped(time) },
        { QStringLiteral("applicantRows"), applicantRows(data, service) },
        { QStringLiteral("applicantName"), escaped(data.applicantName) },
        { QStringLiteral("serviceCode"), escaped(data.serviceCode) },
        { QStringLiteral("serviceName"), escaped(data.serviceName) },
        { QStringLiteral("applicationKindRow"), applicationKindRow(data, service) },
        { QStringLiteral("smsConsent"),
          escaped(data.smsConsent ? QStringLiteral("Ya") : QStringLiteral("Tidak")) },
        { QStringLiteral("productName"), escaped(data.productName) },
        { QStringLiteral("serviceTime"), escaped(data.serviceTimeText) },
        { QStringLiteral("completion"), completion(data) },
        { QStringLiteral("fee"), escaped(data.feeText) },
        { QStringLiteral("receivedList"), html::numberedList(received, none) },
        { QStringLiteral("missingList"),
          html::numberedList(documentItems(data.lines, Lines::Missing), none) },
        { QStringLiteral("complaintChannels"), complaintChannels(data.office) },
        { QStringLiteral("officeName"), escaped(data.office.name) },
        { QStringLiteral("city"), escaped(data.office.city) },
        { QStringLiteral("signedDate"), escaped(text::longDate(date)) },
        { QStringLiteral("clerkName"), escaped(data.clerkName) },
        { QStringLiteral("clerkNipLine"), clerkNip },
    };
    return html::fill(templateText(missing ? QStringLiteral("missing-documents.html")
                                           : QStringLiteral("receipt.html")),
                      values);
}

} // namespace loket
