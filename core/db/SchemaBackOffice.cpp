// Migrations 3 and 4: letter numbers and the back office's workflow.
#include "SchemaSteps.h"

namespace loket::schema {

// The outgoing-letter register (buku agenda surat keluar) and its gap-free serials, one counter
// per register and year; and an audit log the database itself refuses to change or shrink.
Migration letterNumbers()
{
    return { 3, QStringLiteral("letter numbers and the outgoing register"),
             statements({
                 "CREATE TABLE letter_counters ("
                 " office_id TEXT NOT NULL,"
                 " register_key TEXT NOT NULL,"
                 " counter_year INTEGER NOT NULL,"
                 " last_value INTEGER NOT NULL,"
                 " PRIMARY KEY (office_id, register_key, counter_year))",
                 "CREATE TABLE letters ("
                 " id {id},"
                 " letter_number TEXT NOT NULL UNIQUE,"
                 " register_key TEXT NOT NULL,"
                 " letter_year INTEGER NOT NULL,"
                 " serial INTEGER NOT NULL,"
                 " letter_date TEXT NOT NULL,"
                 " document_type TEXT NOT NULL,"
                 " classification TEXT NOT NULL,"
                 " case_id {ref} REFERENCES cases(id),"
                 " subject TEXT NOT NULL,"
                 " addressee TEXT NOT NULL,"
                 " issued_at TEXT NOT NULL,"
                 " issued_by {ref} REFERENCES users(id),"
                 " content_hash TEXT,"
                 " verification_code TEXT UNIQUE,"
                 " UNIQUE (register_key, letter_year, serial))",
                 "CREATE INDEX letters_date ON letters(letter_date)",
                 "CREATE INDEX letters_case ON letters(case_id)",
                 "CREATE INDEX audit_log_occurred ON audit_log(occurred_at)",
                 "{sqlite}CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                 " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
                 "{sqlite}CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                 " BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END",
                 "{sqlite}CREATE TRIGGER letters_no_delete BEFORE DELETE ON letters"
                 " BEGIN SELECT RAISE(ABORT, 'an issued letter number stays in the register');"
                 " END",
                 "{postgresql}CREATE FUNCTION loket_refuse_change() RETURNS trigger"
                 " LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$",
                 "{postgresql}CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE"
                 " ON audit_log FOR EACH ROW"
                 " EXECUTE FUNCTION loket_refuse_change('audit log is append-only')",
                 "{postgresql}CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log"
                 " FOR EACH STATEMENT"
                 " EXECUTE FUNCTION loket_refuse_change('audit log is append-only')",
                 "{postgresql}CREATE TRIGGER letters_no_delete BEFORE DELETE ON letters"
                 " FOR EACH ROW EXECUTE FUNCTION"
                 " loket_refuse_change('an issued letter number stays in the register')",
             }) };
}

namespace {

// Steps with their catalog role, status changes, visits, notes and attachments.
QStringList caseWorkTables()
{
    return statements({
        "ALTER TABLE case_steps ADD COLUMN step_role TEXT",
        "CREATE INDEX cases_assigned ON cases(assigned_to, status)",
        "CREATE TABLE case_status_history ("
        " id {id},"
        " case_id {ref} NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " from_status TEXT NOT NULL,"
        " to_status TEXT NOT NULL,"
        " changed_by {ref} NOT NULL REFERENCES users(id),"
        " changed_at TEXT NOT NULL,"
        " note TEXT)",
        "CREATE INDEX case_status_history_case ON case_status_history(case_id)",
        "CREATE TABLE field_visits ("
        " id {id},"
        " case_id {ref} NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " kind TEXT NOT NULL CHECK (kind IN ('verification', 'home-visit')),"
        " visit_date TEXT NOT NULL,"
        " officer_id {ref} NOT NULL REFERENCES users(id),"
        " findings TEXT NOT NULL,"
        " recorded_at TEXT NOT NULL)",
        "CREATE INDEX field_visits_case ON field_visits(case_id)",
        "CREATE TABLE assessment_notes ("
        " id {id},"
        " case_id {ref} NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " note_text TEXT NOT NULL,"
        " author_id {ref} NOT NULL REFERENCES users(id),"
        " written_at TEXT NOT NULL)",
        "CREATE INDEX assessment_notes_case ON assessment_notes(case_id)",
        "CREATE TABLE case_attachments ("
        " id {id},"
        " case_id {ref} NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " file_name TEXT NOT NULL,"
        " media_type TEXT NOT NULL"
        "  CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),"
        " size_bytes INTEGER NOT NULL,"
        " sha256 TEXT NOT NULL,"
        " content {blob} NOT NULL,"
        " attached_by {ref} NOT NULL REFERENCES users(id),"
        " attached_at TEXT NOT NULL)",
        "CREATE INDEX case_attachments_case ON case_attachments(case_id)",
    });
}

// Reassignments, the sign-off chains and their records, and the handover.
QStringList assignmentAndSignoffTables()
{
    return statements({
        "CREATE TABLE case_assignments ("
        " id {id},"
        " case_id {ref} NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " from_user {ref} REFERENCES users(id),"
        " to_user {ref} NOT NULL REFERENCES users(id),"
        " assigned_by {ref} NOT NULL REFERENCES users(id),"
        " assigned_at TEXT NOT NULL,"
        " note TEXT)",
        "CREATE INDEX case_assignments_case ON case_assignments(case_id)",
        "CREATE TABLE signoff_configs ("
        " service_code TEXT PRIMARY KEY,"
        " initial_roles TEXT NOT NULL,"
        " signer_role TEXT NOT NULL,"
        " sign_form TEXT NOT NULL,"
        " updated_by {ref} REFERENCES users(id),"
        " updated_at TEXT NOT NULL)",
        "CREATE TABLE signoff_records ("
        " id {id},"
        " case_id {ref} NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " round_no INTEGER NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN ('submit', 'initial', 'return', 'sign')),"
        " actor_role TEXT NOT NULL,"
        " user_id {ref} NOT NULL REFERENCES users(id),"
        " sign_form TEXT,"
        " chain TEXT,"
        " note TEXT,"
        " document_id {ref},"
        " letter_number TEXT,"
        " acted_at TEXT NOT NULL)",
        "CREATE INDEX signoff_records_case ON signoff_records(case_id, round_no)",
        "CREATE TABLE case_handovers ("
        " id {id},"
        " case_id {ref} NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,"
        " recipient_name TEXT NOT NULL,"
        " recipient_nik TEXT NOT NULL,"
        " relation TEXT NOT NULL,"
        " handed_over_by {ref} NOT NULL REFERENCES users(id),"
        " handed_over_at TEXT NOT NULL)",
    });
}

} // namespace

// The back office's work on a case: who did each step, visits and notes, attachments (as
// BLOBs, so that a backup holds them), reassignments, status changes, tiered initials and
// signatures, and the handover. Steps keep their catalog role, which says who records them.
Migration backOfficeWorkflow()
{
    return { 4, QStringLiteral("back-office workflow"),
             caseWorkTables() + assignmentAndSignoffTables() };
}

} // namespace loket::schema
