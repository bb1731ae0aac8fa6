#include "RegisterDocument.h"

#include "DocumentHtml.h"
#include "IndonesianText.h"
#include "LetterBuilder.h"
#include "LetterParts.h"
#include "PdfFile.h"
#include "WorkingCalendar.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTextDocument>

namespace loket {
namespace {

using html::escaped;

// As DocumentRenderer: QTextDocument lays out at the screen's DPI and print() scales from it.
qreal layoutDpi()
{
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100;
}

} // namespace

CsvWriter RegisterTable::csv(QChar separator) const
{
    CsvWriter writer(header, separator);
    for (const QStringList& row : rows)
        writer.addRow(row);
    return writer;
}

QString RegisterDocument::letterhead(const Office& office)
{
    QString address = office.address;
    if (!office.postalCode.isEmpty())
        address += QStringLiteral(" ") + office.postalCode;
    QStringList contacts;
    if (!office.phone.isEmpty())
        contacts << QStringLiteral("Telepon ") + office.phone;
    if (!office.emails.isEmpty())
        contacts << QStringLiteral("Email ") + office.emails.join(QStringLiteral(", "));
    if (!contacts.isEmpty())
        address += QStringLiteral("\n") + contacts.join(QStringLiteral(" \u2013 "));
    return QStringLiteral(
               "<p align=\"center\" style=\"margin:0\"><span style=\"font-size:large\"><b>%1</b>"
               "</span><br/><span style=\"font-size:x-large\"><b>%2</b></span><br/>"
               "<span style=\"font-size:small\">%3</span></p><hr/>")
        .arg(escaped(office.governmentLine), escaped(office.unitLine),
             escaped(address).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
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
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(8.5);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(html);
    document->setPageSize(pageLayout().paintRect(QPageLayout::Point).size() * layoutDpi() / 72.0);
    return document;
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
