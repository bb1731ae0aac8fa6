#pragma once

#include "CaseModel.h"
#include "WorkflowModel.h"

#include <QString>
#include <optional>

namespace loket {

// Takes the letter number and freezes the case's product document when it is signed.
// CaseWorkflow::sign calls it inside its own transaction, on the same connection: whatever the
// issuer writes (numbering counter, documents row, its audit entries) commits together with the
// signature, or not at all. On failure it returns nothing and says why in `errorMessage`; the
// signing is then rolled back. The implementation lives with letter numbering and rendering.
class DocumentIssuer
{
public:
    virtual ~DocumentIssuer() = default;
    virtual std::optional<IssuedDocument> issue(const Case& record, const Signature& signature,
                                                QString* errorMessage)
        = 0;
};

} // namespace loket
