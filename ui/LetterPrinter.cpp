#include "LetterPrinter.h"

#include "LetterRenderer.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QtPrintSupport/qtprintsupportglobal.h>
#if QT_CONFIG(printpreviewdialog)
#include <QPrintPreviewDialog>
#include <QPrinter>
#endif

namespace loket::ui {

LetterPrinter::LetterPrinter(const LetterRenderer& renderer, QObject* parent)
    : QObject(parent)
    , m_renderer(renderer)
{
    m_chooser = [](QWidget* dialogParent, const QString& suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(dialogParent, tr("Save as PDF"),
                                            folder + QLatin1Char('/') + suggestedName,
                                            tr("PDF documents (*.pdf)"));
    };
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
#if QT_CONFIG(printpreviewdialog)
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(LetterRenderer::pageLayout());
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(title));
    // As at the counter: Ctrl+P again (or Enter) in the preview prints. Qt's own text for its
    // Print action (translated by qt_id.ts).
    static const char* const qtContext = "QPrintPreviewDialog";
    static const char* const qtPrint = "Print";
    const QString printText = QCoreApplication::translate(qtContext, qtPrint);
    for (QAction* action : dialog.findChildren<QAction*>()) {
        if (action->text() == printText) {
            action->setShortcuts(
                { QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::Key_Return) });
            action->setToolTip(QStringLiteral("%1 (Ctrl+P)").arg(printText));
        }
    }
    QString error;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, &html, &error](QPrinter* target) { m_renderer.print(html, target, &error); });
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (printed && !error.isEmpty())
        QMessageBox::warning(parent, tr("Print"), tr("The document did not print: %1").arg(error));
    return printed && error.isEmpty();
#else
    Q_UNUSED(html)
    Q_UNUSED(title)
    Q_UNUSED(parent)
    return false;
#endif
}

bool LetterPrinter::savePdf(const QString& html, const QString& suggestedName, QWidget* parent,
                            QString* writtenPath)
{
    QString path = m_chooser(parent, suggestedName);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (!m_renderer.writePdf(html, path, &error)) {
        QMessageBox::warning(parent, tr("Save as PDF"),
                             tr("The PDF could not be written: %1").arg(error));
        return false;
    }
    if (writtenPath)
        *writtenPath = path;
    return true;
}

} // namespace loket::ui
