#pragma once

#include "Catalog.h"
#include "Database.h"
#include "RegisterPeriod.h"
#include "Users.h"
#include "ValidationMessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace loket {

// A visitor who only came to ask (buku tamu): no case is opened for them.
struct GuestEntry
{
    qint64 id = 0;
    QDateTime visitedAt; // invalid: now
    QString name; // required
    QString nik; // optional; 16 digits when given
    QString phone;
    QString origin; // where from: village, institution (instansi)
    QString purpose; // required: what they asked about
    QString serviceCode; // the catalog service asked about, if any
    QString outcome; // the answer or information given
    qint64 servedBy = 0;
    QString servedByName; // filled when listed
};

// The guest book: entries are validated, written with their audit entry in one transaction,
// and listed per day, month or year of the office's local time.
class GuestBook
{
    Q_DECLARE_TR_FUNCTIONS(loket::GuestBook)
public:
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxTextLength = 2000;

    GuestBook(Database& database, const Catalog& catalog);

    // Every problem of the entry, each with the field it belongs to as the code's first part
    // ("name.empty", "nik.length", "purpose.empty", "serviceCode.unknown", …).
    ValidationMessages validate(const GuestEntry& entry, const QDateTime& now) const;

    // Adds the entry served by `clerk` (visitedAt defaults to `now`); on any problem nothing is
    // written and `errorMessage` says what to fix. Returns the stored entry with its id.
    std::optional<GuestEntry> add(const GuestEntry& entry, const User& clerk, const QDateTime& now,
                                  QString* errorMessage);

    // The visitors of the period in the order they came.
    QList<GuestEntry> entries(const RegisterPeriod& period, QString* errorMessage) const;

private:
    Database& m_database;
    const Catalog& m_catalog;
};

} // namespace loket
