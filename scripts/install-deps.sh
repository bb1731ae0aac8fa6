#!/usr/bin/env bash
# Installs the Debian 12 packages Loket needs to build, run and test, when any is missing.
# Safe to run again: it does nothing when everything is there.
set -euo pipefail

packages=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev
    libqrencode-dev
    fonts-dejavu-core # the documents are laid out in DejaVu Sans
    # Test-time: GUI tests run offscreen; screenshots and PDF checks use these.
    xvfb xauth poppler-utils
    zbar-tools # decodes the QR codes of the letters in tests
    gammu gammu-smsd # tst_gammusmsd sends SMS through a real gammu-smsd (its dummy phone)
)
# The test command also checks exported CSV files in LibreOffice Calc and runs the storage
# tests against a throwaway PostgreSQL server.
if [[ "${LOKET_TEST:-0}" == 1 ]]; then
    packages+=(libreoffice-calc-nogui postgresql)
fi
if [[ "${LOKET_BENCH:-0}" == 1 ]]; then
    packages+=(libbenchmark-dev)
fi
# The Debian package (scripts/package.sh): manual pages from --help, PNG icons from the SVG,
# cpack's dependency lookup, the package's checks; and a fresh Debian 12 for scripts/test-package.sh.
if [[ "${LOKET_PACKAGE:-0}" == 1 ]]; then
    packages+=(help2man qt6-svg-dev dpkg-dev file lintian desktop-file-utils appstream debootstrap)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
((${#missing[@]} == 0)) && exit 0

echo "Installing: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Run as root or install sudo: missing ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
