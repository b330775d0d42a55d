#!/usr/bin/env bash
# A burst of registrations on one activity of a running portal, and a check that the seats are exact.
#
#   bench/registration-burst.sh [--url http://localhost:8080] [--db aanboord] [--count 200] [--seconds 10]
#                               [--capacity 50] [--keep]
#
# Creates a published leerlabo with --capacity seats (straight in the database), fetches its registration form
# once (CSRF token in a cookie, no session), fires --count registrations over --seconds (each second's share at
# the start of that second), each with
# its own e-mail address and its own client address (X-Forwarded-For, which the portal honours from a proxy on
# the same machine, so that the per-address rate limit does not stop the burst), waits for them, and checks:
# every answer is a redirect, exactly min(capacity, count) registrations hold a seat and the rest wait, in order
# of registration. The activity and its registrations are removed afterwards unless --keep is given.
# Only against localhost, and at most 1000 registrations.
set -euo pipefail

URL=http://localhost:8080
DB=aanboord
COUNT=200
SECONDS_=10
CAPACITY=50
KEEP=""
while [[ $# -gt 0 ]]; do
	case "$1" in
		--url) URL=$2; shift 2 ;;
		--db) DB=$2; shift 2 ;;
		--count) COUNT=$2; shift 2 ;;
		--seconds) SECONDS_=$2; shift 2 ;;
		--capacity) CAPACITY=$2; shift 2 ;;
		--keep) KEEP=1; shift ;;
		-h|--help) sed -n '2,14p' "$0"; exit 0 ;;
		*) echo "unknown option $1" >&2; exit 2 ;;
	esac
done
case "$URL" in
	http://localhost:*|http://127.0.0.1:*|http://localhost|http://127.0.0.1) ;;
	*) echo "only against a portal on this machine (http://localhost...)" >&2; exit 2 ;;
esac
if (( COUNT < 1 || COUNT > 1000 || SECONDS_ < 1 || SECONDS_ > 60 || CAPACITY < 1 )); then
	echo "--count 1..1000, --seconds 1..60, --capacity >= 1" >&2
	exit 2
fi
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGDATABASE=$DB
psql_() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }

SLUG="burst-$(date +%s)-$$"
WORK=$(mktemp -d)
cleanup() {
	if [[ -z "$KEEP" ]]; then
		psql_ -c "delete from activity where slug = '$SLUG'" >/dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

ID=$(psql_ -c "insert into activity (slug, type, title, starts_at, ends_at, capacity, status)
	values ('$SLUG', 'LEERLABO', 'Leerlabo burst', now() + interval '30 days', now() + interval '30 days 3 hours',
	        $CAPACITY, 'PUBLISHED') returning id" | head -1)
psql_ -c "insert into activity_project (activity_id, project_id) select $ID, id from project where slug = 'risk-bao'" >/dev/null

FORM=$(curl -s -c "$WORK/cookies" "$URL/agenda/$SLUG/inschrijven")
TOKEN=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$FORM" | head -1 | sed 's/.*value="//; s/"$//')
if [[ -z "$TOKEN" ]]; then
	echo "no registration form at $URL/agenda/$SLUG/inschrijven" >&2
	exit 1
fi

# spread the requests over the seconds: each second's share fired at the start of that second
PER_SECOND=$(( (COUNT + SECONDS_ - 1) / SECONDS_ ))
START=$(date +%s.%N)
for ((i = 0; i < COUNT; i++)); do
	if (( i > 0 && i % PER_SECOND == 0 )); then
		# wait for the next second after the start, whatever the firing took
		sleep "$(awk -v s="$START" -v n="$(date +%s.%N)" -v k=$(( i / PER_SECOND )) 'BEGIN { d = s + k - n; printf "%.3f", (d > 0) ? d : 0 }')"
	fi
	curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$WORK/cookies" \
		-H "X-Forwarded-For: 198.18.$((i / 250)).$((i % 250 + 1))" \
		--data-urlencode "name=Deelnemer $i" --data-urlencode "email=burst-$i@example.org" \
		--data-urlencode "organisation=School" --data-urlencode "jobFunction=Leerkracht" \
		--data-urlencode "consent=true" --data-urlencode "website=" --data-urlencode "_csrf=$TOKEN" \
		"$URL/agenda/$SLUG/inschrijven" >>"$WORK/answers" &
done
wait
END=$(date +%s.%N)

EXPECTED_SEATS=$(( COUNT < CAPACITY ? COUNT : CAPACITY ))
EXPECTED_WAITING=$(( COUNT - EXPECTED_SEATS ))
REDIRECTS=$(grep -c '^302 ' "$WORK/answers" || true)
CONFIRMED=$(psql_ -c "select count(*) from activity_registration where activity_id = $ID and status = 'CONFIRMED'")
WAITING=$(psql_ -c "select count(*) from activity_registration where activity_id = $ID and status = 'WAITING'")
OUT_OF_ORDER=$(psql_ -c "select count(*) from activity_registration w where w.activity_id = $ID and w.status = 'WAITING'
	and exists (select 1 from activity_registration c where c.activity_id = $ID and c.status = 'CONFIRMED' and c.id > w.id)")
P95=$(awk '{ print $2 }' "$WORK/answers" | sort -n | awk '{ a[NR] = $1 } END { i = int(NR * 0.95); if (i < 1) i = 1; printf "%.0f", a[i] * 1000 }')

printf '%s registrations in %.1f s on %s (capacity %s): %s redirects, p95 %s ms; %s seats (expected %s), %s waiting (expected %s), %s out of order\n' \
	"$COUNT" "$(awk -v a="$START" -v b="$END" 'BEGIN { print b - a }')" "$SLUG" "$CAPACITY" "$REDIRECTS" "$P95" \
	"$CONFIRMED" "$EXPECTED_SEATS" "$WAITING" "$EXPECTED_WAITING" "$OUT_OF_ORDER"
if [[ "$REDIRECTS" == "$COUNT" && "$CONFIRMED" == "$EXPECTED_SEATS" && "$WAITING" == "$EXPECTED_WAITING" && "$OUT_OF_ORDER" == 0 ]]; then
	echo "exact"
else
	echo "NOT EXACT" >&2
	exit 1
fi
