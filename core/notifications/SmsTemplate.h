#pragma once

#include "SmsLength.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace loket {

struct Catalog;

// What a message's placeholders stand for: {nomor} the case or complaint number, {layanan} the
// service, {tempat} where to collect, {tanggal} from when, {kantor} the office.
struct SmsFields
{
    QString number, service, place, date, office;

    // The longest this office's messages can get: its longest service name and a long
    // number, for checking a template before any case uses it.
    static SmsFields worstCase(const Catalog& catalog);
};

// An office's message text with its placeholders.
class SmsTemplate
{
    Q_DECLARE_TR_FUNCTIONS(loket::SmsTemplate)
public:
    static QStringList placeholders(); // "{nomor}", "{layanan}", …

    // The text with each placeholder filled in and typographic punctuation (– — ‘ ’ “ ” …)
    // written the GSM way, so that a dash in an address does not send the whole message as
    // UCS-2 at less than half the length per part.
    static QString render(const QString& text, const SmsFields& fields);
    // Empty when the template may be used, else what to fix: an empty text, an unknown
    // placeholder, or more than `maxParts` parts once filled with `worstCase`.
    static QString check(const QString& text, const SmsFields& worstCase, int maxParts);
    static QString plainPunctuation(const QString& text);
};

} // namespace loket
