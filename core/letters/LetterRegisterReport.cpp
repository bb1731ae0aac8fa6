#include "LetterRegisterReport.h"

#include "DocumentHtml.h"
#include "IndonesianText.h"
#include "Letterhead.h"
#include "RegisterDocument.h"
#include "WorkingCalendar.h"

#include <QTimeZone>

namespace loket {
namespace {

using html::escaped;

QString tableHtml(const QList<Letter>& letters, const QTimeZone& zone)
{
    // The same columns, in the same widths, for every register of the month.
    static const QList<RegisterDocument::Column> columns {
        { QStringLiteral("No."), 4, true },       { QStringLiteral("Tanggal"), 9 },
        { QStringLiteral("Nomor Surat"), 17 },    { QStringLiteral("Jenis Surat"), 10 },
        { QStringLiteral("Perihal"), 20 },        { QStringLiteral("Kepada"), 14 },
        { QStringLiteral("Nomor Berkas"), 10 },   { QStringLiteral("Petugas"), 8 },
        { QStringLiteral("Kode Verifikasi"), 8 },
    };
    QList<QStringList> rows;
    for (const Letter& letter : letters) {
        const QDateTime local = letter.issuedAt.toTimeZone(zone);
        rows << QStringList { QString::number(letter.serial),
                              letter.date.toString(QStringLiteral("dd-MM-yyyy"))
                                  + QStringLiteral("<br/>")
                                  + local.time().toString(QStringLiteral("HH.mm")),
                              escaped(letter.number),
                              escaped(LetterNumbering::documentTypeTitle(letter.documentType)),
                              escaped(letter.subject),
                              escaped(letter.addressee),
                              escaped(letter.caseNumber),
                              escaped(letter.issuedByName),
                              escaped(letter.verificationCode) };
    }
    return RegisterDocument::table(columns, rows);
}

} // namespace

QString LetterRegisterReport::html(const Office& office, int year, int month,
                                   const QString& registerKey, const QList<Letter>& letters,
                                   const QDate& printedOn)
{
    const QString monthName = text::longDate(QDate(year, month, 1)).section(QLatin1Char(' '), 1);
    return render(office, QStringLiteral("Bulan ") + monthName,
                  QStringLiteral("Buku Agenda Surat Keluar ") + monthName,
                  QStringLiteral("bulan ini"), registerKey, letters, printedOn);
}

QString LetterRegisterReport::html(const Office& office, const RegisterPeriod& period,
                                   const QString& registerKey, const QList<Letter>& letters,
                                   const QDate& printedOn)
{
    return render(office, period.heading(),
                  QStringLiteral("Buku Agenda Surat Keluar ") + period.phrase(), period.phrase(),
                  registerKey, letters, printedOn);
}

QString LetterRegisterReport::render(const Office& office, const QString& periodLine,
                                     const QString& pageTitle, const QString& periodPhrase,
                                     const QString& registerKey, const QList<Letter>& letters,
                                     const QDate& printedOn)
{
    const QTimeZone zone = officeHoursOf(office).zone;
    QStringList registers;
    for (const Letter& letter : letters) {
        if (!registers.contains(letter.registerKey))
            registers << letter.registerKey;
    }
    if (!registerKey.isEmpty() && registers.isEmpty())
        registers << registerKey;

    QString body = Letterhead::compactHtml(office)
        + RegisterDocument::title(QStringLiteral("BUKU AGENDA SURAT KELUAR"), periodLine);
    for (const QString& key : std::as_const(registers)) {
        QList<Letter> own;
        for (const Letter& letter : letters) {
            if (letter.registerKey == key)
                own << letter;
        }
        body += QStringLiteral("<p>&nbsp;</p><p><b>Register: %1</b> (%2), %3 surat</p>")
                    .arg(escaped(LetterNumbering::registerTitle(key)), escaped(key))
                    .arg(own.size())
            + (own.isEmpty() ? QString() : tableHtml(own, zone));
    }
    if (letters.isEmpty())
        body += QStringLiteral("<p>Tidak ada surat keluar pada %1.</p>").arg(escaped(periodPhrase));
    body += RegisterDocument::printedNote(printedOn);
    return RegisterDocument::page(pageTitle, body);
}

RegisterTable LetterRegisterReport::table(const Office& office, const QList<Letter>& letters)
{
    const QTimeZone zone = officeHoursOf(office).zone;
    RegisterTable table;
    table.header = { QStringLiteral("Register"),       QStringLiteral("No"),
                     QStringLiteral("Tanggal"),        QStringLiteral("Jam"),
                     QStringLiteral("Nomor Surat"),    QStringLiteral("Jenis Surat"),
                     QStringLiteral("Perihal"),        QStringLiteral("Kepada"),
                     QStringLiteral("Nomor Berkas"),   QStringLiteral("Petugas"),
                     QStringLiteral("Kode Verifikasi") };
    for (const Letter& letter : letters)
        table.rows << QStringList {
            letter.registerKey,
            QString::number(letter.serial),
            letter.date.toString(Qt::ISODate),
            letter.issuedAt.toTimeZone(zone).time().toString(QStringLiteral("HH:mm")),
            letter.number,
            LetterNumbering::documentTypeTitle(letter.documentType),
            letter.subject,
            letter.addressee,
            letter.caseNumber,
            letter.issuedByName,
            letter.verificationCode,
        };
    return table;
}

QPageLayout LetterRegisterReport::pageLayout()
{
    return RegisterDocument::pageLayout();
}

bool LetterRegisterReport::writePdf(const QString& html, const QString& path, QString* errorMessage)
{
    return RegisterDocument::writePdf(html, path, errorMessage);
}

} // namespace loket
