#!/usr/bin/env bash
# The database outage drill: under load, (A) stop PostgreSQL for 15 seconds and start it again, (B) freeze it
# (SIGSTOP) for 15 seconds and thaw it; prints per scenario what users got and whether any committed write was
# lost. Uses the scratch PostgreSQL of ops/postgres.sh (never the machine's main server) and instance 1 of
# ops/instance.sh, on localhost only.
#
#   ops/db-outage-drill.sh [--outage 15] [--before 5] [--after 20] [--keep]
#
#   --outage S   seconds the database is stopped or frozen (default 15)
#   --before S   seconds of load before the outage, so the public pages are kept and the pool is full (default 5)
#   --after S    seconds of load after the database's return (default 20)
#   --keep       leave the instance and the scratch PostgreSQL running afterwards
#
# The load (ops/load/OutageLoad.java, every request with a 10 s time-out): 2 anonymous visitors on kept public
# pages (/, /projecten, /toolbox), 2 signed-in coordinators on database pages (/trajecten, /start) and one
# signed-in coordinator logging a session of a quarter hour on a trajectory again and again (a 302 to the
# trajectory is a committed write). Targets, checked at the end (exit 1 when one is missed): database pages
# answer within 3 s during the outage (max and p99), the first 2xx of a database page comes within 5 s of the
# database's return, the instance is not restarted (same pid, one start in its log), and every acknowledged write
# is in the table. The measurement holds /work/bench.lock.
#
# Environment: as ops/postgres.sh and ops/instance.sh (AANBOORD_OPS_DIR, AANBOORD_OPS_PGPORT,
# AANBOORD_OPS_APP_PORTS, AANBOORD_OPS_MGMT_PORTS, ...).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OPS="$ROOT/ops"
OPS_DIR=${AANBOORD_OPS_DIR:-/tmp/aanboord-ops}
PGPORT_OPS=${AANBOORD_OPS_PGPORT:-55432}
read -r -a APP_PORTS <<<"${AANBOORD_OPS_APP_PORTS:-8091 8092}"
read -r -a MGMT_PORTS <<<"${AANBOORD_OPS_MGMT_PORTS:-8191 8192}"
BASE="http://127.0.0.1:${APP_PORTS[0]}"
OUTAGE=15
BEFORE=5
AFTER=20
KEEP=""
while [ $# -gt 0 ]; do
	case "$1" in
		--outage) OUTAGE=$2; shift 2 ;;
		--before) BEFORE=$2; shift 2 ;;
		--after) AFTER=$2; shift 2 ;;
		--keep) KEEP=1; shift ;;
		*) sed -n '2,22p' "$0" >&2; exit 2 ;;
	esac
done

psql_ops() { psql -h 127.0.0.1 -p "$PGPORT_OPS" -U postgres -d aanboord -tAq -c "$1"; }
now_ms() { date +%s%3N; }
java_cmd() {
	local candidate version
	for candidate in ${AANBOORD_OPS_JAVA:-} ${JAVA_HOME:+$JAVA_HOME/bin/java} "$(command -v java || true)" \
		$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
		[ -x "$candidate" ] || continue
		version=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
		if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return; fi
	done
	echo "no JDK 21 or newer found" >&2
	exit 1
}
JAVA=$(java_cmd)
RESULTS="$OPS_DIR/drill"
mkdir -p "$RESULTS/classes"
# the load client, compiled once (outside the measurement)
"$(dirname "$JAVA")/javac" -d "$RESULTS/classes" "$OPS/load/OutageLoad.java"
LOAD=(-cp "$RESULTS/classes" OutageLoad)

cleanup() {
	"$OPS/postgres.sh" thaw >/dev/null 2>&1 || true
	if [ -z "$KEEP" ]; then
		"$OPS/instance.sh" stop 1 >/dev/null 2>&1 || true
		"$OPS/postgres.sh" stop >/dev/null 2>&1 || true
	fi
}
trap cleanup EXIT

echo "== scratch PostgreSQL on port $PGPORT_OPS, instance 1 on $BASE"
"$OPS/postgres.sh" start
# kept public pages live 10 s here (60 s by default), so that the outage outlasts them: they are then given
# because they cannot be rendered again (stale-if-error)
"$OPS/instance.sh" start 1 --aanboord.public-pages.cache-ttl=10s
"$OPS/instance.sh" wait-ready 1
PID=$("$OPS/instance.sh" pid 1)
STARTS_BEFORE=$(grep -c "Started AanBoordApplication" "$OPS_DIR/app-1.log" || true)
TRAJECTORY=$(psql_ops "select t.id from trajectory t join project p on p.id = t.project_id
	where p.code = 'RISK_BAO' and t.status = 'RUNNING' order by t.id limit 1")
[ -n "$TRAJECTORY" ] || { echo "no running Ris+K trajectory in the demo data" >&2; exit 1; }

FAILED=0
scenario() {
	local name=$1 down_cmd=$2 up_cmd=$3
	local activity="Oefening storing $name $(date +%s)"
	local csv="$RESULTS/$name.csv" rows_before rows_after load_pid t_down t_up report acknowledged pid_after starts_after
	rows_before=$(psql_ops "select count(*) from trajectory_session where activity = '$activity'")
	rm -f "$csv.ready"
	"$JAVA" "${LOAD[@]}" run "$BASE" $((BEFORE + OUTAGE + AFTER)) "$csv" "$TRAJECTORY" "$activity" &
	load_pid=$!
	# the clients sign in first (the load starts once they have)
	for _ in $(seq 1 1200); do
		[ -f "$csv.ready" ] || ! kill -0 "$load_pid" 2>/dev/null && break
		sleep 0.1
	done
	sleep "$BEFORE"
	t_down=$(now_ms)
	"$OPS/postgres.sh" "$down_cmd"
	sleep "$OUTAGE"
	"$OPS/postgres.sh" "$up_cmd"
	t_up=$(now_ms)
	wait "$load_pid" || echo "  (the load client could not sign in)"
	rows_after=$(psql_ops "select count(*) from trajectory_session where activity = '$activity'")
	pid_after=$("$OPS/instance.sh" pid 1 || echo none)
	starts_after=$(grep -c "Started AanBoordApplication" "$OPS_DIR/app-1.log" || true)
	echo
	echo "== scenario $name: PostgreSQL $down_cmd for ${OUTAGE} s, then $up_cmd (back after $(((t_up - t_down) / 1000)) s)"
	report=$("$JAVA" "${LOAD[@]}" report "$csv" "$t_down" "$t_up")
	echo "$report" | grep -v '^ACKNOWLEDGED=\|^CHECK '
	acknowledged=$(echo "$report" | sed -n 's/^ACKNOWLEDGED=//p')
	local rows=$((rows_after - rows_before)) lost=0
	[ "$acknowledged" -le "$rows" ] || lost=$((acknowledged - rows))
	# a write committed just before its answer was lost counts as a row without acknowledgement (not lost)
	echo "  rows in trajectory_session:        $rows (acknowledged $acknowledged, lost $lost, committed without an answer $((rows > acknowledged ? rows - acknowledged : 0)))"
	echo "  instance pid:                      $PID before, $pid_after after; starts in its log: $STARTS_BEFORE before, $starts_after after"
	read -r max p99 first <<<"$(echo "$report" | sed -n 's/^CHECK max=\([0-9-]*\) p99=\([0-9-]*\) firstOk=\([0-9-]*\)/\1 \2 \3/p')"
	local verdict=ok
	[ "$max" -le 3000 ] || verdict="DB pages slower than 3 s"
	[ "$first" -ge 0 ] && [ "$first" -le 5000 ] || verdict="no 2xx within 5 s of the return"
	[ "$pid_after" = "$PID" ] && [ "$starts_after" = "$STARTS_BEFORE" ] || verdict="the instance restarted"
	[ "$acknowledged" -le $((rows_after - rows_before)) ] || verdict="committed writes lost"
	echo "  verdict:                           $verdict"
	[ "$verdict" = ok ] || FAILED=1
	psql_ops "delete from trajectory_session where activity = '$activity'" >/dev/null
}

# the measurement holds the machine's benchmark lock
exec 9>/work/bench.lock
flock 9
scenario A stop start
sleep 5
scenario B freeze thaw
flock -u 9
# the drill's sessions are gone again; the trajectory's totals are put back from what remains
psql_ops "update trajectory t set logged_hours = coalesce((select sum(hours) from trajectory_session s
	where s.trajectory_id = t.id), 0), session_count = (select count(*) from trajectory_session s
	where s.trajectory_id = t.id) where t.id = $TRAJECTORY" >/dev/null
exit "$FAILED"
