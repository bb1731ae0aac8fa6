#include "GuestBook.h"

#include "AuditLog.h"
#include "DatabaseError.h"
#include "SqlValues.h"
#include "WorkingCalendar.h"
#include "WriteTransaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {
namespace {

GuestEntry trimmed(const GuestEntry& entry)
{
    GuestEntry clean = entry;
    clean.name = entry.name.simplified();
    clean.nik = entry.nik.trimmed();
    clean.phone = entry.phone.trimmed();
    clean.origin = entry.origin.trimmed();
    clean.purpose = entry.purpose.trimmed();
    clean.serviceCode = entry.serviceCode.trimmed().toUpper();
    clean.outcome = entry.outcome.trimmed();
    return clean;
}

// The one reading of a row of GuestBook::entries' query.
GuestEntry guestEntryFromRow(const QSqlRecord& row)
{
    GuestEntry entry;
    entry.id = row.value(QStringLiteral("id")).toLongLong();
    entry.visitedAt = fromStoredTime(row.value(QStringLiteral("visited_at")).toString());
    entry.name = row.value(QStringLiteral("name")).toString();
    entry.nik = row.value(QStringLiteral("nik")).toString();
    entry.phone = row.value(QStringLiteral("phone")).toString();
    entry.origin = row.value(QStringLiteral("origin")).toString();
    entry.purpose = row.value(QStringLiteral("purpose")).toString();
    entry.serviceCode = row.value(QStringLiteral("service_code")).toString();
    entry.outcome = row.value(QStringLiteral("outcome")).toString();
    entry.servedBy = row.value(QStringLiteral("served_by")).toLongLong();
    entry.servedByName = row.value(QStringLiteral("served_by_name")).toString();
    return entry;
}

} // namespace

GuestBook::GuestBook(Database& database, const Catalog& catalog)
    : m_database(database)
    , m_catalog(catalog)
{
}

ValidationMessages GuestBook::validate(const GuestEntry& raw, const QDateTime& now) const
{
    const GuestEntry entry = trimmed(raw);
    ValidationMessages problems;
    if (entry.name.isEmpty())
        problems.append({ QStringLiteral("name.empty"), tr("Fill in the visitor's name.") });
    else if (entry.name.size() > MaxNameLength)
        problems.append({ QStringLiteral("name.length"),
                          tr("The name is too long: at most %1 characters, %2 were typed.")
                              .arg(MaxNameLength)
                              .arg(entry.name.size()) });
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (!entry.nik.isEmpty()) {
        if (!digits.match(entry.nik).hasMatch())
            problems.append({ QStringLiteral("nik.digits"),
                              tr("The NIK may hold digits only; leave it empty if the visitor "
                                 "does not give it.") });
        else if (entry.nik.size() != 16)
            problems.append(
                { QStringLiteral("nik.length"),
                  tr("The NIK must have 16 digits; %1 were typed.").arg(entry.nik.size()) });
    }
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 \\-]{4,30}$"));
    if (!entry.phone.isEmpty() && !phone.match(entry.phone).hasMatch())
        problems.append({ QStringLiteral("phone.format"),
                          tr("The phone number may hold digits, spaces, \"-\" and a leading "
                             "\"+\" (4 to 30 characters).") });
    if (entry.origin.size() > MaxNameLength)
        problems.append(
            { QStringLiteral("origin.length"),
              tr("The origin is too long: at most %1 characters.").arg(MaxNameLength) });
    if (entry.purpose.isEmpty())
        problems.append(
            { QStringLiteral("purpose.empty"), tr("Fill in what the visitor came for.") });
    else if (entry.purpose.size() > MaxTextLength)
        problems.append(
            { QStringLiteral("purpose.length"),
              tr("The purpose is too long: at most %1 characters.").arg(MaxTextLength) });
    if (!entry.serviceCode.isEmpty() && !m_catalog.service(entry.serviceCode))
        problems.append({ QStringLiteral("serviceCode.unknown"),
                          tr("There is no service %1 in the office's catalog; choose one from "
                             "the list or leave it empty.")
                              .arg(entry.serviceCode) });
    if (entry.outcome.size() > MaxTextLength)
        problems.append(
            { QStringLiteral("outcome.length"),
              tr("The answer is too long: at most %1 characters.").arg(MaxTextLength) });
    if (entry.visitedAt.isValid() && entry.visitedAt > now.addSecs(300))
        problems.append({ QStringLiteral("visitedAt.future"),
                          tr("The visit time is in the future; check the date and time.") });
    return problems;
}

std::optional<GuestEntry> GuestBook::add(const GuestEntry& raw, const User& clerk,
                                         const QDateTime& now, QString* errorMessage)
{
    errorMessage->clear();
    if (clerk.id <= 0 || !clerk.active) {
        *errorMessage = tr("Only an active user can write in the guest book; log in first.");
        return std::nullopt;
    }
    const ValidationMessages problems = validate(raw, now);
    if (!problems.isEmpty()) {
        QStringList texts;
        for (const ValidationMessage& problem : problems)
            texts << problem.text;
        *errorMessage = texts.join(QLatin1Char(' '));
        return std::nullopt;
    }
    GuestEntry entry = trimmed(raw);
    if (!entry.visitedAt.isValid())
        entry.visitedAt = now;
    entry.servedBy = clerk.id;
    entry.servedByName = clerk.fullName;

    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return std::nullopt;
    const bool postgres = m_database.dialect() == Database::Dialect::PostgreSQL;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO guest_book (visited_at, name, nik, phone, origin, purpose,"
                       " service_code, outcome, served_by, created_at) VALUES (:visited, :name,"
                       " :nik, :phone, :origin, :purpose, :service, :outcome, :user, :at)")
        + (postgres ? QStringLiteral(" RETURNING id") : QString()));
    query.bindValue(QStringLiteral(":visited"), storedTime(entry.visitedAt));
    query.bindValue(QStringLiteral(":name"), entry.name);
    query.bindValue(QStringLiteral(":nik"), nullableText(entry.nik));
    query.bindValue(QStringLiteral(":phone"), nullableText(entry.phone));
    query.bindValue(QStringLiteral(":origin"), nullableText(entry.origin));
    query.bindValue(QStringLiteral(":purpose"), entry.purpose);
    query.bindValue(QStringLiteral(":service"), nullableText(entry.serviceCode));
    query.bindValue(QStringLiteral(":outcome"), nullableText(entry.outcome));
    query.bindValue(QStringLiteral(":user"), clerk.id);
    query.bindValue(QStringLiteral(":at"), storedTime(now));
    if (!query.exec()) {
        *errorMessage = tr("Cannot save the guest book entry: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return std::nullopt;
    }
    entry.id = postgres ? (query.next() ? query.value(0).toLongLong() : 0)
                        : query.lastInsertId().toLongLong();
    const QJsonObject after { { QStringLiteral("visitedAt"), storedTime(entry.visitedAt) },
                              { QStringLiteral("name"), entry.name },
                              { QStringLiteral("nik"), entry.nik },
                              { QStringLiteral("phone"), entry.phone },
                              { QStringLiteral("origin"), entry.origin },
                              { QStringLiteral("purpose"), entry.purpose },
                              { QStringLiteral("service"), entry.serviceCode },
                              { QStringLiteral("outcome"), entry.outcome } };
    if (entry.id <= 0
        || !AuditLog(m_database)
                .append({ clerk.id,
                          QStringLiteral("create"),
                          QStringLiteral("guest_book"),
                          QString::number(entry.id),
                          {},
                          after,
                          now },
                        errorMessage)
        || !transaction.commit(errorMessage)) {
        if (errorMessage->isEmpty())
            *errorMessage = tr("Cannot save the guest book entry: the database gave no id.");
        return std::nullopt;
    }
    return entry;
}

QList<GuestEntry> GuestBook::entries(const RegisterPeriod& period, QString* errorMessage) const
{
    errorMessage->clear();
    if (!period.isValid()) {
        *errorMessage = tr("Choose a day, a month or a year.");
        return {};
    }
    const QTimeZone zone = officeHoursOf(m_catalog.office).zone;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT g.id, g.visited_at, g.name, g.nik, g.phone, g.origin, g.purpose, g.service_code,"
        " g.outcome, g.served_by, u.full_name AS served_by_name FROM guest_book g"
        " LEFT JOIN users u ON u.id = g.served_by"
        " WHERE g.visited_at >= :from AND g.visited_at < :to ORDER BY g.visited_at, g.id"));
    query.bindValue(QStringLiteral(":from"), period.storedFrom(zone));
    query.bindValue(QStringLiteral(":to"), period.storedTo(zone));
    if (!query.exec()) {
        *errorMessage
            = tr("Cannot read the guest book: %1").arg(DatabaseError::describe(query.lastError()));
        return {};
    }
    QList<GuestEntry> entries;
    while (query.next())
        entries << guestEntryFromRow(query.record());
    return entries;
}

} // namespace loket
