#include "SurveyDocument.h"

#include "DocumentHtml.h"
#include "PdfFile.h"
#include "RegisterDocument.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTextDocument>

namespace loket {
namespace {

// As DocumentRenderer: QTextDocument lays out at the screen's DPI and print() scales from it.
qreal layoutDpi()
{
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100;
}

} // namespace

QString SurveyDocument::letterhead(const Office& office)
{
    return RegisterDocument::letterhead(office);
}

QPageLayout SurveyDocument::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 15, 15, 15),
                       QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> SurveyDocument::document(const QString& html, qreal pointSize)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(html);
    document->setPageSize(pageLayout().paintRect(QPageLayout::Point).size() * layoutDpi() / 72.0);
    return document;
}

bool SurveyDocument::writePdf(const QString& html, const QString& path, QString* errorMessage,
                              qreal pointSize)
{
    const auto laidOut = document(html, pointSize);
    return PdfFile::write(*laidOut, pageLayout(), path, errorMessage);
}

} // namespace loket
