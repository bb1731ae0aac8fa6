#include "RegisterDocument.h"

#include "DocumentHtml.h"
#include "IndonesianText.h"
#include "LetterBuilder.h"
#include "LetterParts.h"
#include "PageSetup.h"
#include "PdfFile.h"
#include "WorkingCalendar.h"

#include <QTextDocument>

namespace loket {
namespace {

using html::escaped;

} // namespace

CsvWriter RegisterTable::csv(QChar separator) const
{
    CsvWriter writer(header, separator);
    for (const QStringList& row : rows)
        writer.addRow(row);
    return writer;
}

QString RegisterDocument::title(const QString& name, const QString& periodLine)
{
    return QStringLiteral("<h3 align=\"center\">%1<br/>%2</h3>")
        .arg(escaped(name), escaped(periodLine));
}

QString RegisterDocument::table(const QList<Column>& columns, const QList<QStringList>& cellsHtml)
{
    // <thead>: QTextDocument repeats the header row at the top of every page.
    QString rows = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "width=\"100%\" style=\"border-collapse:collapse\"><thead><tr>");
    for (const Column& column : columns)
        rows += QStringLiteral("<th bgcolor=\"#e0e0e0\" width=\"%1%\">%2</th>")
                    .arg(column.percent)
                    .arg(escaped(column.heading));
    rows += QStringLiteral("</tr></thead>");
    for (const QStringList& cells : cellsHtml) {
        rows += QStringLiteral("<tr>");
        for (int i = 0; i < cells.size(); ++i) {
            const bool right = i < columns.size() && columns.at(i).alignRight;
            rows += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(right ? QStringLiteral("right") : QStringLiteral("left"), cells.at(i));
        }
        rows += QStringLiteral("</tr>");
    }
    return rows + QStringLiteral("</table>");
}

QString RegisterDocument::signatureBlock(const Office& office, const QDate& date,
                                         const QString& preparedBy)
{
    const Official& head = office.head;
    QString rank = head.rank;
    if (!head.grade.isEmpty())
        rank += QStringLiteral(" (%1)").arg(head.grade);
    const QString headHtml
        = QStringLiteral("%1, %2<br/>%3,<br/><br/><br/><br/><b><u>%4</u></b>%5%6")
              .arg(escaped(office.city), escaped(text::longDate(date)),
                   escaped(LetterBuilder::headPosition(office).toUpper()),
                   head.name.isEmpty() ? letters::dots(30) : escaped(head.name),
                   rank.isEmpty() ? QString() : QStringLiteral("<br/>") + escaped(rank),
                   head.nip.isEmpty()
                       ? QString()
                       : QStringLiteral("<br/>NIP. ") + escaped(letters::formatNip(head.nip)));
    const QString keeperHtml = preparedBy.trimmed().isEmpty()
        ? QStringLiteral("&nbsp;")
        : QStringLiteral("<br/>Petugas,<br/><br/><br/><br/><b><u>%1</u></b>")
              .arg(escaped(preparedBy.trimmed()));
    return QStringLiteral("<p>&nbsp;</p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">"
                          "<tr><td width=\"55%\" align=\"center\">%1</td>"
                          "<td width=\"45%\" align=\"center\">%2</td></tr></table>")
        .arg(keeperHtml, headHtml);
}

QString RegisterDocument::printedNote(const QDate& date)
{
    return QStringLiteral("<p style=\"font-size:small\">Dicetak dari Loket pada %1.</p>")
        .arg(escaped(text::longDate(date)));
}

QString RegisterDocument::page(const QString& title, const QString& bodyHtml)
{
    return QStringLiteral("<html><head><title>%1</title></head><body>%2</body></html>")
        .arg(escaped(title), bodyHtml);
}

QDate RegisterDocument::officeToday(const Office& office, const QDateTime& now)
{
    return now.toTimeZone(officeHoursOf(office).zone).date();
}

QPageLayout RegisterDocument::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 12, 12, 12),
                       QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> RegisterDocument::document(const QString& html)
{
    return PageSetup(pageLayout(), 8.5).document(html);
}

void RegisterDocument::print(const QString& html, QPagedPaintDevice* device)
{
    document(html)->print(device);
}

bool RegisterDocument::writePdf(const QString& html, const QString& path, QString* errorMessage)
{
    const std::unique_ptr<QTextDocument> laidOut = document(html);
    return PdfFile::write(*laidOut, pageLayout(), path, errorMessage);
}

} // namespace loket
