#pragma once

#include "Catalog.h"
#include "RecipientRegister.h"
#include "RegisterDocument.h"

namespace loket {

// The printable register of service recipients (buku daftar penerima layanan) and its CSV:
// formal Indonesian, A4 landscape (print and PDF through RegisterDocument).
class RecipientRegisterReport
{
public:
    // `serviceCode` names the service the register was limited to; empty for all.
    // `printedOn` is the date above the signature; `preparedBy` the officer who prints it.
    static QString html(const Catalog& catalog, const RegisterPeriod& period,
                        const QString& serviceCode, const QList<RecipientEntry>& entries,
                        const QDate& printedOn, const QString& preparedBy = QString());
    // The entries as text cells (times in the office's zone): the CSV and the preview.
    static RegisterTable table(const Office& office, const QList<RecipientEntry>& entries);
    // UTF-8 with a BOM and a header row.
    static CsvWriter csv(const Office& office, const QList<RecipientEntry>& entries,
                         QChar separator = QLatin1Char(','))
    {
        return table(office, entries).csv(separator);
    }
    // The status as the document words it ("Sudah diserahkan").
    static QString statusText(CaseStatus status);
    // "buku-daftar-penerima-layanan-2026-11"
    static QString fileBaseName(const RegisterPeriod& period);
};

} // namespace loket
