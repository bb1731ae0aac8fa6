#include "LetterSource.h"

#include <utility>

namespace loket {

LetterSource::LetterSource(const Catalog& catalog, LetterSpecs specs, StoredHtml stored,
                           Amend amend)
    : m_catalog(catalog)
    , m_specs(std::move(specs))
    , m_stored(std::move(stored))
    , m_amend(std::move(amend))
{
}

std::optional<LetterSource::Printable> LetterSource::letter(const Case& record, const QString& type,
                                                            const QDate& today,
                                                            const LetterRenderer& renderer,
                                                            QString* error) const
{
    const QString wanted = type.isEmpty() ? m_specs.productType(record.serviceCode) : type;
    if (m_stored) {
        QString storedError;
        if (const std::optional<QString> frozen = m_stored(record, wanted, &storedError))
            return Printable { *frozen, wanted, true };
        if (!storedError.isEmpty()) {
            *error = storedError;
            return std::nullopt;
        }
    }
    std::optional<LetterData> draft
        = LetterBuilder(m_catalog, m_specs).build(record, wanted, today, error);
    if (!draft || (m_amend && !m_amend(record, *draft, error)))
        return std::nullopt;
    return Printable { renderer.html(*draft), wanted, false };
}

} // namespace loket
