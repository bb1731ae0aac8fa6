#include "DocumentPrinter.h"

#include "PrintFlow.h"

#include <QPrinter>
#include <QTextDocument>

namespace loket::ui {

DocumentPrinter::DocumentPrinter(const DocumentRenderer& renderer, QObject* parent)
    : QObject(parent)
    , m_renderer(renderer)
    , m_chooser(PrintFlow::defaultPathChooser())
{
}

bool DocumentPrinter::preview(const QString& html, const QString& title, QWidget* parent)
{
    const auto document = m_renderer.document(html, m_pageSize);
    return PrintFlow::preview(DocumentRenderer::pageLayout(m_pageSize), title, parent,
                              [&document](QPrinter* printer, QString*) {
                                  document->print(printer);
                                  return true;
                              });
}

bool DocumentPrinter::savePdf(const QString& html, const QString& suggestedName, QWidget* parent,
                              QString* writtenPath)
{
    return PrintFlow::savePdf(
        m_chooser, suggestedName, parent,
        [this, &html](const QString& path, QString* error) {
            return m_renderer.writePdf(html, m_pageSize, path, error);
        },
        writtenPath);
}

} // namespace loket::ui
