#pragma once

#include "Catalog.h"
#include "CsvWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPageLayout>
#include <QStringList>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace loket {

// A register as plain text cells: what the CSV holds and what a preview shows.
struct RegisterTable
{
    QStringList header;
    QList<QStringList> rows;
    // UTF-8 with a BOM and the header row.
    CsvWriter csv(QChar separator = QLatin1Char(',')) const;
};

// What the office's printable registers share (buku agenda surat keluar, buku daftar penerima
// layanan, buku tamu): the letterhead (Letterhead::compactHtml), a bordered table whose header row
// repeats on every page, the place, date and signature block, and the A4 landscape page. Formal
// Indonesian. Arguments ending in "Html" are markup already; every other text is escaped here.
class RegisterDocument
{
    Q_DECLARE_TR_FUNCTIONS(loket::RegisterDocument)
public:
    struct Column
    {
        QString heading;
        int percent = 10; // of the table's width
        bool alignRight = false;
    };

    // The centred title, e.g. "BUKU TAMU" over "BULAN NOVEMBER 2026".
    static QString title(const QString& name, const QString& periodLine);
    // One row per entry of `cellsHtml`; the header repeats when the table breaks across pages.
    static QString table(const QList<Column>& columns, const QList<QStringList>& cellsHtml);
    // "Palangka Raya, 30 November 2026" over the head of office (name, rank, NIP) on the
    // right; on the left, when `preparedBy` is given, the officer who kept the register.
    static QString signatureBlock(const Office& office, const QDate& date,
                                  const QString& preparedBy = QString());
    // "Dicetak dari Loket pada 30 November 2026."
    static QString printedNote(const QDate& date);
    // The complete HTML page with its title (the PDF's title).
    static QString page(const QString& title, const QString& bodyHtml);
    // Today in the office's zone: the date a register is printed on.
    static QDate officeToday(const Office& office, const QDateTime& now);

    static QPageLayout pageLayout(); // A4 landscape
    // The HTML laid out on pageLayout(); needs a QGuiApplication (fonts).
    static std::unique_ptr<QTextDocument> document(const QString& html);
    // Prints on a device (a printer) already set to pageLayout().
    static void print(const QString& html, QPagedPaintDevice* device);
    // Writes the file atomically.
    static bool writePdf(const QString& html, const QString& path, QString* errorMessage);
};

} // namespace loket
