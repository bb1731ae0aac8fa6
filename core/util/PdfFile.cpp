#include "PdfFile.h"

#include "PrivateFiles.h"

#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace loket {

bool PdfFile::write(QTextDocument& document, const QPageLayout& layout, const QString& path,
                    QString* errorMessage, const QString& title)
{
    const auto fail = [&](const QString& why) {
        if (errorMessage)
            *errorMessage = why;
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file, nullptr))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QPdfWriter writer(&file);
    writer.setCreator(QStringLiteral("Loket"));
    writer.setTitle(title.isEmpty() ? document.metaInformation(QTextDocument::DocumentTitle)
                                    : title);
    if (!writer.setPageLayout(layout))
        return fail(tr("The PDF writer refused the page layout."));
    document.print(&writer);
    if (file.size() == 0 || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace loket
