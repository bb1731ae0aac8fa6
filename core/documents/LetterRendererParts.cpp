// The shared parts of every back-office document: letterhead (with the office's emblem), signature
// block, paraf box, verification footer, and a decree's LAMPIRAN.
#include "DocumentHtml.h"
#include "IndonesianText.h"
#include "LetterParts.h"
#include "LetterRenderer.h"
#include "Letterhead.h"
#include "QrCode.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace loket {
namespace {

using html::escaped;
using namespace letters;

QByteArray pngOf(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}
} // namespace

QByteArray LetterRenderer::logoPng() const
{
    const QString own = QDir(m_overrideDirectory).filePath(QStringLiteral("letters/logo.png"));
    if (!m_overrideDirectory.isEmpty() && QFileInfo(own).isFile()) {
        QFile file(own);
        if (file.open(QIODevice::ReadOnly))
            return file.readAll();
    }
    static const QByteArray builtIn = [] {
        QFile file(QStringLiteral(":/templates/letters/logo.png"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return builtIn;
}

QString LetterRenderer::letterhead(const Office& office, int logoSize) const
{
    QHash<QString, QString> values = Letterhead::values(office);
    values.insert(QStringLiteral("logo"), imageTag(logoPng(), logoSize, logoSize));
    return html::fill(templateText(QStringLiteral("letterhead.html")), values);
}

QString LetterRenderer::signatureBlock(const LetterData& data, const QString& dateLines) const
{
    const QHash<QString, QString> values = {
        { QStringLiteral("signatureDate"), dateLines },
        { QStringLiteral("signatureForm"), signatureForm(data.signer) },
        { QStringLiteral("signerName"), orDots(data.signer.name, 22) },
        { QStringLiteral("signerRank"), signerRankLine(data.signer) },
        { QStringLiteral("signerNip"), signerNipLine(data.signer) },
    };
    return html::fill(templateText(QStringLiteral("signature.html")), values);
}

QString LetterRenderer::initialsBox(const LetterData& data) const
{
    if (data.initials.isEmpty())
        return QString();
    return html::fill(templateText(QStringLiteral("initials.html")),
                      { { QStringLiteral("initialRows"), initialRows(data.initials.mid(0, 3)) } });
}

QString LetterRenderer::verificationFooter(const LetterData& data) const
{
    if (data.verificationCode.isEmpty())
        return QString();
    const QImage qr = data.qrCode.isNull()
        ? QrCode::image(QrCode::payload(data.office.id, data.verificationCode))
        : data.qrCode;
    const QHash<QString, QString> values = {
        { QStringLiteral("qrImage"), imageTag(pngOf(qr), 88, 88) },
        { QStringLiteral("verificationCode"), escaped(data.verificationCode) },
        { QStringLiteral("officeName"), escaped(data.office.name) },
    };
    return html::fill(templateText(QStringLiteral("verification.html")), values);
}

QString LetterRenderer::decreeAttachment(const LetterData& data,
                                         const QHash<QString, QString>& values) const
{
    if (data.recipients.isEmpty() || data.templateKey != QLatin1String("decree"))
        return QString();
    QHash<QString, QString> page = values;
    page.insert(QStringLiteral("recipients"), recipientsTable(data.recipients));
    page.insert(QStringLiteral("signature"),
                signatureBlock(data,
                               QStringLiteral("%1, %2<br/>")
                                   .arg(escaped(data.place), escaped(text::longDate(data.date)))));
    return html::fill(templateText(QStringLiteral("decree-attachment.html")), page);
}

} // namespace loket
