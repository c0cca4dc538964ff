#!/usr/bin/env bash
# Articles/s of the three ways to code the same documents:
#   1. the CLI:             kabar extract --input-format jsonl --keep-duplicates (all cores)
#   2. the Python package:  kabar.extract_batch over the same documents (all cores, GIL released)
#   3. Spark local[2]:      kabar.spark.extract_events + a count (mapInPandas, one Coder per worker)
#
#   bench/python_throughput.sh [ARTICLES]      default 100000
#
# The documents: bench/corpus.py's generated crawl (WARC.gz of news pages from the
# PANL-BPPT sentences in ../shared/data/parallel), turned into JSON lines
# {"id","url","title","date","lang","text"} by `kabar clean`, so all three code the
# same cleaned articles and only coding is timed. Without bench/corpus.py, the
# articles are 10 consecutive PANL-BPPT sentences each (the script says so).
# Builds release kabar and the wheel (maturin) into bench/out/py; needs python3 and
# Java 17 for step 3 (skipped with a message without java). CORPUS_PY=FILE names
# another corpus generator with the same options.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
case "$n" in -h|--help) sed -n '2,16p' "$0"; exit 0 ;; esac
out="$root/bench/out/py"
parallel="${PARALLEL_DATA:-$root/../shared/data/parallel}"
docs="$out/docs-$n.jsonl"
corpus_py="${CORPUS_PY:-$root/bench/corpus.py}"
mkdir -p "$out"

if [ ! -f "$parallel/bppt-int-dev.id" ]; then
    echo "python_throughput: the parallel sentences are not at $parallel (../shared missing?); nothing to run."
    exit 0
fi

echo "== building release kabar and the wheel"
cargo build --release --locked -q -p kabar --manifest-path "$root/Cargo.toml"
kabar="$root/target/release/kabar"
if [ ! -x "$out/venv/bin/python" ]; then
    python3 -m venv "$out/venv"
    "$out/venv/bin/pip" install -q --disable-pip-version-check 'maturin>=1.9,<2' 'pandas>=2,<3' pyarrow 'pyspark>=4'
fi
rm -rf "$out/wheels"
"$out/venv/bin/maturin" build --release --locked -m "$root/crates/kabar-py/Cargo.toml" -o "$out/wheels" \
    >"$out/maturin.log" 2>&1 || { cat "$out/maturin.log"; exit 1; }
"$out/venv/bin/pip" install -q --disable-pip-version-check --force-reinstall --no-deps "$out"/wheels/kabar-*.whl

if [ ! -s "$docs" ]; then
    if [ -f "$corpus_py" ]; then
        echo "== $n articles: bench/corpus.py crawl, cleaned by kabar clean"
        warc="$out/news-$n.warc.gz"
        [ -s "$warc" ] || python3 "$corpus_py" --articles "$n" --out "$warc" --parallel "$parallel"
        # Keep every copy (duplicate_of is dropped) so all three code the same documents.
        "$kabar" clean "$warc" | python3 -c '
import json, sys
for line in sys.stdin:
    a = json.loads(line)
    print(json.dumps({k: a.get(k) for k in ("id", "url", "title", "date", "lang", "text")}, ensure_ascii=False))
' >"$docs"
    else
        echo "== $n articles of 10 consecutive PANL-BPPT sentences (no bench/corpus.py)"
        python3 - "$parallel" "$n" >"$docs" <<'PY'
import json, sys
parallel, n = sys.argv[1], int(sys.argv[2])
sents = {l: [s.strip() for s in open(f"{parallel}/bppt-int-dev.{l}", encoding="utf-8") if s.strip()] for l in ("id", "en")}
for i in range(n):
    lang = ("id", "en")[i % 2]
    s = sents[lang]
    k = (i // 2 * 10) % max(1, len(s) - 10)
    print(json.dumps({"id": f"d{i}", "text": " ".join(s[k:k + 10]), "date": "2007-05-%02d" % (1 + i % 28), "lang": lang}, ensure_ascii=False))
PY
    fi
fi
docs_n=$(wc -l <"$docs")
echo "   $docs_n documents, $(du -h "$docs" | cut -f1)"

echo "== 1. CLI: kabar extract --input-format jsonl --keep-duplicates"
start=$(date +%s.%N)
"$kabar" extract --input-format jsonl --keep-duplicates "$docs" >"$out/events-cli.jsonl"
end=$(date +%s.%N)
python3 -c "import sys; n,t,e=int(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]); print(f'   {n} articles, {e} events in {t:.1f} s: {n/t:.0f} articles/s')" \
    "$docs_n" "$(python3 -c "print($end - $start)")" "$(wc -l <"$out/events-cli.jsonl")"

echo "== 2. Python: kabar.extract_batch (batches of 5000)"
"$out/venv/bin/python" - "$docs" <<'PY'
import json, sys, time
import kabar
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
kabar.extract("warm up", lang="id")  # the dictionaries load once, outside the timing
t = time.perf_counter()
events = 0
for i in range(0, len(docs), 5000):
    events += sum(map(len, kabar.extract_batch(docs[i:i + 5000])))
dt = time.perf_counter() - t
print(f"   {len(docs)} articles, {events} events in {dt:.1f} s: {len(docs)/dt:.0f} articles/s")
PY

echo "== 3. Spark local[2]: kabar.spark.extract_events, counted"
if ! command -v java >/dev/null; then
    echo "   skipped: no java (apt-get install openjdk-17-jre-headless)"
    exit 0
fi
PYSPARK_PYTHON="$out/venv/bin/python" "$out/venv/bin/python" - "$docs" <<'PY' 2>"$out/spark.log"
import sys, time
from pyspark.sql import SparkSession
import kabar.spark
spark = (SparkSession.builder.master("local[2]").config("spark.ui.showConsoleProgress", "false")
         .config("spark.driver.memory", "4g").getOrCreate())
spark.sparkContext.setLogLevel("ERROR")
articles = spark.read.json(sys.argv[1]).select("id", "text", "date", "lang", "title").repartition(8).cache()
n = articles.count()  # read and cached outside the timing
t = time.perf_counter()
events = kabar.spark.extract_events(articles).count()
dt = time.perf_counter() - t
print(f"   {n} articles, {events} events in {dt:.1f} s: {n/dt:.0f} articles/s (session already started)")
PY
