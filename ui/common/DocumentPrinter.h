#pragma once

#include "DocumentRenderer.h"

#include <QObject>
#include <functional>

class QWidget;

namespace loket::ui {

// Prints core's documents through QPrinter: print preview (from which the clerk prints),
// or a PDF file. The paper (A4, or the half-A4 of receipt printers) comes from the settings.
class DocumentPrinter : public QObject
{
    Q_OBJECT
public:
    using PathChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;

    DocumentPrinter(const DocumentRenderer& renderer, QObject* parent = nullptr);

    void setPageSize(DocumentRenderer::PageSize size) { m_pageSize = size; }
    DocumentRenderer::PageSize pageSize() const { return m_pageSize; }
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }

    // Returns true when the clerk printed (preview) or the file was written (PDF).
    bool preview(const QString& html, const QString& title, QWidget* parent);
    bool savePdf(const QString& html, const QString& suggestedName, QWidget* parent,
                 QString* writtenPath = nullptr);

private:
    const DocumentRenderer& m_renderer;
    DocumentRenderer::PageSize m_pageSize = DocumentRenderer::A4;
    PathChooser m_chooser;
};

} // namespace loket::ui
