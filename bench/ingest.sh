#!/usr/bin/env bash
# End-to-end ingest benchmark: a generated crawl (WARC.gz, HTML pages of
# Indonesian and English news, ~5 % syndicated copies) coded by `kabar extract`.
#
#   bench/ingest.sh [ARTICLES]        default 100000
#
# Makes bench/out/corpus/news-ARTICLES.warc.gz with bench/corpus.py (needs
# ../shared/data/parallel) unless it exists, builds release kabar, then runs
#   1. `kabar clean` on one core   (read + main-content extraction + cleaning + dedup)
#   2. `kabar extract` on one core (all of that plus coding)
#   3. `kabar extract` on all cores
# each under /usr/bin/time -v, and prints articles/s, articles/s per core
# (articles / user+system CPU seconds) and peak resident memory. Step 4 runs
# extract on a corpus twice as large (2 x ARTICLES) so peak memory can be
# compared across sizes: past the dedup window (100,000 stories) it stays flat.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
case "$n" in -h|--help) sed -n '2,15p' "$0"; exit 0 ;; esac
out="$root/bench/out/corpus"
corpus="$out/news-$n.warc.gz"
large_n=$(( n * 2 ))
large="$out/news-$large_n.warc.gz"
parallel="${PARALLEL_DATA:-$root/../shared/data/parallel}"

if [ ! -f "$parallel/bppt-int-dev.id" ]; then
    echo "ingest: the parallel sentences are not at $parallel (../shared missing?); nothing to run."
    exit 0
fi
[ -x /usr/bin/time ] || { echo "ingest: /usr/bin/time is needed (Debian package 'time')" >&2; exit 2; }
mkdir -p "$out"
[ -f "$corpus" ] || python3 "$root/bench/corpus.py" --articles "$n" --out "$corpus" --parallel "$parallel"
[ -f "$large" ] || python3 "$root/bench/corpus.py" --articles "$large_n" --out "$large" --parallel "$parallel"
(cd "$root" && cargo build --release --quiet)
kabar="$root/target/release/kabar"
cores=$(nproc)

run() { # label threads articles -- command...
    local label="$1" threads="$2" articles="$3"; shift 4
    local log="$out/time-$label.txt"
    RAYON_NUM_THREADS="$threads" /usr/bin/time -v "$@" > "$out/$label.jsonl" 2> "$log" || true
    awk -v label="$label" -v n="$articles" -v threads="$threads" '
        /User time/ { user = $NF }
        /System time/ { sys = $NF }
        /Elapsed \(wall clock\)/ { split($NF, t, ":"); wall = (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2] }
        /Maximum resident/ { rss = $NF }
        END {
            cpu = user + sys
            printf "%-14s %2d thread(s)  %7d articles  %7.1f s wall  %7.1f s CPU  %7.0f articles/s  %6.0f articles/s/core  peak %5.0f MiB\n",
                label, threads, n, wall, cpu, n / wall, n / cpu, rss / 1024
        }' "$log"
}

echo "corpus: $corpus ($(du -h "$corpus" | cut -f1)), $cores cores"
run clean-1 1 "$n" -- "$kabar" clean "$corpus"
run extract-1 1 "$n" -- "$kabar" extract --error-log "$out/errors.jsonl" "$corpus"
run extract-all "$cores" "$n" -- "$kabar" extract "$corpus"
run extract-large "$cores" "$large_n" -- "$kabar" extract "$large"
events=$(wc -l < "$out/extract-1.jsonl")
dups=$(grep -c '"duplicate_of":"' "$out/clean-1.jsonl" || true)
echo "events: $events; near-duplicates linked by clean: $dups; input errors: $(wc -l < "$out/errors.jsonl")"
if cmp -s "$out/extract-1.jsonl" "$out/extract-all.jsonl"; then
    echo "output on 1 and $cores threads: identical"
else
    echo "output on 1 and $cores threads: DIFFERENT" >&2
    exit 1
fi
