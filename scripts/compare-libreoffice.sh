#!/usr/bin/env bash
# Renders the same one-page letter (the Kotabaru permit to visit the heroes' cemetery, KTB-01)
# with Loket and with LibreOffice, and times both in one run:
#   Loket        bench_letters (Google Benchmark): case → HTML → PDF with Qt, per letter in a
#                running program; and one cold process (start, render, write, exit).
#   LibreOffice  the letter's HTML made into an .odt once (soffice --headless --convert-to odt),
#                then that .odt converted to PDF (soffice --headless --convert-to pdf), one cold
#                soffice process per letter, as a server-side conversion would run.
# LibreOffice is not a dependency of Loket: this script installs libreoffice-writer-nogui (Debian
# 12) only when it runs and the package is missing, never scripts/install-deps.sh.
# Usage: scripts/compare-libreoffice.sh [RUNS]   (RUNS cold conversions each, default 5;
# BUILD_DIR overrides the benchmark build folder, default build/bench)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
build=${BUILD_DIR:-build/bench}

sudo=()
if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
if ! dpkg-query -W -f='${Status}' libreoffice-writer-nogui 2>/dev/null | grep -q "install ok installed"; then
    echo "Installing libreoffice-writer-nogui for this comparison only"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update
    "${sudo[@]}" apt-get install -y --no-install-recommends libreoffice-writer-nogui
fi
LOKET_BENCH=1 scripts/install-deps.sh

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DLOKET_BUILD_TESTS=OFF -DLOKET_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --target bench_letters -j2 >/dev/null
bench="$build/bench/bench_letters"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
profile="-env:UserInstallation=file://$work/lo-profile"

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

# The letter as Loket renders it, then as an .odt made from the same HTML.
"$bench" --export "$work"
soffice "$profile" --headless --infilter="HTML (StarWriter)" --convert-to odt:writer8 \
    --outdir "$work/odt" "$work/letter.html" >/dev/null 2>&1
[[ -s "$work/odt/letter.odt" ]] || { echo "LibreOffice made no .odt" >&2; exit 1; }
# The first soffice start also creates its profile: not a fair sample.
soffice "$profile" --headless --convert-to pdf --outdir "$work/warm" "$work/odt/letter.odt" >/dev/null 2>&1

loket_total=0 office_total=0
for ((i = 1; i <= runs; i++)); do
    mkdir -p "$work/loket-$i"
    start=$(now); "$bench" --export "$work/loket-$i"; end=$(now)
    loket_total=$((loket_total + $(ms "$start" "$end")))
    start=$(now)
    soffice "$profile" --headless --convert-to pdf --outdir "$work/lo-$i" "$work/odt/letter.odt" >/dev/null 2>&1
    end=$(now)
    [[ -s "$work/lo-$i/letter.pdf" ]] || { echo "LibreOffice made no PDF" >&2; exit 1; }
    office_total=$((office_total + $(ms "$start" "$end")))
done

echo "Loket, in a running program (Google Benchmark):"
"$bench" --benchmark_filter='letterPdf|letterHtml|buildLetter' --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true 2>/dev/null | grep -E '_(mean|median|stddev) '
echo
echo "Cold processes, mean of $runs:"
echo "  Loket (bench_letters --export: start, HTML, PDF, exit): $((loket_total / runs)) ms"
echo "  LibreOffice (soffice --headless --convert-to pdf letter.odt): $((office_total / runs)) ms"
echo "  pages: Loket $(pdfinfo "$work/letter.pdf" | awk '/^Pages/ {print $2}')," \
     "LibreOffice $(pdfinfo "$work/lo-1/letter.pdf" | awk '/^Pages/ {print $2}')"
