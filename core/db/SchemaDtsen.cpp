// Migration 10: DTSEN (Data Tunggal Sosial dan Ekonomi Nasional, Inpres 4/2025) extracts beside
// the DTKS ones: the kind and source of each extract, the household's welfare decile (desil) and
// household id on each row, a word index for name search as the clerk types, and the office's
// programme thresholds (programme → highest desil served, from a date on).
#include "SchemaSteps.h"

namespace loket::schema {

Migration dtsenExtracts()
{
    return { 10, QStringLiteral("DTSEN extracts"),
             statements({
                 // Every extract imported before DTSEN was a DTKS one.
                 "ALTER TABLE dtks_extracts ADD COLUMN kind TEXT NOT NULL DEFAULT 'DTKS'",
                 "ALTER TABLE dtks_extracts ADD COLUMN source TEXT",
                 "ALTER TABLE dtks_records ADD COLUMN desil INTEGER",
                 "ALTER TABLE dtks_records ADD COLUMN household_id TEXT",
                 // A name word points at its row by extract and line (unique in an extract), so
                 // that an import need not read back each row's id.
                 "DROP INDEX dtks_records_extract",
                 // Names are searched through their words now; the whole-name index only slowed
                 // imports down.
                 "DROP INDEX dtks_records_name",
                 "CREATE UNIQUE INDEX dtks_records_line ON dtks_records(extract_id, line_number)",
                 // Read by word, newest import first; each word carries its row's name key, so
                 // that the other typed words are checked in the index itself, without reading
                 // the rows (a common word has a hundred thousand rows on a regency's extract).
                 "{sqlite}CREATE TABLE dtks_name_words ("
                 " word TEXT NOT NULL,"
                 " extract_id INTEGER NOT NULL REFERENCES dtks_extracts(id) ON DELETE CASCADE,"
                 " line_number INTEGER NOT NULL,"
                 " name_key TEXT NOT NULL,"
                 " PRIMARY KEY (word, extract_id DESC, line_number)) WITHOUT ROWID",
                 "{postgresql}CREATE TABLE dtks_name_words ("
                 " word TEXT NOT NULL,"
                 " extract_id BIGINT NOT NULL REFERENCES dtks_extracts(id) ON DELETE CASCADE,"
                 " line_number INTEGER NOT NULL,"
                 " name_key TEXT NOT NULL)",
                 "{postgresql}CREATE INDEX dtks_name_words_word"
                 " ON dtks_name_words(word, extract_id DESC, line_number) INCLUDE (name_key)",
                 // The rows already imported, word by word (name keys hold single spaces).
                 "{sqlite}WITH RECURSIVE split(extract_id, line_number, name_key, word, rest) AS ("
                 " SELECT extract_id, line_number, name_key, '', name_key || ' ' FROM dtks_records"
                 " UNION ALL SELECT extract_id, line_number, name_key,"
                 " substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)"
                 " FROM split WHERE rest <> '')"
                 " INSERT INTO dtks_name_words (word, extract_id, line_number, name_key)"
                 " SELECT DISTINCT word, extract_id, line_number, name_key FROM split"
                 " WHERE word <> ''",
                 "{postgresql}INSERT INTO dtks_name_words (word, extract_id, line_number, name_key)"
                 " SELECT DISTINCT w.word, r.extract_id, r.line_number, r.name_key"
                 " FROM dtks_records r, regexp_split_to_table(r.name_key, ' ') AS w(word)"
                 " WHERE w.word <> ''",
                 "CREATE TABLE dtsen_thresholds ("
                 " id {id},"
                 " programme TEXT NOT NULL,"
                 " max_desil INTEGER NOT NULL,"
                 " effective_from TEXT NOT NULL,"
                 " confirmed INTEGER NOT NULL DEFAULT 0,"
                 " UNIQUE (programme, effective_from))",
                 // The examples, unconfirmed: the office checks them against the
                 // ministry's current rules (they change) before relying on them.
                 "INSERT INTO dtsen_thresholds (programme, max_desil, effective_from) VALUES"
                 " ('PKH', 4, '2025-02-05'), ('Sembako', 5, '2025-02-05'),"
                 " ('PBI-JK', 5, '2025-02-05')",
             }) };
}

} // namespace loket::schema
