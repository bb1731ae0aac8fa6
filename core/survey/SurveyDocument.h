#pragma once

#include "Catalog.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <memory>

class QTextDocument;

namespace loket {

// What the survey's printed documents (the IKM report and the questionnaire) share beside the
// registers' letterhead (Letterhead::compactHtml): A4 portrait, and the HTML laid out as a paged
// document or written as a PDF.
class SurveyDocument
{
    Q_DECLARE_TR_FUNCTIONS(loket::SurveyDocument)
public:
    static QPageLayout pageLayout();
    // Laid out for pageLayout(): QTextDocument::print() on a printer with that layout gives the
    // pages of writePdf(). Needs a QGuiApplication (fonts).
    // `pointSize`: the body text (the one-page questionnaire prints smaller).
    static std::unique_ptr<QTextDocument> document(const QString& html,
                                                   qreal pointSize = DefaultPointSize);
    // Writes the file atomically.
    static bool writePdf(const QString& html, const QString& path, QString* errorMessage,
                         qreal pointSize = DefaultPointSize);

    static constexpr qreal DefaultPointSize = 9.5;
    static constexpr qreal QuestionnairePointSize = 8.5;
};

} // namespace loket
