#include "DocumentRenderer.h"

#include "DocumentHtml.h"
#include "Letterhead.h"
#include "PageSetup.h"
#include "PdfFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextDocument>
#include <utility>

namespace loket {
namespace {

QString readUtf8(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace

DocumentRenderer::DocumentRenderer(QString overrideDirectory)
    : m_overrideDirectory(std::move(overrideDirectory))
{
}

QPageLayout DocumentRenderer::pageLayout(PageSize pageSize)
{
    if (pageSize == A5) {
        return QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait, QMarginsF(10, 8, 8, 8),
                           QPageLayout::Millimeter);
    }
    // Indonesian official letters keep a wider left margin for binding.
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(25, 15, 20, 15),
                       QPageLayout::Millimeter);
}

QString DocumentRenderer::templateText(const QString& fileName) const
{
    if (!m_overrideDirectory.isEmpty()) {
        const QString own = QDir(m_overrideDirectory).filePath(fileName);
        if (QFileInfo(own).isFile()) {
            const QString text = readUtf8(own);
            if (!text.isEmpty())
                return text;
            // An unreadable or empty override would print a blank page; the built-in one is
            // the better receipt.
            qWarning("document template %s unreadable or empty; using the built-in one",
                     qUtf8Printable(own));
        }
    }
    return readUtf8(QStringLiteral(":/templates/") + fileName);
}

QString DocumentRenderer::letterheadHtml(const Office& office) const
{
    return html::fill(templateText(QStringLiteral("letterhead.html")), Letterhead::values(office));
}

std::unique_ptr<QTextDocument> DocumentRenderer::document(const QString& html,
                                                          PageSize pageSize) const
{
    // The A5 receipt-printer setting needs a smaller size to keep a receipt on one page.
    return PageSetup(pageLayout(pageSize), pageSize == A5 ? 7.5 : 10.5).document(html);
}

bool DocumentRenderer::writePdf(const QString& html, PageSize pageSize, const QString& path,
                                QString* error) const
{
    const std::unique_ptr<QTextDocument> doc = document(html, pageSize);
    return PdfFile::write(*doc, pageLayout(pageSize), path, error);
}

} // namespace loket
