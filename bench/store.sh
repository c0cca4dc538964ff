#!/usr/bin/env bash
# Event-store benchmark: writes N synthetic events (default 10,000,000) through
# the store's write API into a fresh SQLite store, then times, a few times each
# in the same process, an actor + date-range query's first page, a text search,
# the timeline and the dyad network over date ranges (see
# crates/kabar-store/examples/store_bench.rs for the data's shape).
# Usage: bench/store.sh [EVENTS] [DB]      (DB default: $TMPDIR/kabar-store-bench.db)
#        BATCH=512 bench/store.sh ...      (documents per transaction; default 16384, as kabar ingest)
#        REUSE=1 bench/store.sh 0 DB       (time the queries on an existing store)
#        ARRIVAL=random bench/store.sh ... (dates at random over six years, the worst case
#                                           for date-led indexes; default: records in date
#                                           order, as news is ingested day by day)
# 10M events need about 6 GB of disk and take a while: run it with nohup and a log.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
events="${1:-10000000}"
db="${2:-${TMPDIR:-/tmp}/kabar-store-bench.db}"

cd "$root"
echo "== building the benchmark (release)" >&2
cargo build --release -p kabar-store --example store_bench >&2
exec "$root/target/release/examples/store_bench" "$events" "$db" ${REUSE:+--reuse} ${BATCH:+--batch=$BATCH} ${ARRIVAL:+--arrival=$ARRIVAL}
