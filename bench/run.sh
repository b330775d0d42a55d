#!/usr/bin/env bash
# Benchmark harness for Aan Boord: start-up time, latency and throughput per page under concurrent load,
# and memory after load, against a scratch database with seeded data. See bench/README.md.
#
#   bench/run.sh [--scale N] [--duration 20s] [--connections 4] [more options: --help]
#   bench/run.sh --reference [--rounds 2]        side by side with Spring PetClinic, ratios per page
#   bench/run.sh --startup-only [--aot] [--reference] [--starts 5]
#   bench/run.sh --growth 100,1000,5000          p50/p95 of the lists and searches per data scale
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
RESULTS="$BENCH_DIR/results"
RUN_DIR="$RESULTS/run"
JAR="$ROOT/target/aanboord-0.1.0-SNAPSHOT.jar"
DB=${BENCH_DB:-aanboord_bench} # BENCH_DB: another scratch database, so that runs in several checkouts do not collide
REF_DB="${DB}_petclinic"       # PetClinic's scratch database, recreated before each start and dropped at the end
REF_SCRIPT=${BENCH_REFERENCE_SCRIPT:-/work/shared/reference/petclinic.sh}
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGOPTIONS="-c client_min_messages=warning"
unset PGDATABASE PGSERVICE
export LC_NUMERIC=C LC_COLLATE=C

# Defaults (the side-by-side mode has its own; see usage)
SCALE=1000
DURATION=20s
WARMUP=10s
CONNECTIONS=4 # see bench/README.md, "Concurrency"
THREADS=2
PORT=18080
MGMT_PORT=18081
REF_PORT=18090
STARTUP_TIMEOUT=180
BUILD=auto
THYMELEAF_CACHE=true
PAGES_FILE="$BENCH_DIR/pages.txt"
REF_PAGES_FILE="$BENCH_DIR/pages-reference.txt"
GROWTH_PAGES_FILE="$BENCH_DIR/pages-growth.txt"
MODE=load # load | reference | startup | growth
REFERENCE=""
AOT=""
ROUNDS=2
STARTS=5
GROWTH_SCALES=""
declare -A GIVEN=() # options given on the command line, so that a mode's defaults do not override them

usage() {
	cat <<EOF
Usage: bench/run.sh [options]

Modes (default: load the pages of bench/pages.txt one after the other and report):
  --reference            side by side: also start Spring PetClinic ($REF_SCRIPT) and load each
                         portal page and its paired PetClinic page alternately (bench/pages-reference.txt);
                         ratios per round. Defaults there: 16 connections, 2 threads, 20s per page, 30s warm-up
                         of every page of both apps, 2 rounds
  --rounds N             rounds of the side-by-side load, a table per round (default $ROUNDS)
  --startup-only         only start and stop the app(s) --starts times, fresh database each time, and report the
                         median time to the first HTTP 200 on /: the portal, plus the portal from the extracted jar
                         with and without the AOT cache (with --aot), plus PetClinic (with --reference)
  --starts N             starts per app in --startup-only (default $STARTS)
  --growth S1,S2,...     for each scale: fresh database, seed, load the lists and searches of
                         bench/pages-growth.txt; a table of p50/p95 per page (rows) and scale (columns)
  --aot                  run the portal from the extracted jar with a JDK AOT cache (-XX:AOTCache), made by a
                         training run (-XX:AOTCacheOutput) that loads every page a few times

Options:
  --scale N              extra organisations and schools to seed (default $SCALE; not with --growth)
  --duration D           wrk load per page, e.g. 20s, 2m (default $DURATION)
  --connections C        concurrent wrk connections (default $CONNECTIONS)
  --threads T            wrk threads (default $THREADS)
  --warmup D             wrk warm-up per page before measuring, 0 to skip (default $WARMUP)
  --port P               application port (default $PORT)
  --management-port P    actuator port (default $MGMT_PORT)
  --reference-port P     PetClinic's port (default $REF_PORT)
  --startup-timeout S    seconds to wait for the first 200 on / (default $STARTUP_TIMEOUT)
  --pages FILE           page list, one "name /path [demo-user]" per line (default bench/pages.txt; with
                         --reference "name /path demo-user|- /reference-path", default bench/pages-reference.txt;
                         with --growth, default bench/pages-growth.txt)
  --build | --no-build   always / never build the jar (default: build when missing or older than src/, pom.xml)
  --no-thymeleaf-cache   re-read templates on every request as the dev profile does (default: cached, as in production)
  -h, --help             this help

Environment: BENCH_JAVA (java binary, also used for PetClinic), BENCH_JAVA_OPTS (JVM options of the portal,
e.g. "-Xmx512m"), BENCH_DB (scratch database, default aanboord_bench; PetClinic uses <BENCH_DB>_petclinic).
EOF
}

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
	log "ERROR: $*"
	exit 1
}

# ---------------------------------------------------------------- options
while [ $# -gt 0 ]; do
	opt=$1
	val=""
	case $opt in
		--*=*) val=${opt#*=}; opt=${opt%%=*} ;;
	esac
	case $opt in
		--scale | --duration | --connections | --threads | --warmup | --port | --management-port | \
			--reference-port | --startup-timeout | --pages | --rounds | --starts | --growth)
			if [ -z "$val" ]; then
				[ $# -ge 2 ] || die "$opt needs a value"
				val=$2
				shift
			fi
			GIVEN[$opt]=1
			;;
	esac
	case $opt in
		--scale) SCALE=$val ;;
		--duration) DURATION=$val ;;
		--warmup) WARMUP=$val ;;
		--connections) CONNECTIONS=$val ;;
		--threads) THREADS=$val ;;
		--port) PORT=$val ;;
		--management-port) MGMT_PORT=$val ;;
		--reference-port) REF_PORT=$val ;;
		--startup-timeout) STARTUP_TIMEOUT=$val ;;
		--pages) PAGES_FILE=$val ;;
		--rounds) ROUNDS=$val ;;
		--starts) STARTS=$val ;;
		--growth) GROWTH_SCALES=$val ;;
		--reference) REFERENCE=1 ;;
		--startup-only) MODE=startup ;;
		--aot) AOT=1 ;;
		--build) BUILD=always ;;
		--no-build) BUILD=never ;;
		--thymeleaf-cache) THYMELEAF_CACHE=true ;;
		--no-thymeleaf-cache) THYMELEAF_CACHE="" ;;
		-h | --help) usage; exit 0 ;;
		*) usage >&2; die "unknown option: $1" ;;
	esac
	shift
done

if [ -n "$GROWTH_SCALES" ]; then
	[ "$MODE" = load ] || die "--growth and --startup-only do not go together"
	[ -z "$REFERENCE" ] || die "--growth and --reference do not go together"
	[ -z "${GIVEN[--scale]:-}" ] || die "--growth sets the scales; leave out --scale"
	MODE=growth
	[ -n "${GIVEN[--pages]:-}" ] || PAGES_FILE=$GROWTH_PAGES_FILE
elif [ "$MODE" = load ] && [ -n "$REFERENCE" ]; then
	MODE=reference
	[ -n "${GIVEN[--pages]:-}" ] || PAGES_FILE=$REF_PAGES_FILE
	[ -n "${GIVEN[--connections]:-}" ] || CONNECTIONS=16
	[ -n "${GIVEN[--threads]:-}" ] || THREADS=2
	[ -n "${GIVEN[--duration]:-}" ] || DURATION=20s
	[ -n "${GIVEN[--warmup]:-}" ] || WARMUP=30s
fi

is_int() { [[ $1 =~ ^[0-9]+$ ]]; }
is_duration() { [[ $1 =~ ^[0-9]+[smh]?$ ]]; }
# A wrk duration (20, 20s, 2m, 1h) in whole seconds.
seconds_of() {
	local n=${1%[smh]}
	case $1 in
		*m) echo $((n * 60)) ;;
		*h) echo $((n * 3600)) ;;
		*) echo "$n" ;;
	esac
}
valid_port() { is_int "$1" && [ "$1" -ge 1024 ] && [ "$1" -le 65535 ]; }

is_int "$SCALE" || die "--scale must be a whole number, not '$SCALE'"
is_duration "$DURATION" && [ "$(seconds_of "$DURATION")" -gt 0 ] || die "--duration must look like 20s, 2m, not '$DURATION'"
is_duration "$WARMUP" || die "--warmup must look like 5s, 0, not '$WARMUP'"
is_int "$THREADS" && [ "$THREADS" -ge 1 ] || die "--threads must be at least 1"
is_int "$CONNECTIONS" && [ "$CONNECTIONS" -ge "$THREADS" ] || die "--connections must be a number >= --threads ($THREADS)"
valid_port "$PORT" || die "--port must be 1024-65535"
valid_port "$MGMT_PORT" || die "--management-port must be 1024-65535"
valid_port "$REF_PORT" || die "--reference-port must be 1024-65535"
[ "$PORT" != "$MGMT_PORT" ] && [ "$PORT" != "$REF_PORT" ] && [ "$MGMT_PORT" != "$REF_PORT" ] ||
	die "--port, --management-port and --reference-port must differ"
is_int "$STARTUP_TIMEOUT" && [ "$STARTUP_TIMEOUT" -ge 1 ] || die "--startup-timeout must be a number of seconds"
is_int "$ROUNDS" && [ "$ROUNDS" -ge 1 ] && [ "$ROUNDS" -le 20 ] || die "--rounds must be 1-20"
is_int "$STARTS" && [ "$STARTS" -ge 1 ] && [ "$STARTS" -le 50 ] || die "--starts must be 1-50"
GROWTH_LIST=()
if [ "$MODE" = growth ]; then
	IFS=, read -r -a GROWTH_LIST <<<"$GROWTH_SCALES"
	[ ${#GROWTH_LIST[@]} -ge 1 ] || die "--growth needs scales, e.g. 100,1000,5000"
	for s in "${GROWTH_LIST[@]}"; do
		is_int "$s" && [ "$s" -le 100000 ] || die "--growth: '$s' is not a scale (a whole number up to 100000)"
	done
fi
[ -r "$PAGES_FILE" ] || die "page list not readable: $PAGES_FILE"
[ -z "$REFERENCE" ] || [ -x "$REF_SCRIPT" ] || die "reference start script not found: $REF_SCRIPT"
case $DB in aanboord | aanboord_test | postgres | template0 | template1) die "refusing to use database $DB" ;; esac
[[ $DB =~ ^[a-z0-9_]+$ ]] || die "BENCH_DB must be lower-case letters, digits and underscores"

# ---------------------------------------------------------------- page list
# Columns: name, /path, demo user (optional; "-" for none), and in the side-by-side list the PetClinic path
# that the page is paired with.
PAGE_NAMES=()
PAGE_PATHS=()
PAGE_USERS=()
PAGE_REFS=()
if [ "$MODE" = reference ]; then page_format="name /path demo-user|- /reference-path"; else page_format="name /path [demo-user]"; fi
while read -r name path user ref extra || [ -n "${name:-}" ]; do
	case ${name:-} in '' | \#*) continue ;; esac
	[ "${user:-}" != - ] || user=""
	ok=1
	[ -n "${path:-}" ] && [ -z "${extra:-}" ] && [[ $path == /* ]] && [[ $name =~ ^[A-Za-z0-9._-]+$ ]] &&
		[[ ${user:-} =~ ^[a-z]*$ ]] || ok=""
	if [ "$MODE" = reference ]; then [[ ${ref:-} == /* ]] || ok=""; else [ -z "${ref:-}" ] || ok=""; fi
	[ -n "$ok" ] || die "$PAGES_FILE: expected '$page_format', got: $name ${path:-} ${user:-} ${ref:-} ${extra:-}"
	PAGE_NAMES+=("$name")
	PAGE_PATHS+=("$path")
	PAGE_USERS+=("${user:-}")
	PAGE_REFS+=("${ref:-}")
done <"$PAGES_FILE"
[ ${#PAGE_NAMES[@]} -gt 0 ] || [ "$MODE" = startup ] || die "$PAGES_FILE lists no pages"

# ---------------------------------------------------------------- one run at a time, cleanup on any exit
mkdir -p "$RESULTS" "$RUN_DIR"
exec 9>"$RESULTS/.lock"
flock -n 9 || die "another bench/run.sh is running (lock $RESULTS/.lock)"

APP_PID=""
APP_STARTED=""
REF_PID=""
REF_WRAPPER_PID=""
WRK_PID=""
DB_CREATED=0
REF_DB_CREATED=0

# Stops a process by its PID: TERM, then KILL after the given number of seconds.
stop_pid() { # pid label seconds
	local pid=$1 i
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
	log "stopping $2 (pid $pid)"
	kill -TERM "$pid" 2>/dev/null
	for i in $(seq 1 $(($3 * 10))); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$pid" 2>/dev/null; then
		log "$2 did not stop in $3 s, killing pid $pid"
		kill -KILL "$pid" 2>/dev/null
	fi
	wait "$pid" 2>/dev/null || true # reaps it when it is our child; PetClinic is not
	for i in $(seq 1 50); do # a process that is not our child: wait until it is gone
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
}
# PetClinic's JVM while its start script still runs: the script's child named java.
reference_jvm() { [ -n "$REF_WRAPPER_PID" ] && ps -o pid=,comm= --ppid "$REF_WRAPPER_PID" 2>/dev/null | awk '$2 == "java" { print $1; exit }'; }
stop_reference() {
	if [ -z "$REF_PID" ] && [ -n "$REF_WRAPPER_PID" ] && kill -0 "$REF_WRAPPER_PID" 2>/dev/null; then
		REF_PID=$(reference_jvm || true)
	fi
	stop_pid "$REF_WRAPPER_PID" "PetClinic's start script" 5
	REF_WRAPPER_PID=""
	stop_pid "$REF_PID" PetClinic 30
	REF_PID=""
}
cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	set +e
	if [ -n "$WRK_PID" ] && kill -0 "$WRK_PID" 2>/dev/null; then
		kill -TERM "$WRK_PID" 2>/dev/null
		wait "$WRK_PID" 2>/dev/null
	fi
	stop_pid "$APP_PID" "the app" 300 # a training run writes its AOT cache on the way out
	stop_reference
	if [ "$DB_CREATED" = 1 ]; then
		log "dropping database $DB"
		timeout 60 psql -X -q -d postgres -c "drop database if exists $DB with (force)" ||
			log "WARNING: could not drop database $DB"
	fi
	if [ "$REF_DB_CREATED" = 1 ]; then
		log "dropping database $REF_DB"
		timeout 60 psql -X -q -d postgres -c "drop database if exists $REF_DB with (force)" ||
			log "WARNING: could not drop database $REF_DB"
	fi
	rm -rf "$RUN_DIR/app.jar" "$RUN_DIR/extracted" "$RUN_DIR/app.aot" "$RUN_DIR/app.aot.config"
	[ "$rc" -eq 0 ] || [ -z "$APP_STARTED" ] || log "failed (exit $rc); logs: $RESULTS/app.log, $RESULTS/reference.log"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- tools
for tool in curl psql flock timeout awk sort; do
	command -v "$tool" >/dev/null || die "$tool is required but not installed"
done
if [ "$MODE" != startup ] && ! command -v wrk >/dev/null; then
	log "wrk is missing, installing the Debian package"
	if [ "$(id -u)" = 0 ]; then
		timeout 300 apt-get install -y -q wrk >&2 || { timeout 300 apt-get update -q >&2 && timeout 300 apt-get install -y -q wrk >&2; }
	else
		timeout 300 sudo apt-get install -y -q wrk >&2
	fi
	command -v wrk >/dev/null || die "could not install wrk (apt-get install wrk)"
fi

java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'; }
find_java() {
	local candidate major
	for candidate in ${BENCH_JAVA:-} /usr/lib/jvm/temurin-25-jdk-amd64/bin/java $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
		[ -x "$candidate" ] || continue
		major=$(java_major "$candidate")
		if is_int "${major:-x}" && [ "$major" -ge 21 ]; then
			echo "$candidate"
			return 0
		fi
	done
	return 1
}
JAVA=$(find_java) || die "no java >= 21 found under /usr/lib/jvm (set BENCH_JAVA)"
JAVA_VERSION=$("$JAVA" -version 2>&1 | head -1)
[ -z "$AOT" ] || [ "$(java_major "$JAVA")" -ge 25 ] || die "--aot needs java 25 or later (-XX:AOTCacheOutput); $JAVA is $JAVA_VERSION"
JCMD="$(dirname "$JAVA")/jcmd" # same JDK as the apps, for the heap after a full GC
[ -x "$JCMD" ] || JCMD=""
read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS:-}"

port_in_use() {
	if command -v ss >/dev/null; then
		[ -n "$(ss -Htln "sport = :$1" 2>/dev/null)" ]
	else
		(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
	fi
}
port_in_use "$PORT" && die "port $PORT is already in use; choose another with --port"
port_in_use "$MGMT_PORT" && die "management port $MGMT_PORT is already in use; choose another with --management-port"
[ -z "$REFERENCE" ] || ! port_in_use "$REF_PORT" || die "port $REF_PORT is already in use; choose another with --reference-port"
timeout 10 psql -X -q -d postgres -c 'select 1' >/dev/null || die "cannot reach PostgreSQL at $PGHOST:$PGPORT as $PGUSER"

# ---------------------------------------------------------------- build
if [ "$BUILD" = always ] || { [ "$BUILD" = auto ] && { [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; }; }; then
	log "building the jar (./mvnw -B -q -DskipTests package)"
	(cd "$ROOT" && timeout 1800 ./mvnw -B -q -DskipTests package) || die "build failed"
fi
[ -f "$JAR" ] || die "jar not found: $JAR (run without --no-build)"
# Run from a copy so that a rebuild by someone else during the run cannot pull the jar from under the app.
rm -rf "$RUN_DIR/extracted" "$RUN_DIR/app.aot" "$RUN_DIR/app.aot.config"
cp "$JAR" "$RUN_DIR/app.jar"
if [ -n "$AOT" ]; then
	# The AOT cache only holds classes loaded from the class path, not from the jars nested in the boot jar.
	log "extracting the jar for the AOT cache"
	(cd "$RUN_DIR" && timeout 300 "$JAVA" -Djarmode=tools -jar app.jar extract --destination extracted >/dev/null) ||
		die "could not extract the jar"
	[ -f "$RUN_DIR/extracted/app.jar" ] || die "extracting the jar made no extracted/app.jar"
fi

# ---------------------------------------------------------------- databases
# psql with a time limit, tried up to three times: on a shared server a connection can be refused for a moment
# ("too many clients"); every statement given to it can be repeated (a seed file runs in one transaction).
pg() { # timeout-seconds psql-arguments...
	local limit=$1 try
	shift
	for try in 1 2 3; do
		timeout "$limit" psql -X -q -v ON_ERROR_STOP=1 "$@" && return 0
		[ "$try" = 3 ] || { log "psql failed, trying again in 5 s"; sleep 5; }
	done
	return 1
}
recreate_db() { # name
	pg 60 -d postgres -c "drop database if exists $1 with (force)" || die "could not drop database $1"
	pg 60 -d postgres -c "create database $1" || die "could not create database $1"
}
db_query() { pg 60 -At -d "$DB" -c "$1"; }

# ---------------------------------------------------------------- start-up
BASE="http://127.0.0.1:$PORT"
MGMT="http://127.0.0.1:$MGMT_PORT"
REF_BASE="http://127.0.0.1:$REF_PORT"
APP_ARGS=(--spring.profiles.active=dev --server.port="$PORT" --server.address=127.0.0.1
	--management.server.port="$MGMT_PORT" --management.server.address=127.0.0.1)
[ -z "$THYMELEAF_CACHE" ] || APP_ARGS+=(--spring.thymeleaf.cache=true)
# The growth run measures the searches themselves: anonymous public pages are not served from the page cache there
[ "$MODE" != growth ] || APP_ARGS+=(--aanboord.public-pages.cache-ttl=0s)

# Polls url every 50 ms until it answers 200 (both apps are measured this way): sets WAITED_MS, the time since
# start_ns. Fails when the process stops (unless it left a non-empty file: PetClinic's start script exits once
# it has printed the PID), or after --startup-timeout.
wait_for_200() { # url start_ns pid log label [file]
	local deadline=$((SECONDS + STARTUP_TIMEOUT)) code
	while :; do
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true)
		[ "$code" = 200 ] && break
		if ! kill -0 "$3" 2>/dev/null && ! [ -s "${6:-/nonexistent}" ]; then
			tail -n 30 "$4" >&2
			die "$5 exited during start-up (log: $4)"
		fi
		[ "$SECONDS" -lt "$deadline" ] || { tail -n 30 "$4" >&2; die "no HTTP 200 on $1 within $STARTUP_TIMEOUT s (last status $code)"; }
		sleep 0.05
	done
	WAITED_MS=$((($(date +%s%N) - $2) / 1000000))
}

# Starts the portal against a fresh, empty database $DB (Flyway migrates it and loads the demo data), as
# plain (the boot jar), extracted (the extracted jar), aot (extracted jar with the AOT cache; AOTMode=on makes the
# JVM stop if it cannot use it) or train (extracted jar, writing the AOT cache when it stops). Sets APP_PID and STARTUP_MS.
start_portal() { # how
	local launch=() start_ns
	case $1 in
		plain) launch=(-jar "$RUN_DIR/app.jar") ;;
		extracted) launch=(-jar "$RUN_DIR/extracted/app.jar") ;;
		aot) launch=(-XX:AOTMode=on -XX:AOTCache="$RUN_DIR/app.aot" -jar "$RUN_DIR/extracted/app.jar") ;;
		train) launch=(-XX:AOTCacheOutput="$RUN_DIR/app.aot" -jar "$RUN_DIR/extracted/app.jar") ;;
	esac
	recreate_db "$DB"
	DB_CREATED=1
	SESSION_COOKIES=()
	log "starting the portal ($1) on $BASE (management $MGMT) with $JAVA"
	start_ns=$(date +%s%N)
	SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
		SPRING_DATASOURCE_PASSWORD="" \
		"$JAVA" "${JAVA_OPTS[@]}" "${launch[@]}" "${APP_ARGS[@]}" >"$RESULTS/app.log" 2>&1 &
	APP_PID=$!
	APP_STARTED=1
	wait_for_200 "$BASE/" "$start_ns" "$APP_PID" "$RESULTS/app.log" "the portal"
	STARTUP_MS=$WAITED_MS
	log "portal ($1): first 200 on / after ${STARTUP_MS} ms"
}
stop_portal() {
	stop_pid "$APP_PID" "the portal" "${1:-60}"
	APP_PID=""
}

# Starts PetClinic with its start script against a fresh database $REF_DB; sets REF_PID and REF_STARTUP_MS,
# measured as for the portal: from launching the script to the first 200 on /, polled every 50 ms.
start_reference() {
	local start_ns i
	recreate_db "$REF_DB"
	REF_DB_CREATED=1
	log "starting PetClinic on $REF_BASE"
	: >"$RUN_DIR/reference.pid"
	start_ns=$(date +%s%N)
	JAVA="$JAVA" PETCLINIC_LOG="$RESULTS/reference.log" "$REF_SCRIPT" "$REF_PORT" "$REF_DB" >"$RUN_DIR/reference.pid" &
	REF_WRAPPER_PID=$!
	APP_STARTED=1
	wait_for_200 "$REF_BASE/" "$start_ns" "$REF_WRAPPER_PID" "$RESULTS/reference.log" "PetClinic's start script" \
		"$RUN_DIR/reference.pid"
	REF_STARTUP_MS=$WAITED_MS
	for i in $(seq 1 100); do # the script prints the PID once it sees the answer too
		kill -0 "$REF_WRAPPER_PID" 2>/dev/null || break
		sleep 0.1
	done
	REF_PID=$(head -1 "$RUN_DIR/reference.pid" 2>/dev/null || true)
	if ! is_int "${REF_PID:-x}"; then
		REF_PID=""
		die "PetClinic's start script printed no PID"
	fi
	wait "$REF_WRAPPER_PID" 2>/dev/null || true
	REF_WRAPPER_PID=""
	log "PetClinic (pid $REF_PID): first 200 on / after ${REF_STARTUP_MS} ms"
}

sum_metric() { # prometheus metric name, label filter -> sum in bytes
	curl -s --max-time 10 "$MGMT/actuator/prometheus" |
		awk -v m="$1" -v f="$2" 'index($0, m "{") == 1 && index($0, f) { s += $NF } END { printf "%.0f", s }'
}
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
mib() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1048576 }'; }
# Heap in use after a full collection (the live set), in bytes, with jcmd; empty when jcmd cannot attach.
live_heap() { # pid
	[ -n "$JCMD" ] || return 0
	timeout 60 "$JCMD" "$1" GC.run >/dev/null 2>&1 || return 0
	timeout 60 "$JCMD" "$1" GC.heap_info 2>/dev/null |
		awk 'match($0, /used [0-9]+K/) { print substr($0, RSTART + 5, RLENGTH - 6) * 1024; exit }'
}
mib_or_na() { if [ -n "$1" ]; then mib "$1"; else echo n/a; fi; }

# ---------------------------------------------------------------- seed
SEED_FILES=()
for f in "$BENCH_DIR"/seed/*.sql; do [ -e "$f" ] && SEED_FILES+=("$f"); done
seed_db() { # scale; sets SEED_S
	local seed_start=$SECONDS f
	for f in "${SEED_FILES[@]}"; do
		log "seeding: ${f#"$BENCH_DIR"/} (scale $1)"
		pg 1800 -1 -v scale="$1" -d "$DB" -f "$f" >/dev/null ||
			die "seed file failed: $f"
	done
	# as autovacuum would have done on a database in use: visibility map set, statistics fresh
	pg 1800 -d "$DB" -c 'vacuum analyze' >/dev/null || die "vacuum analyze failed"
	SEED_S=$((SECONDS - seed_start))
}

# ---------------------------------------------------------------- load
RAW="$RUN_DIR/wrk"
rm -rf "$RAW"
mkdir -p "$RAW"
# Pages behind a login: one session per demo user (password of the demo data), sent as a cookie.
declare -A SESSION_COOKIES=()
login_cookie() { # user -> sets COOKIE
	COOKIE=""
	[ -n "$1" ] || return 0
	if [ -z "${SESSION_COOKIES[$1]:-}" ]; then
		local jar csrf
		jar="$RUN_DIR/cookies-$1.txt"
		rm -f "$jar"
		csrf=$(curl -s --max-time 10 -c "$jar" -b "$jar" "$BASE/login" |
			grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
		curl -s -o /dev/null --max-time 10 -c "$jar" -b "$jar" --data-urlencode "username=$1" \
			--data-urlencode "password=AanBoord-demo-2026" --data-urlencode "_csrf=$csrf" "$BASE/login"
		SESSION_COOKIES[$1]=$(awk '$6 == "AANBOORD_SESSION" { print $7 }' "$jar" | tail -1)
		[ -n "${SESSION_COOKIES[$1]}" ] || die "could not log in as $1"
	fi
	COOKIE="AANBOORD_SESSION=${SESSION_COOKIES[$1]}"
}

run_wrk() { # name url duration output [user]
	local budget=$(($(seconds_of "$3") + 60))
	local headers=()
	login_cookie "${5:-}"
	[ -z "$COOKIE" ] || headers=(-H "Cookie: $COOKIE")
	BENCH_PAGE=$1 timeout "$budget" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout 10s "${headers[@]}" \
		-s "$BENCH_DIR/report.lua" "$2" >"$4" 2>&1 &
	WRK_PID=$!
	wait "$WRK_PID" || { cat "$4" >&2; die "wrk failed on $2"; }
	WRK_PID=""
}

# Checks that a page answers 200 (a warning otherwise) and warms it up for --warmup.
check_and_warm() { # name url [user]
	local code
	login_cookie "${3:-}"
	code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 ${COOKIE:+-H "Cookie: $COOKIE"} "$2" || true)
	[ "$code" = 200 ] || log "WARNING: $1 $2 answers $code, not 200"
	if [ "$(seconds_of "$WARMUP")" -gt 0 ]; then
		log "warming up $1 $2 for $WARMUP"
		run_wrk "$1" "$2" "$WARMUP" "$RAW/$1.warmup.txt" "${3:-}"
	fi
}

# CPU accounting, to tell how much of the machine the app, wrk and everything else used during each page.
CLK_TCK=$(getconf CLK_TCK)
cpu_ms() { # pid of the app under load -> CPU_NOW: machine busy, app, children of this shell (wrk), in CPU ms
	local busy app children
	times >"$RUN_DIR/times.txt" # the children's times only count in this shell, not in a subshell
	busy=$(awk -v t="$CLK_TCK" '$1 == "cpu" { printf "%.0f", ($2 + $3 + $4 + $7 + $8 + $9) * 1000 / t; exit }' /proc/stat)
	app=$(sed 's/.*) //' "/proc/$1/stat" | awk -v t="$CLK_TCK" '{ printf "%.0f", ($12 + $13) * 1000 / t }')
	children=$(awk 'NR == 2 { for (i = 1; i <= 2; i++) { split($i, p, "m"); sub("s", "", p[2]); s += p[1] * 60 + p[2] } printf "%.0f", s * 1000 }' "$RUN_DIR/times.txt")
	CPU_NOW="$busy $app $children"
}
cores() { awk -v ms="$1" -v wall="$2" 'BEGIN { c = ms / wall; if (c < 0) c = 0; printf "%.2f", c }'; }

# Loads one page for --duration and sets LINE (wrk's result line), CPU_APP, CPU_WRK, CPU_OTHER (cores).
measure() { # name url output pid [user]
	local busy0 app0 kids0 busy1 app1 kids1 t0 wall_ms
	log "load on $1 $2: $THREADS threads, $CONNECTIONS connections, $DURATION"
	cpu_ms "$4"
	read -r busy0 app0 kids0 <<<"$CPU_NOW"
	t0=$(date +%s%N)
	run_wrk "$1" "$2" "$DURATION" "$3" "${5:-}"
	wall_ms=$((($(date +%s%N) - t0) / 1000000))
	cpu_ms "$4"
	read -r busy1 app1 kids1 <<<"$CPU_NOW"
	CPU_APP=$(cores $((app1 - app0)) "$wall_ms")
	CPU_WRK=$(cores $((kids1 - kids0)) "$wall_ms")
	CPU_OTHER=$(cores $((busy1 - busy0 - (app1 - app0) - (kids1 - kids0))) "$wall_ms")
	LINE=$(grep '^BENCH_RESULT ' "$3") || { cat "$3" >&2; die "no result line from wrk for $1"; }
	echo "$LINE"
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$LINE"; }
errors_of() {
	local errors socket
	errors=$(field non2xx)
	socket=$(field socket_errors)
	[ "$socket" = 0 ] || errors="$errors (+$socket socket)"
	echo "$errors"
}
busy_other() { awk -v o="$1" 'BEGIN { exit !(o > 0.3) }'; }

# The AOT cache: a training run on a fresh database that loads every page a few times, then stops (the JVM
# writes the cache on its way out).
train_aot() {
	local i n
	log "AOT training run"
	start_portal train
	TRAIN_STARTUP_MS=$STARTUP_MS
	for n in 1 2 3 4 5; do
		for i in "${!PAGE_NAMES[@]}"; do
			login_cookie "${PAGE_USERS[$i]}"
			curl -s -o /dev/null --max-time 30 ${COOKIE:+-H "Cookie: $COOKIE"} "$BASE${PAGE_PATHS[$i]}" || true
		done
	done
	stop_portal 300
	[ -s "$RUN_DIR/app.aot" ] || die "the training run wrote no AOT cache ($RUN_DIR/app.aot); see $RESULTS/app.log"
	log "AOT cache written: $(du -m "$RUN_DIR/app.aot" | cut -f1) MiB"
}
PORTAL_HOW=plain
if [ -n "$AOT" ]; then
	PORTAL_HOW=aot
	train_aot
fi

# ---------------------------------------------------------------- report helpers
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -z "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ] || commit="$commit + uncommitted changes"
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
median_ms() { # values... -> median
	printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
portal_label() {
	case $1 in
		plain) echo "portal (boot jar)" ;;
		extracted) echo "portal (extracted jar)" ;;
		aot) echo "portal (extracted jar + AOT cache)" ;;
	esac
}
header() { # title
	local cpu mem_total templates
	cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
	mem_total=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
	templates="templates not cached (--no-thymeleaf-cache)"
	[ -z "$THYMELEAF_CACHE" ] || templates="templates cached, as in production"
	echo "# $1, $(date '+%Y-%m-%d %H:%M')"
	echo
	echo "- Commit: $commit"
	echo "- Machine: $(nproc) cores ($cpu), $mem_total GiB RAM; wrk runs on the same machine"
	if [ "$MODE" = startup ]; then
		echo "- Java: $JAVA_VERSION; JVM options of the portal: ${BENCH_JAVA_OPTS:-none}; profile dev, $templates"
	else
		echo "- Java: $JAVA_VERSION; JVM options: ${BENCH_JAVA_OPTS:-none}; profile dev, $templates;" \
			"the portal runs as $(portal_label "$PORTAL_HOW")"
	fi
}
warmup_text() { if [ "$(seconds_of "$WARMUP")" -gt 0 ]; then echo "$WARMUP warm-up per page"; else echo "no warm-up"; fi; }
publish() { # report file
	cp "$1" "$RESULTS/latest.md"
	cp "$1" "$RESULTS/$(date +%Y%m%d-%H%M%S).md"
	echo
	cat "$1"
	echo
	log "report written to ${RESULTS#"$ROOT"/}/latest.md"
}
report="$RUN_DIR/report.md"

# ================================================================ mode: start-up only
if [ "$MODE" = startup ]; then
	CONFIGS=(plain)
	[ -z "$AOT" ] || CONFIGS+=(extracted aot)
	[ -z "$REFERENCE" ] || CONFIGS+=(petclinic)
	declare -A STARTUP_VALUES=() RSS_VALUES=()
	for n in $(seq 1 "$STARTS"); do # interleaved, so that a noisy minute does not hit one configuration only
		for c in "${CONFIGS[@]}"; do
			log "start $n of $STARTS: $c"
			if [ "$c" = petclinic ]; then
				start_reference
				ms=$REF_STARTUP_MS
				rss=$(rss_kb "$REF_PID")
				stop_reference
			else
				start_portal "$c"
				ms=$STARTUP_MS
				rss=$(rss_kb "$APP_PID")
				stop_portal
			fi
			STARTUP_VALUES[$c]="${STARTUP_VALUES[$c]:-} $ms"
			RSS_VALUES[$c]="${RSS_VALUES[$c]:-} $rss"
		done
	done
	{
		header "Start-up, portal and reference"
		echo "- $STARTS starts per app, interleaved, each against a fresh empty database (the portal's Flyway"
		echo "  migrations and demo data, PetClinic's schema and sample data are part of every start)"
		[ -z "$AOT" ] || echo "- AOT cache made by a training run that loaded every page of ${PAGES_FILE#"$ROOT"/} five times" \
			"(its own start-up: $(secs "$TRAIN_STARTUP_MS") s)"
		echo
		echo "Time from launch to the first HTTP 200 on \`/\`, polled every 50 ms; RSS just after that answer."
		echo
		echo "| app | median s | min s | max s | all starts, s | median RSS MiB |"
		echo "|---|---:|---:|---:|---|---:|"
		for c in "${CONFIGS[@]}"; do
			read -r -a vals <<<"${STARTUP_VALUES[$c]}"
			read -r -a rss <<<"${RSS_VALUES[$c]}"
			sorted=$(printf '%s\n' "${vals[@]}" | sort -n)
			all=""
			for v in "${vals[@]}"; do all="$all $(secs "$v")"; done
			if [ "$c" = petclinic ]; then label="PetClinic (boot jar)"; else label=$(portal_label "$c"); fi
			echo "| $label | **$(secs "$(median_ms "${vals[@]}")")** | $(secs "$(head -1 <<<"$sorted")") |" \
				"$(secs "$(tail -1 <<<"$sorted")") |${all} | $(mib $(($(median_ms "${rss[@]}") * 1024))) |"
		done
		echo
		echo "Total run time: $SECONDS s."
	} >"$report"
	publish "$report"
	exit 0
fi

# ================================================================ mode: growth
if [ "$MODE" = growth ]; then
	declare -A CELLS=()
	SCALE_NOTES=()
	BUSY_CELLS=()
	for s in "${GROWTH_LIST[@]}"; do
		start_portal "$PORTAL_HOW"
		seed_db "$s"
		trajectories=$(db_query 'select count(*) from trajectory' || echo '?')
		schools=$(db_query 'select count(*) from school' || echo '?')
		fiches=$(db_query "select count(*) from fiche where status = 'PUBLISHED'" || echo '?')
		SCALE_NOTES+=("scale $s: $trajectories trajectories, $schools schools, $fiches published fiches (seeding took $SEED_S s)")
		for i in "${!PAGE_NAMES[@]}"; do
			check_and_warm "${PAGE_NAMES[$i]}" "$BASE${PAGE_PATHS[$i]}" "${PAGE_USERS[$i]}"
		done
		for i in "${!PAGE_NAMES[@]}"; do
			measure "${PAGE_NAMES[$i]}" "$BASE${PAGE_PATHS[$i]}" "$RAW/${PAGE_NAMES[$i]}.$s.txt" "$APP_PID" "${PAGE_USERS[$i]}"
			cell="$(field p50_ms) / $(field p95_ms)"
			[ "$(errors_of)" = 0 ] || cell="$cell ($(errors_of) errors)"
			CELLS[$i.$s]=$cell
			! busy_other "$CPU_OTHER" || BUSY_CELLS+=("${PAGE_NAMES[$i]} at scale $s")
		done
		stop_portal
	done
	{
		header "Aan Boord benchmark, growth with the data"
		echo "- Load: wrk, $THREADS threads, $CONNECTIONS connections, $DURATION per page after $(warmup_text);" \
			"a fresh database and a freshly started portal per scale"
		for note in "${SCALE_NOTES[@]}"; do echo "- $note"; done
		echo
		echo "p50 / p95 latency in ms per page (rows) and seed scale (columns)."
		echo
		line="| page |"
		sep="|---|"
		for s in "${GROWTH_LIST[@]}"; do
			line="$line scale $s |"
			sep="$sep---:|"
		done
		echo "$line"
		echo "$sep"
		for i in "${!PAGE_NAMES[@]}"; do
			line="| ${PAGE_NAMES[$i]} \`${PAGE_PATHS[$i]}\` |"
			for s in "${GROWTH_LIST[@]}"; do line="$line ${CELLS[$i.$s]} |"; done
			echo "$line"
		done
		echo
		if [ ${#BUSY_CELLS[@]} -gt 0 ]; then
			echo "**Warning:** other processes used more than 0.3 cores during: ${BUSY_CELLS[*]}."
			echo
		fi
		echo "Total run time: $SECONDS s."
	} >"$report"
	publish "$report"
	exit 0
fi

# ================================================================ modes: load, and side by side (reference)
start_portal "$PORTAL_HOW"
RSS_START_KB=$(rss_kb "$APP_PID")
HEAP_START=$(sum_metric jvm_memory_used_bytes 'area="heap"')
[ -n "$HEAP_START" ] && [ "$HEAP_START" != 0 ] || die "no heap metrics on $MGMT/actuator/prometheus"
seed_db "$SCALE"
ORGS=$(db_query 'select count(*) from organisation')
SCHOOLS=$(db_query 'select count(*) from school')
TRAJECTORIES=$(db_query 'select count(*) from trajectory')
SESSIONS_BEFORE=$(db_query 'select count(*) from spring_session')
log "database holds $ORGS organisations, $SCHOOLS schools and $TRAJECTORIES trajectories"

for i in "${!PAGE_NAMES[@]}"; do
	check_and_warm "${PAGE_NAMES[$i]}" "$BASE${PAGE_PATHS[$i]}" "${PAGE_USERS[$i]}"
done

# ---------------------------------------------------------------- side by side
if [ "$MODE" = reference ]; then
	start_reference
	REF_RSS_START_KB=$(rss_kb "$REF_PID")
	declare -A REF_WARMED=()
	for i in "${!PAGE_NAMES[@]}"; do
		ref=${PAGE_REFS[$i]}
		[ -z "${REF_WARMED[$ref]:-}" ] || continue
		REF_WARMED[$ref]=1
		check_and_warm "reference$(tr -c 'A-Za-z0-9\n' '_' <<<"$ref")" "$REF_BASE$ref"
	done
	LOADAVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
	declare -A ROUND_RATIOS=()
	ROUND_TABLES=()
	BUSY_PAGES=()
	for r in $(seq 1 "$ROUNDS"); do
		rows=""
		for i in "${!PAGE_NAMES[@]}"; do
			name=${PAGE_NAMES[$i]}
			ref=${PAGE_REFS[$i]}
			measure "$name" "$BASE${PAGE_PATHS[$i]}" "$RAW/$name.round$r.txt" "$APP_PID" "${PAGE_USERS[$i]}"
			p_rps=$(field rps) p_p50=$(field p50_ms) p_p95=$(field p95_ms) p_err=$(errors_of) p_other=$CPU_OTHER
			measure "reference-for-$name" "$REF_BASE$ref" "$RAW/$name.reference.round$r.txt" "$REF_PID"
			r_rps=$(field rps) r_p50=$(field p50_ms) r_p95=$(field p95_ms) r_err=$(errors_of) r_other=$CPU_OTHER
			q=$(ratio "$p_rps" "$r_rps")
			ROUND_RATIOS[$i.$r]=$q
			err=""
			[ "$p_err" = 0 ] && [ "$r_err" = 0 ] || err=" (errors: portal $p_err, reference $r_err)"
			rows+="| $name \`${PAGE_PATHS[$i]}\` | $p_rps | $p_p50 | $p_p95 | \`$ref\` | $r_rps | $r_p50 | $r_p95 | **$q**$err | $p_other / $r_other |"$'\n'
			! busy_other "$p_other" && ! busy_other "$r_other" || BUSY_PAGES+=("$name (round $r)")
		done
		ROUND_TABLES+=("$rows")
	done
	PORTAL_RSS_KB=$(rss_kb "$APP_PID")
	REF_RSS_KB=$(rss_kb "$REF_PID")
	PORTAL_LIVE=$(live_heap "$APP_PID")
	REF_LIVE=$(live_heap "$REF_PID")
	SESSIONS_AFTER=$(db_query 'select count(*) from spring_session' || echo '?')
	{
		header "Aan Boord side by side with Spring PetClinic"
		echo "- Reference: Spring PetClinic ($REF_SCRIPT), same java, database $REF_DB with its sample data"
		echo "- Portal data: scale $SCALE, $ORGS organisations, $SCHOOLS schools, $TRAJECTORIES trajectories (seeding took ${SEED_S} s)"
		echo "- Load: wrk, $THREADS threads, $CONNECTIONS connections, $DURATION per page after $(warmup_text) (every page" \
			"of both apps); $ROUNDS rounds, each page followed at once by its reference page"
		echo "- Sessions in spring_session: $SESSIONS_BEFORE before load, $SESSIONS_AFTER after"
		echo
		echo "Start-up and memory (start-up: launch to the first HTTP 200 on \`/\`, polled every 50 ms, fresh database;"
		echo "live heap: heap in use after a full GC, \`jcmd PID GC.run\` then \`GC.heap_info\`):"
		echo
		echo "| app | start-up s | RSS after start-up MiB | RSS after load MiB | live heap after load MiB |"
		echo "|---|---:|---:|---:|---:|"
		echo "| $(portal_label "$PORTAL_HOW") | $(secs "$STARTUP_MS") | $(mib $((RSS_START_KB * 1024))) |" \
			"$(mib $((PORTAL_RSS_KB * 1024))) | $(mib_or_na "$PORTAL_LIVE") |"
		echo "| PetClinic | $(secs "$REF_STARTUP_MS") | $(mib $((REF_RSS_START_KB * 1024))) | $(mib $((REF_RSS_KB * 1024))) |" \
			"$(mib_or_na "$REF_LIVE") |"
		echo "| ratio portal / PetClinic | $(ratio "$STARTUP_MS" "$REF_STARTUP_MS") | $(ratio "$RSS_START_KB" "$REF_RSS_START_KB") |" \
			"$(ratio "$PORTAL_RSS_KB" "$REF_RSS_KB") | $(ratio "${PORTAL_LIVE:-0}" "${REF_LIVE:-0}") |"
		echo
		echo "Ratio = portal req/s ÷ reference req/s, both measured one after the other; above 1 the portal page"
		echo "serves more requests a second than its reference page. Latencies in ms. Other = cores used by"
		echo "everything but the app under load and wrk, PostgreSQL included (portal / reference); load average"
		echo "before: $LOADAVG_BEFORE."
		for r in $(seq 1 "$ROUNDS"); do
			echo
			echo "## Round $r of $ROUNDS"
			echo
			echo "| page | portal req/s | p50 | p95 | reference page | req/s | p50 | p95 | ratio | other |"
			echo "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|"
			printf '%s' "${ROUND_TABLES[$((r - 1))]}"
		done
		echo
		echo "## Ratios per round"
		echo
		line="| page |"
		sep="|---|"
		for r in $(seq 1 "$ROUNDS"); do
			line="$line round $r |"
			sep="$sep---:|"
		done
		echo "$line spread |"
		echo "$sep---:|"
		for i in "${!PAGE_NAMES[@]}"; do
			line="| ${PAGE_NAMES[$i]} |"
			vals=()
			for r in $(seq 1 "$ROUNDS"); do
				line="$line ${ROUND_RATIOS[$i.$r]} |"
				vals+=("${ROUND_RATIOS[$i.$r]}")
			done
			spread=$(printf '%s\n' "${vals[@]}" | awk '$1 != "n/a" { if (n == 0 || $1 < lo) lo = $1; if (n == 0 || $1 > hi) hi = $1; n++ }
				END { if (n > 0 && lo > 0) printf "%.0f %%", (hi - lo) / lo * 100; else print "n/a" }')
			echo "$line $spread |"
		done
		echo
		if [ ${#BUSY_PAGES[@]} -gt 0 ]; then
			echo "**Warning:** other processes used more than 0.3 cores during: ${BUSY_PAGES[*]}. Those ratios are"
			echo "not comparable with a run on a quiet machine."
			echo
		fi
		echo "Total run time: $SECONDS s."
	} >"$report"
	publish "$report"
	exit 0
fi

# ---------------------------------------------------------------- load, one page after the other
LOADAVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
ROWS=()
CPU_ROWS=()
BUSY_PAGES=()
for i in "${!PAGE_NAMES[@]}"; do
	name=${PAGE_NAMES[$i]}
	path=${PAGE_PATHS[$i]}
	measure "$name" "$BASE$path" "$RAW/$name.txt" "$APP_PID" "${PAGE_USERS[$i]}"
	CPU_ROWS+=("| $name | $CPU_APP | $CPU_WRK | $CPU_OTHER |")
	! busy_other "$CPU_OTHER" || BUSY_PAGES+=("$name")
	ROWS+=("| $name \`$path\` | $(field p50_ms) | $(field p95_ms) | $(field p99_ms) | $(field rps) | $(errors_of) |")
done

# ---------------------------------------------------------------- memory after load
RSS_LOAD_KB=$(rss_kb "$APP_PID")
HEAP_LOAD=$(sum_metric jvm_memory_used_bytes 'area="heap"')
HEAP_COMMITTED=$(sum_metric jvm_memory_committed_bytes 'area="heap"')
HEAP_LIVE=$(live_heap "$APP_PID")
SESSIONS_AFTER=$(db_query 'select count(*) from spring_session' || echo '?')

# ---------------------------------------------------------------- report
SPRING_STARTED=$(sed -n 's/.*Started [A-Za-z]* in \([0-9.]*\) seconds.*/\1/p' "$RESULTS/app.log" | head -1)
{
	header "Aan Boord benchmark"
	echo "- Data: scale $SCALE, $ORGS organisations, $SCHOOLS schools and $TRAJECTORIES trajectories (seeding took ${SEED_S} s)"
	echo "- Load: wrk, $THREADS threads, $CONNECTIONS connections, $DURATION per page after $(warmup_text)"
	echo "- Start-up (launch to first HTTP 200 on /): **$(secs "$STARTUP_MS") s** (Spring reports started in ${SPRING_STARTED:-?} s)"
	echo "- Memory after load: **RSS $(mib $((RSS_LOAD_KB * 1024))) MiB, heap used $(mib "$HEAP_LOAD") MiB** (heap committed" \
		"$(mib "$HEAP_COMMITTED") MiB; live heap after a full GC $(mib_or_na "$HEAP_LIVE") MiB); after start-up: RSS" \
		"$(mib $((RSS_START_KB * 1024))) MiB, heap used $(mib "$HEAP_START") MiB"
	echo "- Sessions in spring_session: $SESSIONS_BEFORE before load, $SESSIONS_AFTER after"
	echo
	echo "Latencies in ms; errors = responses outside 2xx (plus socket errors, if any)."
	echo
	echo "| page | p50 | p95 | p99 | req/s | errors |"
	echo "|---|---:|---:|---:|---:|---:|"
	printf '%s\n' "${ROWS[@]}"
	echo
	echo "CPU used during each page's load, in cores of $(nproc) (other = everything else on the machine, PostgreSQL included;"
	echo "load average before the load phase: $LOADAVG_BEFORE):"
	echo
	echo "| page | app | wrk | other |"
	echo "|---|---:|---:|---:|"
	printf '%s\n' "${CPU_ROWS[@]}"
	echo
	if [ ${#BUSY_PAGES[@]} -gt 0 ]; then
		echo "**Warning:** other processes used more than 0.3 cores during: ${BUSY_PAGES[*]}. The app competed for CPU;"
		echo "these figures are not comparable with a run on a quiet machine."
		echo
	fi
	echo "Total run time: $SECONDS s."
} >"$report"
publish "$report"
