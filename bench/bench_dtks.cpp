// A DTSEN extract of a whole regency (1,000,000 rows, ~200 MB of CSV, with desil and household
// id) imported with progress, then looked up. Targets (issue 13 §1): the import under a minute,
// the counter's NIK lookup under 5 ms, a name search as the clerk types (prefix of any word, at
// most 50 rows) under 50 ms. Each is measured next to the same work done directly through the
// sqlite3 C API (bench_dtks_sqlite.cpp), and the ratios are printed at the end. The CSV is
// generated once, deterministically (fictitious names and NIKs), into LOKET_BENCH_DTSEN_CSV
// (default /tmp/loket-bench-dtsen-1m-v1.csv); each import goes into a fresh database.
#include "bench_dtks.h"

#include "Database.h"
#include "DtksImporter.h"
#include "DtksLookup.h"
#include "OfficeDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <ctime>

using namespace loket;
using namespace dtksbench;

namespace dtksbench {

QString csvPath()
{
    return qEnvironmentVariable("LOKET_BENCH_DTSEN_CSV",
                                QStringLiteral("/tmp/loket-bench-dtsen-1m-v1.csv"));
}

QByteArray nikOf(int row)
{
    return "6271" + QByteArray::number(10000000 + row * 7).rightJustified(8, '0') + "0"
        + QByteArray::number(row % 1000).rightJustified(3, '0');
}

QStringList nameQueries()
{
    return { QStringLiteral("s"),           QStringLiteral("si"),
             QStringLiteral("siti"),        QStringLiteral("siti am"),
             QStringLiteral("aminah s"),    QStringLiteral("yusuf siti dam"),
             QStringLiteral("wibowo rina"), QStringLiteral("zulkarnaen x") };
}

QMap<QString, Timing>& timings()
{
    static QMap<QString, Timing> map;
    return map;
}

} // namespace dtksbench

namespace {

bool generate(const QString& path)
{
    if (QFileInfo(path).size() > 100 * 1024 * 1024)
        return true;
    std::fprintf(stderr, "writing %d fictitious rows to %s (once)…\n", Rows, qPrintable(path));
    const QList<QByteArray> first { "SITI",   "AHMAD", "NUR",   "MUHAMMAD", "DEWI",   "YOHANES",
                                    "RAHMAH", "BUDI",  "AGUS",  "SRI",      "RINA",   "DAMANG",
                                    "ANDI",   "PUTRI", "YUSUF", "FITRI",    "HENDRA", "MARIA",
                                    "LUKAS",  "INDAH", "RUSDI", "WATI",     "EKO",    "LINA" };
    const QList<QByteArray> last { "AMINAH",  "FAUZI",   "HALIZA",  "YUSUF",  "LESTARI",
                                   "SALEH",   "SANTOSO", "WIBOWO",  "RAHAYU", "PRATAMA",
                                   "NINGSIH", "SAPUTRA", "HIDAYAT", "KURNIA", "SETIAWAN",
                                   "UTAMI",   "GINTING", "SIAHAAN", "NAHAN",  "DJAHAN" };
    const QList<QByteArray> villages { "Langkai",  "Menteng",  "Bukit Tunggal",
                                       "Pahandut", "Palangka", "Kereng Bangkirai" };
    const QList<QByteArray> programs { "PKH", "SEMBAKO", "PBI-JK", "PKH, SEMBAKO", "", "" };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(13);
    QByteArray chunk = "\xEF\xBB\xBFNIK;ID_KELUARGA;NO_KK;NAMA;TGL_LAHIR;ALAMAT;DESA;KECAMATAN;"
                       "KABUPATEN;DESIL;PROGRAM;KETERANGAN\n";
    for (int row = 0; row < Rows; ++row) {
        const quint32 r = random.generate();
        chunk += nikOf(row) + ";DTSEN-" + QByteArray::number(6271000000 + row / 4) + ";627101"
            + QByteArray::number(1000000000 + row / 4) + ';' + first.at(r % 24) + ' '
            + last.at((r / 24) % 20) + ' ' + first.at((r / 480) % 24) + ';'
            + QByteArray::number(1 + r % 28).rightJustified(2, '0') + '-'
            + QByteArray::number(1 + (r / 7) % 12).rightJustified(2, '0') + '-'
            + QByteArray::number(1940 + r % 65) + ";\"Jl. Contoh Fiktif Gang " + last.at(r % 20)
            + " No. " + QByteArray::number(r % 200) + ", RT 0" + QByteArray::number(r % 10)
            + "/RW 0" + QByteArray::number(r % 7) + "\";" + villages.at(r % 6)
            + ";Jekan Raya;Kota Palangka Raya;" + QByteArray::number(1 + (r / 11520) % 10) + ";\""
            + programs.at((r / 13) % 6) + "\";DATA FIKTIF UNTUK UJI KECEPATAN\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

bool freshDatabase(Database& database, const QString& path)
{
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    QString error;
    if (!database.open(path, Database::OpenMode::CreateIfMissing, &error)
        || !OfficeDatabase::initialise(database, QStringLiteral("palangka-raya"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    return true;
}

bool importInto(Database& database, const QString& dbPath, qint64* progressCalls,
                DtksImportReport* report)
{
    if (!freshDatabase(database, dbPath))
        return false;
    User administrator;
    administrator.username = QStringLiteral("bench");
    administrator.roles = { UserRole::Administrator };
    DtksPreview preview;
    QString error;
    if (!DtksImporter::previewFile(csvPath(), 0, &preview, &error))
        return false;
    const bool ok = DtksImporter(database).importFile(
        csvPath(), { QDate(2026, 9, 30), ExtractKind::Dtsen, QStringLiteral("Pusdatin Kemensos") },
        DtksText::guessMapping(preview.header), administrator, QDateTime::currentDateTimeUtc(),
        report, &error, [progressCalls](const DtksProgress&) {
            ++*progressCalls;
            return true;
        });
    if (!ok)
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return ok;
}

double processCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Seconds per iteration of `state`'s loop, kept under `name` for the ratio table.
struct Timed
{
    QString name;
    QElapsedTimer timer;
    double cpuStart = processCpuSeconds();
    explicit Timed(QString n)
        : name(std::move(n))
    {
        timer.start();
    }
    void done(const benchmark::State& state) const
    {
        const double n = double(state.iterations());
        timings().insert(
            name, { double(timer.nsecsElapsed()) / 1e9 / n, (processCpuSeconds() - cpuStart) / n });
    }
};

void importLoket(benchmark::State& state)
{
    Timed timed(QStringLiteral("import"));
    for (auto _ : state) {
        qint64 calls = 0;
        DtksImportReport report;
        Database database;
        if (!importInto(database, QStringLiteral("/tmp/loket-bench-dtsen-import.sqlite"), &calls,
                        &report)) {
            state.SkipWithError("import failed");
            return;
        }
        state.counters["rows"] = double(report.imported);
        state.counters["progress_calls"] = double(calls);
    }
    timed.done(state);
}
BENCHMARK(importLoket)->Unit(benchmark::kSecond)->Iterations(1);

void importSqlite(benchmark::State& state)
{
    const QString path = QStringLiteral("/tmp/loket-bench-dtsen-sqlite.sqlite");
    {
        Database schema; // the same schema, made by Loket's migrations
        if (!freshDatabase(schema, path)) {
            state.SkipWithError("no schema");
            return;
        }
    }
    Timed timed(QStringLiteral("import (sqlite3)"));
    for (auto _ : state) {
        qint64 rows = 0;
        if (!sqliteImport(path, csvPath(), &rows)) {
            state.SkipWithError("import failed");
            return;
        }
        state.counters["rows"] = double(rows);
    }
    timed.done(state);
}
BENCHMARK(importSqlite)->Unit(benchmark::kSecond)->Iterations(1);

Database& lookupDatabase()
{
    static Database database;
    static bool ready = false;
    if (!ready) {
        qint64 calls = 0;
        DtksImportReport report;
        ready = importInto(database, QStringLiteral("/tmp/loket-bench-dtsen-lookup.sqlite"), &calls,
                           &report);
    }
    return database;
}

void nikLoket(benchmark::State& state)
{
    DtksLookup lookup(lookupDatabase());
    int i = 0;
    QString error;
    Timed timed(QStringLiteral("NIK lookup"));
    for (auto _ : state)
        benchmark::DoNotOptimize(
            lookup.byNik(QString::fromLatin1(nikOf((i++ * 7919) % Rows)), &error));
    timed.done(state);
}
BENCHMARK(nikLoket)->Unit(benchmark::kMicrosecond);

void nikSqlite(benchmark::State& state)
{
    lookupDatabase();
    SqliteLookup lookup(QStringLiteral("/tmp/loket-bench-dtsen-lookup.sqlite"));
    int i = 0;
    Timed timed(QStringLiteral("NIK lookup (sqlite3)"));
    for (auto _ : state)
        benchmark::DoNotOptimize(lookup.nik(nikOf((i++ * 7919) % Rows)));
    timed.done(state);
}
BENCHMARK(nikSqlite)->Unit(benchmark::kMicrosecond);

// The counter's whole NIK line: register, desil, household and eligible programmes.
void nikStatusLoket(benchmark::State& state)
{
    DtksLookup lookup(lookupDatabase());
    int i = 0;
    QString error;
    for (auto _ : state)
        benchmark::DoNotOptimize(lookup.nikStatus(QString::fromLatin1(nikOf((i++ * 7919) % Rows)),
                                                  QDate(2026, 11, 20), &error));
}
BENCHMARK(nikStatusLoket)->Unit(benchmark::kMicrosecond);

void nameLoket(benchmark::State& state)
{
    DtksLookup lookup(lookupDatabase());
    const QString text = nameQueries().at(int(state.range(0)));
    QString error;
    Timed timed(QStringLiteral("name \"%1\"").arg(text));
    for (auto _ : state)
        benchmark::DoNotOptimize(lookup.byName(text, &error));
    timed.done(state);
}
BENCHMARK(nameLoket)->DenseRange(0, 7)->Unit(benchmark::kMillisecond);

void nameSqlite(benchmark::State& state)
{
    lookupDatabase();
    SqliteLookup lookup(QStringLiteral("/tmp/loket-bench-dtsen-lookup.sqlite"));
    const QString text = nameQueries().at(int(state.range(0)));
    Timed timed(QStringLiteral("name \"%1\" (sqlite3)").arg(text));
    for (auto _ : state)
        benchmark::DoNotOptimize(lookup.name(text));
    timed.done(state);
}
BENCHMARK(nameSqlite)->DenseRange(0, 7)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    if (!generate(csvPath()))
        return 1;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::printf("\n%-28s %12s %12s %7s %12s %12s %7s\n", "per operation", "Loket wall",
                "sqlite3 wall", "ratio", "Loket CPU", "sqlite3 CPU", "ratio");
    for (auto it = timings().cbegin(); it != timings().cend(); ++it) {
        const QString direct = it.key() + QStringLiteral(" (sqlite3)");
        if (it.key().endsWith(QLatin1String("(sqlite3)")) || !timings().contains(direct))
            continue;
        const Timing loket = it.value();
        const Timing sqlite = timings().value(direct);
        std::printf("%-28s %9.3f ms %9.3f ms %6.2fx %9.3f ms %9.3f ms %6.2fx\n",
                    qPrintable(it.key()), loket.wall * 1e3, sqlite.wall * 1e3,
                    loket.wall / sqlite.wall, loket.cpu * 1e3, sqlite.cpu * 1e3,
                    loket.cpu / sqlite.cpu);
    }
    return 0;
}
