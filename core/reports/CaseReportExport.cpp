// The recap as a laid-out document, a PDF and a CSV file.
#include "CaseReportDocument.h"
#include "CsvWriter.h"
#include "PageSetup.h"
#include "PdfFile.h"
#include "ReportChart.h"

#include <QAbstractTextDocumentLayout>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <cmath>

namespace loket {
namespace {

// QTextDocument breaks pages anywhere. A heading that starts a block of the recap moves to the
// next page when what must follow it (`keep` pixels, or to the end of the document) would
// not fit below it: a section heading with its first rows, the footnote with the signature.
void keepTogether(QTextDocument* document, const QString& heading, qreal keep)
{
    const QTextCursor found = document->find(heading);
    if (found.isNull())
        return;
    const qreal page = document->pageSize().height();
    const qreal top = document->documentLayout()->blockBoundingRect(found.block()).top();
    const qreal end = keep > 0 ? top + keep : document->documentLayout()->documentSize().height();
    if (std::floor(top / page) == std::floor((end - 1) / page))
        return;
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(found.block()).mergeBlockFormat(format);
}

QStringList figureFields(const ReportFigures& f)
{
    return { QString::number(f.received),     QString::number(f.completed),
             QString::number(f.onTime),       QString::number(f.late),
             QString::number(f.rejected),     QString::number(f.open),
             QString::number(f.waiting),      report::percentText(f.onTimePercent()),
             report::daysText(f.medianDays()) };
}

} // namespace

QPageLayout CaseReportDocument::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 12, 12, 12),
                       QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument>
CaseReportDocument::document(const CaseReportData& data, const std::optional<Signer>& signer) const
{
    std::unique_ptr<QTextDocument> document
        = PageSetup(pageLayout(), 8.5)
              .document(html(data, signer),
                        { { servicesChartName(), ReportChart::services(data) },
                          { onTimeChartName(), ReportChart::onTime(data) } });
    keepTogether(document.get(), QStringLiteral("C. Berkas yang Melewati Batas Waktu"), 90);
    keepTogether(document.get(), QStringLiteral("Keterangan:"), 0);
    return document;
}

bool CaseReportDocument::writePdf(const CaseReportData& data, const QString& path,
                                  QString* errorMessage, const std::optional<Signer>& signer) const
{
    const std::unique_ptr<QTextDocument> laidOut = document(data, signer);
    return PdfFile::write(*laidOut, pageLayout(), path, errorMessage, title(data.period));
}

QStringList CaseReportDocument::csvHeader()
{
    return { QStringLiteral("Bidang"),
             QStringLiteral("Kode"),
             QStringLiteral("Layanan"),
             QStringLiteral("Diterima"),
             QStringLiteral("Selesai"),
             QStringLiteral("Tepat waktu"),
             QStringLiteral("Terlambat"),
             QStringLiteral("Ditolak"),
             QStringLiteral("Masih diproses"),
             QStringLiteral("Menunggu berkas"),
             QStringLiteral("Persentase tepat waktu"),
             QStringLiteral("Median hari kerja") };
}

QByteArray CaseReportDocument::csv(const CaseReportData& data, QChar separator)
{
    CsvWriter writer(csvHeader(), separator);
    for (const ReportDivision& division : data.divisions) {
        for (const ReportServiceRow& row : division.services)
            writer.addRow(QStringList { division.name, row.code, row.name }
                          + figureFields(row.figures));
    }
    for (const ReportDivision& division : data.divisions)
        writer.addRow(QStringList { division.name, QString(),
                                    QStringLiteral("JUMLAH %1").arg(division.name.toUpper()) }
                      + figureFields(division.total));
    writer.addRow(QStringList { QStringLiteral("Seluruh bidang"), QString(),
                                QStringLiteral("JUMLAH KESELURUHAN") }
                  + figureFields(data.total));
    return writer.data();
}

bool CaseReportDocument::writeCsv(const CaseReportData& data, const QString& path,
                                  QString* errorMessage, QChar separator)
{
    QSaveFile file(path);
    const QByteArray bytes = csv(data, separator);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QStringList CaseReportDocument::definitions()
{
    return {
        QStringLiteral("Diterima: berkas yang tanggal penerimaannya jatuh dalam periode laporan "
                       "(waktu setempat)."),
        QStringLiteral("Status berkas menurut keadaan pada saat laporan dibuat. Selesai: produk "
                       "layanan siap diambil atau telah diserahkan; saat selesai ialah perubahan "
                       "status pertama menjadi produk siap (atau diserahkan) dalam riwayat "
                       "status."),
        QStringLiteral("Tepat waktu: selesai pada atau sebelum batas waktu menurut standar "
                       "pelayanan; layanan yang waktunya tidak ditentukan dihitung tepat waktu. "
                       "Terlambat: selesai setelah batas waktu."),
        QStringLiteral("Masih diproses: terdaftar, dalam verifikasi, dalam proses atau menunggu "
                       "paraf dan tanda tangan. Menunggu berkas: menunggu kelengkapan berkas "
                       "(waktu pelayanan belum berjalan)."),
        QStringLiteral("Persentase tepat waktu = tepat waktu dibagi selesai \u00d7 100; "
                       "\u201c\u2013\u201d bila belum ada berkas yang selesai."),
        QStringLiteral("Median waktu selesai: nilai tengah jumlah hari kerja sejak waktu "
                       "pelayanan mulai dihitung sampai berkas selesai, hari mulai dihitung "
                       "sebagai hari ke-1; Sabtu, Minggu, libur nasional, cuti bersama dan "
                       "libur kantor tidak dihitung."),
        QStringLiteral("Berkas melewati batas waktu: berkas yang diterima sampai akhir periode, "
                       "belum selesai, belum ditolak dan tidak sedang menunggu berkas, yang "
                       "batas waktunya telah lewat pada saat laporan dibuat; keterlambatan "
                       "dihitung dalam hari kerja sesudah hari batas waktu. Petugas: petugas "
                       "yang ditugaskan, atau yang terakhir mengubah status berkas."),
    };
}

} // namespace loket
