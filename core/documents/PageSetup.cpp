#include "PageSetup.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTextDocument>
#include <QUrl>

namespace loket {
namespace {

// QTextDocument lays out a document without a paint device at Qt's default (screen) DPI, and
// print() scales from there to the printer. The page size must be in those units for point
// sizes to print true; this mirrors how Qt picks that DPI.
qreal layoutDpi()
{
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100;
}

} // namespace

PageSetup::PageSetup(const QPageLayout& layout, qreal pointSize)
    : m_layout(layout)
    , m_pointSize(pointSize)
{
}

QFont PageSetup::documentFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    return font;
}

std::unique_ptr<QTextDocument> PageSetup::document(const QString& html, const Images& images) const
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = documentFont();
    font.setPointSizeF(m_pointSize);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    for (const auto& [name, image] : images)
        document->addResource(QTextDocument::ImageResource, QUrl(name), image);
    document->setHtml(html);
    document->setPageSize(m_layout.paintRect(QPageLayout::Point).size() * layoutDpi() / 72.0);
    return document;
}

} // namespace loket
