#pragma once

#include "Catalog.h"

#include <QHash>
#include <QString>

namespace loket {

// The office's letterhead (kop surat), one wording for every document: the government and unit
// lines, the address with its postal code, and the contacts in formal Indonesian ("Telepon …
// – Email … – Laman …"). Templates place the values; the registers have a compact form of
// their own layout. Every value is HTML-escaped here.
class Letterhead
{
public:
    // For a letterhead template (templates/letterhead.html, templates/letters/letterhead.html):
    // {{governmentLine}} {{unitLine}} {{officeName}} {{address}} and {{contactLine}}, which
    // starts with a line break when the office has a phone, an e-mail address or a website.
    static QHash<QString, QString> values(const Office& office);

    // The registers' and survey documents' letterhead: centred lines over a rule, no emblem.
    static QString compactHtml(const Office& office);

private:
    static QString contacts(const Office& office);
};

} // namespace loket
