#include "LetterRegisterReport.h"

#include "DocumentHtml.h"
#include "IndonesianText.h"
#include "OfficeDatabase.h"

#include <QGuiApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTextDocument>
#include <QTimeZone>

namespace loket {
namespace {

using html::escaped;

QString letterhead(const Office& office)
{
    QString address = office.address;
    if (!office.postalCode.isEmpty())
        address += QStringLiteral(" ") + office.postalCode;
    return QStringLiteral("<p align=\"center\"><b>%1</b><br/><span style=\"font-size:large\">"
                          "<b>%2</b></span><br/><span style=\"font-size:small\">%3</span></p>"
                          "<hr/>")
        .arg(escaped(office.governmentLine), escaped(office.unitLine), escaped(address));
}

QString cell(const QString& textHtml, const QString& align = QStringLiteral("left"))
{
    return QStringLiteral("<td align=\"%1\">%2</td>").arg(align, textHtml);
}

QString table(const QList<Letter>& letters, const QTimeZone& zone)
{
    // The same columns, in the same widths, for every register of the month.
    static const struct
    {
        const char* heading;
        int percent;
    } columns[] = { { "No.", 4 },           { "Tanggal", 9 },  { "Nomor Surat", 17 },
                    { "Jenis Surat", 10 },  { "Perihal", 20 }, { "Kepada", 14 },
                    { "Nomor Berkas", 10 }, { "Petugas", 8 },  { "Kode Verifikasi", 8 } };
    QString rows = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "width=\"100%\" style=\"border-collapse:collapse\"><thead><tr>");
    for (const auto& column : columns)
        rows += QStringLiteral("<th bgcolor=\"#e0e0e0\" width=\"%1%\">%2</th>")
                    .arg(column.percent)
                    .arg(QString::fromUtf8(column.heading));
    rows += QStringLiteral("</tr></thead>");
    for (const Letter& letter : letters) {
        const QDateTime local = letter.issuedAt.toTimeZone(zone);
        rows += QStringLiteral("<tr>")
            + cell(QString::number(letter.serial), QStringLiteral("right"))
            + cell(letter.date.toString(QStringLiteral("dd-MM-yyyy")) + QStringLiteral("<br/>")
                   + local.time().toString(QStringLiteral("HH.mm")))
            + cell(escaped(letter.number))
            + cell(escaped(LetterNumbering::documentTypeTitle(letter.documentType)))
            + cell(escaped(letter.subject)) + cell(escaped(letter.addressee))
            + cell(escaped(letter.caseNumber)) + cell(escaped(letter.issuedByName))
            + cell(escaped(letter.verificationCode)) + QStringLiteral("</tr>");
    }
    return rows + QStringLiteral("</table>");
}

// As DocumentRenderer: QTextDocument lays out at the screen's DPI and print() scales from it.
qreal layoutDpi()
{
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100;
}

} // namespace

QString LetterRegisterReport::html(const Office& office, int year, int month,
                                   const QString& registerKey, const QList<Letter>& letters)
{
    const QString monthName = text::longDate(QDate(year, month, 1)).section(QLatin1Char(' '), 1);
    const QTimeZone zone = officeHoursOf(office).zone;
    QStringList registers;
    for (const Letter& letter : letters) {
        if (!registers.contains(letter.registerKey))
            registers << letter.registerKey;
    }
    if (!registerKey.isEmpty() && registers.isEmpty())
        registers << registerKey;

    QString body = letterhead(office)
        + QStringLiteral("<h3 align=\"center\">BUKU AGENDA SURAT KELUAR<br/>Bulan %1</h3>")
              .arg(escaped(monthName));
    for (const QString& key : std::as_const(registers)) {
        QList<Letter> own;
        for (const Letter& letter : letters) {
            if (letter.registerKey == key)
                own << letter;
        }
        body += QStringLiteral("<p>&nbsp;</p><p><b>Register: %1</b> (%2), %3 surat</p>")
                    .arg(escaped(LetterNumbering::registerTitle(key)), escaped(key))
                    .arg(own.size())
            + (own.isEmpty() ? QString() : table(own, zone));
    }
    if (letters.isEmpty())
        body += QStringLiteral("<p>Tidak ada surat keluar pada bulan ini.</p>");
    body += QStringLiteral("<p style=\"font-size:small\">Dicetak dari Loket pada %1.</p>")
                .arg(escaped(
                    text::longDate(QDateTime::currentDateTimeUtc().toTimeZone(zone).date())));
    return QStringLiteral("<html><head><title>Buku Agenda Surat Keluar %1</title></head>"
                          "<body>%2</body></html>")
        .arg(escaped(monthName), body);
}

QPageLayout LetterRegisterReport::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 12, 12, 12),
                       QPageLayout::Millimeter);
}

bool LetterRegisterReport::writePdf(const QString& html, const QString& path, QString* errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QTextDocument document;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(8.5);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setPageSize(pageLayout().paintRect(QPageLayout::Point).size() * layoutDpi() / 72.0);

    QPdfWriter writer(&file);
    writer.setCreator(QStringLiteral("Loket"));
    writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    if (!writer.setPageLayout(pageLayout())) {
        *errorMessage = tr("The PDF writer refused the A4 landscape page.");
        return false;
    }
    document.print(&writer);
    if (file.size() == 0 || !file.commit()) {
        *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace loket
