#!/usr/bin/env bash
# Runs docs/server.md's commands exactly as written against a real PostgreSQL cluster on this
# machine, then registers cases from two loketctl processes at once and checks that the case
# numbers have no gap and no repeat.
#
# The guide's blocks marked <!-- guide:server --> and <!-- guide:counter --> are taken from the
# file and run line by line, with only the example's particulars replaced:
#   the cluster `15 main` on port 5432   -> a new cluster `loketguide` on a free port (PGPORT)
#   the server 192.168.1.10              -> 127.0.0.1
#   the counters' network 192.168.1.0/24 -> 127.0.0.1/32
#   sudo                                 -> runuser (root needs no sudo; none is installed here)
#   ~/.pgpass                            -> a temporary HOME's, never the tester's own
# The apt-get step runs only when postgresql is not installed yet.
# The new cluster's own `host` lines are removed first, so that only the guide's pg_hba.conf line
# can let loketctl in. What a step asks on the terminal (createuser's password, the .pgpass
# line) is typed in from here. The cluster is dropped at the end.
#
# Needs root (pg_createcluster, runuser) and Debian's postgresql-common; not part of the default
# test command. Usage: sudo scripts/test-server-guide.sh [BUILD_DIR]   (default build/testing)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build/testing}
loketctl_dir="$root/$build/ctl"
[[ -x $loketctl_dir/loketctl ]] || { echo "no loketctl in $loketctl_dir: build it first" >&2; exit 2; }
[[ $(id -u) -eq 0 ]] || { echo "run as root: the script creates a PostgreSQL cluster" >&2; exit 2; }

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
cluster=loketguide
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
password='Uji:Sandi\Kantor-2024'
work=$(mktemp -d)
chmod 755 "$work"
export HOME="$work/home" LOKET_LANG=en PGPORT=$port PATH="$loketctl_dir:$PATH"
mkdir -p "$HOME"
unset PGPASSFILE LOKET_DB

cleanup() {
    pg_dropcluster --stop "$version" "$cluster" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
pg_dropcluster --stop "$version" "$cluster" 2>/dev/null || true

echo "== a new cluster $version/$cluster on port $port"
pg_createcluster --start "$version" "$cluster" -p "$port" >/dev/null
conf=/etc/postgresql/$version/$cluster
sed -i '/^host\s/d' "$conf/pg_hba.conf"

sudo() {
    if [[ ${1:-} == -u ]]; then
        local user=$2
        shift 2
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}
export -f sudo

# The guide's marked blocks, with the example's particulars replaced.
steps=$(awk '
    /^<!-- guide:(server|counter) -->$/ { marked = 1; next }
    marked && /^```sh$/ { inside = 1; next }
    inside && /^```$/ { inside = 0; marked = 0; next }
    inside { print }
' docs/server.md | sed -e "s#/etc/postgresql/15/main/#$conf/#g" \
    -e "s#pg_ctlcluster 15 main#pg_ctlcluster $version $cluster#g" \
    -e "s#192\.168\.1\.10:5432#127.0.0.1:$port#g" \
    -e "s#192\.168\.1\.0/24#127.0.0.1/32#g")
[[ $(grep -c . <<<"$steps") -ge 10 ]] || { echo "the guide's steps were not found" >&2; exit 1; }
# Written as the guide asks: \ escaped in .pgpass, plain at createuser's prompt.
pgpass_line="127.0.0.1:$port:loket:loket:${password//\\/\\\\}"
pgpass_line=${pgpass_line//Uji:Sandi/Uji\\:Sandi}

# Each step runs from a file (its stdin is what is typed at its prompt, if any).
run_step() {
    local step=$1
    echo "\$ $step"
    printf '%s\n' "$step" >"$work/step.sh"
    case $step in
        *"apt-get install -y postgresql")
            if dpkg -s postgresql >/dev/null 2>&1; then
                echo "(postgresql is installed already: not run, so the test changes no package)"
            else
                bash -e "$work/step.sh" </dev/null
            fi ;;
        *--pwprompt*) printf '%s\n%s\n' "$password" "$password" | bash -e "$work/step.sh" ;;
        "cat >> ~/.pgpass") printf '%s\n' "$pgpass_line" | bash -e "$work/step.sh" ;;
        *) bash -e "$work/step.sh" </dev/null ;;
    esac
}
while IFS= read -r step; do
    [[ -z $step ]] && continue
    run_step "$step"
done <<<"$steps"

location="postgresql://loket@127.0.0.1:$port/loket"
[[ $(stat -c %a "$HOME/.pgpass") == 600 ]] || { echo ".pgpass is not mode 600" >&2; exit 1; }

echo "== the counters' accounts (what the first start of the application creates)"
loketctl demo seed --db "$location" --cases 0 >/dev/null

echo "== two counters registering at once"
export LOKET_NOW=2024-03-05T10:00:00+07:00 # the serials of one year, whenever the test runs
# Valid NIKs of Palangka Raya; each list its own applicants (as tests/support/ApplicantRows.h).
write_list() { # FILE FIRST COUNT
    echo "nik,nama,tanggal_lahir,jenis_kelamin,alamat" >"$1"
    for ((i = $2; i < $2 + $3; i++)); do
        local day=$((1 + i % 28)) month=$((1 + (i / 28) % 12)) year=$((1960 + (i / 336) % 40))
        local sex=L nikday=$day
        if ((i % 2 == 1)); then sex=P nikday=$((day + 40)); fi
        printf '627101%02d%02d%02d%04d,Warga Nomor %d,%04d-%02d-%02d,%s,Jl. Tjilik Riwut Km %d\n' \
            "$nikday" "$month" $((year % 100)) $((i + 1)) "$i" "$year" "$month" "$day" "$sex" "$i" >>"$1"
    done
}
count=300
write_list "$work/a.csv" 0 $count
write_list "$work/b.csv" $count $count
loketctl case import "$work/a.csv" --service PKY-01 --db "$location" --as petugas >"$work/a.log" 2>&1 &
first=$!
loketctl case import "$work/b.csv" --service PKY-01 --db "$location" --as petugas >"$work/b.log" 2>&1 &
second=$!
status=0
wait $first || status=$?
wait $second || status=$?
tail -qn1 "$work/a.log" "$work/b.log"
[[ $status -eq 0 ]] || { echo "an import failed" >&2; exit 1; }

loketctl case list --db "$location" --limit 100000 --json >"$work/cases.json"
python3 - "$work/cases.json" $((2 * count)) <<'EOF'
import json, sys
cases = json.load(open(sys.argv[1]))
expected = int(sys.argv[2])
serials = sorted(int(c["number"].split("/")[0]) for c in cases)
if serials != list(range(1, expected + 1)):
    missing = sorted(set(range(1, expected + 1)) - set(serials))
    repeated = sorted({s for s in serials if serials.count(s) > 1})
    sys.exit(f"case numbers wrong: {len(serials)} cases, missing {missing[:10]}, repeated {repeated[:10]}")
print(f"{len(serials)} cases, serials 1-{expected}: no gap, no repeat")
EOF
echo "== the guide's steps work as written"
