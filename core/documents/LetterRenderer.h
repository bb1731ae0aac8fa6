#pragma once

#include "DocumentRenderer.h"
#include "LetterData.h"

#include <QHash>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace loket {

// Renders the back office's documents — letters, recommendations, certificates, permits, the
// tanda daftar, cover letters, minutes, decrees and service records — as HTML from templates,
// then as PDF on A4 with DocumentRenderer's page layout. Documents are always in formal
// Indonesian, whatever language the interface speaks.
//
// The templates are data: resources/templates/letters/*.html (one per kind of document, and the
// shared letterhead, signature, initials box and verification footer), compiled in under
// :/templates/letters/. An office overrides any of them, and its logo (letters/logo.png), by
// putting a file of the same name under `overrideDirectory`/letters/. Every case value is
// HTML-escaped before it meets a template. See docs/letter-templates.md.
class LetterRenderer
{
public:
    explicit LetterRenderer(QString overrideDirectory = QString());

    // The complete HTML of the document. A draft's HTML starts with a comment that makes
    // print() and writePdf() draw the "KONSEP" mark across every page; a stored (issued) HTML has
    // none and prints as it was frozen.
    QString html(const LetterData& data) const;

    // The HTML laid out on A4, as writePdf() pages it (for a print preview).
    std::unique_ptr<QTextDocument> document(const QString& html) const;

    // Draws the document page by page on a printer or PDF writer whose page layout is
    // pageLayout(), with the draft mark if the HTML carries one.
    bool print(const QString& html, QPagedPaintDevice* device, QString* error) const;

    // Writes the PDF atomically; on failure returns false and, if `error` is set, says why.
    bool writePdf(const QString& html, const QString& path, QString* error) const;
    bool writePdf(const LetterData& data, const QString& path, QString* error) const
    {
        return writePdf(html(data), path, error);
    }

    // A4 with the margins of official letters (DocumentRenderer's A4 layout).
    static QPageLayout pageLayout();

    // The template `fileName` under letters/: the office's own if it has one, else built in.
    QString templateText(const QString& fileName) const;

    // The mark a draft's HTML carries ("KONSEP"), or empty.
    static QString watermarkOf(const QString& html);
    // A copy of `html` that print() and writePdf() draw with `mark` across every page, in place
    // of any mark it carried: "SALINAN" for the reprint of an issued document, whose stored
    // HTML itself never changes. An empty mark removes the mark.
    static QString withWatermark(const QString& html, const QString& mark);

    // The back-office letterhead (letters/letterhead.html) with the office's emblem, `logoSize`
    // pixels square.
    QString letterhead(const Office& office, int logoSize = 76) const;

private:
    QHash<QString, QString> caseValues(const LetterData& data) const;
    // The parts of html(): each adds its placeholders' values to `page`.
    void insertLetterParts(QHash<QString, QString>& page, const LetterData& data,
                           const QHash<QString, QString>& values) const;
    void insertDecreeParts(QHash<QString, QString>& page, const LetterData& data,
                           const QHash<QString, QString>& values) const;
    void insertRecordParts(QHash<QString, QString>& page, const LetterData& data,
                           const QHash<QString, QString>& values) const;
    // The template of `templateKey` ("decree"), or letter.html when it has none.
    QString letterTemplate(const QString& templateKey) const;
    QString signatureBlock(const LetterData& data, const QString& dateLines) const;
    QString initialsBox(const LetterData& data) const;
    QString verificationFooter(const LetterData& data) const;
    QString decreeAttachment(const LetterData& data, const QHash<QString, QString>& values) const;
    QByteArray logoPng() const;

    DocumentRenderer m_documents;
    QString m_overrideDirectory;
};

} // namespace loket
