#pragma once

#include <QFont>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QPair>
#include <QString>
#include <memory>

class QTextDocument;

namespace loket {

// The one way a printed document is laid out: HTML in a QTextDocument with the document font
// at a given size, no margin of its own (the page layout's margins are the only ones) and the
// page size of `layout`, so that QTextDocument::print() on a device with that layout gives the
// same pages as PdfFile::write(). Needs a QGuiApplication (fonts).
class PageSetup
{
public:
    using Images = QList<QPair<QString, QImage>>; // resource name, image

    PageSetup(const QPageLayout& layout, qreal pointSize);

    // `images`: resources the HTML refers to by name (a report's charts).
    std::unique_ptr<QTextDocument> document(const QString& html, const Images& images = {}) const;
    const QPageLayout& layout() const { return m_layout; }

    // DejaVu comes with every Debian desktop (fonts-dejavu-core); documents, charts and marks
    // all use it. Without a size: each caller sets the one it needs.
    static QFont documentFont();

private:
    QPageLayout m_layout;
    qreal m_pointSize;
};

} // namespace loket
