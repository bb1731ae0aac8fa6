// Migration 8: local copies of DTKS extracts (Data Terpadu Kesejahteraan Sosial), looked up by
// NIK or name at the counter; each lookup shows the date of the extract it came from.
#include "SchemaSteps.h"

namespace loket::schema {

Migration dtksExtracts()
{
    return { 8, QStringLiteral("DTKS extracts"),
             statements({
                 "CREATE TABLE dtks_extracts ("
                 " id {id},"
                 " extract_date TEXT NOT NULL,"
                 " source_file TEXT NOT NULL,"
                 " imported_at TEXT NOT NULL,"
                 " imported_by {ref} REFERENCES users(id),"
                 " row_count INTEGER NOT NULL DEFAULT 0,"
                 " bad_row_count INTEGER NOT NULL DEFAULT 0)",
                 "CREATE TABLE dtks_records ("
                 " id {id},"
                 " extract_id {ref} NOT NULL REFERENCES dtks_extracts(id) ON DELETE CASCADE,"
                 " line_number INTEGER NOT NULL,"
                 " nik TEXT NOT NULL,"
                 " kk_number TEXT,"
                 " name TEXT NOT NULL,"
                 " name_key TEXT NOT NULL,"
                 " birth_date TEXT,"
                 " address TEXT,"
                 " village TEXT,"
                 " district TEXT,"
                 " regency TEXT,"
                 " programs TEXT,"
                 " status TEXT)",
                 "CREATE INDEX dtks_records_nik ON dtks_records(nik)",
                 "CREATE INDEX dtks_records_name ON dtks_records(name_key)",
                 "CREATE INDEX dtks_records_extract ON dtks_records(extract_id)",
             }) };
}

} // namespace loket::schema
