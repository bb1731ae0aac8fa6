// Back-office documents: what an officer waits for when printing a letter. Target: a one-page
// letter (the Kotabaru permit to visit the heroes' cemetery) from case to PDF well under 100 ms.
// `bench_letters --export DIR` writes that letter's HTML and PDF to DIR instead (used by
// scripts/compare-libreoffice.sh).
#include "CatalogLoader.h"
#include "LetterBuilder.h"
#include "LetterRenderer.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimeZone>
#include <benchmark/benchmark.h>
#include <cstring>

using namespace loket;

namespace {

const Catalog& kotabaru()
{
    static const Catalog catalog
        = CatalogLoader::builtIn(QStringLiteral("kotabaru")).catalog.value_or(Catalog());
    return catalog;
}

Case permitCase()
{
    Case record;
    record.number = QStringLiteral("KTB-01/2024/000042");
    record.serviceCode = QStringLiteral("KTB-01");
    record.receivedAt = QDateTime(QDate(2024, 1, 2), QTime(9, 30), QTimeZone(8 * 3600));
    record.person.nik = QStringLiteral("6302014503900002");
    record.person.kkNumber = QStringLiteral("6302011502200001");
    record.person.fullName = QStringLiteral("Siti Rahmawati");
    record.person.birthPlace = QStringLiteral("Kotabaru");
    record.person.birthDate = QDate(1990, 3, 5);
    record.person.sex = QStringLiteral("P");
    record.person.address = QStringLiteral("Jl. Veteran No. 12, Pulau Laut Utara");
    return record;
}

LetterData permit()
{
    QString error;
    return LetterBuilder(kotabaru(), LetterSpecs::builtIn())
        .build(permitCase(), QString(), QDate(2024, 1, 4), &error)
        .value_or(LetterData());
}

void buildLetter(benchmark::State& state)
{
    const LetterBuilder builder(kotabaru(), LetterSpecs::builtIn());
    const Case record = permitCase();
    QString error;
    for (auto _ : state) {
        auto data = builder.build(record, QString(), QDate(2024, 1, 4), &error);
        benchmark::DoNotOptimize(data);
    }
}
BENCHMARK(buildLetter)->Unit(benchmark::kMicrosecond);

void letterHtml(benchmark::State& state)
{
    const LetterRenderer renderer;
    const LetterData data = permit();
    for (auto _ : state) {
        QString html = renderer.html(data);
        benchmark::DoNotOptimize(html);
    }
}
BENCHMARK(letterHtml)->Unit(benchmark::kMillisecond);

// Case to PDF file: build, render, lay out, write.
void letterPdf(benchmark::State& state)
{
    QTemporaryDir dir;
    const LetterRenderer renderer;
    const LetterBuilder builder(kotabaru(), LetterSpecs::builtIn());
    const Case record = permitCase();
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    QString error;
    for (auto _ : state) {
        const auto data = builder.build(record, QString(), QDate(2024, 1, 4), &error);
        if (!data || !renderer.writePdf(*data, path, &error))
            state.SkipWithError(qPrintable(error));
    }
}
BENCHMARK(letterPdf)->Unit(benchmark::kMillisecond);

int exportLetter(const QString& directory)
{
    const LetterRenderer renderer;
    const QString html = renderer.html(permit());
    QFile file(QDir(directory).filePath(QStringLiteral("letter.html")));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(html.toUtf8());
    file.close();
    QString error;
    return renderer.writePdf(html, QDir(directory).filePath(QStringLiteral("letter.pdf")), &error)
        ? 0
        : 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    if (argc == 3 && std::strcmp(argv[1], "--export") == 0)
        return exportLetter(QString::fromLocal8Bit(argv[2]));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
