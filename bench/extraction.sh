#!/usr/bin/env bash
# Article-body extraction benchmark: kabar vs trafilatura on the 181 pages of
# ../shared/data/extraction-benchmark (html/*.html.gz + ground-truth.json).
#
#   bench/extraction.sh                      build release kabar, run both, score
#   bench/extraction.sh --kabar-jsonl FILE [--kabar-seconds S]
#                                            score a saved kabar output instead
#                                            of running the binary
#
# kabar runs as `kabar clean --input-format html FILE...` over every page in one
# process on one core (timed wall-clock, process start included, best of 3); trafilatura runs
# `extract(html, include_comments=False)` over the same pages in one Python
# thread (timed around the loop, interpreter start and import excluded, best of 3). Both
# are scored by bench/extraction_score.py with the benchmark's own metric: word
# 4-gram shingles of \w+ tokens (case kept), P and R macro-averaged over pages,
# F1 of the averages. trafilatura and lxml_html_clean are installed from PyPI
# into bench/out/venv (gitignored). Work files go to bench/out/extraction/.
# EXTRACTION_DATA overrides the benchmark directory; PYTHON the base python3.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${EXTRACTION_DATA:-$root/../shared/data/extraction-benchmark}"
out="$root/bench/out/extraction"
venv="$root/bench/out/venv"
helper="$root/bench/extraction_score.py"

kabar_jsonl=""
kabar_seconds=""
while [ $# -gt 0 ]; do
    case "$1" in
        --kabar-jsonl) kabar_jsonl="${2:?--kabar-jsonl needs a file}"; shift 2 ;;
        --kabar-seconds) kabar_seconds="${2:?--kabar-seconds needs a number}"; shift 2 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "extraction: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ ! -d "$data/html" ] || [ ! -f "$data/ground-truth.json" ]; then
    echo "extraction: benchmark not found at $data (expected html/ and ground-truth.json); nothing to run."
    exit 0
fi

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

echo "== unpacking pages into $out/html" >&2
rm -rf "$out/html"
mkdir -p "$out/html"
n=0
for f in "$data"/html/*; do
    base="$(basename "$f")"
    case "$base" in
        *.html.gz) gzip -dc "$f" > "$out/html/${base%.gz}" ;;
        *.html) cp "$f" "$out/html/$base" ;;
        *) continue ;;
    esac
    n=$((n + 1))
done
echo "   $n pages" >&2
pages=("$out"/html/*.html)

systems=()
if [ -n "$kabar_jsonl" ]; then
    echo "== kabar: scoring saved output $kabar_jsonl" >&2
    if [ -n "$kabar_seconds" ]; then
        systems+=("kabar=$kabar_jsonl:$kabar_seconds")
    else
        systems+=("kabar=$kabar_jsonl")
    fi
else
    echo "== building the release binary" >&2
    (cd "$root" && cargo build --release --quiet -p kabar)
    kabar="$root/target/release/kabar"
    echo "== kabar clean --input-format html (${#pages[@]} pages)" >&2
    # Best of three runs for both systems: this machine is shared, and the
    # fastest run is the one least disturbed by other work.
    kabar_seconds=""
    for run in 1 2 3; do
        t0="$(now)"
        if ! RAYON_NUM_THREADS=1 "$kabar" clean --input-format html "${pages[@]}" > "$out/kabar.jsonl" 2> "$out/kabar.stderr"; then
            echo "   kabar clean failed (see $out/kabar.stderr); scoring trafilatura only:" >&2
            head -n 5 "$out/kabar.stderr" >&2 || true
            kabar_seconds=""
            break
        fi
        t1="$(now)"
        s="$(elapsed "$t0" "$t1")"
        if [ -z "$kabar_seconds" ] || awk -v a="$s" -v b="$kabar_seconds" 'BEGIN { exit !(a < b) }'; then
            kabar_seconds="$s"
        fi
    done
    if [ -n "$kabar_seconds" ]; then
        echo "   best ${kabar_seconds}s" >&2
        systems+=("kabar=$out/kabar.jsonl:$kabar_seconds")
    fi
fi

echo "== trafilatura (venv $venv)" >&2
if [ ! -x "$venv/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import trafilatura, lxml_html_clean' 2> /dev/null; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check trafilatura lxml_html_clean
fi
"$venv/bin/python" -c 'import trafilatura; print("   trafilatura", trafilatura.__version__)' >&2
traf_seconds=""
for run in 1 2 3; do
    s="$("$venv/bin/python" "$helper" trafilatura "$out/html" "$out/trafilatura.jsonl")"
    if [ -z "$traf_seconds" ] || awk -v a="$s" -v b="$traf_seconds" 'BEGIN { exit !(a < b) }'; then
        traf_seconds="$s"
    fi
done
echo "   ${traf_seconds}s" >&2
systems+=("trafilatura=$out/trafilatura.jsonl:$traf_seconds")

echo
python3 "$helper" score "$data/ground-truth.json" "${systems[@]}"
