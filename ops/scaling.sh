#!/usr/bin/env bash
# Throughput with one and with two instances behind the balancer: with ops/cluster.sh up, loads three pages through
# HAProxy with wrk, first with both instances in rotation, then with instance 2 stopped (HAProxy sends everything to
# instance 1), and prints requests per second, p50 and p99 latency, and where the CPU time went, per page. Instance 2
# is started again at the end.
#
#   ops/scaling.sh
#
# Pages: home (GET /, anonymous), toolbox (GET /toolbox?q=..., three searches in turn, anonymous) and trajecten
# (GET /trajecten, signed in as the demo coordinator).
# Environment (defaults in brackets): AANBOORD_OPS_LOAD_DURATION [15] seconds of load per page and setting,
# AANBOORD_OPS_LOAD_WARMUP [10] seconds of warm-up per page before the first measurement,
# AANBOORD_OPS_LOAD_CONNECTIONS [8] wrk connections (over 2 threads), AANBOORD_OPS_LOCK
# [$AANBOORD_OPS_DIR/load.lock] the lock file held (flock) during the whole run; ports and directories: see
# ops/cluster.sh.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OPS=$ROOT/ops
OPS_DIR=${AANBOORD_OPS_DIR:-/tmp/aanboord-ops}
LOCK=${AANBOORD_OPS_LOCK:-$OPS_DIR/load.lock}
if [ -z "${AANBOORD_OPS_LOCKED:-}" ]; then
	mkdir -p "$OPS_DIR"
	echo "waiting for the lock $LOCK"
	# -o: the lock stays with flock, the processes this script starts (instances) do not inherit it
	exec env AANBOORD_OPS_LOCKED=1 flock -o -w 900 "$LOCK" "$0" "$@"
fi
LB_PORT=${AANBOORD_OPS_LB_PORT:-8090}
BASE="http://127.0.0.1:$LB_PORT"
DURATION=${AANBOORD_OPS_LOAD_DURATION:-15}
WARMUP=${AANBOORD_OPS_LOAD_WARMUP:-10}
CONNECTIONS=${AANBOORD_OPS_LOAD_CONNECTIONS:-8}
PGPORT=${AANBOORD_OPS_PGPORT:-55432}
RUN="$OPS_DIR/scaling"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
rm -rf "$RUN"
mkdir -p "$RUN"

# shellcheck source=load/common.sh
. "$OPS/load/common.sh"
require_both_instances_up
# A signed-in session of the demo coordinator, valid on both instances
session=$(sign_in "$BASE" coordinator "$RUN/cookies.txt")

declare -A COOKIE=([home]="" [toolbox]="" [trajecten]="AANBOORD_SESSION=$session")
declare -A PATHS=([home]="/" [toolbox]="/toolbox?q=pesten /toolbox?q=school /toolbox?q=ouders" [trajecten]="/trajecten")
PAGES=(home toolbox trajecten)

# CPU time (clock ticks) used so far by the application's JVMs, by PostgreSQL (all its processes) and by HAProxy
ticks() { # pids... -> sum of user and system ticks
	local pid total=0 t
	for pid in "$@"; do
		t=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
		total=$((total + t))
	done
	echo "$total"
}
app_pids() { local n; for n in 1 2; do "$OPS/instance.sh" pid "$n" 2>/dev/null || true; done; }
pg_pids() { # the postmaster and its children (backends come and go: their time is lost when they exit)
	local pid
	pid=$(head -n 1 "$OPS_DIR/pg/data/postmaster.pid" 2>/dev/null || true)
	[ -n "$pid" ] || return 0
	echo "$pid"
	pgrep -P "$pid" || true
}
lb_pids() { cat "$OPS_DIR/haproxy.pid" 2>/dev/null || true; }

run_wrk() { # page seconds output
	LOAD_KIND=$1 LOAD_COOKIE=${COOKIE[$1]} LOAD_PATHS=${PATHS[$1]} timeout $(($2 + 30)) \
		wrk -t 2 -c "$CONNECTIONS" -d "${2}s" --timeout 10s -s "$OPS/load/count.lua" "$BASE" >"$3" 2>&1 || true
}

RESULTS="$RUN/results.txt"
measure() { # setting
	local page hz app0 pg0 lb0 app1 pg1 lb1 line
	hz=$(getconf CLK_TCK)
	for page in "${PAGES[@]}"; do
		# shellcheck disable=SC2046
		app0=$(ticks $(app_pids)); pg0=$(ticks $(pg_pids)); lb0=$(ticks $(lb_pids))
		run_wrk "$page" "$DURATION" "$RUN/$1-$page.txt"
		# shellcheck disable=SC2046
		app1=$(ticks $(app_pids)); pg1=$(ticks $(pg_pids)); lb1=$(ticks $(lb_pids))
		line=$(grep '^LOAD_RESULT' "$RUN/$1-$page.txt" || echo "LOAD_RESULT kind=$page")
		echo "$line setting=$1 app_cpu=$(((app1 - app0) * 100 / hz / DURATION)) pg_cpu=$(((pg1 - pg0) * 100 / hz / DURATION)) lb_cpu=$(((lb1 - lb0) * 100 / hz / DURATION))" >>"$RESULTS"
		echo "  $1 $page: $(echo "$line" | grep -o 'rps=[^ ]*')"
	done
}

if [ "$WARMUP" -gt 0 ]; then
	echo "warm-up: ${WARMUP}s per page, both instances"
	for page in "${PAGES[@]}"; do run_wrk "$page" "$WARMUP" "$RUN/warmup-$page.txt"; done
fi
echo "two instances"
measure two
echo "one instance: stopping instance 2"
"$OPS/instance.sh" stop 2 >/dev/null
for _ in $(seq 1 40); do
	"$OPS/cluster.sh" servers | grep -q '^app2 UP' || break
	sleep 0.5
done
measure one
echo "starting instance 2 again"
"$OPS/instance.sh" start 2 >/dev/null
"$OPS/instance.sh" wait-ready 2 >/dev/null || echo "instance 2 did not get ready: see $OPS_DIR/app-2.log" >&2

echo
echo "$(nproc) CPU cores; wrk: 2 threads, $CONNECTIONS connections, ${DURATION}s per page and setting; CPU in % of one core"
printf '%-10s %9s %9s %9s %9s %7s %8s %8s %8s\n' page instances req/s p50_ms p99_ms failed app_cpu pg_cpu lb_cpu
for page in "${PAGES[@]}"; do
	for setting in one two; do
		line=$(grep "kind=$page .*setting=$setting" "$RESULTS" || true)
		field() { echo "$line" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }
		printf '%-10s %9s %9s %9s %9s %7s %8s %8s %8s\n' "$page" "$setting" "$(field rps)" "$(field p50_ms)" \
			"$(field p99_ms)" "$(field failed)" "$(field app_cpu)%" "$(field pg_cpu)%" "$(field lb_cpu)%"
	done
done
