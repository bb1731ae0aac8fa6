// Start-up and per-applicant costs of core: what a clerk waits for.
// Targets: loading a catalog and the region table at start-up well under 100 ms each;
// checking an NIK and computing a due date well under 1 ms.
#include "CatalogLoader.h"
#include "DueDateCalculator.h"
#include "IdentityNumbers.h"
#include "RegionTable.h"

#include <QCoreApplication>
#include <benchmark/benchmark.h>

using namespace loket;

static void loadCatalog(benchmark::State& state)
{
    for (auto _ : state) {
        auto result = CatalogLoader::builtIn(QStringLiteral("palangka-raya"));
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(loadCatalog)->Unit(benchmark::kMillisecond);

static void loadRegionTable(benchmark::State& state)
{
    for (auto _ : state) {
        RegionTable table = RegionTable::builtIn();
        benchmark::DoNotOptimize(table);
    }
}
BENCHMARK(loadRegionTable)->Unit(benchmark::kMillisecond);

static void checkNik(benchmark::State& state)
{
    const RegionTable regions = RegionTable::builtIn();
    const IdentityNumberChecker checker(regions);
    const QDate today(2026, 11, 22);
    for (auto _ : state) {
        NikInfo info = checker.checkNik(QStringLiteral("6271014503900002"), today);
        benchmark::DoNotOptimize(info);
    }
}
BENCHMARK(checkNik)->Unit(benchmark::kMicrosecond);

static void dueDate(benchmark::State& state)
{
    const WorkingCalendar calendar = WorkingCalendar::builtIn();
    const DueDateCalculator calculator(calendar, OfficeHours {});
    ServiceTime time;
    time.kind = ServiceTime::Kind::Fixed;
    time.duration = { 14, TimeUnit::WorkingDays };
    const QDateTime received
        = QDateTime::fromString(QStringLiteral("2024-04-05T10:00:00+07:00"), Qt::ISODate);
    for (auto _ : state) {
        DueDate due = calculator.compute(time, received);
        benchmark::DoNotOptimize(due);
    }
}
BENCHMARK(dueDate)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
