#pragma once

#include "CaseReportData.h"

#include <QImage>

namespace loket {

// The recap's two charts, drawn with QPainter on a QImage (no widgets, so loketctl and the
// offscreen tests draw them too), labelled in Indonesian like the printed report. Images are
// drawn at twice their logical size (devicePixelRatio 2) so that they print sharply; place
// them at logicalSize().
class ReportChart
{
public:
    // "Jumlah berkas per layanan": a pair of horizontal bars (received, completed) for each
    // service that received or completed a case in the period. The height follows the rows.
    static QImage services(const CaseReportData& data, int width = 960);
    // "Ketepatan waktu per bulan": the on-time rate of each of the report's twelve months.
    static QImage onTime(const CaseReportData& data, int width = 960, int height = 330);

    static QSize logicalSize(const QImage& image);
};

} // namespace loket
