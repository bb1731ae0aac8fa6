#include "ComplaintRegisterReport.h"

#include "CsvWriter.h"
#include "DocumentHtml.h"
#include "IndonesianText.h"
#include "Letterhead.h"
#include "RegisterDocument.h"
#include "WorkingCalendar.h"

#include <QTimeZone>

namespace loket {
namespace {

using html::escaped;

QString moment(const QDateTime& at, const QTimeZone& zone)
{
    // The date over the time: the columns are narrow.
    return at.isValid() ? at.toTimeZone(zone).toString(QStringLiteral("dd-MM-yyyy'\n'HH.mm"))
                        : QString();
}

QString channelHtml(const Complaint& complaint)
{
    QString text = escaped(complaintChannelDocumentTitle(complaint.channel));
    if (!complaint.laporTicket.isEmpty())
        text += QStringLiteral("<br/>tiket %1").arg(escaped(complaint.laporTicket));
    return text;
}

QString statusHtml(const Complaint& complaint, const QDateTime& now)
{
    const QString late = ComplaintRegisterReport::lateness(complaint, now);
    QString text = escaped(complaintStatusDocumentTitle(complaint.status));
    if (!late.isEmpty())
        text += QStringLiteral("<br/><i>%1</i>").arg(escaped(late));
    return complaint.isOverdue(now) ? QStringLiteral("<b>%1</b>").arg(text) : text;
}

QString cell(const QString& textHtml, const QString& align = QStringLiteral("left"))
{
    return QStringLiteral("<td align=\"%1\">%2</td>").arg(align, textHtml);
}

// A date over the name of who acted, where the register has room for it.
QString dated(const QDateTime& at, const QString& detail, const QTimeZone& zone)
{
    if (!at.isValid())
        return QStringLiteral("\u2013");
    QString text = escaped(moment(at, zone)).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    if (!detail.isEmpty())
        text += QStringLiteral("<br/><span style=\"font-size:small\">%1</span>")
                    .arg(escaped(detail));
    return text;
}

QString table(const QList<Complaint>& complaints, const QDateTime& now, const QTimeZone& zone)
{
    static const struct
    {
        const char* heading;
        int percent;
    } columns[] = { { "No.", 3 },
                    { "Nomor", 10 },
                    { "Tanggal diterima", 7 },
                    { "Saluran", 9 },
                    { "Pengadu", 9 },
                    { "Perihal", 14 },
                    { "Batas tanggapan awal", 7 },
                    { "Ditanggapi", 7 },
                    { "Diteruskan", 8 },
                    { "Dijawab", 8 },
                    { "Selesai", 7 },
                    { "Status", 11 } };
    QString rows
        = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                         "width=\"100%\" style=\"border-collapse:collapse; font-size:7.5pt\">"
                         "<thead><tr>");
    for (const auto& column : columns)
        rows += QStringLiteral("<th bgcolor=\"#e0e0e0\" width=\"%1%\">%2</th>")
                    .arg(column.percent)
                    .arg(QString::fromUtf8(column.heading));
    rows += QStringLiteral("</tr></thead>");
    int index = 0;
    for (const Complaint& c : complaints) {
        const bool overdue = c.isOverdue(now);
        const QString answered = c.letterNumber.isEmpty()
            ? dated(c.answeredAt, QString(), zone)
            : dated(c.answeredAt, QStringLiteral("Surat %1").arg(c.letterNumber), zone);
        rows += (overdue ? QStringLiteral("<tr bgcolor=\"#f8d7da\">") : QStringLiteral("<tr>"))
            + cell(QString::number(++index), QStringLiteral("right")) + cell(escaped(c.number))
            + cell(dated(c.receivedAt, {}, zone)) + cell(channelHtml(c))
            + cell(escaped(c.complainant()))
            + cell(QStringLiteral("<i>%1</i><br/>%2")
                       .arg(escaped(complaintKindDocumentTitle(c.kind)), escaped(c.subject)))
            + cell(dated(c.responseDueAt, {}, zone)) + cell(dated(c.respondedAt, {}, zone))
            + cell(dated(c.forwardedAt, c.forwardedToName, zone)) + cell(answered)
            + cell(dated(c.closedAt, {}, zone)) + cell(statusHtml(c, now))
            + QStringLiteral("</tr>");
    }
    return rows + QStringLiteral("</table>");
}

} // namespace

QString ComplaintRegisterReport::periodTitle(int year, int month)
{
    if (month == 0)
        return QStringLiteral("Tahun %1").arg(year);
    return text::longDate(QDate(year, month, 1)).section(QLatin1Char(' '), 1);
}

QString ComplaintRegisterReport::lateness(const Complaint& c, const QDateTime& now)
{
    QStringList late;
    const bool responseLate
        = c.respondedAt.isValid() ? c.respondedAt > c.responseDueAt : c.responseOverdue(now);
    if (responseLate)
        late << QStringLiteral("tanggapan awal terlambat");
    const bool answerLate = c.answeredAt.isValid()
        ? c.answerDueAt.isValid() && c.answeredAt > c.answerDueAt
        : c.answerOverdue(now);
    if (answerLate)
        late << QStringLiteral("jawaban terlambat");
    return late.join(QStringLiteral(", "));
}

QString ComplaintRegisterReport::html(const Office& office, int year, int month,
                                      const QList<Complaint>& complaints, const QDateTime& now)
{
    const QTimeZone zone = officeHoursOf(office).zone;
    const QString period = periodTitle(year, month);
    int open = 0, overdue = 0, closed = 0;
    for (const Complaint& c : complaints) {
        overdue += c.isOverdue(now) ? 1 : 0;
        closed += c.status == ComplaintStatus::Closed ? 1 : 0;
        open += c.status != ComplaintStatus::Closed ? 1 : 0;
    }
    QString body = Letterhead::compactHtml(office)
        + RegisterDocument::title(
                       QStringLiteral("REGISTER PENGADUAN, ASPIRASI DAN PERMINTAAN "
                                      "INFORMASI"),
                       (month == 0 ? period : QStringLiteral("Bulan ") + period).toUpper());
    if (complaints.isEmpty()) {
        body += QStringLiteral("<p>Tidak ada pengaduan, aspirasi atau permintaan informasi yang "
                               "diterima pada periode ini.</p>");
    } else {
        body += QStringLiteral("<p>Jumlah: %1; selesai: %2; dalam proses: %3; terlambat: %4.</p>")
                    .arg(complaints.size())
                    .arg(closed)
                    .arg(open)
                    .arg(overdue)
            + table(complaints, now, zone)
            + QStringLiteral(
                    "<p style=\"font-size:small\">Baris berlatar merah dan bercetak tebal: "
                    "tanggapan awal atau jawaban melewati batas waktu pada saat "
                    "dicetak. Tanggapan awal paling lambat 1 (satu) hari kerja sejak "
                    "diterima.</p>");
    }
    const QDate today = now.toTimeZone(zone).date();
    body += RegisterDocument::signatureBlock(office, today) + RegisterDocument::printedNote(today);
    return RegisterDocument::page(QStringLiteral("Register Pengaduan ") + period, body);
}

QByteArray ComplaintRegisterReport::csv(const Office& office, const QList<Complaint>& complaints,
                                        const QDateTime& now, QChar separator)
{
    const QTimeZone zone = officeHoursOf(office).zone;
    CsvWriter writer({ QStringLiteral("No"), QStringLiteral("Nomor"), QStringLiteral("Jenis"),
                       QStringLiteral("Tanggal diterima"), QStringLiteral("Saluran"),
                       QStringLiteral("Tiket LAPOR"), QStringLiteral("Pengadu"),
                       QStringLiteral("Perihal"), QStringLiteral("Nomor berkas terkait"),
                       QStringLiteral("Batas tanggapan awal"), QStringLiteral("Ditanggapi"),
                       QStringLiteral("Diteruskan"), QStringLiteral("Diteruskan kepada"),
                       QStringLiteral("Batas jawaban"), QStringLiteral("Dijawab"),
                       QStringLiteral("Nomor surat jawaban"), QStringLiteral("Selesai"),
                       QStringLiteral("Status"), QStringLiteral("Keterlambatan") },
                     separator);
    int index = 0;
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    auto at = [&](const QDateTime& moment) {
        return moment.isValid() ? moment.toTimeZone(zone).toString(format) : QString();
    };
    for (const Complaint& c : complaints)
        writer.addRow({ QString::number(++index), c.number, complaintKindDocumentTitle(c.kind),
                        at(c.receivedAt), complaintChannelDocumentTitle(c.channel), c.laporTicket,
                        c.complainant(), c.subject, c.caseNumber, at(c.responseDueAt),
                        at(c.respondedAt), at(c.forwardedAt), c.forwardedToName, at(c.answerDueAt),
                        at(c.answeredAt), c.letterNumber, at(c.closedAt),
                        complaintStatusDocumentTitle(c.status), lateness(c, now) });
    return writer.data();
}

QPageLayout ComplaintRegisterReport::pageLayout()
{
    return RegisterDocument::pageLayout();
}

void ComplaintRegisterReport::print(const QString& html, QPagedPaintDevice* device)
{
    RegisterDocument::print(html, device);
}

bool ComplaintRegisterReport::writePdf(const QString& html, const QString& path,
                                       QString* errorMessage)
{
    return RegisterDocument::writePdf(html, path, errorMessage);
}

} // namespace loket
