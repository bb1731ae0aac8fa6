#pragma once
// Shared by bench_dtks.cpp (Loket's importer and lookups) and bench_dtks_sqlite.cpp (the same
// work through the sqlite3 C API, the yardstick).

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dtksbench {

constexpr int Rows = 1000000;

QString csvPath(); // the generated DTSEN extract
QByteArray nikOf(int row);
// The name searches measured, as the clerk types them.
QStringList nameQueries();

// Mean seconds per operation, wall clock and this process's CPU, by measurement name ("NIK
// lookup", "NIK lookup (sqlite3)"…): printed side by side with their ratio at the end of the run.
// On a machine shared with builds the CPU time is the steadier figure.
struct Timing
{
    double wall = 0;
    double cpu = 0;
};
QMap<QString, Timing>& timings();

// The direct import into a database whose schema Loket created (`path`); false on an error.
bool sqliteImport(const QString& path, const QString& csv, qint64* rows);
// The prepared statements of Loket's lookups, run directly: a NIK, and a name as byName asks it.
class SqliteLookup
{
public:
    explicit SqliteLookup(const QString& path);
    ~SqliteLookup();
    int nik(const QByteArray& nik); // rows read
    int name(const QString& text); // rows read, at most 50 distinct

private:
    struct Handles;
    Handles* m_handles;
};

} // namespace dtksbench
