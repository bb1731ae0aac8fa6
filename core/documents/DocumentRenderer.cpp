#include "DocumentRenderer.h"

#include "DocumentHtml.h"
#include "PdfFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QTextDocument>
#include <utility>

namespace loket {
namespace {

// DejaVu comes with every Debian desktop (fonts-dejavu-core); the A5 receipt-printer setting
// needs a smaller size to keep a receipt on one page.
QFont documentFont(DocumentRenderer::PageSize pageSize)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pageSize == DocumentRenderer::A5 ? 7.5 : 10.5);
    return font;
}

// QTextDocument lays out a document without a paint device at Qt's default (screen) DPI, and
// print() scales from there to the printer. The page size must be in those units for point
// sizes to print true; this mirrors how Qt picks that DPI.
qreal layoutDpi()
{
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100;
}

QString readUtf8(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace

DocumentRenderer::DocumentRenderer(QString overrideDirectory)
    : m_overrideDirectory(std::move(overrideDirectory))
{
}

QPageLayout DocumentRenderer::pageLayout(PageSize pageSize)
{
    if (pageSize == A5) {
        return QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait, QMarginsF(10, 8, 8, 8),
                           QPageLayout::Millimeter);
    }
    // Indonesian official letters keep a wider left margin for binding.
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(25, 15, 20, 15),
                       QPageLayout::Millimeter);
}

QString DocumentRenderer::templateText(const QString& fileName) const
{
    if (!m_overrideDirectory.isEmpty()) {
        const QString own = QDir(m_overrideDirectory).filePath(fileName);
        if (QFileInfo(own).isFile()) {
            const QString text = readUtf8(own);
            if (!text.isEmpty())
                return text;
            // An unreadable or empty override would print a blank page; the built-in one is
            // the better receipt.
            qWarning("document template %s unreadable or empty; using the built-in one",
                     qUtf8Printable(own));
        }
    }
    return readUtf8(QStringLiteral(":/templates/") + fileName);
}

QString DocumentRenderer::letterheadHtml(const Office& office) const
{
    QString address = office.address;
    if (!office.postalCode.isEmpty())
        address += QStringLiteral(" ") + office.postalCode;

    QStringList contacts;
    if (!office.phone.isEmpty())
        contacts << QStringLiteral("Telepon ") + office.phone;
    if (!office.emails.isEmpty())
        contacts << QStringLiteral("Email ") + office.emails.join(QStringLiteral(", "));
    if (!office.website.isEmpty())
        contacts << QStringLiteral("Website ") + office.website;

    const QHash<QString, QString> values = {
        { QStringLiteral("governmentLine"), html::escaped(office.governmentLine) },
        { QStringLiteral("unitLine"), html::escaped(office.unitLine) },
        { QStringLiteral("officeName"), html::escaped(office.name) },
        { QStringLiteral("address"), html::escaped(address) },
        { QStringLiteral("contactLine"),
          contacts.isEmpty() ? QString()
                             : QStringLiteral("<br/>")
                  + html::escaped(contacts.join(QStringLiteral(" \u2013 "))) },
    };
    return html::fill(templateText(QStringLiteral("letterhead.html")), values);
}

std::unique_ptr<QTextDocument> DocumentRenderer::document(const QString& html,
                                                          PageSize pageSize) const
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(documentFont(pageSize));
    document->setDocumentMargin(0); // the page layout's margins are the only ones
    document->setHtml(html);
    const QSizeF points = pageLayout(pageSize).paintRect(QPageLayout::Point).size();
    document->setPageSize(points * layoutDpi() / 72.0);
    return document;
}

bool DocumentRenderer::writePdf(const QString& html, PageSize pageSize, const QString& path,
                                QString* error) const
{
    const std::unique_ptr<QTextDocument> doc = document(html, pageSize);
    return PdfFile::write(*doc, pageLayout(pageSize), path, error);
}

} // namespace loket
