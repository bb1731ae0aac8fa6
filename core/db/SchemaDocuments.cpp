// Migration 5: issued documents are frozen — their rendered content, its hash and a short
// verification code printed on the paper, by which anyone can check the document.
#include "SchemaSteps.h"

namespace loket::schema {

Migration issuedDocuments()
{
    return {
        5, QStringLiteral("issued documents"),
        statements({
            "ALTER TABLE documents ADD COLUMN content TEXT",
            "ALTER TABLE documents ADD COLUMN verification_code TEXT",
            "ALTER TABLE documents ADD COLUMN letter_id {ref} REFERENCES letters(id)",
            "ALTER TABLE documents ADD COLUMN signed_by_name TEXT",
            "CREATE UNIQUE INDEX documents_verification ON documents(verification_code)",
            "{sqlite}CREATE TRIGGER documents_frozen BEFORE UPDATE ON documents"
            " BEGIN SELECT RAISE(ABORT, 'an issued document is frozen'); END",
            "{sqlite}CREATE TRIGGER documents_kept BEFORE DELETE ON documents"
            " BEGIN SELECT RAISE(ABORT, 'an issued document is kept'); END",
            "{postgresql}CREATE TRIGGER documents_frozen BEFORE UPDATE OR DELETE ON documents"
            " FOR EACH ROW EXECUTE FUNCTION loket_refuse_change('an issued document is frozen')",
        })
    };
}

} // namespace loket::schema
