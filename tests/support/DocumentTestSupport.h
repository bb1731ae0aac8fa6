#pragma once
// Shared by the document suites: receipts built from the built-in catalogs, and a PDF read back
// with poppler's pdftotext and pdfinfo (poppler-utils, installed by scripts/install-deps.sh).
#include "CatalogLoader.h"
#include "DocumentData.h"

#include <QDateTime>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>

namespace loket::testing {

// Characters an HTML template must never take as markup.
inline const char* const kHostileName = "<b>Budi</b> & \"Sari\" O'Neil";

inline const Catalog& builtIn(const QString& officeId)
{
    static QMap<QString, Catalog> cache;
    if (!cache.contains(officeId))
        cache.insert(officeId, CatalogLoader::builtIn(officeId).catalog.value_or(Catalog()));
    return cache[officeId];
}

inline const Service& serviceOf(const QString& officeId, const QString& code)
{
    const Service* service = builtIn(officeId).service(code);
    Q_ASSERT(service);
    return *service;
}

// A new application, complete, registered on Tuesday 2 January 2024 at 09:30.
inline ReceiptData receiptFor(const QString& officeId, const QString& code)
{
    const Catalog& catalog = builtIn(officeId);
    const Service& service = serviceOf(officeId, code);
    ReceiptData data;
    data.office = catalog.office;
    data.caseNumber = code + QStringLiteral("/2024/000123");
    data.issuedAt = QDateTime(QDate(2024, 1, 2), QTime(9, 30));
    data.serviceCode = service.code;
    data.serviceName = service.name;
    data.productName = service.product.name;
    data.serviceTimeText = service.serviceTime.text;
    data.promisedText = QStringLiteral("3 (tiga) hari kerja, paling lambat Kamis, 4 Januari 2024");
    data.feeText = QStringLiteral("Rp0 (Gratis)");
    data.applicantName = QString::fromUtf8(kHostileName);
    data.applicantNik = QStringLiteral("6271014503900002");
    data.applicantAddress = QStringLiteral("Jl. Tjilik Riwut Km 2 No. 5");
    if (service.applicantKind == Service::ApplicantKind::Organisation) {
        data.organisationName = QStringLiteral("LKS Harapan & Kasih");
        data.organisationAddress = QStringLiteral("Jl. RTA Milono No. 7");
    }
    for (const Requirement& requirement : service.requirements) {
        if (requirement.condition == Requirement::Condition::Always
            || requirement.condition == Requirement::Condition::New)
            data.lines << ReceiptLine { requirement.text, QString(), true };
    }
    data.clerkName = QStringLiteral("Rina Oktaviani, S.Sos");
    data.clerkNip = QStringLiteral("19900101 201501 2 001");
    return data;
}

// Text compared without any white space: the PDF wraps lines (also after hyphens, as in
// "0811-520-2277"), which must not fail a comparison. NFKC undoes ligatures ("ﬁ" → "fi").
inline QString squeezed(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.normalized(QString::NormalizationForm_KC).remove(space);
}

inline QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("(%1 failed: %2)").arg(program, process.errorString());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// -raw keeps the order Qt drew the text in: a table cell's lines stay together.
inline QString pdfText(const QString& path)
{
    return run(QStringLiteral("pdftotext"),
               { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                 QStringLiteral("-") });
}

inline QString pdfInfo(const QString& path, const QString& field)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field),
                                  QRegularExpression::MultilineOption);
    return line.match(run(QStringLiteral("pdfinfo"), { path })).captured(1).trimmed();
}

} // namespace loket::testing
