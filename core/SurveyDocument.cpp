#include "SurveyDocument.h"

#include "DocumentHtml.h"

#include <QGuiApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QTextDocument>

namespace loket {
namespace {

// As DocumentRenderer: QTextDocument lays out at the screen's DPI and print() scales from it.
qreal layoutDpi()
{
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 100;
}

} // namespace

QString SurveyDocument::letterhead(const Office& office)
{
    using html::escaped;
    QString address = office.address;
    if (!office.postalCode.isEmpty())
        address += QStringLiteral(" ") + office.postalCode;
    QStringList contacts;
    if (!office.phone.isEmpty())
        contacts << QStringLiteral("Telepon ") + office.phone;
    if (!office.emails.isEmpty())
        contacts << QStringLiteral("Email ") + office.emails.join(QStringLiteral(", "));
    if (!contacts.isEmpty())
        address += QStringLiteral("\n") + contacts.join(QStringLiteral(" \u2013 "));
    return QStringLiteral(
               "<p align=\"center\" style=\"margin:0\"><span style=\"font-size:large\"><b>%1</b>"
               "</span><br/><span style=\"font-size:x-large\"><b>%2</b></span><br/>"
               "<span style=\"font-size:small\">%3</span></p><hr/>")
        .arg(escaped(office.governmentLine), escaped(office.unitLine),
             escaped(address).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
}

QPageLayout SurveyDocument::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 15, 15, 15),
                       QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> SurveyDocument::document(const QString& html, qreal pointSize)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(html);
    document->setPageSize(pageLayout().paintRect(QPageLayout::Point).size() * layoutDpi() / 72.0);
    return document;
}

bool SurveyDocument::writePdf(const QString& html, const QString& path, QString* errorMessage,
                              qreal pointSize)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const auto laidOut = document(html, pointSize);
    QPdfWriter writer(&file);
    writer.setCreator(QStringLiteral("Loket"));
    writer.setTitle(laidOut->metaInformation(QTextDocument::DocumentTitle));
    if (!writer.setPageLayout(pageLayout())) {
        *errorMessage = tr("The PDF writer refused the A4 page.");
        return false;
    }
    laidOut->print(&writer);
    if (file.size() == 0 || !file.commit()) {
        *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace loket
