# Shared by ops/backup.sh, ops/restore.sh and ops/backup-drill.sh (sourced, not run).
#
# The inventory of a database, one line per fact, fields separated by "|":
#   rows|SCHEMA.TABLE|COUNT                                 every table (count(*))
#   bytea|SCHEMA.TABLE.COLUMN|VALUES|BYTES|SHA256           every bytea column: non-null values, their total
#                                                           length, and the SHA-256 of the SHA-256 of each value
#                                                           concatenated in primary-key order
# and of an attachment directory:
#   directory|FILES|BYTES|SHA256                            SHA-256 of "sha256  ./path" lines of every file, by path

# The newest PostgreSQL client tools installed (Debian keeps each major version in its own directory), or those on
# the PATH; AANBOORD_PG_BIN overrides.
pg_tool() {
	local bin=${AANBOORD_PG_BIN:-}
	if [ -z "$bin" ]; then
		bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
	fi
	if [ -n "$bin" ] && [ -x "$bin/$1" ]; then echo "$bin/$1"; else command -v "$1" || echo "$1"; fi
}

die() {
	echo "$(basename "$0"): $*" >&2
	exit 1
}

# A JDBC URL (jdbc:postgresql://host:port/db?user=x&password=y) or a libpq URI, as libpq takes it.
libpq_url() {
	local url=${1#jdbc:}
	case "$url" in
		postgresql://* | postgres://*) echo "$url" ;;
		*) die "not a PostgreSQL URL: $1" ;;
	esac
}

# SQL that prints the inventory of the current database (psql, unaligned, "|" as separator, with \gexec).
inventory_sql() {
	cat <<-'SQL'
		select format('select %L, %L, count(*) from %I.%I', 'rows', n.nspname || '.' || c.relname, n.nspname, c.relname)
		from pg_class c join pg_namespace n on n.oid = c.relnamespace
		where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
		  and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
		order by n.nspname collate "C", c.relname collate "C"
		\gexec
		select format('select %L, %L, count(%I), coalesce(sum(octet_length(%I)), 0), '
		              'coalesce(encode(sha256(string_agg(sha256(%I), ''''::bytea order by %s)), ''hex''), ''-'') from %I.%I',
		              'bytea', n.nspname || '.' || c.relname || '.' || a.attname, a.attname, a.attname, a.attname,
		              coalesce((select format('row(%s)::text collate "C"', string_agg(quote_ident(k.attname), ', '
		                                      order by array_position(i.indkey::int2[], k.attnum)))
		                        from pg_index i join pg_attribute k on k.attrelid = i.indrelid and k.attnum = any (i.indkey)
		                        where i.indrelid = c.oid and i.indisprimary),
		                       format('sha256(%I)', a.attname)),
		              n.nspname, c.relname)
		from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
		where a.atttypid = 'bytea'::regtype and a.attnum > 0 and not a.attisdropped
		  and c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
		  and n.nspname not like 'pg\_toast%' and n.nspname not like 'pg\_temp%'
		order by n.nspname collate "C", c.relname collate "C", a.attnum
		\gexec
	SQL
}

# The inventory of a database: inventory CONNECTION-ARGS... (psql arguments: -d, -h, -p, -U)
inventory() {
	inventory_sql | "$(pg_tool psql)" "$@" -qAtX -v ON_ERROR_STOP=1 -F '|' -f -
}

# The directory line of an attachment directory (files written half by the portal, .upload-*.tmp, left out).
directory_inventory() {
	local dir=$1 files bytes sum
	files=$(find "$dir" -type f ! -name '.upload-*.tmp' | wc -l)
	bytes=$(find "$dir" -type f ! -name '.upload-*.tmp' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
	sum=$(cd "$dir" && find . -type f ! -name '.upload-*.tmp' -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum |
		sha256sum | cut -d' ' -f1)
	echo "directory|$files|$bytes|$sum"
}

# Compares the facts (rows, bytea, directory lines) of a manifest with an inventory; prints a table and
# "OK" or "MISMATCH"; returns 1 on a mismatch. compare_inventories EXPECTED_FILE ACTUAL_FILE
compare_inventories() {
	awk -F'|' '
		function key(f) { return f[1] == "directory" ? "directory" : f[1] "|" f[2] }
		function value(f) {
			if (f[1] == "rows") return f[3]
			if (f[1] == "bytea") return f[3] " values, " f[4] " bytes, " substr(f[5], 1, 16)
			return f[2] " files, " f[3] " bytes, " substr(f[4], 1, 16)
		}
		function label(f) { return f[1] == "directory" ? "attachment directory" : f[2] }
		FNR == NR && ($1 == "rows" || $1 == "bytea" || $1 == "directory") {
			split($0, f, "|"); k = key(f); expected[k] = $0; order[++n] = k; shown[k] = label(f); kind[k] = f[1]; next
		}
		FNR != NR && ($1 == "rows" || $1 == "bytea" || $1 == "directory") {
			split($0, f, "|"); k = key(f); actual[k] = $0
			if (!(k in expected)) { order[++n] = k; shown[k] = label(f); kind[k] = f[1] }
		}
		END {
			bad = 0
			printf "%-9s %-52s %-44s %-44s %s\n", "what", "table / column", "backup (source)", "restored", ""
			for (i = 1; i <= n; i++) {
				k = order[i]
				e = "(missing)"; a = "(missing)"
				if (k in expected) { split(expected[k], f, "|"); e = value(f); ev = expected[k] }
				if (k in actual) { split(actual[k], f, "|"); a = value(f) }
				same = (k in expected) && (k in actual) && expected[k] == actual[k]
				if (!same) bad++
				printf "%-9s %-52s %-44s %-44s %s\n", kind[k], shown[k], e, a, same ? "ok" : "MISMATCH"
			}
			print ""
			if (bad == 0) { print "OK: " n " checks equal" } else { print "MISMATCH: " bad " of " n " checks differ" }
			exit bad == 0 ? 0 : 1
		}' "$1" "$2"
}
