#pragma once

#include "Database.h"
#include "Users.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace loket {

// A signed, numbered document as it was frozen: its rendered content never changes after, so
// later changes to templates or case data cannot alter it.
struct StoredDocument
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseNumber;
    QString documentType;
    QString number;
    QDateTime issuedAt;
    QString issuedByName; // who signed, as printed
    QString contentHash; // SHA-256 of the content, hex
    QString verificationCode;
    QString content; // the rendered HTML
    qint64 letterId = 0; // its entry in the letter register; set on issue only
    bool intact() const; // the content still hashes to contentHash
};

class IssuedDocuments
{
    Q_DECLARE_TR_FUNCTIONS(loket::IssuedDocuments)
public:
    explicit IssuedDocuments(Database& database);

    static QString hashOf(const QString& content);
    // "7KQ2-MX4P": short, without letters that look like digits, for reading off paper.
    static QString newVerificationCode();

    // Inside the caller's transaction; returns the new row's id, or 0 with `errorMessage`.
    // FrozenDocumentIssuer's step: a document is only ever stored as it is issued.
    qint64 insertWithinTransaction(const StoredDocument& document, qint64 letterId, qint64 userId,
                                   QString* errorMessage);

    // Empty when none, or when the query failed: then `errorMessage` (where given) says why —
    // a paper must never be called forged because the database could not be read.
    std::optional<StoredDocument> byCode(const QString& code,
                                         QString* errorMessage = nullptr) const;
    QList<StoredDocument> forCase(qint64 caseId, QString* errorMessage = nullptr) const;

    // Printings of an issued document, on paper or as PDF: the first is the original, every
    // later one a copy (SALINAN). Each is an audit entry "print" on the letter's number (so a
    // case's audit trail shows them) with the running count, taken in the same transaction.
    // -1 (with `errorMessage`) when the count cannot be read: then nothing may be printed,
    // for a copy would go out without its SALINAN mark.
    int printCount(const StoredDocument& document, QString* errorMessage = nullptr) const;
    // Records one printing ("paper" or "pdf" as `medium`); returns its running count (1 for
    // the original), or 0 with `errorMessage`.
    int recordPrint(const StoredDocument& document, const QString& medium, const User& user,
                    const QDateTime& now, QString* errorMessage);

private:
    QList<StoredDocument> select(const QString& where, const QVariant& value,
                                 QString* errorMessage) const;

    Database& m_database;
};

} // namespace loket
