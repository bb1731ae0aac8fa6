#pragma once

#include "Catalog.h"
#include "GuestBook.h"
#include "RegisterDocument.h"

namespace loket {

// The printable guest book (buku tamu) of a day, month or year and its CSV: formal
// Indonesian, A4 landscape (print and PDF through RegisterDocument).
class GuestBookReport
{
public:
    static QString html(const Catalog& catalog, const RegisterPeriod& period,
                        const QList<GuestEntry>& entries, const QDate& printedOn,
                        const QString& preparedBy = QString());
    // The entries as text cells (times in the office's zone): the CSV and the preview.
    static RegisterTable table(const Catalog& catalog, const QList<GuestEntry>& entries);
    // UTF-8 with a BOM and a header row.
    static CsvWriter csv(const Catalog& catalog, const QList<GuestEntry>& entries,
                         QChar separator = QLatin1Char(','))
    {
        return table(catalog, entries).csv(separator);
    }
    // "buku-tamu-2026-11"
    static QString fileBaseName(const RegisterPeriod& period);
};

} // namespace loket
