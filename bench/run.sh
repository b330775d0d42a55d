#!/usr/bin/env bash
# Benchmark harness for Aan Boord: start-up time, latency and throughput per page under concurrent load,
# and memory after load, against a scratch database with seeded data. See bench/README.md.
#
#   bench/run.sh [--scale N] [--duration 20s] [--connections 4] [more options: --help]
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
RESULTS="$BENCH_DIR/results"
RUN_DIR="$RESULTS/run"
JAR="$ROOT/target/aanboord-0.1.0-SNAPSHOT.jar"
DB=${BENCH_DB:-aanboord_bench} # BENCH_DB: another scratch database, so that runs in several checkouts do not collide
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGOPTIONS="-c client_min_messages=warning"
unset PGDATABASE PGSERVICE
export LC_NUMERIC=C LC_COLLATE=C

# Defaults
SCALE=1000
DURATION=20s
WARMUP=10s
CONNECTIONS=4 # see bench/README.md, "Concurrency"
THREADS=2
PORT=18080
MGMT_PORT=18081
STARTUP_TIMEOUT=180
BUILD=auto
THYMELEAF_CACHE=true
PAGES_FILE="$BENCH_DIR/pages.txt"

usage() {
	cat <<EOF
Usage: bench/run.sh [options]

  --scale N              extra organisations and schools to seed (default $SCALE)
  --duration D           wrk load per page, e.g. 20s, 2m (default $DURATION)
  --connections C        concurrent wrk connections (default $CONNECTIONS)
  --threads T            wrk threads (default $THREADS)
  --warmup D             wrk warm-up per page before measuring, 0 to skip (default $WARMUP)
  --port P               application port (default $PORT)
  --management-port P    actuator port (default $MGMT_PORT)
  --startup-timeout S    seconds to wait for the first 200 on / (default $STARTUP_TIMEOUT)
  --pages FILE           page list, one "name path" per line (default bench/pages.txt)
  --build | --no-build   always / never build the jar (default: build when missing or older than src/, pom.xml)
  --no-thymeleaf-cache   re-read templates on every request as the dev profile does (default: cached, as in production)
  -h, --help             this help

Environment: BENCH_JAVA (java binary), BENCH_JAVA_OPTS (JVM options, e.g. "-Xmx512m").
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
			--startup-timeout | --pages)
			if [ -z "$val" ]; then
				[ $# -ge 2 ] || die "$opt needs a value"
				val=$2
				shift
			fi
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
		--startup-timeout) STARTUP_TIMEOUT=$val ;;
		--pages) PAGES_FILE=$val ;;
		--build) BUILD=always ;;
		--no-build) BUILD=never ;;
		--thymeleaf-cache) THYMELEAF_CACHE=true ;;
		--no-thymeleaf-cache) THYMELEAF_CACHE="" ;;
		-h | --help) usage; exit 0 ;;
		*) usage >&2; die "unknown option: $1" ;;
	esac
	shift
done

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

is_int "$SCALE" || die "--scale must be a whole number, not '$SCALE'"
is_duration "$DURATION" && [ "$(seconds_of "$DURATION")" -gt 0 ] || die "--duration must look like 20s, 2m, not '$DURATION'"
is_duration "$WARMUP" || die "--warmup must look like 5s, 0, not '$WARMUP'"
is_int "$THREADS" && [ "$THREADS" -ge 1 ] || die "--threads must be at least 1"
is_int "$CONNECTIONS" && [ "$CONNECTIONS" -ge "$THREADS" ] || die "--connections must be a number >= --threads ($THREADS)"
is_int "$PORT" && [ "$PORT" -ge 1024 ] && [ "$PORT" -le 65535 ] || die "--port must be 1024-65535"
is_int "$MGMT_PORT" && [ "$MGMT_PORT" -ge 1024 ] && [ "$MGMT_PORT" -le 65535 ] || die "--management-port must be 1024-65535"
[ "$PORT" != "$MGMT_PORT" ] || die "--port and --management-port must differ"
is_int "$STARTUP_TIMEOUT" && [ "$STARTUP_TIMEOUT" -ge 1 ] || die "--startup-timeout must be a number of seconds"
[ -r "$PAGES_FILE" ] || die "page list not readable: $PAGES_FILE"
case $DB in aanboord | aanboord_test | postgres | template0 | template1) die "refusing to use database $DB" ;; esac

# ---------------------------------------------------------------- page list
PAGE_NAMES=()
PAGE_PATHS=()
PAGE_USERS=()
while read -r name path user extra || [ -n "${name:-}" ]; do
	case ${name:-} in '' | \#*) continue ;; esac
	[ -n "${path:-}" ] && [ -z "${extra:-}" ] && [[ $path == /* ]] && [[ $name =~ ^[A-Za-z0-9._-]+$ ]] &&
		[[ ${user:-} =~ ^[a-z]*$ ]] ||
		die "$PAGES_FILE: expected 'name /path [demo-user]', got: $name ${path:-} ${user:-} ${extra:-}"
	PAGE_NAMES+=("$name")
	PAGE_PATHS+=("$path")
	PAGE_USERS+=("${user:-}")
done <"$PAGES_FILE"
[ ${#PAGE_NAMES[@]} -gt 0 ] || die "$PAGES_FILE lists no pages"

# ---------------------------------------------------------------- one run at a time, cleanup on any exit
mkdir -p "$RESULTS" "$RUN_DIR"
exec 9>"$RESULTS/.lock"
flock -n 9 || die "another bench/run.sh is running (lock $RESULTS/.lock)"

APP_PID=""
APP_STARTED=""
WRK_PID=""
DB_CREATED=0
cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	set +e
	if [ -n "$WRK_PID" ] && kill -0 "$WRK_PID" 2>/dev/null; then
		kill -TERM "$WRK_PID" 2>/dev/null
		wait "$WRK_PID" 2>/dev/null
	fi
	if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
		log "stopping the app (pid $APP_PID)"
		kill -TERM "$APP_PID" 2>/dev/null
		local i
		for i in $(seq 1 300); do # graceful shutdown takes at most ~20 s; wait up to 30 s
			kill -0 "$APP_PID" 2>/dev/null || break
			sleep 0.1
		done
		if kill -0 "$APP_PID" 2>/dev/null; then
			log "app did not stop in 30 s, killing pid $APP_PID"
			kill -KILL "$APP_PID" 2>/dev/null
		fi
		wait "$APP_PID" 2>/dev/null
	fi
	if [ "$DB_CREATED" = 1 ]; then
		log "dropping database $DB"
		timeout 60 psql -X -q -d postgres -c "drop database if exists $DB with (force)" ||
			log "WARNING: could not drop database $DB"
	fi
	rm -f "$RUN_DIR/app.jar"
	[ "$rc" -eq 0 ] || [ -z "$APP_STARTED" ] || log "failed (exit $rc); app log: $RESULTS/app.log"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- tools
for tool in curl psql flock timeout awk; do
	command -v "$tool" >/dev/null || die "$tool is required but not installed"
done
if ! command -v wrk >/dev/null; then
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
timeout 10 psql -X -q -d postgres -c 'select 1' >/dev/null || die "cannot reach PostgreSQL at $PGHOST:$PGPORT as $PGUSER"

# ---------------------------------------------------------------- build
if [ "$BUILD" = always ] || { [ "$BUILD" = auto ] && { [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]; }; }; then
	log "building the jar (./mvnw -B -q -DskipTests package)"
	(cd "$ROOT" && timeout 1800 ./mvnw -B -q -DskipTests package) || die "build failed"
fi
[ -f "$JAR" ] || die "jar not found: $JAR (run without --no-build)"
# Run from a copy so that a rebuild by someone else during the run cannot pull the jar from under the app.
cp "$JAR" "$RUN_DIR/app.jar"

# ---------------------------------------------------------------- database
log "recreating scratch database $DB"
timeout 60 psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB with (force)"
DB_CREATED=1
timeout 60 psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "create database $DB"

# ---------------------------------------------------------------- start-up
BASE="http://127.0.0.1:$PORT"
MGMT="http://127.0.0.1:$MGMT_PORT"
APP_ARGS=(--spring.profiles.active=dev --server.port="$PORT" --server.address=127.0.0.1
	--management.server.port="$MGMT_PORT" --management.server.address=127.0.0.1)
[ -z "$THYMELEAF_CACHE" ] || APP_ARGS+=(--spring.thymeleaf.cache=true)
log "starting the app on $BASE (management $MGMT) with $JAVA"
start_ns=$(date +%s%N)
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
	SPRING_DATASOURCE_PASSWORD="" \
	"$JAVA" "${JAVA_OPTS[@]}" -jar "$RUN_DIR/app.jar" "${APP_ARGS[@]}" >"$RESULTS/app.log" 2>&1 &
APP_PID=$!
APP_STARTED=1
deadline=$((SECONDS + STARTUP_TIMEOUT))
while :; do
	if ! kill -0 "$APP_PID" 2>/dev/null; then
		tail -n 30 "$RESULTS/app.log" >&2
		APP_PID=""
		die "the app exited during start-up (log: $RESULTS/app.log)"
	fi
	code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/" || true)
	[ "$code" = 200 ] && break
	if [ "$SECONDS" -ge "$deadline" ]; then
		tail -n 30 "$RESULTS/app.log" >&2
		die "no HTTP 200 on $BASE/ within $STARTUP_TIMEOUT s (last status $code)"
	fi
	sleep 0.05
done
STARTUP_MS=$((($(date +%s%N) - start_ns) / 1000000))
SPRING_STARTED=$(sed -n 's/.*Started [A-Za-z]* in \([0-9.]*\) seconds.*/\1/p' "$RESULTS/app.log" | head -1)
log "first 200 on / after ${STARTUP_MS} ms"

sum_metric() { # prometheus metric name, label filter -> sum in bytes
	curl -s --max-time 10 "$MGMT/actuator/prometheus" |
		awk -v m="$1" -v f="$2" 'index($0, m "{") == 1 && index($0, f) { s += $NF } END { printf "%.0f", s }'
}
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status"; }
mib() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1048576 }'; }
RSS_START_KB=$(rss_kb)
HEAP_START=$(sum_metric jvm_memory_used_bytes 'area="heap"')
[ -n "$HEAP_START" ] && [ "$HEAP_START" != 0 ] || die "no heap metrics on $MGMT/actuator/prometheus"

# ---------------------------------------------------------------- seed
db_query() { timeout 60 psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
SEED_FILES=()
for f in "$BENCH_DIR"/seed/*.sql; do [ -e "$f" ] && SEED_FILES+=("$f"); done
seed_start=$SECONDS
for f in "${SEED_FILES[@]}"; do
	log "seeding: ${f#"$BENCH_DIR"/} (scale $SCALE)"
	timeout 900 psql -X -q -1 -v ON_ERROR_STOP=1 -v scale="$SCALE" -d "$DB" -f "$f" >/dev/null ||
		die "seed file failed: $f"
done
db_query 'vacuum analyze' >/dev/null # as autovacuum would have done on a database in use: visibility map set, statistics fresh
SEED_S=$((SECONDS - seed_start))
ORGS=$(db_query 'select count(*) from organisation')
SCHOOLS=$(db_query 'select count(*) from school')
SESSIONS_BEFORE=$(db_query 'select count(*) from spring_session')
log "database holds $ORGS organisations and $SCHOOLS schools"

# ---------------------------------------------------------------- warm-up and load
RAW="$RUN_DIR/wrk"
mkdir -p "$RAW"
# Pages behind a login: one session per demo user (password of the demo data), sent as a cookie.
declare -A SESSION_COOKIES=()
login_cookie() { # user -> sets COOKIE
	COOKIE=""
	[ -n "$1" ] || return 0
	if [ -z "${SESSION_COOKIES[$1]:-}" ]; then
		local jar csrf
		jar="$RUN_DIR/cookies-$1.txt"
		csrf=$(curl -s --max-time 10 -c "$jar" -b "$jar" "$BASE/login" |
			grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
		curl -s -o /dev/null --max-time 10 -c "$jar" -b "$jar" --data-urlencode "username=$1" \
			--data-urlencode "password=AanBoord-demo-2026" --data-urlencode "_csrf=$csrf" "$BASE/login"
		SESSION_COOKIES[$1]=$(awk '$6 == "AANBOORD_SESSION" { print $7 }' "$jar" | tail -1)
		[ -n "${SESSION_COOKIES[$1]}" ] || die "could not log in as $1"
	fi
	COOKIE="AANBOORD_SESSION=${SESSION_COOKIES[$1]}"
}

run_wrk() { # name path duration output [user]
	local budget=$(($(seconds_of "$3") + 60))
	local headers=()
	login_cookie "${5:-}"
	[ -z "$COOKIE" ] || headers=(-H "Cookie: $COOKIE")
	BENCH_PAGE=$1 timeout "$budget" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout 10s "${headers[@]}" \
		-s "$BENCH_DIR/report.lua" "$BASE$2" >"$4" 2>&1 &
	WRK_PID=$!
	wait "$WRK_PID" || { cat "$4" >&2; die "wrk failed on $BASE$2"; }
	WRK_PID=""
}

for i in "${!PAGE_NAMES[@]}"; do
	login_cookie "${PAGE_USERS[$i]}"
	code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 ${COOKIE:+-H "Cookie: $COOKIE"} \
		"$BASE${PAGE_PATHS[$i]}" || true)
	[ "$code" = 200 ] || log "WARNING: ${PAGE_NAMES[$i]} ${PAGE_PATHS[$i]} answers $code, not 200"
	if [ "$(seconds_of "$WARMUP")" -gt 0 ]; then
		log "warming up ${PAGE_NAMES[$i]} ${PAGE_PATHS[$i]} for $WARMUP"
		run_wrk "${PAGE_NAMES[$i]}" "${PAGE_PATHS[$i]}" "$WARMUP" "$RAW/${PAGE_NAMES[$i]}.warmup.txt" \
			"${PAGE_USERS[$i]}"
	fi
done

# CPU accounting, to tell how much of the machine the app, wrk and everything else used during each page.
CLK_TCK=$(getconf CLK_TCK)
cpu_ms() { # machine busy, app, children of this shell (wrk): CPU milliseconds so far; run in this shell, not $(...)
	local busy app children
	times >"$RUN_DIR/times.txt" # the children's times only count in this shell, not in a subshell
	busy=$(awk -v t="$CLK_TCK" '$1 == "cpu" { printf "%.0f", ($2 + $3 + $4 + $7 + $8 + $9) * 1000 / t; exit }' /proc/stat)
	app=$(sed 's/.*) //' "/proc/$APP_PID/stat" | awk -v t="$CLK_TCK" '{ printf "%.0f", ($12 + $13) * 1000 / t }')
	children=$(awk 'NR == 2 { for (i = 1; i <= 2; i++) { split($i, p, "m"); sub("s", "", p[2]); s += p[1] * 60 + p[2] } printf "%.0f", s * 1000 }' "$RUN_DIR/times.txt")
	CPU_NOW="$busy $app $children"
}
cores() { awk -v ms="$1" -v wall="$2" 'BEGIN { c = ms / wall; if (c < 0) c = 0; printf "%.2f", c }'; }

LOADAVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
ROWS=()
CPU_ROWS=()
BUSY_PAGES=()
for i in "${!PAGE_NAMES[@]}"; do
	name=${PAGE_NAMES[$i]}
	path=${PAGE_PATHS[$i]}
	log "load on $name $path: $THREADS threads, $CONNECTIONS connections, $DURATION"
	cpu_ms
	read -r busy0 app0 kids0 <<<"$CPU_NOW"
	t0=$(date +%s%N)
	run_wrk "$name" "$path" "$DURATION" "$RAW/$name.txt" "${PAGE_USERS[$i]}"
	wall_ms=$((($(date +%s%N) - t0) / 1000000))
	cpu_ms
	read -r busy1 app1 kids1 <<<"$CPU_NOW"
	other=$(cores $((busy1 - busy0 - (app1 - app0) - (kids1 - kids0))) "$wall_ms")
	CPU_ROWS+=("| $name | $(cores $((app1 - app0)) "$wall_ms") | $(cores $((kids1 - kids0)) "$wall_ms") | $other |")
	awk -v o="$other" 'BEGIN { exit !(o > 0.3) }' && BUSY_PAGES+=("$name")
	line=$(grep '^BENCH_RESULT ' "$RAW/$name.txt") || { cat "$RAW/$name.txt" >&2; die "no result line from wrk for $name"; }
	echo "$line"
	field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
	errors=$(field non2xx)
	socket=$(field socket_errors)
	[ "$socket" = 0 ] || errors="$errors (+$socket socket)"
	ROWS+=("| $name \`$path\` | $(field p50_ms) | $(field p95_ms) | $(field p99_ms) | $(field rps) | $errors |")
done

# ---------------------------------------------------------------- memory after load
RSS_LOAD_KB=$(rss_kb)
HEAP_LOAD=$(sum_metric jvm_memory_used_bytes 'area="heap"')
HEAP_COMMITTED=$(sum_metric jvm_memory_committed_bytes 'area="heap"')
SESSIONS_AFTER=$(db_query 'select count(*) from spring_session')

# ---------------------------------------------------------------- report
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -z "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ] || commit="$commit + uncommitted changes"
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
mem_total=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
startup_s=$(awk -v ms="$STARTUP_MS" 'BEGIN { printf "%.2f", ms / 1000 }')
warmup_text="$WARMUP warm-up per page"
[ "$(seconds_of "$WARMUP")" -gt 0 ] || warmup_text="no warm-up"
templates="templates not cached (--no-thymeleaf-cache)"
[ -z "$THYMELEAF_CACHE" ] || templates="templates cached, as in production"
report="$RUN_DIR/report.md"
{
	echo "# Aan Boord benchmark, $(date '+%Y-%m-%d %H:%M')"
	echo
	echo "- Commit: $commit"
	echo "- Machine: $(nproc) cores ($cpu), $mem_total GiB RAM; wrk runs on the same machine"
	echo "- Java: $JAVA_VERSION; JVM options: ${BENCH_JAVA_OPTS:-none}; profile dev, $templates"
	echo "- Data: scale $SCALE, $ORGS organisations and $SCHOOLS schools (seeding took ${SEED_S} s)"
	echo "- Load: wrk, $THREADS threads, $CONNECTIONS connections, $DURATION per page after $warmup_text"
	echo "- Start-up (launch to first HTTP 200 on /): **$startup_s s** (Spring reports started in ${SPRING_STARTED:-?} s)"
	echo "- Memory after load: **RSS $(mib $((RSS_LOAD_KB * 1024))) MiB, heap used $(mib "$HEAP_LOAD") MiB** (heap committed $(mib "$HEAP_COMMITTED") MiB); after start-up: RSS $(mib $((RSS_START_KB * 1024))) MiB, heap used $(mib "$HEAP_START") MiB"
	echo "- Sessions in spring_session: $SESSIONS_BEFORE before load, $SESSIONS_AFTER after"
	echo
	echo "Latencies in ms; errors = responses outside 2xx (plus socket errors, if any)."
	echo
	echo "| page | p50 | p95 | p99 | req/s | errors |"
	echo "|---|---:|---:|---:|---:|---:|"
	printf '%s\n' "${ROWS[@]}"
	echo
	echo "CPU used during each page's load, in cores of $(nproc) (other = everything else on the machine;"
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
cp "$report" "$RESULTS/latest.md"
cp "$report" "$RESULTS/$(date +%Y%m%d-%H%M%S).md"
echo
cat "$report"
echo
log "report written to ${RESULTS#"$ROOT"/}/latest.md"
