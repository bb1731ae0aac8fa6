#pragma once

#include "CaseReportData.h"
#include "Catalog.h"
#include "Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageLayout>
#include <QStringList>
#include <memory>
#include <optional>

class QTextDocument;

namespace loket {

// The printed recap (rekapitulasi pelayanan) in formal Indonesian, A4 landscape: the office's
// letterhead, one table of every service grouped by division with division and office totals,
// the two charts, the overdue cases, the definitions as a footnote, place and date, and the
// signature block. Also the same figures as CSV for spreadsheets.
class CaseReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(loket::CaseReportDocument)
public:
    // Who signs the recap: the head of office unless a head of division signs it (then the
    // head of office is printed under "Mengetahui").
    struct Signer
    {
        QString position; // "Kepala Bidang Rehabilitasi Sosial"
        QString name;
        QString rank; // "Pembina (IV/a)"; may be empty
        QString nip; // may be empty
    };

    // `overrideDirectory`: the office's own templates (its letterhead and logo under letters/).
    explicit CaseReportDocument(const Office& office, QString overrideDirectory = QString());

    static Signer headOfOffice(const Office& office);

    // The HTML; the charts are the images chartUrl(…) names (document() adds them).
    QString html(const CaseReportData& data, const std::optional<Signer>& signer = {}) const;
    // The HTML with its charts, laid out on pageLayout() as writePdf() pages it (print preview).
    // Needs a QGuiApplication (fonts).
    std::unique_ptr<QTextDocument> document(const CaseReportData& data,
                                            const std::optional<Signer>& signer = {}) const;
    // Writes the PDF atomically; false with the reason in `errorMessage`.
    bool writePdf(const CaseReportData& data, const QString& path, QString* errorMessage,
                  const std::optional<Signer>& signer = {}) const;
    static QPageLayout pageLayout();

    // One row per service, then one per division and the office total (see csvHeader()).
    static QByteArray csv(const CaseReportData& data, QChar separator = QLatin1Char(','));
    // The PDF lists the overdue cases with their applicants' names (the CSV holds figures
    // only): a PDF that leaves Loket is in the audit log (UU 27/2022). Nothing to record when
    // no case is overdue.
    static bool recordPdfExport(Database& database, qint64 userId, const CaseReportData& data,
                                QString* errorMessage);
    static bool writeCsv(const CaseReportData& data, const QString& path, QString* errorMessage,
                         QChar separator = QLatin1Char(','));
    static QStringList csvHeader();

    // The footnote: what each figure means, in Indonesian.
    static QStringList definitions();
    // "REKAPITULASI PELAYANAN DINAS SOSIAL — BULAN NOVEMBER 2026"
    static QString title(const ReportPeriod& period);
    static QString servicesChartName() { return QStringLiteral("loket-report-services.png"); }
    static QString onTimeChartName() { return QStringLiteral("loket-report-ontime.png"); }

private:
    QString letterhead() const;
    QString summary(const CaseReportData& data) const;
    QString signatureBlock(const CaseReportData& data, const std::optional<Signer>& signer) const;

    Office m_office;
    QString m_overrideDirectory;
};

} // namespace loket
