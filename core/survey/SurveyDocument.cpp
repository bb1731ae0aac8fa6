#include "SurveyDocument.h"

#include "PageSetup.h"
#include "PdfFile.h"

#include <QTextDocument>

namespace loket {

QPageLayout SurveyDocument::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 15, 15, 15),
                       QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> SurveyDocument::document(const QString& html, qreal pointSize)
{
    return PageSetup(pageLayout(), pointSize).document(html);
}

bool SurveyDocument::writePdf(const QString& html, const QString& path, QString* errorMessage,
                              qreal pointSize)
{
    const auto laidOut = document(html, pointSize);
    return PdfFile::write(*laidOut, pageLayout(), path, errorMessage);
}

} // namespace loket
