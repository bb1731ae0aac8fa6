#pragma once

#include "Catalog.h"
#include "LetterNumbering.h"

#include <QCoreApplication>
#include <QPageLayout>

namespace loket {

// The printable monthly outgoing-letter register (buku agenda surat keluar): the office's
// letterhead and one row per letter, in formal Indonesian, A4 landscape.
class LetterRegisterReport
{
    Q_DECLARE_TR_FUNCTIONS(loket::LetterRegisterReport)
public:
    // `registerKey` empty: every register of the month, each under its own heading.
    static QString html(const Office& office, int year, int month, const QString& registerKey,
                        const QList<Letter>& letters);
    static QPageLayout pageLayout();
    // Needs a QGuiApplication (fonts). Writes the file atomically.
    static bool writePdf(const QString& html, const QString& path, QString* errorMessage);
};

} // namespace loket
