#include "LetterPrinter.h"

#include "LetterRenderer.h"
#include "PrintFlow.h"

#include <QPrinter>

namespace loket::ui {

LetterPrinter::LetterPrinter(const LetterRenderer& renderer, QObject* parent)
    : QObject(parent)
    , m_renderer(renderer)
    , m_chooser(PrintFlow::defaultPathChooser())
{
    m_previewer = [this](const QString& html, const QString& title, QWidget* dialogParent) {
        return previewDialog(html, title, dialogParent);
    };
}

bool LetterPrinter::preview(const QString& html, const QString& title, QWidget* parent)
{
    return m_previewer(html, title, parent);
}

bool LetterPrinter::previewDialog(const QString& html, const QString& title, QWidget* parent)
{
    // Page by page, so that the document's mark (KONSEP, SALINAN) is drawn on every page.
    return PrintFlow::preview(LetterRenderer::pageLayout(), title, parent,
                              [this, &html](QPrinter* printer, QString* error) {
                                  return m_renderer.print(html, printer, error);
                              });
}

bool LetterPrinter::savePdf(const QString& html, const QString& suggestedName, QWidget* parent,
                            QString* writtenPath)
{
    return PrintFlow::savePdf(
        m_chooser, suggestedName, parent,
        [this, &html](const QString& path, QString* error) {
            return m_renderer.writePdf(html, path, error);
        },
        writtenPath);
}

} // namespace loket::ui
