#!/usr/bin/env bash
# Load test of `kabar serve`: on a store of 10,000,000 synthetic events (made
# by bench/store.sh, or reused), request /api/events with filters,
# /api/stats/timeline, /api/stats/network and a mix of all read endpoints at
# a fixed rate (default 200 requests/s) with wrk, and print for each the
# requests/s achieved and the latency percentiles (p99 target: < 100 ms).
#
# Usage: bench/serve.sh [DB]           (DB default: $TMPDIR/kabar-store-bench.db;
#                                       generated with bench/store.sh when missing)
#        EVENTS=1000000 bench/serve.sh DB   (size of a generated store)
#        RATE=200 DURATION=30 bench/serve.sh DB   (requests/s, seconds per endpoint)
#        WARMUP=10 bench/serve.sh DB   (unmeasured seconds per endpoint first; 0: cold)
# Needs wrk (Debian: apt-get install -y wrk) and python3. Pacing: each of the
# 20 connections waits 20/RATE s between requests (wrk's delay()), so the rate
# is held while latencies stay well under that pause; the rate achieved is printed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="${1:-${TMPDIR:-/tmp}/kabar-store-bench.db}"
rate="${RATE:-200}"
duration="${DURATION:-30}"
threads=2
per_thread=10

command -v wrk >/dev/null || { echo "bench/serve.sh: needs wrk (apt-get install -y wrk)" >&2; exit 1; }
cd "$root"
if [ ! -f "$db" ]; then
  echo "== no store at $db: generating ${EVENTS:-10000000} events (bench/store.sh)" >&2
  "$root/bench/store.sh" "${EVENTS:-10000000}" "$db" >&2
fi
echo "== building kabar (release)" >&2
cargo build --release -p kabar >&2

work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill -INT "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$root/target/release/kabar" serve --db "$db" --bind 127.0.0.1:0 --quiet >"$work/out" 2>"$work/err" &
server=$!
for _ in $(seq 1 600); do
  grep -q '^kabar: serving ' "$work/out" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
  sleep 0.1
done
base="$(sed -n 's/^kabar: serving \(http:\/\/[^/]*\)\/$/\1/p' "$work/out")"
[ -n "$base" ] || { echo "bench/serve.sh: the server did not start" >&2; cat "$work/err" >&2; exit 1; }
echo "== kabar serve on $base ($db)" >&2

# Request paths drawn from what the store holds: its actors, places and dates.
python3 - "$base" "$work" <<'PY'
import json, random, sys, urllib.request, datetime as dt
base, work = sys.argv[1], sys.argv[2]
get = lambda p: json.load(urllib.request.urlopen(base + p, timeout=120))
health = get("/api/health")
actors = [a["code"] for a in get("/api/actors?limit=200")["actors"]]
countries = sorted({p["country"] for p in get("/api/stats/map?limit=500")["points"] if p["country"]})
days = [r["date"] for r in get("/api/stats/timeline?bucket=week")["rows"]]
first, last = dt.date.fromisoformat(min(days)), dt.date.fromisoformat(max(days))
print(f"store: {health['events']:,} events, {health['mentions']:,} mentions, "
      f"{len(actors)} actors, {len(countries)} countries, {first} to {last}", file=sys.stderr)
rnd = random.Random(7)
def window(max_days):
    n = rnd.randint(1, max_days)
    start = first + dt.timedelta(days=rnd.randint(0, max(0, (last - first).days - n)))
    return start, start + dt.timedelta(days=n)
def events():
    s, u = window(90)
    kind = rnd.randrange(4)
    if kind == 0:
        return f"/api/events?actor={rnd.choice(actors)}&since={s}&until={u}&limit=50"
    if kind == 1:
        return f"/api/events?target={rnd.choice(actors)}&root={rnd.randint(1, 20):02d}&since={s}&until={u}&limit=50"
    if kind == 2:
        return f"/api/events?country={rnd.choice(countries)}&since={s}&until={u}&limit=50"
    return f"/api/events?actor={rnd.choice(actors[:20])}&target={rnd.choice(actors[:20])}&limit=50"
def timeline():
    s, u = window(730)
    return rnd.choice([f"/api/stats/timeline?since={s}&until={u}",
                       f"/api/stats/timeline?since={s}&until={u}&root={rnd.randint(1, 20):02d}",
                       "/api/stats/timeline?bucket=week"])
def network():
    s, u = window(730)
    return rnd.choice([f"/api/stats/network?since={s}&until={u}&limit=100",
                       f"/api/stats/network?since={s}&until={u}&actor={rnd.choice(actors)}",
                       "/api/stats/network?limit=100"])
def mixed():
    s, u = window(365)
    return rnd.choice([events(), timeline(), network(),
                       f"/api/stats/map?since={s}&until={u}&limit=500",
                       f"/api/actors?q={rnd.choice(actors)[:1]}", "/api/health"])
for name, make in [("events", events), ("timeline", timeline), ("network", network), ("mixed", mixed)]:
    with open(f"{work}/{name}.paths", "w") as f:
        f.write("\n".join(make() for _ in range(2000)) + "\n")
PY

# Warm-up: each path list is requested for $WARMUP seconds (default 10)
# before anything is measured, so that the figures are those of a server
# running in steady state, not of the first reads of a cold page cache
# (right after the machine wrote other large files, events p99 read 5.6 s
# on a cold cache and 22 ms warm).
for name in events timeline network mixed; do
  KABAR_PATHS="$work/$name.paths" KABAR_RATE="$rate" KABAR_THREADS="$threads" \
    KABAR_CONNECTIONS_PER_THREAD="$per_thread" \
    wrk -t"$threads" -c$((threads * per_thread)) -d"${WARMUP:-10}s" --timeout 10s \
      -s "$root/bench/serve.lua" "$base" >/dev/null
done
printf '%-10s %9s %9s %9s %9s %9s %9s %7s\n' endpoint "req/s" "p50 ms" "p90 ms" "p99 ms" "max ms" requests errors
for name in events timeline network mixed; do
  line="$(KABAR_PATHS="$work/$name.paths" KABAR_RATE="$rate" KABAR_THREADS="$threads" \
    KABAR_CONNECTIONS_PER_THREAD="$per_thread" \
    wrk -t"$threads" -c$((threads * per_thread)) -d"${duration}s" --timeout 10s \
      -s "$root/bench/serve.lua" "$base" | grep '^RESULT')"
  eval "${line#RESULT }"
  printf '%-10s %9s %9s %9s %9s %9s %9s %7s\n' "$name" "$rps" "$p50_ms" "$p90_ms" "$p99_ms" "$max_ms" \
    "$requests" $((non2xx + socket_errors))
done
echo "(target: p99 < 100 ms at $rate requests/s; wrk -t$threads -c$((threads * per_thread)), ${duration}s per row)"
