#include "PrintFlow.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QtPrintSupport/qtprintsupportglobal.h>
#if QT_CONFIG(printpreviewdialog)
#include <QPrintPreviewDialog>
#include <QPrinter>
#endif

namespace loket::ui {

PrintFlow::PathChooser PrintFlow::defaultPathChooser()
{
    return [](QWidget* dialogParent, const QString& suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(dialogParent, tr("Save as PDF"),
                                            folder + QLatin1Char('/') + suggestedName,
                                            tr("PDF documents (*.pdf)"));
    };
}

bool PrintFlow::preview(const QPageLayout& layout, const QString& title, QWidget* parent,
                        const Painter& paint)
{
#if QT_CONFIG(printpreviewdialog)
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(layout);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(title));
    // Keyboard first: Ctrl+P again (or Enter) in the preview prints. Qt's own text for its
    // Print action (translated by qt_id.ts, not ours).
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
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&paint, &error](QPrinter* target) { paint(target, &error); });
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (printed && !error.isEmpty())
        QMessageBox::warning(parent, tr("Print"), tr("The document did not print: %1").arg(error));
    return printed && error.isEmpty();
#else
    Q_UNUSED(layout)
    Q_UNUSED(title)
    Q_UNUSED(parent)
    Q_UNUSED(paint)
    return false;
#endif
}

bool PrintFlow::savePdf(const PathChooser& chooser, const QString& suggestedName, QWidget* parent,
                        const PdfWriter& write, QString* writtenPath)
{
    QString path = chooser(parent, suggestedName);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (!write(path, &error)) {
        QMessageBox::warning(parent, tr("Save as PDF"),
                             tr("The PDF could not be written: %1").arg(error));
        return false;
    }
    if (writtenPath)
        *writtenPath = path;
    return true;
}

} // namespace loket::ui
