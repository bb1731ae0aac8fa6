#pragma once

#include "Catalog.h"

#include <QList>
#include <QStringList>

namespace loket {

// Finds services as a clerk types: words in any order, abbreviations (KIS, PBI, PUB, LKS,
// DTKS, ODGJ, ABH, TMP, RUTILAHU, UEP…), any case. Every typed word must match the start of a
// word of the service's name, division, keywords, code or product.
class ServiceSearch
{
public:
    explicit ServiceSearch(const Catalog& catalog);
    // Indexes into catalog.services of the matches, in catalog order; all for an empty query.
    QList<int> find(const QString& query) const;
    static QStringList words(const QString& text);

private:
    QList<QStringList> m_words; // per service, the words it can be found by
};

} // namespace loket
