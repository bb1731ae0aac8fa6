#include "LetterRegister.h"

#include "DatabaseError.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

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
                       " u.full_name, l.content_hash, l.verification_code"
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
    while (query.next()) {
        Letter letter;
        letter.id = query.value(0).toLongLong();
        letter.number = query.value(1).toString();
        letter.registerKey = query.value(2).toString();
        letter.year = query.value(3).toInt();
        letter.serial = query.value(4).toInt();
        letter.date = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        letter.documentType = query.value(6).toString();
        letter.classification = query.value(7).toString();
        letter.caseId = query.value(8).toLongLong();
        letter.caseNumber = query.value(9).toString();
        letter.subject = query.value(10).toString();
        letter.addressee = query.value(11).toString();
        letter.issuedAt = fromStoredTime(query.value(12).toString());
        letter.issuedBy = query.value(13).toLongLong();
        letter.issuedByName = query.value(14).toString();
        letter.contentHash = query.value(15).toString();
        letter.verificationCode = query.value(16).toString();
        letters << letter;
    }
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
