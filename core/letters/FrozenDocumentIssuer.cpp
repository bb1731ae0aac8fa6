#include "FrozenDocumentIssuer.h"

#include "AuditLog.h"

#include <QJsonObject>

namespace loket {

FrozenDocumentIssuer::FrozenDocumentIssuer(Database& database, const Office& office,
                                           const LetterRenderer& renderer)
    : m_database(database)
    , m_office(office)
    , m_renderer(renderer)
{
}

std::optional<StoredDocument>
FrozenDocumentIssuer::issueWithinTransaction(LetterData& data, const IssueRequest& request,
                                             QString* errorMessage)
{
    LetterNumbering numbering(m_database, m_office);
    const std::optional<Letter> letter = numbering.issueWithinTransaction(
        request.registration, request.userId, request.at, errorMessage);
    if (!letter)
        return std::nullopt;
    data.number = letter->number;
    data.draft = false;
    data.verificationCode = IssuedDocuments::newVerificationCode();

    StoredDocument document;
    document.caseId = request.registration.caseId;
    document.caseNumber = request.caseNumber;
    document.letterId = letter->id;
    document.documentType = data.documentType;
    document.number = letter->number;
    document.issuedAt = request.at;
    document.issuedByName = request.signedByName;
    document.verificationCode = data.verificationCode;
    document.content = m_renderer.html(data);
    document.contentHash = IssuedDocuments::hashOf(document.content);

    document.id = IssuedDocuments(m_database)
                      .insertWithinTransaction(document, letter->id, request.userId, errorMessage);
    if (document.id == 0
        || !numbering.freezeWithinTransaction(letter->id, document.contentHash,
                                              document.verificationCode, request.userId,
                                              errorMessage)
        || !audit(document, request, errorMessage))
        return std::nullopt;
    return document;
}

bool FrozenDocumentIssuer::audit(const StoredDocument& document, const IssueRequest& request,
                                 QString* errorMessage)
{
    return AuditLog(m_database)
        .append({ request.userId,
                  QStringLiteral("issue-document"),
                  QStringLiteral("documents"),
                  QString::number(document.id),
                  {},
                  { { request.auditKey, request.auditValue },
                    { QStringLiteral("number"), document.number },
                    { QStringLiteral("type"), document.documentType },
                    { QStringLiteral("hash"), document.contentHash },
                    { QStringLiteral("code"), document.verificationCode } },
                  request.at },
                errorMessage);
}

} // namespace loket
