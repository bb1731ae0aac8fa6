#pragma once

#include "Catalog.h"
#include "Database.h"
#include "DocumentIssuer.h"
#include "FrozenDocumentIssuer.h"
#include "IssuedDocuments.h"
#include "LetterRenderer.h"
#include "LetterSpecs.h"

#include <QCoreApplication>

namespace loket {

// Issues a case's product when the head of office (or a stand-in) signs: builds the document
// with the signature and the initials given, and has FrozenDocumentIssuer number, code, render
// and freeze it inside the signing transaction, so that a failure anywhere leaves no number
// taken and nothing signed.
class ProductIssuer : public DocumentIssuer
{
    Q_DECLARE_TR_FUNCTIONS(loket::ProductIssuer)
public:
    // `overrideDirectory`: the office's own templates and mapping (beside the database).
    ProductIssuer(Database& database, const Catalog& catalog, const QString& overrideDirectory);

    std::optional<IssuedDocument> issue(const Case& record, const Signature& signature,
                                        QString* errorMessage) override;

    // The rejection letter of a rejected case, issued like a product: numbered (register of
    // the "rejection" type), signed in the head of office's name, frozen with its code. In a
    // transaction of its own; by a user who may reject. Returns the stored document.
    std::optional<StoredDocument> issueRejection(const Case& record, const QString& reason,
                                                 const User& actor, const QDateTime& at,
                                                 QString* errorMessage);

    // The document as it would be issued now, unnumbered, marked KONSEP (for the signer to
    // see before acting, and for `loketctl document render`).
    std::optional<LetterData> draft(const Case& record, const QDateTime& now,
                                    QString* errorMessage) const;
    const LetterRenderer& renderer() const { return m_renderer; }

private:
    LetterSigner signerFor(const Signature& signature) const;
    QList<LetterInitial> initialsGiven(const Case& record) const;
    QString findingsOf(const Case& record) const;
    // How a case's document is registered and audited, issued by `userId` at `at`.
    static IssueRequest requestFor(const LetterData& data, const Case& record, qint64 userId,
                                   const QDateTime& at, const QString& signedByName);

    Database& m_database;
    const Catalog& m_catalog;
    LetterRenderer m_renderer;
    LetterSpecs m_specs;
};

} // namespace loket
