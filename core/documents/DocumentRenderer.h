#pragma once

#include "Catalog.h"
#include "DocumentData.h"

#include <QPageLayout>
#include <QString>
#include <memory>

class QTextDocument;

namespace loket {

// Renders the front office's documents — the receipt (tanda terima berkas), the missing-documents
// slip and a service's full standard — as HTML from templates, then as a paged QTextDocument or a
// PDF. Documents are always in formal Indonesian, whatever language the interface speaks.
//
// The templates are data: resources/templates/*.html, compiled in under :/templates/. An office
// overrides one by putting a file of the same name in `overrideDirectory`. Every value put into
// a template is HTML-escaped first.
class DocumentRenderer
{
public:
    enum PageSize { A4, A5 }; // A5: the half-A4 setting of receipt printers

    explicit DocumentRenderer(QString overrideDirectory = QString());

    // A receipt or, for ReceiptData::Kind::MissingDocuments, the missing-documents slip.
    // `service`, when given, adds what only the catalog knows: whether the service has renewal
    // items (then the kind of application is printed even for a new one) and whether the
    // applicant is a reporter (pelapor).
    QString receiptHtml(const ReceiptData& data, const Service* service = nullptr) const;

    // The complete service standard of one service, as the office must display it.
    QString serviceStandardHtml(const Office& office, const Service& service) const;

    // The HTML laid out for `pageSize`: font and page size set so that QTextDocument::print()
    // on a device with pageLayout(pageSize) gives the same pages as writePdf().
    std::unique_ptr<QTextDocument> document(const QString& html, PageSize pageSize) const;

    // Writes the PDF atomically; on failure returns false and, if `error` is set, says why.
    bool writePdf(const QString& html, PageSize pageSize, const QString& path,
                  QString* error) const;

    // Paper and margins of each size, for a printer that should match the PDF.
    static QPageLayout pageLayout(PageSize pageSize);

    // The template `fileName` ("receipt.html"): the office's own if it has one, else built in.
    QString templateText(const QString& fileName) const;

private:
    QString letterheadHtml(const Office& office) const;

    QString m_overrideDirectory;
};

} // namespace loket
