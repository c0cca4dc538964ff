//! The store's contract: idempotent ingest, replacement, merging across
//! articles and sites, rollups, queries with pagination and text search, and
//! exports in GDELT and Parquet form.

use chrono::NaiveDate;
use kabar_core::{
    ActorRef, CodedDocument, DatePrecision, Document, Event, Evidence, Lang, Location, Modality,
};
use kabar_store::{export, DateRange, EventStore, Query, SqliteStore, StatsFilter};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn actor(code: &str, country: &str, name: &str) -> ActorRef {
    ActorRef {
        text: name.into(),
        code: code.into(),
        country: Some(country.into()),
        sector: code.get(3..).filter(|s| !s.is_empty()).map(str::to_string),
        name: Some(name.into()),
        start: 0,
        end: name.chars().count(),
    }
}

fn event(doc: &str, date: &str, src: &str, tgt: &str, cameo: &str, sentence: &str) -> Event {
    Event {
        event_id: format!("{doc}-{src}-{tgt}-{cameo}-{date}"),
        doc_id: doc.into(),
        date: Some(day(date)),
        date_precision: DatePrecision::Day,
        source: Some(actor(src, &src[..3], "Ali Asghar Khaji")),
        target: Some(actor(tgt, &tgt[..3], "Mikhail Bogdanov")),
        cameo: cameo.into(),
        root: cameo[..2].into(),
        plover: Some("CONSULT".into()),
        quad_class: 1,
        goldstein: 1.0,
        location: Some(Location {
            name: "Moscow".into(),
            country: Some("RUS".into()),
            lat: 55.75,
            lon: 37.62,
        }),
        issues: vec!["SYR".into(), "YEM".into()],
        negated: false,
        modality: Modality::Asserted,
        lang: Lang::Id,
        confidence: 0.8,
        evidence: Evidence {
            sentence: sentence.into(),
            start: 10,
            end: 10 + sentence.chars().count(),
            trigger: "bertemu".into(),
            trigger_start: 20,
            trigger_end: 27,
        },
    }
}

fn doc(id: &str, url: Option<&str>, text: &str, events: Vec<Event>) -> CodedDocument {
    CodedDocument {
        doc: Document {
            id: id.into(),
            url: url.map(str::to_string),
            title: None,
            date: Some(day("2023-02-02")),
            lang: Some(Lang::Id),
            text: text.into(),
        },
        events,
        duplicate_of: None,
    }
}

const MEETING: &str = "Ali Asghar Khaji bertemu Mikhail Bogdanov di Moskow pada Rabu.";

/// The same meeting reported by three articles on two sites.
fn three_reports() -> Vec<CodedDocument> {
    (0..3)
        .map(|i| {
            let site = if i < 2 {
                "a.example.com"
            } else {
                "b.example.org"
            };
            let id = format!("d{i}");
            doc(
                &id,
                Some(&format!("https://www.{site}/news/{i}")),
                &format!("Report {i}. {MEETING}"),
                vec![event(&id, "2023-02-01", "IRNGOV", "RUSGOV", "040", MEETING)],
            )
        })
        .collect()
}

#[test]
fn the_same_meeting_in_three_articles_on_two_sites_is_one_event() {
    let mut s = SqliteStore::in_memory().unwrap();
    s.write(&three_reports()).unwrap();
    let c = s.counts().unwrap();
    assert_eq!((c.documents, c.events, c.mentions, c.sources), (3, 1, 3, 2));
    let page = s
        .query(&Query {
            limit: 10,
            ..Query::default()
        })
        .unwrap();
    let e = &page.events[0];
    assert_eq!((e.num_mentions, e.num_articles, e.num_sources), (3, 3, 2));
    assert_eq!(
        e.source_url.as_deref(),
        Some("https://www.a.example.com/news/0")
    );
    assert_eq!(e.first.evidence.sentence, MEETING);
    // A different day is another event.
    let other = doc(
        "d9",
        Some("https://c.example.net/x"),
        "other",
        vec![event(
            "d9",
            "2023-02-03",
            "IRNGOV",
            "RUSGOV",
            "040",
            MEETING,
        )],
    );
    s.write(&[other]).unwrap();
    assert_eq!(s.counts().unwrap().events, 2);
}

#[test]
fn a_merge_window_joins_neighbouring_days() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = SqliteStore::open_with(
        &dir.path().join("k.db"),
        kabar_store::StoreOptions {
            merge_window_days: 1,
        },
    )
    .unwrap();
    let a = doc(
        "a",
        None,
        "a",
        vec![event("a", "2023-02-01", "IRNGOV", "RUSGOV", "040", MEETING)],
    );
    let b = doc(
        "b",
        None,
        "b",
        vec![event("b", "2023-02-02", "IRNGOV", "RUSGOV", "040", MEETING)],
    );
    s.write(&[a, b]).unwrap();
    assert_eq!(s.counts().unwrap().events, 1);
}

#[test]
fn ingesting_twice_changes_nothing_and_a_changed_article_replaces_its_mentions() {
    let mut s = SqliteStore::in_memory().unwrap();
    let first = s.write(&three_reports()).unwrap();
    assert_eq!(first.added, 3);
    let before = s.counts().unwrap();
    let tl = s.timeline(DateRange::default()).unwrap();
    let again = s.write(&three_reports()).unwrap();
    assert_eq!((again.added, again.unchanged, again.mentions), (0, 3, 0));
    assert_eq!(s.counts().unwrap(), before);
    assert_eq!(s.timeline(DateRange::default()).unwrap(), tl);
    // Same content under another URL: also a no-op.
    let mut moved = three_reports().remove(0);
    moved.doc.url = Some("https://mirror.example.com/0".into());
    assert_eq!(s.write(&[moved]).unwrap().unchanged, 1);

    // Article 0 is corrected: its meeting is now a visit (042) on another day.
    let mut changed = three_reports().remove(0);
    changed.doc.text.push_str(" Ralat.");
    changed.events = vec![event(
        "d0",
        "2023-02-05",
        "IRNGOV",
        "RUSGOV",
        "042",
        MEETING,
    )];
    let r = s.write(&[changed]).unwrap();
    assert_eq!(r.replaced, 1);
    let c = s.counts().unwrap();
    assert_eq!((c.documents, c.events, c.mentions), (3, 2, 3));
    let page = s
        .query(&Query {
            cameo: Some("040".into()),
            limit: 10,
            ..Query::default()
        })
        .unwrap();
    let e = &page.events[0];
    assert_eq!((e.num_mentions, e.num_articles, e.num_sources), (2, 2, 2));
    assert_eq!(
        e.source_url.as_deref(),
        Some("https://www.a.example.com/news/1")
    );
    // Rollups follow: one 040 event on the 1st, one 042 event on the 5th.
    let tl = s.timeline(DateRange::default()).unwrap();
    let got: Vec<(String, String, i64, i64)> = tl
        .iter()
        .map(|r| (r.date.to_string(), r.root.clone(), r.events, r.mentions))
        .collect();
    assert_eq!(
        got,
        vec![
            ("2023-02-01".into(), "04".into(), 1, 2),
            ("2023-02-05".into(), "04".into(), 1, 1)
        ]
    );
    let dy = s.dyads(DateRange::default(), 10).unwrap();
    assert_eq!(dy.len(), 1);
    assert_eq!((dy[0].events, dy[0].mentions), (2, 3));
    assert_eq!(
        (dy[0].source.as_str(), dy[0].target.as_str()),
        ("IRNGOV", "RUSGOV")
    );
    let loc = s.locations(DateRange::default(), 10).unwrap();
    assert_eq!(
        (loc[0].location.name.as_str(), loc[0].events),
        ("Moscow", 2)
    );
    s.integrity_check().unwrap();
}

#[test]
fn a_near_duplicate_counts_toward_its_first_copys_events() {
    let mut s = SqliteStore::in_memory().unwrap();
    let first = doc(
        "orig",
        Some("https://a.example.com/1"),
        MEETING,
        vec![event(
            "orig",
            "2023-02-01",
            "IRNGOV",
            "RUSGOV",
            "040",
            MEETING,
        )],
    );
    let mut copy = doc("copy", Some("https://b.example.org/1"), "copy text", vec![]);
    copy.duplicate_of = Some("orig".into());
    s.write(&[first.clone(), copy]).unwrap();
    let e = &s
        .query(&Query {
            limit: 5,
            ..Query::default()
        })
        .unwrap()
        .events[0];
    assert_eq!((e.num_mentions, e.num_articles, e.num_sources), (2, 2, 2));
    // The first copy is corrected: the copy's credit follows its new events.
    let mut changed = first;
    changed.doc.text.push_str(" Ralat.");
    changed.events = vec![event(
        "orig",
        "2023-02-01",
        "IRNGOV",
        "RUSGOV",
        "042",
        MEETING,
    )];
    s.write(&[changed]).unwrap();
    let c = s.counts().unwrap();
    assert_eq!((c.events, c.mentions), (1, 2));
    let e = &s
        .query(&Query {
            limit: 5,
            ..Query::default()
        })
        .unwrap()
        .events[0];
    assert_eq!(
        (e.cameo.as_str(), e.num_articles, e.num_sources),
        ("042", 2, 2)
    );
    // Record exports hold what was coded; GDELT mentions hold every article.
    let mut buf = Vec::new();
    assert_eq!(export::jsonl(&s, &mut buf).unwrap(), 1);
    let mut buf = Vec::new();
    assert_eq!(export::gdelt_mentions(&s, &mut buf).unwrap(), 2);
}

fn many() -> Vec<CodedDocument> {
    let actors = ["IRNGOV", "RUSGOV", "IDNGOV", "USAMIL"];
    (0..40)
        .map(|i| {
            let id = format!("m{i}");
            let date = format!("2023-0{}-{:02}", 1 + i % 3, 1 + i % 28);
            let words = if i % 5 == 0 {
                "nuklir perundingan"
            } else {
                "kerja sama ekonomi"
            };
            let sentence = format!("Kalimat {i} tentang {words}.");
            let src = actors[i % 4];
            let tgt = actors[(i + 1) % 4];
            let mut e = event(&id, &date, src, tgt, "040", &sentence);
            if i % 2 == 1 {
                e.lang = Lang::En;
            }
            doc(&id, None, &sentence, vec![e])
        })
        .collect()
}

#[test]
fn query_filters_and_cursor_pagination() {
    let mut s = SqliteStore::in_memory().unwrap();
    s.write(&many()).unwrap();
    assert_eq!(s.counts().unwrap().events, 40);
    // Page through IRN → RUS events three at a time.
    let mut q = Query {
        actor: Some("IRN".into()),
        target: Some("rus".into()),
        limit: 3,
        ..Query::default()
    };
    let mut seen = Vec::new();
    loop {
        let page = s.query(&q).unwrap();
        assert!(page.events.len() <= 3);
        for e in &page.events {
            assert_eq!(e.source.as_ref().unwrap().code, "IRNGOV");
            assert_eq!(e.target.as_ref().unwrap().code, "RUSGOV");
        }
        seen.extend(page.events.iter().map(|e| (e.date, e.id)));
        match page.next_cursor {
            Some(c) => q.cursor = Some(c),
            None => break,
        }
    }
    assert_eq!(seen.len(), 10);
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(
        sorted, seen,
        "pages are in (date, id) order without repeats"
    );

    let n = |q: Query| s.query(&Query { limit: 100, ..q }).unwrap().events.len();
    assert_eq!(
        n(Query {
            dates: DateRange {
                since: Some(day("2023-02-01")),
                until: Some(day("2023-02-28"))
            },
            ..Query::default()
        }),
        13
    );
    assert_eq!(
        n(Query {
            lang: Some("en".into()),
            ..Query::default()
        }),
        20
    );
    assert_eq!(
        n(Query {
            root: Some("04".into()),
            ..Query::default()
        }),
        40
    );
    assert_eq!(
        n(Query {
            root: Some("19".into()),
            ..Query::default()
        }),
        0
    );
    assert_eq!(
        n(Query {
            cameo: Some("04".into()),
            ..Query::default()
        }),
        40
    );
    assert_eq!(
        n(Query {
            country: Some("RUS".into()),
            ..Query::default()
        }),
        40
    );
    assert_eq!(
        n(Query {
            country: Some("IDN".into()),
            ..Query::default()
        }),
        0
    );
    assert_eq!(
        n(Query {
            actor: Some("XYZ".into()),
            ..Query::default()
        }),
        0
    );
    assert!(s
        .query(&Query {
            cursor: Some("nonsense".into()),
            limit: 1,
            ..Query::default()
        })
        .is_err());
}

#[test]
fn full_text_search_over_evidence() {
    let mut s = SqliteStore::in_memory().unwrap();
    s.write(&many()).unwrap();
    let hits = s
        .query(&Query {
            text: Some("nuklir".into()),
            limit: 100,
            ..Query::default()
        })
        .unwrap();
    assert_eq!(hits.events.len(), 8);
    assert!(hits
        .events
        .iter()
        .all(|e| e.first.evidence.sentence.contains("nuklir")));
    let phrase = s
        .query(&Query {
            text: Some("\"kerja sama\" AND ekonomi".into()),
            actor: Some("IRN".into()),
            limit: 100,
            ..Query::default()
        })
        .unwrap();
    assert_eq!(phrase.events.len(), 8);
    // Replaced articles leave the index.
    let mut changed = many().remove(0);
    changed.doc.text = "lain".into();
    changed.events[0].evidence.sentence = "Sesuatu yang lain.".into();
    s.write(&[changed]).unwrap();
    let hits = s
        .query(&Query {
            text: Some("nuklir".into()),
            limit: 100,
            ..Query::default()
        })
        .unwrap();
    assert_eq!(hits.events.len(), 7);
    s.integrity_check().unwrap();
}

#[test]
fn gdelt_tables_have_61_and_16_columns_on_every_line() {
    let mut s = SqliteStore::in_memory().unwrap();
    s.write(&three_reports()).unwrap();
    // m28 reports the same meeting (IRNGOV → RUSGOV, 040, 2023-02-01, Moscow)
    // without a URL: a fourth article from a third (unnamed) source.
    s.write(&many()).unwrap();
    let mut buf = Vec::new();
    let n = export::gdelt_events(&s, &mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    assert_eq!(n, 40);
    assert_eq!(text.lines().count(), 40);
    for line in text.lines() {
        assert_eq!(line.split('\t').count(), 61, "{line}");
    }
    let meeting = text.lines().find(|l| l.contains("a.example.com")).unwrap();
    let c: Vec<&str> = meeting.split('\t').collect();
    assert_eq!(&c[1..4], &["20230201", "202302", "2023"]);
    assert_eq!(c[5], "IRNGOV");
    assert_eq!(c[26], "040");
    assert_eq!(&c[31..34], &["4", "3", "4"]);
    assert_eq!(c[53], "RS", "ActionGeo_CountryCode is FIPS");
    let mut buf = Vec::new();
    let n = export::gdelt_mentions(&s, &mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    assert_eq!(n, 43);
    for line in text.lines() {
        assert_eq!(line.split('\t').count(), 16, "{line}");
    }
}

#[test]
fn parquet_reads_back_with_the_schema_and_row_count() {
    use arrow_array::Array;
    use arrow_schema::DataType;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    let mut s = SqliteStore::in_memory().unwrap();
    s.write(&many()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("events.parquet");
    assert_eq!(export::parquet(&s, &file, false).unwrap(), 40);
    let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&file).unwrap())
        .unwrap()
        .build()
        .unwrap();
    let mut rows = 0;
    for batch in reader {
        let batch = batch.unwrap();
        rows += batch.num_rows();
        let schema = batch.schema();
        let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
        assert_eq!(names, kabar_core::FlatEvent::COLUMNS);
        let ty = |n: &str| schema.field_with_name(n).unwrap().data_type().clone();
        assert_eq!(ty("date"), DataType::Date32);
        assert_eq!(ty("quad_class"), DataType::Int32);
        assert_eq!(ty("goldstein"), DataType::Float32);
        assert_eq!(ty("confidence"), DataType::Float32);
        assert_eq!(ty("lat"), DataType::Float64);
        assert_eq!(ty("negated"), DataType::Boolean);
        assert_eq!(ty("sentence_end"), DataType::Int64);
        assert_eq!(ty("source_code"), DataType::Utf8);
        assert!(schema.field_with_name("source_code").unwrap().is_nullable());
        assert!(!schema.field_with_name("cameo").unwrap().is_nullable());
        let dates = batch
            .column_by_name("date")
            .unwrap()
            .as_any()
            .downcast_ref::<arrow_array::Date32Array>()
            .unwrap();
        assert_eq!(dates.value_as_date(0), Some(day("2023-01-01")));
        assert_eq!(dates.null_count(), 0);
    }
    assert_eq!(rows, 40);

    // Partitioned: one directory per date.
    let ds = dir.path().join("ds");
    assert_eq!(export::parquet(&s, &ds, true).unwrap(), 40);
    let parts: Vec<_> = std::fs::read_dir(&ds)
        .unwrap()
        .map(|e| e.unwrap())
        .collect();
    assert!(parts.len() > 10);
    let mut total = 0;
    for p in parts {
        let name = p.file_name().into_string().unwrap();
        assert!(name.starts_with("date=2023-0"), "{name}");
        let f = std::fs::File::open(p.path().join("part-0.parquet")).unwrap();
        let b = ParquetRecordBatchReaderBuilder::try_new(f).unwrap();
        total += b.metadata().file_metadata().num_rows();
    }
    assert_eq!(total, 40);
}

#[test]
fn jsonl_and_csv_exports_round_trip_the_records() {
    let mut s = SqliteStore::in_memory().unwrap();
    let docs = many();
    s.write(&docs).unwrap();
    let mut buf = Vec::new();
    export::jsonl(&s, &mut buf).unwrap();
    let back: Vec<Event> = String::from_utf8(buf)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let sent: Vec<Event> = docs.into_iter().flat_map(|d| d.events).collect();
    assert_eq!(back, sent);
    let mut buf = Vec::new();
    export::csv(&s, &mut buf).unwrap();
    let text = String::from_utf8(buf).unwrap();
    assert_eq!(text.lines().count(), 41);
    assert!(text.starts_with("event_id,doc_id,date,"));
}

#[test]
fn migrations_are_applied_once_and_the_store_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    {
        let mut s = SqliteStore::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), 6);
        s.write(&three_reports()).unwrap();
    }
    let s = SqliteStore::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), 6);
    assert_eq!(s.counts().unwrap().events, 1);
    s.integrity_check().unwrap();
}

#[test]
fn the_all_dates_tier_agrees_with_the_day_month_and_year_tiers() {
    let mut s = SqliteStore::in_memory().unwrap();
    s.write(&many()).unwrap();
    // The whole range is answered from the all-dates tier; two halves that
    // do not cover the store are answered from days, months and years.
    let all = s.dyads(DateRange::default(), 100).unwrap();
    let halves = [
        (day("2023-01-01"), day("2023-01-31")),
        (day("2023-02-01"), day("2023-03-28")),
    ];
    let mut sum: std::collections::BTreeMap<(String, String), (i64, i64)> =
        std::collections::BTreeMap::new();
    for (since, until) in halves {
        let range = DateRange {
            since: Some(since),
            until: Some(until),
        };
        for r in s.dyads(range, 100).unwrap() {
            let e = sum.entry((r.source, r.target)).or_default();
            e.0 += r.events;
            e.1 += r.mentions;
        }
    }
    let from_all: std::collections::BTreeMap<(String, String), (i64, i64)> = all
        .into_iter()
        .map(|r| ((r.source, r.target), (r.events, r.mentions)))
        .collect();
    assert_eq!(from_all, sum);
    assert_eq!(from_all.values().map(|v| v.0).sum::<i64>(), 40);
    let places = s.locations(DateRange::default(), 100).unwrap();
    assert_eq!(places.iter().map(|p| p.events).sum::<i64>(), 40);
}

/// A network filtered by source actor reads only that actor's rollup rows;
/// it must give exactly the edges of the whole network that the filter keeps.
#[test]
fn an_actor_filtered_network_is_the_whole_network_cut_to_that_actor() {
    let mut s = SqliteStore::in_memory().unwrap();
    s.write(&many()).unwrap();
    let range = DateRange {
        since: Some(day("2023-01-15")),
        until: Some(day("2023-03-10")),
    };
    let whole = s.dyads(range, 100).unwrap();
    for (actor, target) in [
        ("IRN", None),
        ("RUSGOV", None),
        ("I", Some("RUS")),
        ("XYZ", None),
    ] {
        let f = StatsFilter {
            dates: range,
            actor: Some(actor.to_string()),
            target: target.map(str::to_string),
            ..Default::default()
        };
        let cut: Vec<_> = whole
            .iter()
            .filter(|r| {
                r.source.starts_with(actor) && target.is_none_or(|t| r.target.starts_with(t))
            })
            .map(|r| (r.source.clone(), r.target.clone(), r.events, r.mentions))
            .collect();
        let got: Vec<_> = s
            .dyads_filtered(&f, 100)
            .unwrap()
            .into_iter()
            .map(|r| (r.source, r.target, r.events, r.mentions))
            .collect();
        assert_eq!(got, cut, "actor {actor}, target {target:?}");
        assert_eq!(got.is_empty(), actor == "XYZ", "actor {actor}");
    }
}

/// Counts, rollups and references kept during writes agree with the stored
/// rows when one transaction merges, replaces an article written earlier in the same
/// batch and credits a near-duplicate.
#[test]
fn counters_and_rollups_agree_with_the_rows_after_a_mixed_batch() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut s = SqliteStore::open(&path).unwrap();
    // Without m28, whose event is the meeting's: the meeting is created in
    // the mixed batch, and its later reports merge into it there.
    let base: Vec<CodedDocument> = many().into_iter().filter(|d| d.doc.id != "m28").collect();
    s.write(&base).unwrap();
    let mut batch = three_reports();
    let mut changed = three_reports().remove(1);
    changed.doc.text.push_str(" Ralat.");
    changed.events = vec![event(
        "d1",
        "2023-02-03",
        "IRNGOV",
        "USAMIL",
        "042",
        MEETING,
    )];
    let mut copy = doc("copy", Some("https://c.example.net/9"), "salinan", vec![]);
    copy.duplicate_of = Some("d0".into());
    batch.push(changed);
    batch.push(copy);
    let w = s.write(&batch).unwrap();
    assert_eq!((w.added, w.replaced), (4, 1));

    let raw = rusqlite::Connection::open(&path).unwrap();
    let count = |sql: &str| -> i64 { raw.query_row(sql, [], |r| r.get(0)).unwrap() };
    let c = s.counts().unwrap();
    assert_eq!(c.documents as i64, count("SELECT count(*) FROM documents"));
    assert_eq!(c.events as i64, count("SELECT count(*) FROM events"));
    assert_eq!(c.mentions as i64, count("SELECT count(*) FROM mentions"));
    assert_eq!((c.documents, c.events, c.mentions), (43, 41, 43));
    // Every reference is whole (the writer does not enforce foreign keys).
    let broken: Vec<(String, i64, String)> = raw
        .prepare("PRAGMA foreign_key_check")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(broken, vec![]);
    // The meeting (2023-02-01, day 19389): d0, d2 and the copy of d0, on three sites.
    let (n, articles, sources): (i64, i64, i64) = raw
        .query_row(
            "SELECT num_mentions, num_articles, num_sources FROM events WHERE cameo = '040' \
             AND day = 19389",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((n, articles, sources), (3, 3, 3));
    let mut want: Vec<(String, String, i64, i64)> = raw
        .prepare(
            "SELECT sa.code, ta.code, count(*), sum(e.num_mentions) FROM events e \
             JOIN actors sa ON sa.id = e.source_id JOIN actors ta ON ta.id = e.target_id \
             GROUP BY 1, 2",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    want.sort();
    let mut got: Vec<(String, String, i64, i64)> = s
        .dyads(DateRange::default(), 100)
        .unwrap()
        .into_iter()
        .map(|d| (d.source, d.target, d.events, d.mentions))
        .collect();
    got.sort();
    assert_eq!(got, want);
    let days: i64 = s
        .timeline(DateRange::default())
        .unwrap()
        .iter()
        .map(|r| r.mentions)
        .sum();
    assert_eq!(days, 43);
    s.integrity_check().unwrap();
}
