#pragma once

#include "Catalog.h"
#include "LetterNumbering.h"
#include "RegisterDocument.h"
#include "RegisterPeriod.h"

#include <QCoreApplication>
#include <QPageLayout>

namespace loket {

// The printable monthly outgoing-letter register (buku agenda surat keluar): the office's
// letterhead and one row per letter, in formal Indonesian, A4 landscape.
class LetterRegisterReport
{
    Q_DECLARE_TR_FUNCTIONS(loket::LetterRegisterReport)
public:
    // `registerKey` empty: every register of the month, each under its own heading.
    // `printedOn` is the office's date the register is printed, said at its foot.
    static QString html(const Office& office, int year, int month, const QString& registerKey,
                        const QList<Letter>& letters, const QDate& printedOn);
    // The same for a day, a month or a year ("BULAN NOVEMBER 2026").
    static QString html(const Office& office, const RegisterPeriod& period,
                        const QString& registerKey, const QList<Letter>& letters,
                        const QDate& printedOn);
    // One line of text cells per letter (times in the office's zone): CSV and preview.
    static RegisterTable table(const Office& office, const QList<Letter>& letters);
    // UTF-8 with a BOM and a header row.
    static CsvWriter csv(const Office& office, const QList<Letter>& letters,
                         QChar separator = QLatin1Char(','))
    {
        return table(office, letters).csv(separator);
    }
    static QPageLayout pageLayout();
    // Needs a QGuiApplication (fonts). Writes the file atomically.
    static bool writePdf(const QString& html, const QString& path, QString* errorMessage);

private:
    static QString render(const Office& office, const QString& periodLine, const QString& pageTitle,
                          const QString& periodPhrase, const QString& registerKey,
                          const QList<Letter>& letters, const QDate& printedOn);
};

} // namespace loket
