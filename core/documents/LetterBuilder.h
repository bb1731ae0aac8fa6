#pragma once

#include "CaseModel.h"
#include "Catalog.h"
#include "LetterData.h"
#include "LetterSpecs.h"

#include <QCoreApplication>
#include <optional>

namespace loket {

// Gathers a case's back-office document from the case, the catalog and the service's mapping,
// as a draft: no number, the head of office as signer (unless the mapping names another), the
// office's paraf rows empty. Issuing (numbering, initials, signature, verification code) fills in
// the rest.
class LetterBuilder
{
    Q_DECLARE_TR_FUNCTIONS(loket::LetterBuilder)
public:
    LetterBuilder(const Catalog& catalog, LetterSpecs specs);

    // The document of `type` ("" for the service's product) for the case, dated `date`; on an
    // unknown service or type, nothing, with the reason in `error`.
    std::optional<LetterData> build(const Case& record, const QString& type, const QDate& date,
                                    QString* error) const;

    // A collective decree over several cases of one service, e.g. the monthly KIS-PBI decree:
    // every case's applicant becomes a recipient. `month` is any day of the month it covers.
    std::optional<LetterData> collective(const QString& serviceCode, const QString& type,
                                         const QList<Case>& cases, const QDate& month,
                                         const QDate& date, QString* error) const;

    // The head of office as the signer of their own letters.
    static LetterSigner headSigner(const Office& office);
    // "Kepala Dinas Sosial Kota Palangka Raya": the head's title joined to the office's name.
    static QString headPosition(const Office& office);
    // "Kota Palangka Raya": the office's name without its unit ("Dinas Sosial").
    static QString regionName(const Office& office);

private:
    LetterData fromSpec(const Service& service, const LetterSpec& spec, const QDate& date,
                        const Case* record) const;

    const Catalog& m_catalog;
    LetterSpecs m_specs;
};

} // namespace loket
