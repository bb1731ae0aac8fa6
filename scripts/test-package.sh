#!/usr/bin/env bash
# Installs the built package in a fresh Debian 12 (a debootstrap minbase chroot) with its
# dependencies and runs what an office does first: loketctl --version, db init in the usual place
# and elsewhere, loket --help, and loket started as the menu entry starts it (--self-test,
# offscreen). Then removes and purges the package and checks that the office's data is still
# there. Needs root, the network and a few minutes; not part of scripts/test.sh.
# Usage: scripts/test-package.sh [PATH/TO/loket_*.deb]
# LOKET_CHROOT_BASE=DIR copies an existing minbase bookworm tree instead of running debootstrap.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $# -ge 1 ]]; then
    deb=$1
else
    debs=(build/package/loket_*_amd64.deb)
    deb=${debs[0]}
fi
[[ -f "$deb" ]] || { echo "No package: run scripts/package.sh first (or name the .deb)." >&2; exit 1; }
[[ $(id -u) -eq 0 ]] || { echo "Run as root: debootstrap and chroot need it." >&2; exit 1; }
LOKET_PACKAGE=1 scripts/install-deps.sh

root=$(mktemp -d /tmp/loket-chroot.XXXXXX)
cleanup() {
    if mountpoint -q "$root/proc"; then umount "$root/proc"; fi
    # Never delete through a mount that is still there.
    mountpoint -q "$root/proc" || rm -rf "$root"
}
trap cleanup EXIT
if [[ -n "${LOKET_CHROOT_BASE:-}" ]]; then
    cp -a "$LOKET_CHROOT_BASE/." "$root"
else
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"
package=/tmp/$(basename "$deb")

# A root shell in the chroot with nothing of this machine's environment.
inside() {
    chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root \
        LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/runtime-root QT_QPA_PLATFORM=offscreen "$@"
}
step() { echo; echo "== $*"; }

step "apt-get install $package"
# Plain output: no progress bars, and no pseudo-terminal (the chroot has no /dev/pts).
apt=(apt-get -q -y -o Dpkg::Use-Pty=0)
inside "${apt[@]}" update
inside mkdir -p -m 700 /tmp/runtime-root
inside env DEBIAN_FRONTEND=noninteractive "${apt[@]}" install "$package"

step "loketctl --version"
shows() { # prints what a command wrote and checks it for a pattern
    local pattern=$1 out
    shift
    out=$(inside "$@")
    echo "$out"
    grep -q -e "$pattern" <<<"$out" || { echo "FAIL: $* printed no \"$pattern\"" >&2; exit 1; }
}
shows '^loketctl [0-9]' loketctl --version
step "loketctl db init in the usual place, and with --db"
inside loketctl db init --office palangka-raya
data=/root/.local/share/Loket/Loket/loket.sqlite
[[ -s "$root$data" ]] || { echo "FAIL: no database at $data" >&2; exit 1; }
inside loketctl db check
inside loketctl db init --office seruyan --db /tmp/x.sqlite
inside loketctl db check --db /tmp/x.sqlite
step "loketctl user add: the first administrator, the password from standard input"
inside sh -c 'echo "sandi-rahasia-1" | loketctl user add admin --name "Admin Kantor" --roles administrator'
shows '^admin' loketctl user list

step "loket --help"
shows '--self-test' loket --help
shows '^Loket [0-9]' loket --version
step "loket as the menu entry starts it, up to its first window"
desktop=/usr/share/applications/id.go.dinsos.Loket.desktop
exec_line=$(sed -n 's/^Exec=//p' "$root$desktop")
# shellcheck disable=SC2086 # the Exec line is words
inside $exec_line --self-test
inside test -f /usr/share/icons/hicolor/scalable/apps/id.go.dinsos.Loket.svg
inside test -f /usr/share/icons/hicolor/48x48/apps/id.go.dinsos.Loket.png
inside test -f /usr/share/man/man1/loketctl.1.gz

step "apt-get remove and purge keep the office's data"
before=$(sha256sum "$root$data")
inside "${apt[@]}" remove loket
inside sh -c '! command -v loketctl'
[[ "$(sha256sum "$root$data")" == "$before" ]] || { echo "FAIL: remove touched $data" >&2; exit 1; }
# apt no longer knows a package installed from a file once it is removed: dpkg purges it.
inside dpkg --purge loket
[[ "$(sha256sum "$root$data")" == "$before" ]] || { echo "FAIL: purge touched $data" >&2; exit 1; }

echo
echo "test-package: $(basename "$deb") installs, runs and leaves the data behind on removal: OK"
