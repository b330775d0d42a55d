#!/usr/bin/env bash
# A restore drill: backs a database up with ops/backup.sh, restores it with ops/restore.sh into a scratch database
# and compares the row count of every table and the checksum of every bytea column (attachments) and of the
# attachment directory; prints the comparison and the time of each step, then "OK" or "MISMATCH" (exit status 1).
# The scratch database, the restored directory and the backup files are removed afterwards.
#
#   ops/backup-drill.sh [--host H] [--port P] [--user U] [--attachments-dir DIR] [--timeout SECONDS] [SOURCE_DB]
#
# SOURCE_DB: the database to back up (only read). Without it, a scratch database with the schema and the demo data
# is made first by starting the portal's jar (target/aanboord-*.jar, ./mvnw -DskipTests package) with the dev
# profile against it, and the demo attachments are also copied into a scratch attachment directory.
# Localhost only (127.0.0.1, ::1, localhost or a socket directory; PGHOST/PGPORT/PGUSER are used too). Each step
# stops after --timeout seconds (default 600).
set -euo pipefail
ops=$(cd "$(dirname "$0")" && pwd)
. "$ops/backup-lib.sh"

usage() {
	sed -n '2,13p' "$0" >&2
	exit 2
}

server=()
host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
user=${PGUSER:-postgres}
attachments=
limit=600
source=
while [ $# -gt 0 ]; do
	case "$1" in
		--host) [ $# -ge 2 ] || usage; host=$2; shift 2 ;;
		--port) [ $# -ge 2 ] || usage; port=$2; shift 2 ;;
		--user) [ $# -ge 2 ] || usage; user=$2; shift 2 ;;
		--attachments-dir) [ $# -ge 2 ] || usage; attachments=$2; shift 2 ;;
		--timeout) [ $# -ge 2 ] || usage; limit=$2; shift 2 ;;
		-h | --help) usage ;;
		-*) echo "unknown option $1" >&2; usage ;;
		*) [ -z "$source" ] || usage; source=$1; shift ;;
	esac
done
case "$host" in
	127.0.0.1 | ::1 | localhost | /*) ;;
	*) die "the drill runs against a server on this machine only, not $host" ;;
esac
[[ "$limit" =~ ^[0-9]+$ ]] || usage
server=(--host "$host" --port "$port" --user "$user")
psql=$(pg_tool psql)
admin=("$psql" -h "$host" -p "$port" -U "$user" -d postgres -qAtX -v ON_ERROR_STOP=1)
"${admin[@]}" -c "select 1" >/dev/null || die "no PostgreSQL at $host:$port"

work=$(mktemp -d "${TMPDIR:-/tmp}/aanboord-drill.XXXXXX")
target="aanboord_backup_drill_$$"
seeded=
portal=
timings=()

finish() {
	local status=$?
	[ -z "$portal" ] || kill "$portal" 2>/dev/null || true
	"${admin[@]}" -c "drop database if exists \"$target\"" >/dev/null 2>&1 || true
	[ -z "$seeded" ] || "${admin[@]}" -c "drop database if exists \"$seeded\" with (force)" >/dev/null 2>&1 || true
	rm -rf "$work"
	exit $status
}
trap finish EXIT
trap 'exit 130' INT TERM HUP

# step NAME COMMAND...: runs a step within the time limit and keeps its duration.
step() {
	local name=$1 started status=0
	shift
	started=$(date +%s%N)
	if declare -F "$1" >/dev/null; then "$@" || status=$?; else timeout "$limit" "$@" || status=$?; fi
	timings+=("$(printf '%-28s %8d ms' "$name" $((($(date +%s%N) - started) / 1000000)))")
	[ $status -ne 124 ] || echo "$name: stopped after $limit s" >&2
	return $status
}

seed() {
	local jar java
	jar=$(ls "$ops"/../target/aanboord-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
	[ -n "$jar" ] || die "no SOURCE_DB given and no target/aanboord-*.jar to make one: ./mvnw -DskipTests package"
	java=$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do
		"$j" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])' && echo "$j"; done | tail -n 1)
	java=${java:-java}
	"${admin[@]}" -c "create database \"$seeded\""
	mkdir -p "$work/portal"
	"$java" -jar "$jar" --spring.profiles.active=dev --server.port=0 --management.server.port=0 \
		--spring.datasource.url="jdbc:postgresql://${host/#\/*/127.0.0.1}:$port/$seeded" \
		--spring.datasource.username="$user" --aanboord.database.create-if-missing=false \
		>"$work/portal/log" 2>&1 &
	portal=$!
	# The demo attachments are loaded once the portal has started.
	for _ in $(seq 1 "$limit"); do
		kill -0 "$portal" 2>/dev/null || { tail -n 30 "$work/portal/log" >&2; die "the portal stopped while seeding"; }
		grep -q 'Started AanBoordApplication' "$work/portal/log" && [ "$("$psql" -h "$host" -p "$port" -U "$user" \
			-d "$seeded" -qAtX -c "select count(*) from attachment_content")" -gt 0 ] && break
		sleep 1
	done
	sleep 2
	kill "$portal"
	wait "$portal" 2>/dev/null || true
	portal=
	# The same files in a directory, as aanboord.toolbox.storage=filesystem keeps them.
	if [ -z "$attachments" ]; then
		attachments="$work/attachments"
		mkdir -p "$attachments"
		cp "$ops"/../src/main/resources/db/demo/attachments/*.* "$attachments"/
		rm -f "$attachments/attachments.txt"
	fi
}

if [ -z "$source" ]; then
	seeded="aanboord_backup_drill_source_$$"
	source=$seeded
	step "demo database (portal)" seed
fi

echo "drill: $source on $host:$port -> $target"
step "backup" "$ops/backup.sh" "${server[@]}" --db "$source" \
	$([ -n "$attachments" ] && echo --attachments-dir "$attachments") "$work/backup"
dump=$(ls "$work"/backup/*.dump)
restore=("$ops/restore.sh" "$dump" "$target" "${server[@]}")
[ -z "$attachments" ] || restore+=(--attachments-dir "$work/restored-attachments")
verdict=0
step "restore and compare" "${restore[@]}" || verdict=$?
echo
echo "backup files:"
ls -l "$work"/backup | awk 'NR > 1 { printf "  %12d  %s\n", $5, $NF }'
echo "timings:"
printf '  %s\n' "${timings[@]}"
if [ $verdict -eq 0 ]; then echo "drill OK"; else echo "drill MISMATCH"; fi
exit $verdict
