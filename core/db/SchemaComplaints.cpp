// Migration 6: complaints, aspirations and information requests from every channel, with the
// timeline the complaint standard asks for (initial response within one working day).
// answer_due_at stays empty unless the office's standard promises a completion time.
#include "SchemaSteps.h"

namespace loket::schema {

Migration complaints()
{
    return { 6, QStringLiteral("complaints"),
             statements({
                 "CREATE TABLE complaint_counters ("
                 " year INTEGER PRIMARY KEY,"
                 " last_serial INTEGER NOT NULL)",
                 "CREATE TABLE complaints ("
                 " id {id},"
                 " complaint_number TEXT NOT NULL UNIQUE,"
                 " office_id TEXT NOT NULL,"
                 " kind TEXT NOT NULL CHECK (kind IN ('complaint', 'aspiration', 'information')),"
                 " channel TEXT NOT NULL CHECK (channel IN ('in-person', 'written', 'phone',"
                 "  'sms-whatsapp', 'email', 'website', 'instagram', 'facebook', 'lapor')),"
                 " lapor_ticket TEXT,"
                 " anonymous INTEGER NOT NULL DEFAULT 0,"
                 " complainant_name TEXT,"
                 " complainant_nik TEXT,"
                 " complainant_phone TEXT,"
                 " complainant_address TEXT,"
                 " subject TEXT NOT NULL,"
                 " description TEXT NOT NULL,"
                 " case_id {ref} REFERENCES cases(id),"
                 " status TEXT NOT NULL CHECK (status IN ('received', 'responded', 'forwarded',"
                 "  'followed-up', 'answered', 'closed')),"
                 " received_at TEXT NOT NULL,"
                 " response_due_at TEXT NOT NULL,"
                 " answer_due_at TEXT,"
                 " responded_at TEXT,"
                 " forwarded_at TEXT,"
                 " forwarded_to {ref} REFERENCES users(id),"
                 " answered_at TEXT,"
                 " answer_text TEXT,"
                 " letter_id {ref} REFERENCES letters(id),"
                 " closed_at TEXT,"
                 " recorded_by {ref} NOT NULL REFERENCES users(id),"
                 " created_at TEXT NOT NULL,"
                 " updated_at TEXT NOT NULL)",
                 "CREATE INDEX complaints_status_due ON complaints(status, response_due_at)",
                 "CREATE INDEX complaints_received ON complaints(received_at)",
                 "CREATE TABLE complaint_events ("
                 " id {id},"
                 " complaint_id {ref} NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,"
                 " event TEXT NOT NULL,"
                 " note TEXT,"
                 " user_id {ref} NOT NULL REFERENCES users(id),"
                 " occurred_at TEXT NOT NULL)",
                 "CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id)",
             }) };
}

} // namespace loket::schema
