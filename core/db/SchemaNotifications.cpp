// Migration 11: SMS notifications (issue 13 §2). The applicant's consent is kept with the case
// (UU 27/2022: no message without it); every message Loket means to send is a row, whether it
// goes through the office's gammu-smsd or is copied into WhatsApp by the clerk; the texts are
// the office's to edit, kept as settings rows (NotificationSettings has the first ones).
#include "SchemaSteps.h"

namespace loket::schema {

Migration notifications()
{
    return { 11, QStringLiteral("SMS notifications"),
             statements({
                 "ALTER TABLE cases ADD COLUMN sms_consent INTEGER NOT NULL DEFAULT 0",
                 "ALTER TABLE cases ADD COLUMN sms_consent_at TEXT",
                 "CREATE TABLE notifications ("
                 " id {id},"
                 " case_id {ref} REFERENCES cases(id),"
                 " complaint_id {ref} REFERENCES complaints(id),"
                 " event TEXT NOT NULL CHECK (event IN ('product-ready', 'incomplete',"
                 "  'complaint-answered')),"
                 " phone TEXT NOT NULL,"
                 " message TEXT NOT NULL,"
                 " channel TEXT NOT NULL CHECK (channel IN ('sms', 'manual')),"
                 " state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'failed', 'copied')),"
                 " created_at TEXT NOT NULL,"
                 " gateway_ref TEXT,"
                 " status_read_at TEXT,"
                 " CHECK (case_id IS NOT NULL OR complaint_id IS NOT NULL))",
                 "CREATE INDEX notifications_created ON notifications(created_at)",
                 "CREATE INDEX notifications_case ON notifications(case_id)",
                 "CREATE INDEX notifications_state ON notifications(state, channel)",
             }) };
}

} // namespace loket::schema
