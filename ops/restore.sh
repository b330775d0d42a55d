#!/usr/bin/env bash
# Restores a backup written by ops/backup.sh into a database, and checks the result against the backup's manifest.
#
#   ops/restore.sh BACKUP_FILE TARGET_DB [--attachments-dir DIR] [--force] [--host H] [--port P] [--user U]
#
# BACKUP_FILE: the .dump file; its manifest (same name, .manifest) and attachment tar (-attachments.tar) are found
# beside it. The server is chosen by --host/--port/--user or the PG* environment variables, as for psql; the user
# must be allowed to create databases.
#   1. With a manifest, the sha256 of the dump and of the tar must match it (a damaged or incomplete copy stops here).
#   2. TARGET_DB is created when missing. An existing database that holds any table is refused unless --force, which
#      drops it first (it fails while someone is connected: stop the portal first).
#   3. pg_restore --no-owner --no-privileges --exit-on-error --single-transaction: any error restores nothing (and a
#      database this script created is dropped again).
#   4. With --attachments-dir, the tar is unpacked there: the directory must be missing or empty, or with --force
#      it is first moved aside to DIR.replaced-YYYYMMDD-HHMMSS.
#   5. The row count of every table and the checksum of every bytea column (and of the directory) are compared with
#      the manifest: a table of the comparison, then "OK", or "MISMATCH" and exit status 1.
set -euo pipefail
. "$(dirname "$0")/backup-lib.sh"

usage() {
	sed -n '2,17p' "$0" >&2
	exit 2
}

server=()
force=false
attachments=
positional=()
while [ $# -gt 0 ]; do
	case "$1" in
		--attachments-dir) [ $# -ge 2 ] || usage; attachments=$2; shift 2 ;;
		--force) force=true; shift ;;
		--host) [ $# -ge 2 ] || usage; server+=(-h "$2"); shift 2 ;;
		--port) [ $# -ge 2 ] || usage; server+=(-p "$2"); shift 2 ;;
		--user) [ $# -ge 2 ] || usage; server+=(-U "$2"); shift 2 ;;
		-h | --help) usage ;;
		-*) echo "unknown option $1" >&2; usage ;;
		*) positional+=("$1"); shift ;;
	esac
done
[ ${#positional[@]} -eq 2 ] || usage
backup=${positional[0]}
target=${positional[1]}
[[ "$target" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "TARGET_DB must be a plain name (letters, digits, _): $target"
[ -f "$backup" ] || die "no backup file $backup"
base=${backup%.dump}
manifest="$base.manifest"
tar="$base-attachments.tar"
psql=$(pg_tool psql)
pg_restore=$(pg_tool pg_restore)
admin=("$psql" "${server[@]}" -d postgres -qAtX -v ON_ERROR_STOP=1)

# 1. The files are those the backup wrote.
if [ -f "$manifest" ]; then
	while IFS='|' read -r kind name bytes sum; do
		[ "$kind" = file ] || continue
		file="$(dirname "$backup")/$name"
		[ -f "$file" ] || die "$name is missing (listed in $manifest)"
		[ "$(sha256sum "$file" | cut -d' ' -f1)" = "$sum" ] ||
			die "$name is damaged: its sha256 differs from the manifest's"
		echo "checked $name: $bytes bytes, sha256 as in the manifest"
	done <"$manifest"
else
	echo "warning: no manifest $manifest: the files and the restored data cannot be checked" >&2
fi
"$pg_restore" --list "$backup" >/dev/null || die "$backup is not a readable pg_dump archive"

# 2. The target database.
exists=$("${admin[@]}" -c "select count(*) from pg_database where datname = '$target'")
created=false
if [ "$exists" = 1 ]; then
	tables=$("$psql" "${server[@]}" -d "$target" -qAtX -c "select count(*) from pg_class c join pg_namespace n
		on n.oid = c.relnamespace where c.relkind in ('r', 'p', 'v', 'm', 'S')
		and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%'")
	if [ "$tables" != 0 ]; then
		$force || die "database $target is not empty ($tables relations): give --force to drop and replace it"
		echo "dropping database $target (--force)"
		"${admin[@]}" -c "drop database \"$target\"" || die "could not drop $target (still in use?)"
		exists=0
	fi
fi
if [ "$exists" != 1 ]; then
	"${admin[@]}" -c "create database \"$target\" template template0 encoding 'UTF8'" ||
		die "could not create database $target"
	created=true
fi

cleanup() {
	local status=$?
	if [ $status -ne 0 ] && [ "$created" = true ]; then
		"${admin[@]}" -c "drop database if exists \"$target\"" 2>/dev/null || true
	fi
	if [ $status -ne 0 ]; then echo "restore FAILED" >&2; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# 3. The database.
started=$(date +%s%N)
"$pg_restore" "${server[@]}" --dbname="$target" --no-owner --no-privileges --exit-on-error --single-transaction \
	"$backup" || die "pg_restore failed: nothing was restored into $target"
"$psql" "${server[@]}" -d "$target" -qAtX -c "analyze" >/dev/null
echo "restored $(basename "$backup") into $target in $(((($(date +%s%N) - started) / 1000000))) ms"

# 4. The attachment directory.
if [ -n "$attachments" ]; then
	[ -f "$tar" ] || die "no attachment tar $tar beside the backup"
	if [ -d "$attachments" ] && [ -n "$(ls -A "$attachments")" ]; then
		$force || die "$attachments is not empty: give --force to move it aside"
		aside="$attachments.replaced-$(TZ=Europe/Brussels date +%Y%m%d-%H%M%S)"
		mv "$attachments" "$aside"
		echo "moved the existing $attachments to $aside"
	fi
	mkdir -p "$attachments"
	tar -C "$attachments" -xf "$tar" || die "unpacking $tar failed"
	echo "unpacked $(basename "$tar") into $attachments"
elif [ -f "$tar" ]; then
	echo "warning: $(basename "$tar") not unpacked: give --attachments-dir (aanboord.toolbox.storage-directory)" >&2
fi

# 5. The restored data against the manifest.
[ -f "$manifest" ] || exit 0
actual=$(mktemp)
{
	inventory "${server[@]}" -d "$target"
	if [ -n "$attachments" ]; then directory_inventory "$attachments"; fi
} >"$actual" || { rm -f "$actual"; die "could not count the restored rows"; }
if [ -z "$attachments" ]; then
	grep -v '^directory|' "$manifest" >"$actual.expected"
else
	cp "$manifest" "$actual.expected"
fi
verdict=0
compare_inventories "$actual.expected" "$actual" || verdict=$?
rm -f "$actual" "$actual.expected"
created=false
exit $verdict
