// Migration 12: a complainant's own consent to an SMS when the complaint is answered (issue 13
// §2, UU 27/2022). Migration 11 kept consent with the case only, which a complainant without a
// case, or not its applicant, could never give.
#include "SchemaSteps.h"

namespace loket::schema {

Migration complaintSmsConsent()
{
    return { 12, QStringLiteral("Complainant's SMS consent"),
             statements({
                 "ALTER TABLE complaints ADD COLUMN sms_consent INTEGER NOT NULL DEFAULT 0",
                 "ALTER TABLE complaints ADD COLUMN sms_consent_at TEXT",
             }) };
}

} // namespace loket::schema
