// The yardstick of bench_dtks: Loket's DTSEN import and lookups done directly with the sqlite3
// C API on the same schema, pragmas and statements, without Qt's SQL layer. The CSV is parsed by
// hand (the generated file has no quotes inside values), names keyed as dtksNameKey does for
// ASCII names.
#include "bench_dtks.h"

#include <QFile>
#include <QSet>
#include <cstdio>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace dtksbench {
namespace {

bool ok(sqlite3* db, int code)
{
    if (code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
    return false;
}

// Upper case, letters and digits, single spaces; apostrophes join.
std::string nameKey(const std::string& name)
{
    std::string key;
    bool space = false;
    for (const char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            if (space && !key.empty())
                key += ' ';
            space = false;
            key += char(std::toupper(static_cast<unsigned char>(c)));
        } else if (c != '\'') {
            space = true;
        }
    }
    return key;
}

std::vector<std::string> fields(const std::string& line)
{
    std::vector<std::string> result(1);
    bool quoted = false;
    for (const char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ';' && !quoted)
            result.emplace_back();
        else if (c != '\r')
            result.back() += c;
    }
    return result;
}

void bindText(sqlite3_stmt* statement, int index, const std::string& text)
{
    if (text.empty())
        sqlite3_bind_null(statement, index);
    else
        sqlite3_bind_text(statement, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
}

const char* const NameSql
    = "SELECT r.extract_id, e.extract_date, e.kind, r.line_number, r.nik, r.kk_number, r.name,"
      " r.birth_date, r.address, r.village, r.district, r.regency, r.programs, r.status,"
      " r.desil, r.household_id FROM dtks_name_words w JOIN dtks_records r"
      " ON r.extract_id = w.extract_id AND r.line_number = w.line_number"
      " JOIN dtks_extracts e ON e.id = r.extract_id WHERE ";

} // namespace

bool sqliteImport(const QString& path, const QString& csv, qint64* rows)
{
    QFile file(csv);
    sqlite3* db = nullptr;
    if (!file.open(QIODevice::ReadOnly) || !ok(db, sqlite3_open(path.toUtf8().constData(), &db)))
        return false;
    for (const char* sql :
         { "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
           "BEGIN",
           "INSERT INTO dtks_extracts (extract_date, source_file, imported_at,"
           " kind) VALUES ('2026-09-30', 'x.csv', '2026-11-20T02:00:00Z', 'DTSEN')" })
        if (!ok(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr)))
            return false;
    const sqlite3_int64 extract = sqlite3_last_insert_rowid(db);
    sqlite3_stmt* insert = nullptr;
    sqlite3_stmt* word = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO dtks_records (extract_id, line_number, nik, kk_number, name,"
                       " name_key, birth_date, address, village, district, regency, programs,"
                       " status, desil, household_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                       " ?, ?, ?)",
                       -1, &insert, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO dtks_name_words (word, extract_id, line_number, name_key)"
                       " VALUES (?, ?, ?, ?)",
                       -1, &word, nullptr);
    QByteArray line = file.readLine(); // the header
    int number = 1;
    while (!(line = file.readLine()).isEmpty()) {
        ++number;
        const std::vector<std::string> f = fields(line.trimmed().toStdString());
        // NIK;ID_KELUARGA;NO_KK;NAMA;TGL_LAHIR;ALAMAT;DESA;KECAMATAN;KABUPATEN;DESIL;PROGRAM;KET
        const std::string key = nameKey(f.at(3));
        const std::string& birth = f.at(4); // DD-MM-YYYY → YYYY-MM-DD
        const std::string iso
            = birth.substr(6, 4) + '-' + birth.substr(3, 2) + '-' + birth.substr(0, 2);
        sqlite3_bind_int64(insert, 1, extract);
        sqlite3_bind_int(insert, 2, number);
        const int columns[] = { 0, 2, 3 };
        for (int i = 0; i < 3; ++i)
            bindText(insert, 3 + i, f.at(columns[i]));
        bindText(insert, 6, key);
        bindText(insert, 7, iso);
        for (int i = 0; i < 4; ++i)
            bindText(insert, 8 + i, f.at(5 + i));
        bindText(insert, 12, f.at(10));
        bindText(insert, 13, f.at(11));
        sqlite3_bind_int(insert, 14, std::atoi(f.at(9).c_str()));
        bindText(insert, 15, f.at(1));
        if (!ok(db, sqlite3_step(insert)))
            return false;
        sqlite3_reset(insert);
        std::vector<std::string> seen;
        size_t start = 0;
        while (start < key.size()) {
            size_t end = key.find(' ', start);
            if (end == std::string::npos)
                end = key.size();
            const std::string w = key.substr(start, end - start);
            start = end + 1;
            if (std::find(seen.begin(), seen.end(), w) != seen.end())
                continue;
            seen.push_back(w);
            bindText(word, 1, w);
            sqlite3_bind_int64(word, 2, extract);
            sqlite3_bind_int(word, 3, number);
            bindText(word, 4, key);
            if (!ok(db, sqlite3_step(word)))
                return false;
            sqlite3_reset(word);
        }
    }
    sqlite3_finalize(insert);
    sqlite3_finalize(word);
    const bool committed = ok(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr));
    sqlite3_close(db);
    *rows = number - 1;
    return committed;
}

struct SqliteLookup::Handles
{
    sqlite3* db = nullptr;
    sqlite3_stmt* nik = nullptr;
};

SqliteLookup::SqliteLookup(const QString& path)
    : m_handles(new Handles)
{
    sqlite3_open_v2(path.toUtf8().constData(), &m_handles->db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_prepare_v2(m_handles->db,
                       "SELECT r.extract_id, e.extract_date, e.kind, r.line_number, r.nik,"
                       " r.kk_number, r.name, r.birth_date, r.address, r.village, r.district,"
                       " r.regency, r.programs, r.status, r.desil, r.household_id"
                       " FROM dtks_records r JOIN dtks_extracts e ON e.id = r.extract_id"
                       " WHERE r.nik = ? ORDER BY e.extract_date DESC, e.id DESC, r.line_number"
                       " LIMIT 201",
                       -1, &m_handles->nik, nullptr);
}

SqliteLookup::~SqliteLookup()
{
    sqlite3_finalize(m_handles->nik);
    sqlite3_close(m_handles->db);
    delete m_handles;
}

int SqliteLookup::nik(const QByteArray& nik)
{
    sqlite3_bind_text(m_handles->nik, 1, nik.constData(), int(nik.size()), SQLITE_TRANSIENT);
    int rows = 0;
    while (sqlite3_step(m_handles->nik) == SQLITE_ROW)
        rows += sqlite3_column_bytes(m_handles->nik, 6) > 0 ? 1 : 0;
    sqlite3_reset(m_handles->nik);
    return rows;
}

// As DtksLookup::byName: the longest word read from the index, the others checked on the rows.
int SqliteLookup::name(const QString& text)
{
    const QStringList words = QString::fromStdString(nameKey(text.toStdString()))
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int driver = int(words.size()) - 1;
    for (int i = 0; i < words.size(); ++i)
        if (words.at(i).size() > words.at(driver).size())
            driver = i;
    const bool prefix = driver + 1 == words.size();
    std::string sql = NameSql;
    sql += prefix ? "w.word >= ? AND w.word < ?" : "w.word = ?";
    std::vector<std::string> values { words.at(driver).toStdString() };
    if (prefix)
        values.push_back(values.front() + "\xEF\xBF\xBF"); // U+FFFF
    for (int i = 0; i < words.size(); ++i) {
        if (i == driver)
            continue;
        const bool last = i + 1 == words.size();
        sql += last ? " AND (' ' || w.name_key) LIKE ?" : " AND (' ' || w.name_key || ' ') LIKE ?";
        values.push_back("% " + words.at(i).toStdString() + (last ? "%" : " %"));
    }
    sql += " ORDER BY w.word, w.extract_id DESC, w.line_number LIMIT 204";
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(m_handles->db, sql.c_str(), -1, &statement, nullptr);
    for (size_t i = 0; i < values.size(); ++i)
        bindText(statement, int(i + 1), values[i]);
    QSet<QPair<qint64, int>> seen;
    while (seen.size() < 51 && sqlite3_step(statement) == SQLITE_ROW)
        seen.insert({ sqlite3_column_int64(statement, 0), sqlite3_column_int(statement, 3) });
    sqlite3_finalize(statement);
    return int(qMin<qsizetype>(seen.size(), 50));
}

} // namespace dtksbench
