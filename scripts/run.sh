#!/usr/bin/env bash
# Builds Loket and starts it in training mode (--demo). Extra arguments go to loket (e.g. --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default
cmake --build --preset default
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "No display found: start Loket from a desktop session (or set DISPLAY)." >&2
    exit 1
fi
# Training mode by default: a separate demo database with demo users of every role, whose
# passwords the login screen shows. A real office starts build/default/app/loket without --demo.
exec build/default/app/loket --demo "$@"
