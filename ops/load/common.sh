# Shared by ops/rolling-restart.sh and ops/scaling.sh (sourced, not run): the checks before a load through the
# balancer and a signed-in session of a demo user.

# Stops the calling script unless both instances are in rotation behind the balancer.
require_both_instances_up() {
	[ "$("$OPS/cluster.sh" servers | grep -c ' UP$' || true)" = 2 ] ||
		{ echo "both instances must be UP behind the balancer: ops/cluster.sh up" >&2; exit 1; }
}

# Signs in as a demo user through BASE and prints the session cookie's value: the login form's CSRF token, then the
# login (the session lives in PostgreSQL, so it is valid on every instance).
#   sign_in BASE USERNAME COOKIE_JAR
sign_in() {
	local base=$1 username=$2 jar=$3 csrf session
	csrf=$(curl -fsS -m 10 -c "$jar" -b "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 |
		sed 's/.*value="//; s/"$//')
	curl -sS -m 10 -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$username" \
		--data-urlencode password=AanBoord-demo-2026 --data-urlencode "_csrf=$csrf" "$base/login"
	session=$(awk '$6 == "AANBOORD_SESSION" { print $7 }' "$jar" | tail -n 1)
	[ -n "$session" ] || { echo "could not sign in as $username" >&2; return 1; }
	echo "$session"
}
