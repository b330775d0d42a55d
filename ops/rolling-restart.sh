#!/usr/bin/env bash
# A rolling restart under load: with ops/cluster.sh up, drives requests through the balancer (wrk) while instance 1
# is restarted (stop, start, ready, back in rotation), then instance 2; then prints the requests and failures per
# kind of request, and the timeline of the restarts.
#
#   ops/rolling-restart.sh
#
# Kinds of request, each from its own wrk process (1 thread, AANBOORD_OPS_LOAD_CONNECTIONS connections [2], each
# pausing AANBOORD_OPS_LOAD_DELAY_MS [50] before every request: a steady load that leaves the machine room to start
# an instance, rather than all it can take):
#   home        GET /                                        anonymous
#   toolbox     GET /toolbox?q=...  (three searches in turn)  anonymous
#   trajecten   GET /trajecten  (the trajectory list)        signed in as the demo coordinator (session cookie)
# A request fails when its status is not 2xx or 3xx, when a signed-in request is sent to the login form (its
# session was lost), or on a connection error or a time-out (AANBOORD_OPS_LOAD_TIMEOUT [10s]).
# The load runs until 15 s after the second instance is back in rotation, and at most AANBOORD_OPS_LOAD_MAX
# seconds [290]; an instance may take AANBOORD_OPS_READY_TIMEOUT seconds [240] to get ready. The whole run holds
# the lock file AANBOORD_OPS_LOCK [$AANBOORD_OPS_DIR/load.lock] (flock), so that measurements on a shared machine
# do not overlap. Ports and directories: see ops/cluster.sh. Exit status 1 when
# any request failed or a restart did not complete.
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
CONNECTIONS=${AANBOORD_OPS_LOAD_CONNECTIONS:-2}
TIMEOUT=${AANBOORD_OPS_LOAD_TIMEOUT:-10s}
MAX=${AANBOORD_OPS_LOAD_MAX:-290}
DELAY_MS=${AANBOORD_OPS_LOAD_DELAY_MS:-50}
export AANBOORD_OPS_READY_TIMEOUT=${AANBOORD_OPS_READY_TIMEOUT:-240}
RUN="$OPS_DIR/rolling-restart"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
rm -rf "$RUN"
mkdir -p "$RUN"

# shellcheck source=load/common.sh
. "$OPS/load/common.sh"
require_both_instances_up
# A signed-in session of the demo coordinator, valid on both instances
session=$(sign_in "$BASE" coordinator "$RUN/cookies.txt")
code=$(curl -sS -m 10 -o /dev/null -w '%{http_code}' -H "Cookie: AANBOORD_SESSION=$session" "$BASE/trajecten")
[ "$code" = 200 ] || { echo "GET /trajecten as coordinator gave $code, not 200" >&2; exit 1; }

# HAProxy's retries and redispatches so far (backend "app"), and where its log stands
lb_counters() {
	curl -fsS -m 2 "http://127.0.0.1:${AANBOORD_OPS_LB_STATS_PORT:-$((LB_PORT + 10))}/;csv" 2>/dev/null |
		awk -F, '$1 == "app" && $2 == "BACKEND" { print $16 + 0, $17 + 0 }'
}
read -r RETRIES0 REDISPATCHES0 <<<"$(lb_counters)"
LOG_LINES0=$(wc -l <"$OPS_DIR/haproxy.log")

START=$(date +%s.%N)
elapsed() { awk -v s="$START" -v n="$(date +%s.%N)" 'BEGIN { printf "%6.1f", n - s }'; }
TIMELINE="$RUN/timeline.txt"
mark() { echo "$(elapsed) s  $*" | tee -a "$TIMELINE"; }

PIDS=()
cleanup() {
	local pid
	for pid in "${PIDS[@]}"; do kill -INT "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

load() { # kind cookie paths...
	local kind=$1 cookie=$2
	shift 2
	LOAD_KIND=$kind LOAD_COOKIE=$cookie LOAD_PATHS="$*" LOAD_DELAY_MS=$DELAY_MS timeout $((MAX + 30)) \
		wrk -t 1 -c "$CONNECTIONS" -d "${MAX}s" --timeout "$TIMEOUT" -s "$OPS/load/count.lua" "$BASE" \
		>"$RUN/$kind.txt" 2>&1 &
	PIDS+=($!)
}
load home "" /
load toolbox "" "/toolbox?q=pesten" "/toolbox?q=school" "/toolbox?q=ouders"
load trajecten "AANBOORD_SESSION=$session" /trajecten
mark "load started: ${#PIDS[@]} wrk processes, $CONNECTIONS connections each, ${DELAY_MS} ms pause before each request"

# "UP" once HAProxy has the instance in rotation again (at most 60 s after it is ready)
wait_in_rotation() {
	local i
	for i in $(seq 1 120); do
		"$OPS/cluster.sh" servers | grep -q "^app$1 UP$" && return 0
		sleep 0.5
	done
	return 1
}

RESTARTED=0
sleep 10
for n in 1 2; do
	mark "instance $n: stop (SIGTERM)"
	"$OPS/instance.sh" stop "$n" >/dev/null
	mark "instance $n: exited"
	"$OPS/instance.sh" start "$n" >/dev/null
	mark "instance $n: started"
	"$OPS/instance.sh" wait-ready "$n" >/dev/null || { mark "instance $n: NOT READY"; break; }
	mark "instance $n: ready"
	wait_in_rotation "$n" || { mark "instance $n: NOT BACK IN ROTATION"; break; }
	mark "instance $n: in rotation (HAProxy UP)"
	RESTARTED=$((RESTARTED + 1))
done
sleep 15
for pid in "${PIDS[@]}"; do kill -INT "$pid" 2>/dev/null || true; done
for pid in "${PIDS[@]}"; do wait "$pid" || true; done
PIDS=()
mark "load stopped"

read -r RETRIES1 REDISPATCHES1 <<<"$(lb_counters)"
echo
echo "HAProxy's view of the instances (its log during the run):"
tail -n +"$((LOG_LINES0 + 1))" "$OPS_DIR/haproxy.log" | grep -v '^\[' |
	grep -E "Server app/app[12] is (UP|DOWN)" | sed 's/^/  /' || true
echo "HAProxy retried $((RETRIES1 - RETRIES0)) requests, $((REDISPATCHES1 - REDISPATCHES0)) on the other instance"
echo
printf '%-10s %9s %8s %8s %8s %8s %8s %8s %8s %8s %9s %9s\n' kind requests ok failed login 4xx 5xx conn/read timeout rps p50_ms p99_ms
FAILED=0
for kind in home toolbox trajecten; do
	line=$(grep '^LOAD_RESULT' "$RUN/$kind.txt" || true)
	[ -n "$line" ] || { echo "$kind: no result (see $RUN/$kind.txt)"; FAILED=1; continue; }
	field() { echo "$line" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }
	printf '%-10s %9s %8s %8s %8s %8s %8s %8s %8s %8s %9s %9s\n' "$kind" "$(field requests)" "$(field ok)" \
		"$(field failed)" "$(field login)" "$(field status_4xx)" "$(field status_5xx)" \
		"$(($(field connect) + $(field read) + $(field write)))" "$(field timeout)" "$(field rps)" "$(field p50_ms)" \
		"$(field p99_ms)"
	[ "$(field failed)" = 0 ] || FAILED=1
done
echo
echo "timeline (seconds since the load started):"
sed 's/^/  /' "$TIMELINE"
[ "$RESTARTED" = 2 ] || { echo "the rolling restart did not complete" >&2; exit 1; }
exit "$FAILED"
