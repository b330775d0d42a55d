#!/usr/bin/env bash
# A backup of the portal's database (pg_dump, custom format), and of the attachment directory when attachments are
# stored on the file system, with a manifest to check a restore against.
#
#   ops/backup.sh [--url URL | --db NAME] [--host H] [--port P] [--user U] [--attachments-dir DIR] OUTPUT_DIR
#
# Without --url/--db/--host/... the PG* environment variables (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD or
# ~/.pgpass) choose the database, as for psql. URL: postgresql://user:password@host:port/db or the portal's JDBC URL.
# --attachments-dir: aanboord.toolbox.storage-directory, when aanboord.toolbox.storage=filesystem.
#
# Writes into OUTPUT_DIR, named by the database and the time in Brussels (DB-YYYYMMDD-HHMMSS):
#   DB-...dump              pg_dump --format=custom (attachments stored in the database are in it)
#   DB-...-attachments.tar  the attachment directory (only with --attachments-dir, when the directory exists)
#   DB-...manifest          time, pg_dump and server versions, sha256 of each file, row count of every table and
#                           a checksum of every bytea column (attachments), all read in the dump's own snapshot;
#                           written last: a backup without its manifest is incomplete
# Each file is written under a temporary name (.DB-...partial) and renamed when complete. Exit status 0 only when
# everything was written; otherwise the partial files are removed.
set -euo pipefail
. "$(dirname "$0")/backup-lib.sh"

usage() {
	sed -n '2,18p' "$0" >&2
	exit 2
}

conn=()
database=${PGDATABASE:-}
attachments=
output=
while [ $# -gt 0 ]; do
	case "$1" in
		--url) [ $# -ge 2 ] || usage; url=$(libpq_url "$2"); conn+=(-d "$url")
			database=$(echo "$url" | sed -E 's#^[a-z]+://[^/]*/?([^?]*).*#\1#'); shift 2 ;;
		--db) [ $# -ge 2 ] || usage; conn+=(-d "$2"); database=$2; shift 2 ;;
		--host) [ $# -ge 2 ] || usage; conn+=(-h "$2"); shift 2 ;;
		--port) [ $# -ge 2 ] || usage; conn+=(-p "$2"); shift 2 ;;
		--user) [ $# -ge 2 ] || usage; conn+=(-U "$2"); shift 2 ;;
		--attachments-dir) [ $# -ge 2 ] || usage; attachments=$2; shift 2 ;;
		-h | --help) usage ;;
		-*) echo "unknown option $1" >&2; usage ;;
		*) [ -z "$output" ] || usage; output=$1; shift ;;
	esac
done
[ -n "$output" ] || usage
database=${database:-${PGUSER:-$(id -un)}}
[[ "$database" =~ ^[A-Za-z0-9_.-]+$ ]] || die "cannot name a backup after the database '$database'"
mkdir -p "$output"
[ -w "$output" ] || die "cannot write into $output"

psql=$(pg_tool psql)
pg_dump=$(pg_tool pg_dump)
stamp=$(TZ=Europe/Brussels date +%Y%m%d-%H%M%S)
base="$database-$stamp"
[ ! -e "$output/$base.manifest" ] || die "$output/$base.manifest exists already"
dump="$output/$base.dump"
tar="$output/$base-attachments.tar"
manifest="$output/$base.manifest"
partial=()
snapshot_pid=

cleanup() {
	local status=$?
	[ -z "$snapshot_pid" ] || kill "$snapshot_pid" 2>/dev/null || true
	if [ $status -ne 0 ]; then
		rm -f "${partial[@]}" 2>/dev/null || true
		echo "backup FAILED: nothing written under $output/$base.*" >&2
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# One read-only transaction holds a snapshot for pg_dump and for the row counts and checksums of the manifest, so
# that they describe the same state of the database even while the portal keeps writing.
coproc SNAPSHOT { exec "$psql" "${conn[@]}" -qAtX -v ON_ERROR_STOP=1 -F '|' 2>&1; }
snapshot_pid=$SNAPSHOT_PID
echo "begin transaction isolation level repeatable read, read only; select pg_export_snapshot();" >&"${SNAPSHOT[1]}"
read -r -t 60 snapshot <&"${SNAPSHOT[0]}" || die "could not connect to the database"
[[ "$snapshot" =~ ^[0-9A-F-]+$ ]] || die "could not connect to the database: $snapshot"
echo "select version();" >&"${SNAPSHOT[1]}"
read -r -t 60 server <&"${SNAPSHOT[0]}" || die "could not read the server's version"

partial+=("$output/.$base.dump.partial")
"$pg_dump" "${conn[@]}" --format=custom --lock-wait-timeout=120s --snapshot="$snapshot" \
	--file="$output/.$base.dump.partial" || die "pg_dump failed"

{ inventory_sql; echo '\echo __end__'; } >&"${SNAPSHOT[1]}"
facts=()
while read -r -t 600 line <&"${SNAPSHOT[0]}"; do
	[ "$line" = __end__ ] && break
	case "$line" in
		rows\|* | bytea\|*) facts+=("$line") ;;
		*) die "counting rows failed: $line" ;;
	esac
done
[ "$line" = __end__ ] || die "counting rows failed"
echo "commit;" >&"${SNAPSHOT[1]}"
input=${SNAPSHOT[1]}
exec {input}>&-
wait "$snapshot_pid" || die "the snapshot's transaction failed"
snapshot_pid=

directory=
if [ -n "$attachments" ]; then
	if [ -d "$attachments" ]; then
		partial+=("$output/.$base-attachments.tar.partial")
		tar -C "$attachments" --exclude='.upload-*.tmp' -cf "$output/.$base-attachments.tar.partial" . ||
			die "tar of $attachments failed"
		directory=$(directory_inventory "$attachments")
	else
		echo "no attachment directory $attachments: only the database is backed up" >&2
	fi
fi

partial+=("$output/.$base.manifest.partial")
{
	echo "manifest|1"
	echo "created|$(TZ=Europe/Brussels date --iso-8601=seconds)"
	echo "database|$database"
	echo "server|$server"
	echo "pg_dump|$("$pg_dump" --version)"
	for file in "$output/.$base.dump.partial" "$output/.$base-attachments.tar.partial"; do
		[ -f "$file" ] || continue
		name=$(basename "$file" .partial)
		echo "file|${name#.}|$(stat -c %s "$file")|$(sha256sum "$file" | cut -d' ' -f1)"
	done
	printf '%s\n' "${facts[@]}"
	[ -z "$directory" ] || echo "$directory"
} >"$output/.$base.manifest.partial"

sync "$output/.$base.dump.partial" "$output/.$base.manifest.partial"
mv "$output/.$base.dump.partial" "$dump"
if [ -f "$output/.$base-attachments.tar.partial" ]; then
	sync "$output/.$base-attachments.tar.partial"
	mv "$output/.$base-attachments.tar.partial" "$tar"
fi
mv "$output/.$base.manifest.partial" "$manifest"
sync "$output"
partial=()
ls -l "$dump" "$manifest" $([ -f "$tar" ] && echo "$tar") | awk '{ print $5, $NF }'
echo "backup written: $manifest ($(grep -c '^rows|' "$manifest") tables, $(grep -c '^bytea|' "$manifest") bytea columns)"
