#!/usr/bin/env bash
# Runs the whole test suite as if it were other moments of the year, under Debian's faketime:
# no result may depend on the day, the hour or the machine's time zone. The moments (office time
# WIB unless said):
#   2024-04-08 09:00  a Monday in the Lebaran week (cuti bersama and holidays all week)
#   2026-12-31 23:50  the year turns during a run: the suite runs again and again until the
#                     clock has passed midnight, so that one run spans it
#   2027-01-01 00:05  just after New Year, outside the shipped holiday calendar
#   2028-02-29 10:00  a leap day
#   2026-12-06 11:00  a Sunday, with the machine on UTC (where it is still Sunday 04:00)
# The clock is shifted by an offset (faketime -f "+Ns"), so it runs on and every process of a
# run (loketctl, the PostgreSQL server) sees the same time; the monotonic clock is shifted with it
# (with --exclude-monotonic, libfaketime's timed waits return at once). Builds first, at the real
# time.
# Usage: scripts/test-dates.sh [CTEST ARGS…]   e.g. scripts/test-dates.sh -R tst_counter
set -euo pipefail
cd "$(dirname "$0")/.."
LOKET_TEST=1 scripts/install-deps.sh
if ! command -v faketime >/dev/null; then
    sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update
    "${sudo[@]}" apt-get install -y --no-install-recommends faketime
fi
cmake --preset testing
cmake --build --preset testing
export QT_QPA_PLATFORM=offscreen

# Runs the suite once with the clock at $2 in time zone $1; prints the moment it ended at.
run_at() {
    local zone=$1 moment=$2
    shift 2
    local offset=$(($(TZ=$zone date -d "$moment" +%s) - $(date +%s)))
    local faked=${offset}s
    ((offset >= 0)) && faked=+$faked
    echo "=== $moment ($zone): $(TZ=$zone faketime -f "$faked" date '+%A %d %B %Y %H:%M:%S %Z')"
    local status=0
    TZ=$zone faketime -m -f "$faked" \
        ctest --test-dir build/testing -j2 --output-on-failure "$@" || status=$?
    echo "--- ended at $(TZ=$zone faketime -f "$faked" date '+%A %d %B %Y %H:%M:%S %Z')"
    return $status
}

failed=()
check() { "$@" || failed+=("$3 ($2)"); } # check run_at ZONE MOMENT …

check run_at Asia/Jakarta "2024-04-08 09:00" "$@"
# The new year: run again and again until the faked clock is past midnight WIB, so that one run
# spans it. The whole suite takes minutes and starts at 23:50; a few suites (CTEST ARGS) take
# seconds and start at 23:59:30.
start=$(date +%s)
target=$(TZ=Asia/Jakarta date -d "2027-01-01 00:00" +%s)
begin=$(TZ=Asia/Jakarta date -d "2026-12-31 23:50" +%s)
(($#)) && begin=$(TZ=Asia/Jakarta date -d "2026-12-31 23:59:30" +%s)
passed_midnight() { (($(date +%s) - start + begin > target)); }
while ! passed_midnight; do
    elapsed=$(($(date +%s) - start))
    moment=$(TZ=Asia/Jakarta date -d "@$((begin + elapsed))" '+%Y-%m-%d %H:%M:%S')
    check run_at Asia/Jakarta "$moment" "$@"
done
check run_at Asia/Jakarta "2027-01-01 00:05" "$@"
check run_at Asia/Jakarta "2028-02-29 10:00" "$@"
check run_at UTC "2026-12-06 04:00" "$@"

if ((${#failed[@]})); then
    printf 'FAILED at: %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "The suite passed at every moment."
