#pragma once

#include "Catalog.h"

#include <QList>
#include <QStringList>
#include <array>
#include <optional>

namespace loket {

// Finds services as a clerk types: words in any order, abbreviations (KIS, PBI, PUB, LKS,
// DTKS, ODGJ, ABH, TMP, RUTILAHU, UEP…), any case. Every typed word must match the start of a
// word of the service's name, division, keywords, code or product.
//
// The best match comes first: a word found in the service's own name (or its code, or an
// abbreviation of words of its name) counts more than one found in its product, which counts
// more than one found only among its keywords — the abbreviations its requirements and steps
// mention — or in its division.
class ServiceSearch
{
public:
    explicit ServiceSearch(const Catalog& catalog);
    // Indexes into catalog.services of the matches, best first; ties (an empty query makes
    // everything one) in catalog order.
    QList<int> find(const QString& query) const;
    static QStringList words(const QString& text);

private:
    // Where a typed word was found, weakest first: the enum's value is its weight.
    enum Field { Division, Keywords, Product, Name, FieldCount };
    struct Entry
    {
        std::array<QStringList, FieldCount> words; // per field, the words it is found by
        QStringList nameInitials; // first letters of the name's words, e.g. "lks"
    };
    struct Score
    {
        int weight = 0; // sum of the fields' weights over the typed words
        int nameWords = 0; // typed words found in the name
        int wholeWords = 0; // typed words that are a whole word, not just its start
    };
    static Entry entryFor(const Service& service);
    static QStringList initialsOf(const QStringList& nameWords);
    static std::optional<Score> score(const Entry& entry, const QStringList& typed);

    QList<Entry> m_entries; // in catalog order
};

} // namespace loket
