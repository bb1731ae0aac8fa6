#pragma once

#include "Catalog.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace loket {

// Everything a front-office document needs, gathered by the caller from the case, the catalog
// and the clerk. Plain values: the renderer does no database work. All texts are as entered;
// the renderer escapes them.
struct ReceiptLine
{
    QString text; // the requirement as the decree words it
    QString note; // the clerk's note for this item, may be empty
    bool received = false;
};

struct ReceiptData
{
    enum class Kind { Receipt, MissingDocuments };
    Kind kind = Kind::Receipt;

    Office office; // letterhead, city, complaint channels
    QString caseNumber;
    QDateTime issuedAt; // office local time; date and time of the receipt
    QString serviceCode;
    QString serviceName;
    QString productName;
    QString serviceTimeText; // the decree's wording
    QString promisedText; // "3 (tiga) hari kerja, paling lambat Kamis, 4 Januari 2024"; empty if
                          // open-ended
    QString feeText; // "Rp0 (Gratis)"
    bool renewal = false;
    bool smsConsent = false; // printed: the applicant may check what they agreed to

    // The applicant: a person, or an organisation submitted by a person.
    QString applicantName;
    QString applicantNik;
    QString applicantAddress;
    QString applicantPhone;
    QString organisationName; // empty for person services
    QString organisationAddress;

    QList<ReceiptLine> lines; // Receipt: the documents received; MissingDocuments: all items

    QString clerkName;
    QString clerkNip;
    bool copy = false; // a reprint: marked "SALINAN"
};

} // namespace loket
