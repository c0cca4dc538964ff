"""kabar.extract / extract_batch / extract_rows / extract_columns against the CLI."""

import datetime
import json
from collections import defaultdict

import pytest

import kabar

SEED_ID = "000_835c4cdb98e1286e"


def test_seed_article_gives_the_iran_russia_consultations(seed_text, run_cli):
    events = kabar.extract(seed_text, id=SEED_ID)
    cli = [json.loads(line) for line in run_cli([{"id": SEED_ID, "text": seed_text}]).splitlines()]
    assert events == cli
    meetings = [
        e
        for e in events
        if e["root"] == "04"
        and e["source"]["code"].startswith("IRN")
        and e["target"]["code"].startswith("RUS")
    ]
    assert meetings, [(e["source"], e["cameo"], e["target"]) for e in events]
    first = meetings[0]
    assert first["doc_id"] == SEED_ID
    assert first["lang"] == "id"
    assert first["date"] == "2023-02-01"
    assert first["plover"] == "CONSULT"
    assert first["quad_class"] == 1
    assert first["evidence"]["sentence"]
    # Record keys in the DESIGN.md order, as the CLI writes them.
    assert list(first)[:4] == ["event_id", "doc_id", "date", "date_precision"]


def test_date_anchors_relative_expressions():
    text = "Presiden Joko Widodo bertemu Perdana Menteri Jepang di Tokyo kemarin."
    by_str = kabar.extract(text, date="2023-02-02", lang="id")
    by_date = kabar.extract(text, date=datetime.date(2023, 2, 2), lang="id")
    assert by_str == by_date
    assert by_str and by_str[0]["date"] == "2023-02-01"
    assert by_str[0]["doc_id"] == "0"


def test_batch_equals_one_by_one(articles):
    docs = articles[:60]
    batch = kabar.extract_batch(docs)
    assert len(batch) == len(docs)
    for doc, events in zip(docs, batch):
        one = kabar.extract(doc["text"], lang=doc.get("lang"), date=doc.get("date"), id=doc["id"], title=doc.get("title"))
        assert events == one, doc["id"]
    assert kabar.extract_batch(docs, parallel=False) == batch


def test_batch_equals_the_cli(articles, run_cli):
    cli = defaultdict(list)
    for line in run_cli(articles).splitlines():
        e = json.loads(line)
        cli[e["doc_id"]].append(e)
    batch = kabar.extract_batch(articles)
    assert sum(map(len, batch)) > len(articles), "the fixture should give events"
    for doc, events in zip(articles, batch):
        assert events == cli.get(doc["id"], []), doc["id"]


def test_batch_accepts_any_iterable_and_names_documents_by_position():
    gen = ({"text": t} for t in ["Israel menyerang Gaza pada Rabu.", "Iran condemned Israel on Monday."])
    batch = kabar.extract_batch(gen)
    assert [e["doc_id"] for events in batch for e in events] == ["0"] * len(batch[0]) + ["1"] * len(batch[1])
    assert kabar.extract_batch([]) == []


def test_rows_and_columns_are_the_flat_events(articles):
    docs = articles[:40]
    batch = kabar.extract_batch(docs)
    rows = kabar.extract_rows(docs)
    cols = kabar.extract_columns(docs)
    assert len(kabar.COLUMNS) == 34
    assert list(cols) == list(kabar.COLUMNS)
    flat = [e for events in batch for e in events]
    assert len(rows) == len(flat) == len(cols["event_id"])
    for row, e, i in zip(rows, flat, range(len(rows))):
        assert list(row) == list(kabar.COLUMNS)
        assert {k: cols[k][i] for k in kabar.COLUMNS} == row
        assert row["event_id"] == e["event_id"]
        assert row["date"] == (datetime.date.fromisoformat(e["date"]) if e["date"] else None)
        assert row["source_code"] == (e["source"] or {}).get("code")
        assert row["target_country"] == (e["target"] or {}).get("country")
        assert row["cameo"] == e["cameo"] and row["root"] == e["root"]
        assert row["goldstein"] == e["goldstein"] and row["confidence"] == e["confidence"]
        assert row["issues"] == ",".join(e["issues"])
        assert row["trigger_start"] == e["evidence"]["trigger_start"]
        assert row["sentence"] == e["evidence"]["sentence"]
        assert isinstance(row["quad_class"], int) and isinstance(row["negated"], bool)


def test_floats_are_the_json_values(seed_text):
    events = kabar.extract(seed_text)
    assert {repr(e["confidence"]) for e in events} <= {"0.5", "0.6", "0.7", "0.8", "0.9", "1.0"}


def test_title_goes_before_the_text():
    with_title = kabar.extract("Ia mengatakan itu pada Rabu.", title="Israel menyerang Gaza", lang="id", date="2023-02-02")
    assert any(e["cameo"].startswith("19") for e in with_title)
    assert kabar.extract("", lang="id") == []


def test_batches_release_the_gil(articles):
    import threading
    import time

    docs = articles * 4
    done = threading.Event()
    result = []

    def work():
        result.append(kabar.extract_batch(docs))
        done.set()

    ticks = 0
    worker = threading.Thread(target=work)
    worker.start()
    while not done.is_set():
        time.sleep(0.001)
        ticks += 1
    worker.join()
    assert len(result[0]) == len(docs)
    # While the batch is coded in Rust this thread keeps running; with the GIL
    # held it would wait for the whole batch.
    assert ticks > 20, ticks
