#!/usr/bin/env bash
# Builds the Debian package of Loket — build/package/loket_<version>-<revision>_amd64.deb with
# loket, loketctl, their manual pages, the menu entry, icons and AppStream metadata — checks it
# (lintian with no error, desktop-file-validate, appstreamcli validate) and prints its path.
# Install it with `sudo apt-get install ./loket_*.deb`; scripts/test-package.sh tries that in a
# fresh Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."
LOKET_PACKAGE=1 scripts/install-deps.sh

cmake --preset package
cmake --build --preset package
rm -f build/package/loket_*.deb
(cd build/package && cpack -G DEB)
debs=(build/package/loket_*_amd64.deb)
deb=${debs[0]}

# The checks read the files as the package ships them.
contents=$(mktemp -d)
trap 'rm -rf "$contents"' EXIT
dpkg-deb -x "$deb" "$contents"
desktop-file-validate "$contents"/usr/share/applications/*.desktop
appstreamcli validate --no-net "$contents"/usr/share/metainfo/*.metainfo.xml
lintian --fail-on error "$deb"

echo "$(pwd)/$deb"
