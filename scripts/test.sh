#!/usr/bin/env bash
# Builds Loket with its tests and runs them all (GUI tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
LOKET_TEST=1 scripts/install-deps.sh
cmake --preset testing
cmake --build --preset testing
export QT_QPA_PLATFORM=offscreen
ctest --preset testing
