#include "IssuedDocuments.h"

#include "AuditLog.h"
#include "DatabaseError.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace loket {

namespace {

// The one reading of a row of IssuedDocuments::select's query.
StoredDocument documentFromRow(const QSqlRecord& row)
{
    StoredDocument document;
    document.id = row.value(QStringLiteral("id")).toLongLong();
    document.caseId = row.value(QStringLiteral("case_id")).toLongLong();
    document.caseNumber = row.value(QStringLiteral("case_number")).toString();
    document.documentType = row.value(QStringLiteral("document_type")).toString();
    document.number = row.value(QStringLiteral("document_number")).toString();
    document.issuedAt = fromStoredTime(row.value(QStringLiteral("issued_at")).toString());
    document.issuedByName = row.value(QStringLiteral("signed_by_name")).toString();
    document.contentHash = row.value(QStringLiteral("content_hash")).toString();
    document.verificationCode = row.value(QStringLiteral("verification_code")).toString();
    document.content = row.value(QStringLiteral("content")).toString();
    return document;
}

} // namespace

bool StoredDocument::intact() const
{
    return IssuedDocuments::hashOf(content) == contentHash;
}

IssuedDocuments::IssuedDocuments(Database& database)
    : m_database(database)
{
}

QString IssuedDocuments::hashOf(const QString& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString IssuedDocuments::newVerificationCode()
{
    static const char alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code += QLatin1Char('-');
        code += QLatin1Char(
            alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    }
    return code;
}

qint64 IssuedDocuments::insertWithinTransaction(const StoredDocument& document, qint64 letterId,
                                                qint64 userId, QString* errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO documents (case_id, document_type, document_number, issued_at, issued_by,"
        " content_hash, content, verification_code, letter_id, signed_by_name) VALUES (:case,"
        " :type, :number, :at, :by, :hash, :content, :code, :letter, :signer)"));
    // A document need not concern a case (a complaint's answer): then it has no case_id.
    query.bindValue(QStringLiteral(":case"),
                    document.caseId > 0 ? QVariant(document.caseId)
                                        : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(QStringLiteral(":type"), document.documentType);
    query.bindValue(QStringLiteral(":number"), document.number);
    query.bindValue(QStringLiteral(":at"), storedTime(document.issuedAt));
    query.bindValue(QStringLiteral(":by"), userId);
    query.bindValue(QStringLiteral(":hash"), document.contentHash);
    query.bindValue(QStringLiteral(":content"), document.content);
    query.bindValue(QStringLiteral(":code"), document.verificationCode);
    query.bindValue(QStringLiteral(":letter"),
                    letterId > 0 ? QVariant(letterId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.bindValue(QStringLiteral(":signer"), document.issuedByName);
    if (!query.exec()) {
        *errorMessage = tr("Cannot store the issued document: %1")
                            .arg(DatabaseError::describe(query.lastError()));
        return 0;
    }
    const std::optional<StoredDocument> stored = byCode(document.verificationCode);
    return stored ? stored->id : 0;
}

QList<StoredDocument> IssuedDocuments::select(const QString& where, const QVariant& value,
                                              QString* errorMessage) const
{
    QList<StoredDocument> result;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral(
            "SELECT d.id, d.case_id, c.case_number, d.document_type, d.document_number, "
            "d.issued_at,"
            " d.signed_by_name, d.content_hash, d.verification_code, d.content FROM documents d"
            " LEFT JOIN cases c ON c.id = d.case_id WHERE %1 ORDER BY d.id")
            .arg(where));
    query.bindValue(QStringLiteral(":value"), value);
    if (!query.exec()) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the issued documents: %1")
                                .arg(DatabaseError::describe(query.lastError()));
        return result;
    }
    while (query.next())
        result << documentFromRow(query.record());
    return result;
}

std::optional<StoredDocument> IssuedDocuments::byCode(const QString& code,
                                                      QString* errorMessage) const
{
    const QList<StoredDocument> found = select(QStringLiteral("d.verification_code = :value"),
                                               code.trimmed().toUpper(), errorMessage);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<StoredDocument> IssuedDocuments::forCase(qint64 caseId, QString* errorMessage) const
{
    return select(QStringLiteral("d.case_id = :value"), caseId, errorMessage);
}

int IssuedDocuments::printCount(const StoredDocument& document, QString* errorMessage) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'letters'"
                                 " AND record_id = :number AND action = 'print'"));
    query.bindValue(QStringLiteral(":number"), document.number);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    if (errorMessage)
        *errorMessage
            = tr("Cannot count the printings: %1").arg(DatabaseError::describe(query.lastError()));
    return -1;
}

int IssuedDocuments::recordPrint(const StoredDocument& document, const QString& medium,
                                 const User& user, const QDateTime& now, QString* errorMessage)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(errorMessage))
        return 0;
    // Counted inside the write lock: two workstations printing at once get 2 and 3, not 2 twice.
    const int count = printCount(document) + 1;
    const QJsonObject after { { QStringLiteral("number"), document.number },
                              { QStringLiteral("case"), document.caseNumber },
                              { QStringLiteral("code"), document.verificationCode },
                              { QStringLiteral("count"), count },
                              { QStringLiteral("copy"), count > 1 },
                              { QStringLiteral("medium"), medium } };
    if (!AuditLog(m_database)
             .append({ user.id,
                       QStringLiteral("print"),
                       QStringLiteral("letters"),
                       document.number,
                       {},
                       after,
                       now },
                     errorMessage)
        || !transaction.commit(errorMessage))
        return 0;
    return count;
}

} // namespace loket
