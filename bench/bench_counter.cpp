// The counter's lookups on a large office database: service search as the clerk types, and
// finding an applicant and their cases by NIK, with 1,000,000 cases stored.
// Target: each under 5 ms. The database is built once (DemoSeeder) and reused between runs:
// LOKET_BENCH_DB names it (default /tmp/loket-bench-1m.sqlite), LOKET_BENCH_CASES its size.
#include "ApplicantStore.h"
#include "CaseQueries.h"
#include "CatalogLoader.h"
#include "Database.h"
#include "DemoSeeder.h"
#include "OfficeDatabase.h"
#include "ServiceSearch.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <benchmark/benchmark.h>
#include <cstdio>

using namespace loket;

namespace {

struct Fixture
{
    Database database;
    Catalog catalog;
    QStringList niks;
    QStringList numbers;
};

Fixture* fixture = nullptr;

bool prepare(Fixture* f)
{
    const QString path
        = qEnvironmentVariable("LOKET_BENCH_DB", QStringLiteral("/tmp/loket-bench-1m.sqlite"));
    const int wanted = qEnvironmentVariableIntValue("LOKET_BENCH_CASES") > 0
        ? qEnvironmentVariableIntValue("LOKET_BENCH_CASES")
        : 1000000;
    QString error;
    if (!f->database.open(path, Database::OpenMode::CreateIfMissing, &error)
        || !OfficeDatabase::initialise(f->database, QStringLiteral("palangka-raya"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    QStringList errors;
    f->catalog = *OfficeDatabase::catalog(f->database, &errors);
    QSqlQuery count(f->database.connection());
    count.exec(QStringLiteral("SELECT COUNT(*) FROM cases"));
    const int have = count.next() ? count.value(0).toInt() : 0;
    if (have < wanted) {
        std::fprintf(stderr, "seeding %d cases into %s (once)…\n", wanted - have, qPrintable(path));
        WorkingCalendar calendar;
        OfficeDatabase::calendar(f->database, &calendar, &error);
        const RegionTable regions = RegionTable::builtIn();
        DemoSeeder seeder(f->database, f->catalog, calendar, regions, 7);
        if (!seeder.seedUsers(&error)
            || seeder.seedCases(wanted - have, QDateTime::currentDateTimeUtc(), 5 * 365, &error)
                < 0) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    QSqlQuery sample(f->database.connection());
    sample.exec(QStringLiteral(
        "SELECT p.nik, c.case_number FROM cases c JOIN persons p ON p.id = c.person_id"
        " WHERE c.id % 9973 = 0 LIMIT 100"));
    while (sample.next()) {
        f->niks << sample.value(0).toString();
        f->numbers << sample.value(1).toString();
    }
    return !f->niks.isEmpty();
}

void serviceSearch(benchmark::State& state)
{
    const ServiceSearch search(fixture->catalog);
    const QStringList queries { QStringLiteral("rekom lks"), QStringLiteral("kis"),
                                QStringLiteral("anak angkat"), QStringLiteral("dtks"),
                                QStringLiteral("lansia panti") };
    int i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(search.find(queries.at(i++ % queries.size())));
}
BENCHMARK(serviceSearch)->Unit(benchmark::kMicrosecond);

void nikLookup(benchmark::State& state)
{
    ApplicantStore applicants(fixture->database);
    CaseQueries queries(fixture->database);
    int i = 0;
    for (auto _ : state) {
        const QString& nik = fixture->niks.at(i++ % fixture->niks.size());
        benchmark::DoNotOptimize(applicants.findPerson(nik));
        benchmark::DoNotOptimize(queries.forNik(nik));
    }
}
BENCHMARK(nikLookup)->Unit(benchmark::kMicrosecond);

void caseNumberLookup(benchmark::State& state)
{
    CaseQueries queries(fixture->database);
    int i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(queries.find(fixture->numbers.at(i++ % fixture->numbers.size())));
}
BENCHMARK(caseNumberLookup)->Unit(benchmark::kMicrosecond);

void searchBox(benchmark::State& state)
{
    CaseQueries queries(fixture->database);
    int i = 0;
    for (auto _ : state) {
        const QString& nik = fixture->niks.at(i++ % fixture->niks.size());
        benchmark::DoNotOptimize(queries.search(nik));
    }
}
BENCHMARK(searchBox)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    Fixture f;
    if (!prepare(&f))
        return 1;
    fixture = &f;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
