#!/usr/bin/env bash
# Writes a program's manual page (gzipped) from the usage text the program itself prints, so that
# the page never drifts from the program: help2man reads PROGRAM --help and --version; with
# --commands (loketctl), each command listed under "Commands:" adds its own `--help` as a
# subsection of COMMANDS, and the usage's first line becomes the SYNOPSIS.
# Usage: make-manpage.sh PROGRAM NAME-LINE EXTRA.h2m OUT.1.gz [--commands]
set -euo pipefail
program=$1 name=$2 extra=$3 out=$4 commands=${5:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# English text; no display, no settings or data of the builder's own.
export LOKET_LANG=en QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# Program text into roff: backslashes and minus signs escaped, no line read as a request.
roff() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\([.']\)/\\\\\&\1/"; }

include=$work/include.h2m
: >"$include"
if [[ "$commands" == --commands ]]; then
    overall=$("$program" --help)
    { echo '[SYNOPSIS]'; head -n1 <<<"$overall" | roff; echo; echo '[COMMANDS]'; } >>"$include"
    names=$(sed -n '/^Commands:$/,/^[^ ]/{s/^  \([a-z][a-z-]*\) .*/\1/p}' <<<"$overall")
    [[ -n "$names" ]] || { echo "make-manpage: no commands in $program --help" >&2; exit 1; }
    for command in $names; do
        { echo ".SS $command"; echo '.nf'; "$program" "$command" --help | roff; echo '.fi'; } >>"$include"
    done
fi
cat "$extra" >>"$include"
# The page is named after the program's file, whatever name --version prints ("Loket 0.1.0").
version="$(basename "$program") $("$program" --version | awk 'NR == 1 { print $NF }')"
help2man --no-info --version-string="$version" --section=1 --name="$name" --include="$include" --output="$work/page.1" "$program"
gzip -9n -c "$work/page.1" >"$out"
