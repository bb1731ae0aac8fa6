// Migrations 1 and 2: the foundation and the counter.
#include "SchemaSteps.h"

namespace loket::schema {

namespace {

// The office's settings, its staff and the people and organisations who apply.
QStringList accountsAndApplicants()
{
    return statements({
        "CREATE TABLE settings ("
        " setting_key TEXT PRIMARY KEY,"
        " setting_value TEXT NOT NULL)",

        "CREATE TABLE users ("
        " id {id},"
        " username TEXT NOT NULL UNIQUE,"
        " full_name TEXT NOT NULL,"
        " nip TEXT,"
        " rank_grade TEXT,"
        " position TEXT,"
        " password_hash TEXT NOT NULL,"
        " password_salt TEXT NOT NULL,"
        " password_iterations INTEGER NOT NULL,"
        " roles TEXT NOT NULL,"
        " active INTEGER NOT NULL DEFAULT 1,"
        " created_at TEXT NOT NULL)",

        "CREATE TABLE persons ("
        " id {id},"
        " nik TEXT NOT NULL UNIQUE,"
        " kk_number TEXT,"
        " full_name TEXT NOT NULL,"
        " birth_place TEXT,"
        " birth_date TEXT,"
        " sex TEXT CHECK (sex IN ('L', 'P')),"
        " address TEXT,"
        " province_code TEXT,"
        " regency_code TEXT,"
        " district_code TEXT,"
        " village_code TEXT,"
        " phone TEXT,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)",

        "CREATE TABLE organisations ("
        " id {id},"
        " name TEXT NOT NULL,"
        " deed_number TEXT,"
        " decree_number TEXT,"
        " npwp TEXT,"
        " address TEXT,"
        " chair_name TEXT,"
        " phone TEXT,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)",
    });
}

// A case, its number, the requirements the counter checked and its procedure steps.
QStringList caseTables()
{
    return statements({
        "CREATE TABLE cases ("
        " id {id},"
        " case_number TEXT NOT NULL UNIQUE,"
        " office_id TEXT NOT NULL,"
        " service_code TEXT NOT NULL,"
        " catalog_version TEXT NOT NULL,"
        " status TEXT NOT NULL CHECK (status IN ('registered', 'waiting-documents',"
        "  'in-verification', 'in-process', 'awaiting-signoff', 'product-ready',"
        "  'handed-over', 'rejected')),"
        " is_renewal INTEGER NOT NULL DEFAULT 0,"
        " person_id {ref} REFERENCES persons(id),"
        " organisation_id {ref} REFERENCES organisations(id),"
        " received_at TEXT NOT NULL,"
        " response_due_at TEXT,"
        " due_at TEXT,"
        " clock_stopped_at TEXT,"
        " registered_by {ref} NOT NULL REFERENCES users(id),"
        " assigned_to {ref} REFERENCES users(id),"
        " rejection_reason TEXT,"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)",
        "CREATE INDEX cases_person ON cases(person_id)",
        "CREATE INDEX cases_status_due ON cases(status, due_at)",

        "CREATE TABLE case_number_counters ("
        " office_id TEXT NOT NULL,"
        " counter_year INTEGER NOT NULL,"
        " last_value INTEGER NOT NULL,"
        " PRIMARY KEY (office_id, counter_year))",

        "CREATE TABLE case_requirements ("
        " id {id},"
        " case_id {ref} NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " item_index INTEGER NOT NULL,"
        " requirement_text TEXT NOT NULL,"
        " state TEXT NOT NULL CHECK (state IN ('present', 'missing', 'not-applicable')),"
        " note TEXT,"
        " override_reason TEXT,"
        " updated_by {ref} REFERENCES users(id),"
        " updated_at TEXT NOT NULL,"
        " UNIQUE (case_id, item_index))",

        "CREATE TABLE case_steps ("
        " id {id},"
        " case_id {ref} NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
        " step_order INTEGER NOT NULL,"
        " step_text TEXT NOT NULL,"
        " state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'skipped')),"
        " done_by {ref} REFERENCES users(id),"
        " done_at TEXT,"
        " note TEXT,"
        " UNIQUE (case_id, step_order))",
    });
}

// What the office keeps beside the cases: issued documents, holidays and the audit log.
QStringList officeRecords()
{
    return statements({
        "CREATE TABLE documents ("
        " id {id},"
        " case_id {ref} REFERENCES cases(id),"
        " document_type TEXT NOT NULL,"
        " document_number TEXT,"
        " issued_at TEXT NOT NULL,"
        " issued_by {ref} REFERENCES users(id),"
        " content_hash TEXT NOT NULL)",
        "CREATE INDEX documents_case ON documents(case_id)",

        "CREATE TABLE holidays ("
        " holiday_date TEXT PRIMARY KEY,"
        " kind TEXT NOT NULL CHECK (kind IN ('libur_nasional', 'cuti_bersama', "
        "'libur_kantor')),"
        " description TEXT NOT NULL,"
        " source TEXT NOT NULL)",

        "CREATE TABLE audit_log ("
        " id {id},"
        " occurred_at TEXT NOT NULL,"
        " user_id {ref} REFERENCES users(id),"
        " action TEXT NOT NULL,"
        " table_name TEXT NOT NULL,"
        " record_id TEXT,"
        " before_data TEXT,"
        " after_data TEXT,"
        " previous_hash TEXT NOT NULL,"
        " entry_hash TEXT NOT NULL)",
    });
}

} // namespace

Migration initialSchema()
{
    return { 1, QStringLiteral("initial schema"),
             accountsAndApplicants() + caseTables() + officeRecords() };
}

// Intake at the counter: when the service-time clock started (a file waiting for documents
// has none yet), and the lookups the counter makes often.
Migration counterIntake()
{
    return { 2, QStringLiteral("counter intake"),
             statements({
                 "ALTER TABLE cases ADD COLUMN clock_started_at TEXT",
                 "CREATE INDEX cases_registered ON cases(registered_by, created_at)",
                 "CREATE INDEX cases_service ON cases(service_code, status)",
                 "CREATE INDEX cases_organisation ON cases(organisation_id)",
                 // Each word of a person's name, case-folded: the counter finds "sari" in
                 // "Budi Sari" through an index, even among a million cases.
                 "CREATE TABLE person_name_words ("
                 " person_id {ref} NOT NULL REFERENCES persons(id) ON DELETE CASCADE,"
                 " word TEXT NOT NULL,"
                 " PRIMARY KEY (word, person_id))",
                 "CREATE INDEX audit_log_record ON audit_log(table_name, record_id)",
             }) };
}

} // namespace loket::schema
