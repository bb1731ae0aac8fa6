#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace loket {
class LetterRenderer;
}

namespace loket::ui {

// Prints the back office's documents (LetterRenderer's HTML) through the print preview, page
// by page with their mark (KONSEP on a draft, SALINAN on a reprint), or writes them as PDF.
// The preview and the file dialog can be replaced (tests, which print to PDF instead).
class LetterPrinter : public QObject
{
    Q_OBJECT
public:
    using PathChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;
    // Returns true when the document was printed.
    using Previewer
        = std::function<bool(const QString& html, const QString& title, QWidget* parent)>;

    explicit LetterPrinter(const LetterRenderer& renderer, QObject* parent = nullptr);

    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    void setPreviewer(Previewer previewer) { m_previewer = std::move(previewer); }

    bool preview(const QString& html, const QString& title, QWidget* parent);
    bool savePdf(const QString& html, const QString& suggestedName, QWidget* parent,
                 QString* writtenPath = nullptr);

private:
    bool previewDialog(const QString& html, const QString& title, QWidget* parent);

    const LetterRenderer& m_renderer;
    PathChooser m_chooser;
    Previewer m_previewer;
};

} // namespace loket::ui
