#pragma once

#include "Catalog.h"
#include "Complaint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageLayout>

class QPagedPaintDevice;

namespace loket {

// The printable register of complaints, aspirations and information requests (register
// pengaduan) of a month or a year: the office's letterhead and one row per complaint with its
// timeline, in formal Indonesian, A4 landscape. Rows overdue at `now` are shaded and say so in
// words; so does an initial response given late.
class ComplaintRegisterReport
{
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintRegisterReport)
public:
    // `month` 1–12, or 0 for the whole year.
    static QString html(const Office& office, int year, int month,
                        const QList<Complaint>& complaints, const QDateTime& now);
    // The same rows for spreadsheets (UTF-8 with BOM, header row; see CsvWriter).
    static QByteArray csv(const Office& office, const QList<Complaint>& complaints,
                          const QDateTime& now, QChar separator = QLatin1Char(','));
    static QString periodTitle(int year, int month); // "Februari 2024", "Tahun 2024"
    static QPageLayout pageLayout(); // A4 landscape, as every register
    // Prints on a device (a printer) already set to pageLayout().
    static void print(const QString& html, QPagedPaintDevice* device);
    // Needs a QGuiApplication (fonts). Writes the file atomically.
    static bool writePdf(const QString& html, const QString& path, QString* errorMessage);
    // "Tanggapan awal terlambat", "Jawaban terlambat", or empty: what the register marks.
    static QString lateness(const Complaint& complaint, const QDateTime& now);
};

} // namespace loket
