#pragma once

#include "CaseModel.h"
#include "Catalog.h"
#include "DocumentData.h"
#include "Users.h"

#include <QCoreApplication>

namespace loket {

// Gathers a case's receipt or missing-documents slip from the case, its service and the clerk.
class ReceiptBuilder
{
    Q_DECLARE_TR_FUNCTIONS(loket::ReceiptBuilder)
public:
    // The receipt is dated when the complete file was received (for a file that waited, when
    // it was completed); the slip when the file first came in.
    static ReceiptData build(const Case& record, const Catalog& catalog, const User& clerk);
    // "3 (tiga) hari kerja, paling lambat Kamis, 4 Januari 2024"; empty when open-ended.
    static QString promisedText(const ServiceTime& time, const QDateTime& responseDue,
                                const QDateTime& due, const QString& timeZoneName);
};

} // namespace loket
