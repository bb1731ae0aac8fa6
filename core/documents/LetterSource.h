#pragma once

#include "CaseModel.h"
#include "Catalog.h"
#include "LetterBuilder.h"
#include "LetterRenderer.h"

#include <QDate>
#include <functional>
#include <optional>

namespace loket {

// The HTML to print for a case's document. An issued document is frozen: once numbered and
// signed, its stored HTML prints exactly as it was issued, whatever has changed in the case or
// the templates since. Without one, a draft is built and rendered afresh.
//
// Issuing (numbering, signing, storing the frozen HTML) belongs to the sign-off workflow; it
// plugs in here through `StoredHtml`, which returns the stored HTML of the case's issued
// document of a type, if there is one, or sets `error` when that cannot be read (then nothing
// prints: a signed document drafted afresh would not be the one issued). Until it plugs in,
// every document prints as a draft.
class LetterSource
{
public:
    using StoredHtml = std::function<std::optional<QString>(const Case& record, const QString& type,
                                                            QString* error)>;

    struct Printable
    {
        QString html;
        QString type; // the type printed: the product's when none was asked for
        bool issued = false; // the frozen HTML of an issued document
    };

    // What a draft takes from the office's records besides the case (the DTSEN/DTKS extract
    // checked: SocialRegisterFacts); false, with `error`, when they cannot be read.
    using Amend = std::function<bool(const Case& record, LetterData& draft, QString* error)>;

    LetterSource(const Catalog& catalog, LetterSpecs specs, StoredHtml stored = {},
                 Amend amend = {});

    // The document of `type` ("" for the service's product) of the case, drafted on `today` when
    // it is not issued; nothing, with the reason in `error`, for an unknown service or type.
    std::optional<Printable> letter(const Case& record, const QString& type, const QDate& today,
                                    const LetterRenderer& renderer, QString* error) const;

private:
    const Catalog& m_catalog;
    LetterSpecs m_specs;
    StoredHtml m_stored;
    Amend m_amend;
};

} // namespace loket
