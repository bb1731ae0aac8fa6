// Paging the back-office documents: DocumentRenderer's A4 layout, page by page, so that a draft
// can carry its "KONSEP" mark across every page.
#include "LetterRenderer.h"
#include "PageSetup.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

namespace loket {
namespace {

void drawWatermark(QPainter& painter, const QRectF& page, const QString& mark)
{
    painter.save();
    QFont font = PageSetup::documentFont();
    font.setBold(true);
    font.setPixelSize(qRound(page.width() / 6));
    painter.setFont(font);
    painter.setPen(QColor(160, 160, 160, 90));
    painter.translate(page.center());
    painter.rotate(-45);
    const QRectF box(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2);
    painter.drawText(box, Qt::AlignCenter, mark);
    painter.restore();
}

// Tables a template marks with <a name="loket-keep"></a> (the signature with its initials box,
// the parties' signatures, the verification footer) are never split across pages: one that
// would be starts on the next page instead. Qt's rich text has no page-break-inside: avoid.
void keepTogether(QTextDocument& doc)
{
    const qreal pageHeight = doc.pageSize().height();
    QList<QTextFrame*> kept;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            if (!fragment.fragment().charFormat().anchorNames().contains(
                    QStringLiteral("loket-keep")))
                continue;
            QTextFrame* frame = QTextCursor(block).currentFrame();
            while (frame && frame->parentFrame() && frame->parentFrame() != doc.rootFrame())
                frame = frame->parentFrame();
            if (frame && frame != doc.rootFrame() && !kept.contains(frame))
                kept << frame;
        }
    }
    doc.pageCount(); // lays the document out
    for (QTextFrame* frame : std::as_const(kept)) {
        const QRectF box = doc.documentLayout()->frameBoundingRect(frame);
        const int firstPage = int(box.top() / pageHeight);
        const int lastPage = int((box.bottom() - 1) / pageHeight);
        if (firstPage == lastPage || box.height() >= pageHeight)
            continue;
        QTextFrameFormat format = frame->frameFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        frame->setFrameFormat(format);
    }
}

// The <title>'s text as the PDF's title: its entities undone ("&amp;" is "&").
QString plainText(const QString& escapedHtml)
{
    QString text = escapedHtml.trimmed();
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace

QPageLayout LetterRenderer::pageLayout()
{
    return DocumentRenderer::pageLayout(DocumentRenderer::A4);
}

QString LetterRenderer::watermarkOf(const QString& html)
{
    static const QRegularExpression mark(QStringLiteral("^\\s*<!--loket-watermark:([^-]*)-->"));
    return mark.match(html).captured(1);
}

QString LetterRenderer::withWatermark(const QString& html, const QString& mark)
{
    static const QRegularExpression existing(
        QStringLiteral("^\\s*<!--loket-watermark:[^-]*-->\\n?"));
    QString result = html;
    result.remove(existing);
    QString clean = mark;
    clean.remove(QLatin1Char('-'));
    if (!clean.isEmpty())
        result.prepend(QStringLiteral("<!--loket-watermark:%1-->\n").arg(clean));
    return result;
}

std::unique_ptr<QTextDocument> LetterRenderer::document(const QString& html) const
{
    std::unique_ptr<QTextDocument> doc = m_documents.document(html, DocumentRenderer::A4);
    keepTogether(*doc);
    return doc;
}

bool LetterRenderer::print(const QString& html, QPagedPaintDevice* device, QString* error) const
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const std::unique_ptr<QTextDocument> doc = document(html);
    const QString mark = watermarkOf(html);
    QPainter painter;
    if (!painter.begin(device))
        return fail(QStringLiteral("cannot paint on the printer or PDF writer"));

    // The document is laid out in screen units; the device has its own resolution.
    const QSizeF pageSize = doc->pageSize();
    const QRectF paintRect = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal scale = paintRect.width() / pageSize.width();
    const int pages = doc->pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device->newPage())
            return fail(QStringLiteral("cannot start page %1").arg(index + 1));
        painter.save();
        painter.scale(scale, scale);
        const QRectF view(0, index * pageSize.height(), pageSize.width(), pageSize.height());
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        if (!mark.isEmpty())
            drawWatermark(painter, QRectF(QPointF(0, 0), paintRect.size()), mark);
    }
    return painter.end() || fail(QStringLiteral("the document could not be finished"));
}

bool LetterRenderer::writePdf(const QString& html, const QString& path, QString* error) const
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Loket"));
        static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"));
        writer.setTitle(plainText(title.match(html).captured(1)));
        writer.setResolution(300);
        if (!writer.setPageLayout(pageLayout()))
            return fail(QStringLiteral("the PDF writer refused the page layout"));
        if (!print(html, &writer, error))
            return false;
    }
    if (file.size() == 0)
        return fail(QStringLiteral("nothing was written to %1").arg(path));
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace loket
