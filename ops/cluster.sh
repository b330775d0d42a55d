#!/usr/bin/env bash
# The application as a small cluster on this machine: the scratch PostgreSQL (ops/postgres.sh), two instances
# (ops/instance.sh) and HAProxy in front of them (ops/haproxy/haproxy.cfg), each a plain process.
#
#   ops/cluster.sh up         start what does not run yet, wait until both instances are in rotation, print addresses
#   ops/cluster.sh down       stop HAProxy, the instances (gracefully) and the database
#   ops/cluster.sh status     state of every part, and of each instance as HAProxy sees it
#   ops/cluster.sh servers    one line per instance as HAProxy sees it: "app1 UP", "app2 DOWN", ...
#   ops/cluster.sh lb-start   start only HAProxy; ops/cluster.sh lb-stop stops it
#
# Environment (defaults in brackets): AANBOORD_OPS_LB_PORT [8090] the balancer's port;
# AANBOORD_OPS_LB_STATS_PORT [LB port + 10] its stats page (/), /health and /metrics; and those of
# ops/instance.sh and ops/postgres.sh: AANBOORD_OPS_APP_PORTS ["8091 8092"], AANBOORD_OPS_MGMT_PORTS ["8191 8192"],
# AANBOORD_OPS_PGPORT [55432], AANBOORD_OPS_DIR [/tmp/aanboord-ops] (logs, pid files).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OPS=$ROOT/ops
OPS_DIR=${AANBOORD_OPS_DIR:-/tmp/aanboord-ops}
LB_PORT=${AANBOORD_OPS_LB_PORT:-8090}
STATS_PORT=${AANBOORD_OPS_LB_STATS_PORT:-$((LB_PORT + 10))}
read -r -a APP_PORTS <<<"${AANBOORD_OPS_APP_PORTS:-8091 8092}"
read -r -a MGMT_PORTS <<<"${AANBOORD_OPS_MGMT_PORTS:-8191 8192}"
LB_PID_FILE="$OPS_DIR/haproxy.pid"
LB_LOG="$OPS_DIR/haproxy.log"
CFG="$OPS/haproxy/haproxy.cfg"

usage() { sed -n '2,15p' "$0" >&2; exit 2; }

lb_pid() {
	local pid
	[ -f "$LB_PID_FILE" ] || return 1
	pid=$(cat "$LB_PID_FILE")
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
	echo "$pid"
}

lb_env() {
	env AANBOORD_LB_BIND="127.0.0.1:$LB_PORT" AANBOORD_LB_STATS_BIND="127.0.0.1:$STATS_PORT" \
		AANBOORD_APP1="127.0.0.1:${APP_PORTS[0]}" AANBOORD_APP1_MGMT_PORT="${MGMT_PORTS[0]}" \
		AANBOORD_APP2="127.0.0.1:${APP_PORTS[1]}" AANBOORD_APP2_MGMT_PORT="${MGMT_PORTS[1]}" "$@"
}

lb_start() {
	if lb_pid >/dev/null; then return 0; fi
	command -v haproxy >/dev/null || { echo "haproxy is missing: apt-get install -y haproxy" >&2; exit 1; }
	mkdir -p "$OPS_DIR"
	lb_env haproxy -q -c -f "$CFG" || { echo "invalid $CFG" >&2; exit 1; }
	echo "=== start $(date -u +%FT%TZ) ===" >>"$LB_LOG"
	# in the foreground of a session of its own, logging to stdout (as in a container); the pid file holds its pid
	lb_env setsid sh -c 'echo $$ >"$0"; exec "$@"' "$LB_PID_FILE" haproxy -f "$CFG" </dev/null >>"$LB_LOG" 2>&1 &
	local i
	for i in $(seq 1 50); do
		curl -fsS -m 1 -o /dev/null "http://127.0.0.1:$LB_PORT/lb-health" 2>/dev/null && return 0
		sleep 0.2
	done
	echo "HAProxy did not start; see $LB_LOG" >&2
	tail -n 20 "$LB_LOG" >&2
	exit 1
}

lb_stop() {
	local pid i
	pid=$(lb_pid) || { rm -f "$LB_PID_FILE"; return 0; }
	kill -TERM "$pid"
	for i in $(seq 1 100); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
	rm -f "$LB_PID_FILE"
}

# "app1 UP" per server, from the stats page's CSV (field 18 is the status, e.g. UP, DOWN, "UP 1/2", MAINT)
servers() {
	curl -fsS -m 2 "http://127.0.0.1:$STATS_PORT/;csv" 2>/dev/null |
		awk -F, '$1 == "app" && $2 != "BACKEND" && $2 != "FRONTEND" { print $2, $18 }'
}

wait_in_rotation() {
	local i
	for i in $(seq 1 60); do
		[ "$(servers | grep -c ' UP$' || true)" = 2 ] && return 0
		sleep 0.5
	done
	echo "not every instance is UP in HAProxy after 30 s:" >&2
	servers >&2
	return 1
}

up() {
	"$OPS/postgres.sh" start
	"$OPS/instance.sh" start 1
	"$OPS/instance.sh" start 2
	"$OPS/instance.sh" wait-ready 1
	"$OPS/instance.sh" wait-ready 2
	lb_start
	wait_in_rotation
	echo "site:        http://127.0.0.1:$LB_PORT/  (HAProxy, round robin over both instances)"
	echo "LB stats:    http://127.0.0.1:$STATS_PORT/  (health /health, metrics /metrics)"
	echo "instance 1:  http://127.0.0.1:${APP_PORTS[0]}/  readiness http://127.0.0.1:${MGMT_PORTS[0]}/actuator/health/readiness"
	echo "instance 2:  http://127.0.0.1:${APP_PORTS[1]}/  readiness http://127.0.0.1:${MGMT_PORTS[1]}/actuator/health/readiness"
	echo "database:    $("$OPS/postgres.sh" url)"
	echo "logs:        $OPS_DIR/app-1.log, app-2.log, haproxy.log"
}

down() {
	lb_stop
	"$OPS/instance.sh" stop 2 &
	local second=$!
	"$OPS/instance.sh" stop 1
	wait "$second"
	"$OPS/postgres.sh" stop
}

status() {
	echo "database:    $("$OPS/postgres.sh" status)"
	echo "instance 1:  $("$OPS/instance.sh" status 1)"
	echo "instance 2:  $("$OPS/instance.sh" status 2)"
	if lb_pid >/dev/null; then
		echo "haproxy:     running (pid $(lb_pid)), http://127.0.0.1:$LB_PORT/"
		servers | sed 's/^/  in HAProxy: /'
	else
		echo "haproxy:     stopped"
	fi
}

case "${1:-}" in
	up) up ;;
	down) down ;;
	status) status ;;
	servers) servers ;;
	lb-start) lb_start ;;
	lb-stop) lb_stop ;;
	*) usage ;;
esac
