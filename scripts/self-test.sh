#!/usr/bin/env bash
# Starts a built loket as a newcomer would — on a new database (it must reach the first-start
# window) and in training mode (it must fill the demo database and reach the login window) —
# and checks that it quits cleanly each time. Usage: scripts/self-test.sh [PATH/TO/loket]
set -euo pipefail
cd "$(dirname "$0")/.."
loket=${1:-build/default/app/loket}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# A home of its own: the self-test never touches this computer's settings or databases.
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$loket" --self-test --db "$work/kantor.sqlite"
"$loket" --self-test --demo --db "$work/latihan.sqlite"
"$loket" --self-test --demo --lang en --db "$work/latihan.sqlite"
