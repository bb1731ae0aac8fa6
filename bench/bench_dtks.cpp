// Importing a DTKS extract of 500,000 rows (~100 MB of CSV) with progress, and looking people
// up in it afterwards. Target: the import under a minute (issue 5 §5); the counter's NIK lookup
// under 5 ms. The CSV is generated once (fictitious names and NIKs) into LOKET_BENCH_DTKS_CSV
// (default /tmp/loket-bench-dtks-500k.csv); each import goes into a fresh database.
#include "Database.h"
#include "DtksImporter.h"
#include "DtksLookup.h"
#include "OfficeDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <benchmark/benchmark.h>
#include <cstdio>

using namespace loket;

namespace {

constexpr int Rows = 500000;

QString csvPath()
{
    return qEnvironmentVariable("LOKET_BENCH_DTKS_CSV",
                                QStringLiteral("/tmp/loket-bench-dtks-500k.csv"));
}

QByteArray nikOf(int row)
{
    return "6271" + QByteArray::number(10000000 + row * 7).rightJustified(8, '0') + "0"
        + QByteArray::number(row % 1000).rightJustified(3, '0');
}

bool generate(const QString& path)
{
    if (QFileInfo(path).size() > 50 * 1024 * 1024)
        return true;
    std::fprintf(stderr, "writing %d fictitious rows to %s (once)…\n", Rows, qPrintable(path));
    const QList<QByteArray> first { "SITI",   "AHMAD", "NUR",  "MUHAMMAD", "DEWI", "YOHANES",
                                    "RAHMAH", "BUDI",  "AGUS", "SRI",      "RINA", "DAMANG" };
    const QList<QByteArray> last { "AMINAH",  "FAUZI",  "HALIZA", "YUSUF",   "LESTARI", "SALEH",
                                   "SANTOSO", "WIBOWO", "RAHAYU", "PRATAMA", "NINGSIH", "SAPUTRA" };
    const QList<QByteArray> villages { "Langkai",  "Menteng",  "Bukit Tunggal",
                                       "Pahandut", "Palangka", "Kereng Bangkirai" };
    const QList<QByteArray> programs {
        "PKH", "BPNT", "PBI-JK", "PKH, BPNT", "PKH, BPNT, PBI-JK", ""
    };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(5);
    QByteArray chunk = "\xEF\xBB\xBFNIK;NO_KK;NAMA;TGL_LAHIR;ALAMAT;DESA;KECAMATAN;KABUPATEN;"
                       "PROGRAM;KETERANGAN\n";
    for (int row = 0; row < Rows; ++row) {
        const int r = int(random.bounded(1000000));
        chunk += nikOf(row) + ';' + "627101" + QByteArray::number(1000000000 + row / 4) + ';'
            + first.at(r % 12) + ' ' + last.at((r / 12) % 12) + ' ' + first.at((r / 144) % 12) + ';'
            + QByteArray::number(1 + r % 28).rightJustified(2, '0') + '-'
            + QByteArray::number(1 + r % 12).rightJustified(2, '0') + '-'
            + QByteArray::number(1940 + r % 65) + ";\"Jl. Contoh Fiktif Gang " + last.at(r % 12)
            + " No. " + QByteArray::number(r % 200) + ", RT 0" + QByteArray::number(r % 10)
            + "/RW 0" + QByteArray::number(r % 7) + "\";" + villages.at(r % 6)
            + ";Jekan Raya;Kota Palangka Raya;\"" + programs.at(r % 6)
            + "\";DATA FIKTIF UNTUK UJI KECEPATAN\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

struct Imported
{
    Database database;
    bool ready = false;
};

Imported* imported = nullptr;

bool importInto(Database& database, const QString& dbPath, qint64* progressCalls,
                DtksImportReport* report)
{
    QFile::remove(dbPath);
    QFile::remove(dbPath + QStringLiteral("-wal"));
    QFile::remove(dbPath + QStringLiteral("-shm"));
    QString error;
    if (!database.open(dbPath, Database::OpenMode::CreateIfMissing, &error)
        || !OfficeDatabase::initialise(database, QStringLiteral("palangka-raya"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    User administrator;
    administrator.username = QStringLiteral("bench");
    administrator.roles = { UserRole::Administrator };
    DtksPreview preview;
    if (!DtksImporter::previewFile(csvPath(), 0, &preview, &error))
        return false;
    const bool ok = DtksImporter(database).importFile(
        csvPath(), QDate(2026, 10, 1), DtksText::guessMapping(preview.header), administrator,
        QDateTime::currentDateTimeUtc(), report, &error, [progressCalls](const DtksProgress&) {
            ++*progressCalls;
            return true;
        });
    if (!ok)
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return ok;
}

void import500k(benchmark::State& state)
{
    for (auto _ : state) {
        qint64 calls = 0;
        DtksImportReport report;
        Database database;
        if (!importInto(database, QStringLiteral("/tmp/loket-bench-dtks-import.sqlite"), &calls,
                        &report)) {
            state.SkipWithError("import failed");
            return;
        }
        state.counters["rows"] = double(report.imported);
        state.counters["progress_calls"] = double(calls);
    }
    state.SetItemsProcessed(state.iterations() * Rows);
}
BENCHMARK(import500k)->Unit(benchmark::kSecond)->Iterations(1);

Database& lookupDatabase()
{
    if (!imported->ready) {
        qint64 calls = 0;
        DtksImportReport report;
        imported->ready
            = importInto(imported->database, QStringLiteral("/tmp/loket-bench-dtks-lookup.sqlite"),
                         &calls, &report);
    }
    return imported->database;
}

void nikStatus(benchmark::State& state)
{
    DtksLookup lookup(lookupDatabase());
    int i = 0;
    QString error;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            lookup.nikStatus(QString::fromLatin1(nikOf((i++ * 7919) % Rows)), &error));
}
BENCHMARK(nikStatus)->Unit(benchmark::kMicrosecond);

void nameSearch(benchmark::State& state)
{
    DtksLookup lookup(lookupDatabase());
    const QStringList queries { QStringLiteral("yusuf siti dam"), QStringLiteral("aminah nur"),
                                QStringLiteral("wibowo rina"), QStringLiteral("tidak ada") };
    int i = 0;
    QString error;
    for (auto _ : state)
        benchmark::DoNotOptimize(lookup.byName(queries.at(i++ % queries.size()), &error));
}
BENCHMARK(nameSearch)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    if (!generate(csvPath()))
        return 1;
    Imported shared;
    imported = &shared;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
