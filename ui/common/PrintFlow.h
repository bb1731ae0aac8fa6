#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <functional>

class QPrinter;
class QWidget;

namespace loket::ui {

// What printing a document through Qt takes, whichever renderer made it: the print preview
// (keyboard first: Ctrl+P again or Enter prints) and saving as PDF through a file dialog.
class PrintFlow
{
    Q_DECLARE_TR_FUNCTIONS(loket::ui::PrintFlow)
public:
    using PathChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;
    // Draws the document on the printer; false (with `error`) when it could not.
    using Painter = std::function<bool(QPrinter* printer, QString* error)>;
    // Writes the document to `path`; false (with `error`) when it could not.
    using PdfWriter = std::function<bool(const QString& path, QString* error)>;

    // The file dialog in the user's documents folder.
    static PathChooser defaultPathChooser();

    // Shows the print preview; true when the clerk printed and the printing succeeded.
    static bool preview(const QPageLayout& layout, const QString& title, QWidget* parent,
                        const Painter& paint);
    // Asks where, adds ".pdf" when missing, writes; says why in a message box on failure.
    static bool savePdf(const PathChooser& chooser, const QString& suggestedName, QWidget* parent,
                        const PdfWriter& write, QString* writtenPath);
};

} // namespace loket::ui
