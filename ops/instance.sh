#!/usr/bin/env bash
# One instance of the application (the packaged jar) against the scratch database of ops/postgres.sh, with the
# demo data, so that several of them can run side by side behind a load balancer (see ops/cluster.sh).
#
#   ops/instance.sh start N        start instance N (1 or 2) in the background; returns once the JVM runs
#   ops/instance.sh stop N         SIGTERM, then wait for the JVM to exit (graceful: readiness goes down first,
#                                  then the requests in progress complete); SIGKILL after the stop time-out
#   ops/instance.sh restart N      stop, start and wait-ready
#   ops/instance.sh wait-ready N   wait until its readiness endpoint answers UP (exit 1 on time-out or exit)
#   ops/instance.sh pid N          print its pid (exit 1 when it does not run)
#   ops/instance.sh status N       print "ready", "running" (not ready yet or any more) or "stopped"
#
# The scratch database must run (ops/postgres.sh start, or ops/cluster.sh up). The jar is built when missing.
# Environment (defaults in brackets):
#   AANBOORD_OPS_DIR [/tmp/aanboord-ops]     logs (app-N.log), pid files (app-N.pid), the shared link secret
#   AANBOORD_OPS_APP_PORTS ["8091 8092"]     main (HTTP) port of instance 1 and 2
#   AANBOORD_OPS_MGMT_PORTS ["8191 8192"]    management port (health, metrics) of instance 1 and 2
#   AANBOORD_OPS_PGPORT [55432]              port of the scratch PostgreSQL
#   AANBOORD_OPS_JAVA_OPTS ["-Xmx384m -XX:+UseSerialGC"]   JVM options
#   AANBOORD_OPS_READY_TIMEOUT [180]         seconds wait-ready waits
#   AANBOORD_OPS_STOP_TIMEOUT [60]           seconds stop waits before SIGKILL (drain delay + graceful shutdown)
#   AANBOORD_LINK_SECRET                     signs the personal links; default: a random one kept in
#                                            $AANBOORD_OPS_DIR/link-secret, the same for every instance
#   AANBOORD_OPS_JAVA                        the java command (default: the first JDK of version 21 or newer)
# Any further arguments after N (start, restart) are passed to the application, e.g. --aanboord.shutdown.drain-delay=3s
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OPS_DIR=${AANBOORD_OPS_DIR:-/tmp/aanboord-ops}
read -r -a APP_PORTS <<<"${AANBOORD_OPS_APP_PORTS:-8091 8092}"
read -r -a MGMT_PORTS <<<"${AANBOORD_OPS_MGMT_PORTS:-8191 8192}"
JAVA_OPTS=${AANBOORD_OPS_JAVA_OPTS:--Xmx384m -XX:+UseSerialGC}
READY_TIMEOUT=${AANBOORD_OPS_READY_TIMEOUT:-180}
STOP_TIMEOUT=${AANBOORD_OPS_STOP_TIMEOUT:-60}
JAR="$ROOT/target/aanboord-0.1.0-SNAPSHOT.jar"

usage() { sed -n '2,25p' "$0" >&2; exit 2; }

CMD=${1:-}
N=${2:-}
[ -n "$CMD" ] || usage
case "$N" in 1 | 2) ;; *) usage ;; esac
shift 2
APP_PORT=${APP_PORTS[$((N - 1))]:?"no port for instance $N in AANBOORD_OPS_APP_PORTS"}
MGMT_PORT=${MGMT_PORTS[$((N - 1))]:?"no port for instance $N in AANBOORD_OPS_MGMT_PORTS"}
PID_FILE="$OPS_DIR/app-$N.pid"
LOG="$OPS_DIR/app-$N.log"
READY_URL="http://127.0.0.1:$MGMT_PORT/actuator/health/readiness"

# The first java of version 21 or newer: $AANBOORD_OPS_JAVA, $JAVA_HOME, the PATH, then the JDKs in /usr/lib/jvm.
find_java() {
	local candidate version
	for candidate in ${AANBOORD_OPS_JAVA:-} ${JAVA_HOME:+$JAVA_HOME/bin/java} "$(command -v java || true)" \
		$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
		[ -x "$candidate" ] || continue
		version=$("$candidate" -XshowSettings:properties -version 2>&1 |
			awk -F' = ' '/java.specification.version/ {print $2}')
		if [ "${version%%.*}" -ge 21 ] 2>/dev/null; then echo "$candidate"; return; fi
	done
	echo "no JDK 21 or newer found (set AANBOORD_OPS_JAVA)" >&2
	exit 1
}

running_pid() {
	local pid
	[ -f "$PID_FILE" ] || return 1
	pid=$(cat "$PID_FILE")
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
	echo "$pid"
}

link_secret() {
	if [ -n "${AANBOORD_LINK_SECRET:-}" ]; then echo "$AANBOORD_LINK_SECRET"; return; fi
	if [ ! -s "$OPS_DIR/link-secret" ]; then
		(umask 077 && head -c 32 /dev/urandom | base64 | tr -d '\n=' >"$OPS_DIR/link-secret")
	fi
	cat "$OPS_DIR/link-secret"
}

start() {
	if running_pid >/dev/null; then echo "instance $N already runs (pid $(running_pid))"; return 0; fi
	mkdir -p "$OPS_DIR"
	if [ ! -f "$JAR" ]; then
		echo "building $JAR"
		(cd "$ROOT" && { timeout 900 ./mvnw -B -q -o -DskipTests package || timeout 900 ./mvnw -B -q -DskipTests package; })
	fi
	local java secret url
	java=$(find_java)
	secret=$(link_secret)
	url=$("$ROOT/ops/postgres.sh" url)
	echo "=== start $(date -u +%FT%TZ) ===" >>"$LOG"
	# A session of its own (setsid), so that a Ctrl-C in the calling terminal does not reach it; the shell writes
	# its pid and then becomes the JVM (exec), so the pid file holds the JVM's pid.
	# shellcheck disable=SC2086
	AANBOORD_LINK_SECRET="$secret" AANBOORD_NEWSLETTER_LINK_SECRET="$secret" MANAGEMENT_ADDRESS=127.0.0.1 \
		setsid sh -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
		"$java" $JAVA_OPTS -jar "$JAR" \
		--server.port="$APP_PORT" \
		--management.server.port="$MGMT_PORT" \
		--spring.datasource.url="$url" \
		--spring.datasource.username=postgres \
		--spring.datasource.password= \
		--spring.flyway.locations=classpath:db/migration,classpath:db/demo \
		"$@" </dev/null >>"$LOG" 2>&1 &
	local i
	for i in $(seq 1 50); do
		running_pid >/dev/null && break
		sleep 0.1
	done
	running_pid >/dev/null || { echo "instance $N did not start; see $LOG" >&2; tail -n 20 "$LOG" >&2; exit 1; }
	echo "instance $N started (pid $(running_pid)), http://127.0.0.1:$APP_PORT, log $LOG"
}

stop() {
	local pid i
	pid=$(running_pid) || { rm -f "$PID_FILE"; echo "instance $N is not running"; return 0; }
	kill -TERM "$pid"
	for i in $(seq 1 $((STOP_TIMEOUT * 10))); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$pid" 2>/dev/null; then
		echo "instance $N (pid $pid) still runs after ${STOP_TIMEOUT}s: SIGKILL" >&2
		kill -KILL "$pid" 2>/dev/null || true
		sleep 0.5
	fi
	rm -f "$PID_FILE"
	echo "instance $N stopped"
}

wait_ready() {
	local deadline=$((SECONDS + READY_TIMEOUT))
	while [ "$SECONDS" -lt "$deadline" ]; do
		running_pid >/dev/null || { echo "instance $N is not running; see $LOG" >&2; tail -n 20 "$LOG" >&2; exit 1; }
		if curl -fsS -m 2 -o /dev/null "$READY_URL" 2>/dev/null; then
			echo "instance $N is ready"
			return 0
		fi
		sleep 0.5
	done
	echo "instance $N not ready after ${READY_TIMEOUT}s; see $LOG" >&2
	exit 1
}

case "$CMD" in
	start) start "$@" ;;
	stop) stop ;;
	restart) stop; start "$@"; wait_ready ;;
	wait-ready) wait_ready ;;
	pid) running_pid ;;
	status)
		if ! running_pid >/dev/null; then echo stopped
		elif curl -fsS -m 2 -o /dev/null "$READY_URL" 2>/dev/null; then echo ready
		else echo running; fi
		;;
	*) usage ;;
esac
