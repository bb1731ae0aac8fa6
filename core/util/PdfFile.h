#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QTextDocument;

namespace loket {

// Writes a laid-out document to a PDF file whole or not at all (QSaveFile): the one way every
// printable of Loket — receipts, registers, reports, questionnaires — becomes a file.
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(loket::PdfFile)
public:
    // `title` goes into the PDF's properties; empty: the document's own title.
    static bool write(QTextDocument& document, const QPageLayout& layout, const QString& path,
                      QString* errorMessage, const QString& title = QString());
};

} // namespace loket
