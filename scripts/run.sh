#!/usr/bin/env bash
# Builds Loket and starts it. Extra arguments go to loket (e.g. --db PATH, --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default
cmake --build --preset default
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "No display found: start Loket from a desktop session (or set DISPLAY)." >&2
    exit 1
fi
exec build/default/app/loket "$@"
