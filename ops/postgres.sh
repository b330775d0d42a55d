#!/usr/bin/env bash
# A scratch PostgreSQL cluster of its own for the operations scripts (cluster, drills, backups), so that stopping
# or freezing it never touches another database on the machine. Uses the server binaries of Debian's packages.
#
#   ops/postgres.sh start     create the cluster on first use (in $AANBOORD_OPS_DIR/pg) and start it
#   ops/postgres.sh stop      stop it (fast shutdown: open connections are closed)
#   ops/postgres.sh freeze    SIGSTOP every process of the cluster (a hung server: connections stay open)
#   ops/postgres.sh thaw      SIGCONT them
#   ops/postgres.sh status    print "running", "frozen" or "stopped"
#   ops/postgres.sh destroy   stop it and delete its files
#   ops/postgres.sh url       print the JDBC URL of the database aanboord in it
#
# Environment: AANBOORD_OPS_DIR (default /tmp/aanboord-ops), AANBOORD_OPS_PGPORT (default 55432).
set -euo pipefail

OPS_DIR=${AANBOORD_OPS_DIR:-/tmp/aanboord-ops}
PORT=${AANBOORD_OPS_PGPORT:-55432}
DATA="$OPS_DIR/pg/data"
LOG="$OPS_DIR/pg/server.log"
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$BIN" ] || { echo "PostgreSQL's server binaries are missing (apt-get install postgresql)" >&2; exit 1; }

# The server refuses to run as root: run its commands as the owner of the cluster's files.
as_owner() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postmaster_pid() {
	[ -f "$DATA/postmaster.pid" ] && head -n 1 "$DATA/postmaster.pid" || true
}

# The postmaster and all its children (backends, checkpointer, WAL writer, ...).
cluster_pids() {
	local pid
	pid=$(postmaster_pid)
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
	echo "$pid"
	pgrep -P "$pid" || true
}

status() {
	local pid state
	pid=$(postmaster_pid)
	if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then echo stopped; return; fi
	state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null || echo '?')
	if [ "$state" = T ]; then echo frozen; else echo running; fi
}

start() {
	if [ ! -f "$DATA/PG_VERSION" ]; then
		mkdir -p "$OPS_DIR/pg"
		[ "$(id -u)" = 0 ] && chown postgres:postgres "$OPS_DIR/pg"
		as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
	fi
	[ "$(status)" = running ] && return 0
	as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
		-o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on" start >/dev/null
	for _ in $(seq 1 30); do
		pg_isready -h 127.0.0.1 -p "$PORT" -q && break
		sleep 1
	done
	psql -h 127.0.0.1 -p "$PORT" -U postgres -tAc "select 1 from pg_database where datname = 'aanboord'" | grep -q 1 ||
		psql -h 127.0.0.1 -p "$PORT" -U postgres -qc "create database aanboord"
}

case "${1:-}" in
	start) start ;;
	stop) [ "$(status)" = stopped ] || as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null ;;
	freeze) cluster_pids | xargs -r kill -STOP ;;
	thaw) cluster_pids | xargs -r kill -CONT ;;
	status) status ;;
	destroy)
		[ "$(status)" != frozen ] || cluster_pids | xargs -r kill -CONT
		[ "$(status)" = stopped ] || as_owner "$BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null
		rm -rf "$OPS_DIR/pg"
		;;
	url) echo "jdbc:postgresql://127.0.0.1:$PORT/aanboord" ;;
	*) sed -n '2,13p' "$0" >&2; exit 2 ;;
esac
