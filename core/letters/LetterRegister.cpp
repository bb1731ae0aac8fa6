#include "LetterRegister.h"

#include "DatabaseError.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {

namespace {

// The one reading of a row of LetterRegister::select's query.
Letter letterFromRow(const QSqlRecord& row)
{
    Letter letter;
    letter.id = row.value(QStringLiteral("id")).toLongLong();
    letter.number = row.value(QStringLiteral("letter_number")).toString();
    letter.registerKey = row.value(QStringLiteral("register_key")).toString();
    letter.year = row.value(QStringLiteral("letter_year")).toInt();
    letter.serial = row.value(QStringLiteral("serial")).toInt();
    letter.date
        = QDate::fromString(row.value(QStringLiteral("letter_date")).toString(), Qt::ISODate);
    letter.documentType = row.value(QStringLiteral("document_type")).toString();
    letter.classification = row.value(QStringLiteral("classification")).toString();
    letter.caseId = row.value(QStringLiteral("case_id")).toLongLong();
    letter.caseNumber = row.value(QStringLiteral("case_number")).toString();
    letter.subject = row.value(QStringLiteral("subject")).toString();
    letter.addressee = row.value(QStringLiteral("addressee")).toString();
    letter.issuedAt = fromStoredTime(row.value(QStringLiteral("issued_at")).toString());
    letter.issuedBy = row.value(QStringLiteral("issued_by")).toLongLong();
    letter.issuedByName = row.value(QStringLiteral("issued_by_name")).toString();
    letter.contentHash = row.value(QStringLiteral("content_hash")).toString();
    letter.verificationCode = row.value(QStringLiteral("verification_code")).toString();
    return letter;
}

} // namespace

LetterRegister::LetterRegister(Database& database)
    : m_database(database)
{
}

QList<Letter> LetterRegister::select(const QString& condition, const QVariantMap& values,
                                     QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT l.id, l.letter_number, l.register_key, l.letter_year, l.serial,"
                       " l.letter_date, l.document_type, l.classification, l.case_id,"
                       " c.case_number, l.subject, l.addressee, l.issued_at, l.issued_by,"
                       " u.full_name AS issued_by_name, l.content_hash, l.verification_code"
                       " FROM letters l LEFT JOIN cases c ON c.id = l.case_id"
                       " LEFT JOIN users u ON u.id = l.issued_by WHERE ")
        + condition + QStringLiteral(" ORDER BY l.register_key, l.letter_year, l.serial"));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec()) {
        *errorMessage = tr("Cannot read the letter register: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return {};
    }
    QList<Letter> letters;
    while (query.next())
        letters << letterFromRow(query.record());
    return letters;
}

QList<Letter> LetterRegister::month(int year, int month, const QString& registerKey,
                                    QString* errorMessage) const
{
    const QDate first(year, month, 1);
    if (!first.isValid()) {
        *errorMessage = tr("%1-%2 is not a month.").arg(year).arg(month);
        return {};
    }
    return between(first, first.addMonths(1), registerKey, errorMessage);
}

QList<Letter> LetterRegister::between(const QDate& first, const QDate& end,
                                      const QString& registerKey, QString* errorMessage) const
{
    QString condition = QStringLiteral("l.letter_date >= :first AND l.letter_date < :next");
    QVariantMap values { { QStringLiteral(":first"), first.toString(Qt::ISODate) },
                         { QStringLiteral(":next"), end.toString(Qt::ISODate) } };
    if (!registerKey.isEmpty()) {
        condition += QStringLiteral(" AND l.register_key = :register");
        values.insert(QStringLiteral(":register"), registerKey);
    }
    return select(condition, values, errorMessage);
}

QList<Letter> LetterRegister::ofCase(qint64 caseId, QString* errorMessage) const
{
    return select(QStringLiteral("l.case_id = :case"), { { QStringLiteral(":case"), caseId } },
                  errorMessage);
}

std::optional<Letter> LetterRegister::find(const QString& number, QString* errorMessage) const
{
    const QList<Letter> letters = select(QStringLiteral("l.letter_number = :number"),
                                         { { QStringLiteral(":number"), number } }, errorMessage);
    if (letters.isEmpty())
        return std::nullopt;
    return letters.first();
}

} // namespace loket
