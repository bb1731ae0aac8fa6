// The HTML of the printed recap. Every catalog, case and user value is escaped before it meets
// markup; the texts around them are the document's formal Indonesian.
#include "CaseReportDocument.h"

#include "DocumentHtml.h"
#include "IndonesianText.h"
#include "LetterBuilder.h"
#include "LetterParts.h"
#include "LetterRenderer.h"
#include "PersonalDataAudit.h"
#include "ReportChart.h"
#include "WorkingCalendar.h"

namespace loket {
namespace {

using html::escaped;

const QString kHead = QStringLiteral("#d9dee6");
const QString kDivision = QStringLiteral("#eef1f5");
const QString kSubtotal = QStringLiteral("#f5f5f5");
const QString kTotal = QStringLiteral("#dcdcdc");

QString td(const QString& textHtml, const QString& attributes = QString())
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes, textHtml);
}

QString th(const QString& text, const QString& attributes = QString())
{
    return QStringLiteral("<th bgcolor=\"%1\" valign=\"middle\"%2>%3</th>")
        .arg(kHead, attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes, text);
}

QString number(const QString& text, bool bold = false)
{
    return td(bold ? QStringLiteral("<b>%1</b>").arg(text) : text,
              QStringLiteral("align=\"right\""));
}

QString number(int value, bool bold = false)
{
    return number(QString::number(value), bold);
}

// The nine figures of a row, from "Diterima" to the median.
QString figureCells(const ReportFigures& f, bool bold)
{
    return number(f.received, bold) + number(f.completed, bold) + number(f.onTime, bold)
        + number(f.late, bold) + number(f.rejected, bold) + number(f.open, bold)
        + number(f.waiting, bold) + number(report::percentText(f.onTimePercent()), bold)
        + number(report::daysText(f.medianDays()), bold);
}

QString tableHead()
{
    return QStringLiteral("<thead><tr>")
        + th(QStringLiteral("No."), QStringLiteral("rowspan=\"2\" width=\"3%\""))
        + th(QStringLiteral("Kode"), QStringLiteral("rowspan=\"2\" width=\"6%\""))
        + th(QStringLiteral("Layanan"), QStringLiteral("rowspan=\"2\" width=\"26%\""))
        + th(QStringLiteral("Diterima"), QStringLiteral("rowspan=\"2\" width=\"7%\""))
        + th(QStringLiteral("Selesai"), QStringLiteral("colspan=\"3\""))
        + th(QStringLiteral("Ditolak"), QStringLiteral("rowspan=\"2\" width=\"6%\""))
        + th(QStringLiteral("Masih diproses"), QStringLiteral("rowspan=\"2\" width=\"8%\""))
        + th(QStringLiteral("Menunggu berkas"), QStringLiteral("rowspan=\"2\" width=\"8%\""))
        + th(QStringLiteral("Tepat waktu (%)"), QStringLiteral("rowspan=\"2\" width=\"7%\""))
        + th(QStringLiteral("Median waktu selesai (hari kerja)"),
             QStringLiteral("rowspan=\"2\" width=\"10%\""))
        + QStringLiteral("</tr><tr>") + th(QStringLiteral("Jumlah"), QStringLiteral("width=\"6%\""))
        + th(QStringLiteral("Tepat waktu"), QStringLiteral("width=\"6%\""))
        + th(QStringLiteral("Terlambat"), QStringLiteral("width=\"7%\""))
        + QStringLiteral("</tr></thead>");
}

QString recapTable(const CaseReportData& data)
{
    QString rows = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "width=\"100%\" style=\"border-collapse:collapse\">")
        + tableHead();
    int serial = 0;
    const bool subtotals = data.divisions.size() > 1;
    for (const ReportDivision& division : data.divisions) {
        rows += QStringLiteral("<tr><td colspan=\"12\" bgcolor=\"%1\"><b>%2</b></td></tr>")
                    .arg(kDivision, escaped(division.name));
        for (const ReportServiceRow& row : division.services) {
            rows += QStringLiteral("<tr>") + number(++serial) + td(escaped(row.code))
                + td(escaped(row.name)) + figureCells(row.figures, false) + QStringLiteral("</tr>");
        }
        if (subtotals)
            rows += QStringLiteral("<tr bgcolor=\"%1\">").arg(kSubtotal)
                + td(QStringLiteral("<b>Jumlah %1</b>").arg(escaped(division.name)),
                     QStringLiteral("colspan=\"3\" align=\"right\""))
                + figureCells(division.total, true) + QStringLiteral("</tr>");
    }
    rows += QStringLiteral("<tr bgcolor=\"%1\">").arg(kTotal)
        + td(QStringLiteral("<b>JUMLAH KESELURUHAN</b>"),
             QStringLiteral("colspan=\"3\" align=\"right\""))
        + figureCells(data.total, true) + QStringLiteral("</tr>");
    return rows + QStringLiteral("</table>");
}

QString localTime(const QDateTime& moment, const QTimeZone& zone)
{
    return moment.isValid() ? moment.toTimeZone(zone).toString(QStringLiteral("dd-MM-yyyy"))
            + QStringLiteral("<br/>") + moment.toTimeZone(zone).toString(QStringLiteral("HH.mm"))
                            : QStringLiteral("\u2013");
}

QString overdueTable(const CaseReportData& data, const QTimeZone& zone)
{
    if (data.overdue.isEmpty())
        return QStringLiteral("<p>Tidak ada berkas yang melewati batas waktu.</p>");
    QString rows = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "width=\"100%\" style=\"border-collapse:collapse\"><thead><tr>")
        + th(QStringLiteral("No."), QStringLiteral("width=\"3%\""))
        + th(QStringLiteral("Nomor Berkas"), QStringLiteral("width=\"13%\""))
        + th(QStringLiteral("Layanan"), QStringLiteral("width=\"27%\""))
        + th(QStringLiteral("Pemohon"), QStringLiteral("width=\"17%\""))
        + th(QStringLiteral("Diterima"), QStringLiteral("width=\"9%\""))
        + th(QStringLiteral("Batas Waktu"), QStringLiteral("width=\"9%\""))
        + th(QStringLiteral("Terlambat (hari kerja)"), QStringLiteral("width=\"8%\""))
        + th(QStringLiteral("Petugas"), QStringLiteral("width=\"14%\""))
        + QStringLiteral("</tr></thead>");
    int serial = 0;
    for (const OverdueCase& item : data.overdue) {
        rows += QStringLiteral("<tr>") + number(++serial) + td(escaped(item.caseNumber))
            + td(QStringLiteral("%1 %2").arg(escaped(item.serviceCode), escaped(item.serviceName)))
            + td(escaped(item.applicant)) + td(localTime(item.receivedAt, zone))
            + td(localTime(item.dueAt, zone)) + number(item.workingDaysLate)
            + td(item.officer.isEmpty() ? QStringLiteral("<i>belum ditugaskan</i>")
                                        : escaped(item.officer))
            + QStringLiteral("</tr>");
    }
    return rows + QStringLiteral("</table>");
}

// An image is never split across pages: a chart taller than a page is shown smaller.
QString chart(const QString& name, QSize size)
{
    const int maxHeight = 600;
    if (size.height() > maxHeight)
        size = QSize(size.width() * maxHeight / size.height(), maxHeight);
    return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
        .arg(name)
        .arg(size.width())
        .arg(size.height());
}

} // namespace

CaseReportDocument::CaseReportDocument(const Office& office, QString overrideDirectory)
    : m_office(office)
    , m_overrideDirectory(std::move(overrideDirectory))
{
}

CaseReportDocument::Signer CaseReportDocument::headOfOffice(const Office& office)
{
    const LetterSigner head = LetterBuilder::headSigner(office);
    QString rank = head.rank;
    if (!head.grade.isEmpty())
        rank += QStringLiteral(" (%1)").arg(head.grade);
    return { LetterBuilder::headPosition(office).toUpper(), head.name, rank, head.nip };
}

QString CaseReportDocument::title(const ReportPeriod& period)
{
    return QStringLiteral("REKAPITULASI PELAYANAN DINAS SOSIAL \u2014 %1").arg(period.title());
}

QString CaseReportDocument::letterhead() const
{
    return LetterRenderer(m_overrideDirectory).letterhead(m_office, 64);
}

QString CaseReportDocument::html(const CaseReportData& data,
                                 const std::optional<Signer>& signer) const
{
    const QTimeZone zone = officeHoursOf(m_office).zone;
    const QImage services = ReportChart::services(data);
    const QImage onTime = ReportChart::onTime(data);
    QString body = letterhead()
        + QStringLiteral("<p align=\"center\" style=\"margin-top:10px\"><span "
                         "style=\"font-size:13pt\"><b>%1</b></span><br/>%2<br/><span "
                         "style=\"font-size:8pt\">Keadaan berkas per %3 pukul %4 %5</span></p>")
              .arg(escaped(title(data.period)), escaped(m_office.name),
                   escaped(text::longDateWithDay(data.asOf.toTimeZone(zone).date())),
                   data.asOf.toTimeZone(zone).toString(QStringLiteral("HH.mm")),
                   escaped(m_office.timeZone))
        + summary(data) + QStringLiteral("<p><b>A. Rekapitulasi per Layanan dan Bidang</b></p>")
        + recapTable(data)
        + QStringLiteral("<p style=\"page-break-before:always\"><b>B. Grafik</b></p>")
        + chart(servicesChartName(), ReportChart::logicalSize(services))
        + chart(onTimeChartName(), ReportChart::logicalSize(onTime))
        + QStringLiteral("<p style=\"margin-top:12px\"><b>C. Berkas yang Melewati Batas "
                         "Waktu</b> per %1 (termasuk berkas periode sebelumnya yang belum "
                         "selesai)</p>")
              .arg(escaped(text::longDate(data.asOf.toTimeZone(zone).date())))
        + overdueTable(data, zone);
    QString notes;
    for (const QString& line : definitions())
        notes += QStringLiteral("<li>%1</li>").arg(escaped(line));
    body += QStringLiteral("<p style=\"margin-bottom:0px\"><b>Keterangan:</b></p><ol "
                           "style=\"font-size:7.5pt; margin-top:0px\">%1</ol>")
                .arg(notes)
        + signatureBlock(data, signer);
    return QStringLiteral("<html><head><title>%1</title></head><body>%2</body></html>")
        .arg(escaped(title(data.period)), body);
}

QString CaseReportDocument::summary(const CaseReportData& data) const
{
    const ReportFigures& t = data.total;
    const QString during = data.period.kind == ReportPeriod::Kind::Month
        ? QStringLiteral("bulan %1").arg(data.period.label())
        : QStringLiteral("tahun %1").arg(data.period.year);
    QString text = QStringLiteral("Selama %1 %2 menerima %3 berkas permohonan layanan.")
                       .arg(during, escaped(m_office.name))
                       .arg(t.received);
    if (t.received > 0)
        text += QStringLiteral(" Dari jumlah tersebut %1 berkas telah selesai (%2 tepat waktu dan "
                               "%3 terlambat; ketepatan waktu %4%5), %6 ditolak, %7 masih "
                               "diproses dan %8 menunggu kelengkapan berkas.")
                    .arg(t.completed)
                    .arg(t.onTime)
                    .arg(t.late)
                    .arg(report::percentText(t.onTimePercent()),
                         t.onTimePercent() ? QStringLiteral("%") : QString())
                    .arg(t.rejected)
                    .arg(t.open)
                    .arg(t.waiting);
    if (t.medianDays())
        text += QStringLiteral(" Median waktu penyelesaian %1 hari kerja.")
                    .arg(report::daysText(t.medianDays()));
    text += data.overdue.isEmpty()
        ? QStringLiteral(" Tidak ada berkas yang melewati batas waktu.")
        : QStringLiteral(" Terdapat %1 berkas yang belum selesai dan telah melewati batas waktu "
                         "(bagian C).")
              .arg(data.overdue.size());
    return QStringLiteral("<p align=\"justify\">%1</p>").arg(text);
}

QString CaseReportDocument::signatureBlock(const CaseReportData& data,
                                           const std::optional<Signer>& signer) const
{
    const Signer head = headOfOffice(m_office);
    const Signer who = signer.value_or(head);
    const auto block = [](const QString& above, const Signer& s) {
        return QStringLiteral("%1<b>%2,</b><br/><br/><br/><br/><br/><b><u>%3</u></b>%4%5")
            .arg(above, escaped(s.position), escaped(s.name),
                 s.rank.isEmpty() ? QString() : QStringLiteral("<br/>") + escaped(s.rank),
                 s.nip.isEmpty()
                     ? QString()
                     : QStringLiteral("<br/>NIP. ") + escaped(letters::formatNip(s.nip)));
    };
    const QDate day = data.asOf.toTimeZone(officeHoursOf(m_office).zone).date();
    const QString known = who.name == head.name && who.position == head.position
        ? QString()
        : block(QStringLiteral("Mengetahui,<br/>"), head);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                          "style=\"margin-top:14px\"><tr><td width=\"50%\" align=\"center\" "
                          "valign=\"top\">%1</td><td width=\"50%\" align=\"center\" "
                          "valign=\"top\">%2</td></tr></table>")
        .arg(known,
             block(QStringLiteral("%1, %2<br/>")
                       .arg(escaped(m_office.city), escaped(text::longDate(day))),
                   who));
}

bool CaseReportDocument::recordPdfExport(Database& database, qint64 userId,
                                         const CaseReportData& data, QString* errorMessage)
{
    return data.overdue.isEmpty()
        || PersonalDataAudit(database).exported(userId, title(data.period),
                                                int(data.overdue.size()), QStringLiteral("pdf"),
                                                errorMessage);
}

} // namespace loket
