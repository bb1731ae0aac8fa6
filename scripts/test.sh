#!/usr/bin/env bash
# Builds Loket with its tests and runs them all (GUI tests offscreen). Also builds the other
# presets — the user's build (default) and the benchmarks (bench) with warnings as errors, the
# Debian package (package, checked by scripts/package.sh) — and starts the built `loket` once
# (--self-test), so that the run command can never be broken while the tests pass.
set -euo pipefail
cd "$(dirname "$0")/.."
LOKET_TEST=1 LOKET_BENCH=1 scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen

# The presets a user and a benchmark run build, in folders of their own so that a later
# scripts/run.sh keeps its own (warnings not fatal) configuration.
cmake --preset default -B build/ci-default -DLOKET_WERROR=ON # what scripts/run.sh builds
cmake --build build/ci-default -j2
cmake --preset bench -B build/ci-bench -DLOKET_WERROR=ON
cmake --build build/ci-bench -j2
scripts/self-test.sh build/ci-default/app/loket
# The package preset, with the Debian package's checks (lintian, desktop entry, AppStream).
scripts/package.sh

cmake --preset testing
cmake --build --preset testing
ctest --preset testing
