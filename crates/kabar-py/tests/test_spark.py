"""kabar.spark on PySpark local[2]: the events equal the CLI's on the same documents.

Needs Java (17) for Spark; skipped, with the reason printed, only when no `java` is found.
"""

import datetime
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

import kabar

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'kabar[spark]')")

if shutil.which("java") is None:
    print("SKIPPED kabar.spark test: no java on PATH (apt-get install openjdk-17-jre-headless)", file=sys.stderr)
    pytest.skip("no java on PATH: install openjdk-17-jre-headless to run the Spark test", allow_module_level=True)

import kabar.spark  # noqa: E402

BPPT = Path(__file__).resolve().parents[4] / "shared" / "data" / "parallel" / "bppt-int-dev"


def bppt_articles(n_per_lang=60, per_doc=8):
    """Articles of consecutive PANL-BPPT sentences, when ../shared is beside the repository."""
    docs = []
    for lang in ("id", "en"):
        path = BPPT.with_suffix("." + lang)
        if not path.exists():
            return []
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        for i in range(n_per_lang):
            chunk = lines[i * per_doc : (i + 1) * per_doc]
            if chunk:
                docs.append({"id": f"bppt-{lang}-{i}", "text": " ".join(chunk), "date": "2007-05-0%d" % (1 + i % 3), "lang": None})
    return docs


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # Workers must run this interpreter, the one with kabar installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("kabar-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        # List the date=… directories in the driver, not in a Spark job per directory.
        .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def flatten(e):
    """One event of the CLI's JSON as a flat row (the columns of kabar.COLUMNS)."""
    src, tgt, loc, ev = e["source"] or {}, e["target"] or {}, e["location"] or {}, e["evidence"]
    row = {
        "event_id": e["event_id"],
        "doc_id": e["doc_id"],
        "date": datetime.date.fromisoformat(e["date"]) if e["date"] else None,
        "date_precision": e["date_precision"],
    }
    for side, actor in (("source", src), ("target", tgt)):
        for k in ("code", "name", "text", "country", "sector"):
            row[f"{side}_{k}"] = actor.get(k)
    row.update(
        {
            "cameo": e["cameo"],
            "root": e["root"],
            "plover": e["plover"],
            "quad_class": e["quad_class"],
            "goldstein": e["goldstein"],
            "location": loc.get("name"),
            "location_country": loc.get("country"),
            "lat": loc.get("lat"),
            "lon": loc.get("lon"),
            "issues": ",".join(e["issues"]),
            "negated": e["negated"],
            "modality": e["modality"],
            "lang": e["lang"],
            "confidence": e["confidence"],
            "trigger": ev["trigger"],
            "trigger_start": ev["trigger_start"],
            "trigger_end": ev["trigger_end"],
            "sentence_start": ev["start"],
            "sentence_end": ev["end"],
            "sentence": ev["sentence"],
        }
    )
    assert tuple(row) == kabar.COLUMNS
    return row


def test_schema_is_the_flat_event():
    schema = kabar.spark.event_schema()
    assert tuple(schema.names) == kabar.COLUMNS
    types = {f.name: f.dataType.simpleString() for f in schema.fields}
    assert types["date"] == "date"
    assert types["quad_class"] == "int"
    assert types["goldstein"] == "float" and types["confidence"] == "float"
    assert types["lat"] == "double" and types["lon"] == "double"
    assert types["negated"] == "boolean"
    assert all(types[k] == "bigint" for k in ("trigger_start", "trigger_end", "sentence_start", "sentence_end"))
    assert {k for k, t in types.items() if t == "string"} == set(kabar.COLUMNS) - {
        "date", "quad_class", "goldstein", "confidence", "lat", "lon", "negated",
        "trigger_start", "trigger_end", "sentence_start", "sentence_end",
    }
    nullable = {f.name for f in schema.fields if f.nullable}
    assert {"date", "source_code", "target_code", "plover", "location", "lat", "lon"} <= nullable
    assert not {"event_id", "doc_id", "cameo", "root", "quad_class", "negated"} & nullable


def test_spark_events_equal_the_cli(spark, articles, run_cli, tmp_path):
    docs = [dict(d) for d in articles] + bppt_articles()
    for d in docs:  # every column present, so the DataFrame has a fixed schema
        for k in ("date", "lang", "title"):
            d.setdefault(k, None)
    cli = [flatten(json.loads(line)) for line in run_cli(docs).splitlines()]
    assert len(cli) > len(articles)

    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    schema = T.StructType(
        [T.StructField(k, T.StringType(), k != "text") for k in ("id", "text", "date", "lang", "title")]
    )
    frame = spark.createDataFrame([tuple(d[k] for k in schema.names) for d in docs], schema).repartition(4)
    # Dates as a DateType column, as a table of articles would have them.
    frame = frame.withColumn("date", F.to_date("date"))
    events = kabar.spark.extract_events(frame)
    assert tuple(events.columns) == kabar.COLUMNS

    out = tmp_path / "events.parquet"
    kabar.spark.write_events(events, str(out))
    assert any(p.name.startswith("date=") for p in out.iterdir())
    back = spark.read.parquet(str(out)).select(*kabar.COLUMNS)
    got = [r.asDict() for r in back.collect()]

    assert sorted(r["event_id"] for r in got) == sorted(r["event_id"] for r in cli)
    by_id = {r["event_id"]: r for r in got}
    assert len(by_id) == len(got)
    for want in cli:
        have = by_id[want["event_id"]]
        for k in kabar.COLUMNS:
            a, b = have[k], want[k]
            if k in ("goldstein", "confidence"):
                # Spark's float is the f32 widened; the JSON has its shortest form.
                assert a == pytest.approx(b, rel=1e-6), (want["event_id"], k, a, b)
            else:
                assert a == b, (want["event_id"], k, a, b)


def test_code_batches_without_spark(articles):
    import pandas as pd

    frame = pd.DataFrame(articles[:20])
    out = list(kabar.spark.code_batches(iter([frame, frame.iloc[:0]])))
    assert len(out) == 2 and len(out[1]) == 0
    assert tuple(out[0].columns) == kabar.COLUMNS
    assert str(out[0]["quad_class"].dtype) == "int32" and str(out[0]["goldstein"].dtype) == "float32"
    rows = kabar.extract_rows(articles[:20])
    assert list(out[0]["event_id"]) == [r["event_id"] for r in rows]
