#pragma once

#include "Catalog.h"
#include "Database.h"
#include "IssuedDocuments.h"
#include "LetterData.h"
#include "LetterNumbering.h"
#include "LetterRenderer.h"

#include <QDateTime>
#include <optional>

namespace loket {

// Who issues a document, when, and how it is registered and audited.
struct IssueRequest
{
    LetterDraft registration; // the letter register's entry (its caseId is the document's too)
    QString caseNumber; // of registration.caseId, for the returned document
    qint64 userId = 0; // takes the number; recorded as the issuer
    QDateTime at;
    QString signedByName; // as stored with the document
    // What the audit entry names the document after: "case" or "complaint", and its number.
    QString auditKey;
    QString auditValue;
};

// The one way a numbered, frozen document comes to be, whether or not it concerns a case: takes
// the letter number, gives the document its verification code, renders it, hashes the content
// (SHA-256), stores it, freezes the register entry and writes the audit entry — all inside the
// caller's write transaction, so that a failure anywhere leaves nothing behind.
class FrozenDocumentIssuer
{
public:
    FrozenDocumentIssuer(Database& database, const Office& office, const LetterRenderer& renderer);

    // `data` leaves numbered, coded and no longer a draft. Returns the stored document (with
    // its id), or nothing with `errorMessage`.
    std::optional<StoredDocument>
    issueWithinTransaction(LetterData& data, const IssueRequest& request, QString* errorMessage);

private:
    bool audit(const StoredDocument& document, const IssueRequest& request, QString* errorMessage);

    Database& m_database;
    const Office& m_office;
    const LetterRenderer& m_renderer;
};

} // namespace loket
