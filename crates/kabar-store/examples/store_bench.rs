//! Store benchmark: writes N synthetic events through `EventStore::write`
//! (10 events per document, 16,384 documents per transaction unless
//! `--batch=N` says otherwise; records in date order as daily news arrives,
//! or dated at random over six years with `--arrival=random`), made on a
//! second thread while the store writes, and times the queries a dashboard
//! makes, each a few times in the same process.
//!
//! `cargo run --release -p kabar-store --example store_bench -- [EVENTS] [DB] [--reuse] [--batch=N] [--arrival=random]`
//!
//! The data are synthetic but shaped like news event data: 250 actor codes
//! and 500 places drawn with a Zipf law (a few actors dominate), 20 CAMEO
//! roots, dates spread over six years (2019–2024), 200 sites, evidence
//! sentences of 12 words from a 2,000-word vocabulary, and one record in five
//! repeating a recent event so that merging happens.

use chrono::NaiveDate;
use kabar_core::{
    ActorRef, CodeTables, CodedDocument, DatePrecision, Document, Event, Evidence, Lang, Location,
    Modality,
};
use kabar_store::{DateRange, EventStore, Query, SqliteStore};
use std::path::PathBuf;
use std::time::Instant;

/// The allocator of the `kabar` binary, so that the records are made and
/// written as `kabar ingest` makes and writes them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Zipf(s = 1) sampler over n ranks.
struct Zipf(Vec<f64>);
impl Zipf {
    fn new(n: usize) -> Self {
        let mut acc = 0.0;
        let mut c: Vec<f64> = (0..n)
            .map(|k| {
                acc += 1.0 / (k as f64 + 1.0);
                acc
            })
            .collect();
        for x in &mut c {
            *x /= acc;
        }
        Zipf(c)
    }
    fn sample(&self, r: &mut Rng) -> usize {
        let u = r.unit();
        self.0.partition_point(|&c| c < u).min(self.0.len() - 1)
    }
}

fn code(i: usize) -> String {
    let a = b'A' + (i / 676 % 26) as u8;
    let b = b'A' + (i / 26 % 26) as u8;
    let c = b'A' + (i % 26) as u8;
    [a, b, c].iter().map(|&x| char::from(x)).collect()
}

fn actor(i: usize) -> ActorRef {
    let c = code(i);
    ActorRef {
        text: format!("Actor {c}"),
        code: c.clone(),
        country: Some(c.clone()),
        sector: None,
        name: Some(format!("Country {c}")),
        start: 0,
        end: 9,
    }
}

/// CPU time this thread has run, in ms (Linux: /proc/thread-self/schedstat),
/// to tell the work done from waiting for a core on a busy machine.
fn cpu_ms() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(f64::NAN, |ns| ns / 1e6)
}

fn ms(f: &mut dyn FnMut() -> usize, label: &str) {
    let mut times = Vec::new();
    let mut cpu = Vec::new();
    let mut rows = 0;
    for _ in 0..5 {
        let c = cpu_ms();
        let t = Instant::now();
        rows = f();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        cpu.push(cpu_ms() - c);
    }
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    println!(
        "{label:58} rows {rows:>6}  first {:>7.2} ms  median {:>7.2} ms  max {:>7.2} ms  (cpu median {:>7.2} ms)",
        times[0], sorted[2], sorted[4], cpu[2]
    );
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args
        .iter()
        .find(|a| !a.starts_with("--") && a.parse::<usize>().is_ok())
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000_000);
    let db: PathBuf = args
        .iter()
        .filter(|a| !a.starts_with("--") && a.parse::<usize>().is_err())
        .map(PathBuf::from)
        .next()
        .unwrap_or_else(|| std::env::temp_dir().join("kabar-store-bench.db"));
    let reuse = args.iter().any(|a| a == "--reuse");
    // Documents per transaction (`--batch=N`; 10 events each). The default,
    // 16,384, is `kabar ingest`'s default `--batch`.
    let docs_per_tx: usize = args
        .iter()
        .find_map(|a| a.strip_prefix("--batch=")?.parse().ok())
        .unwrap_or(16384)
        .max(1);
    // Records arrive in date order, as when news is ingested day by day
    // (each dated its day or up to 3 days before); `--arrival=random` draws
    // every date at random over the six years instead, the worst case for
    // the store's date-led indexes.
    let daily = !args.iter().any(|a| a == "--arrival=random");
    if !reuse {
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", db.display()));
        }
    }
    let mut store = SqliteStore::open(&db)?;
    let tables = CodeTables::get();
    let actors = Zipf::new(250);
    let places = Zipf::new(500);
    let words: Vec<String> = (0..2000)
        .map(|i| {
            let syl = ["ka", "ba", "ru", "si", "to", "me", "na", "lu", "po", "de"];
            format!("{}{}{}", syl[i % 10], syl[i / 10 % 10], syl[i / 100 % 10])
                + if i >= 1000 { "an" } else { "" }
        })
        .collect();
    let vocab = Zipf::new(words.len());
    let start = NaiveDate::from_ymd_opt(2019, 1, 1).ok_or("date")?;
    let mut r = Rng(0x2545_f491_4f6c_dd1d);

    if !reuse || store.counts()?.mentions == 0 {
        println!(
            "writing {n} events to {} ({docs_per_tx} documents per transaction)",
            db.display()
        );
        let t0 = Instant::now();
        let c0 = cpu_ms();
        // Time inside `EventStore::write` alone, without making the records.
        let mut write_secs = 0.0f64;
        // The records are made on a thread of their own while the store
        // writes, as `kabar ingest` codes documents on worker threads while
        // its writer writes; two batches are made ahead at most.
        let (send, batches) = std::sync::mpsc::sync_channel::<Vec<CodedDocument>>(2);
        let (words, vocab, actors, places) = (&words, &vocab, &actors, &places);
        std::thread::scope(|scope| -> Result<(), Box<dyn std::error::Error>> {
            scope.spawn(move || {
                let mut recent: Vec<Event> = Vec::new();
                let mut written = 0usize;
                let mut doc_no = 0usize;
                while written < n {
                    let mut batch = Vec::with_capacity(docs_per_tx);
                    for _ in 0..docs_per_tx {
                        if written >= n {
                            break;
                        }
                        let id = format!("doc{doc_no}");
                        let site = r.below(200);
                        let mut events = Vec::with_capacity(10);
                        for k in 0..10.min(n - written) {
                            let mut e = if !recent.is_empty() && r.below(5) == 0 {
                                recent[r.below(recent.len())].clone()
                            } else {
                                let root = 1 + r.below(20);
                                let cameo = format!("{root:02}{}", r.below(3));
                                let ec = tables
                                    .lookup(&cameo)
                                    .or_else(|| tables.lookup(&format!("{root:02}0")));
                                let s = actors.sample(&mut r);
                                let mut t = actors.sample(&mut r);
                                if t == s {
                                    t = (t + 1) % 250;
                                }
                                let p = places.sample(&mut r);
                                let sentence: Vec<&str> = (0..12)
                                    .map(|_| words[vocab.sample(&mut r)].as_str())
                                    .collect();
                                let sentence = sentence.join(" ");
                                Event {
                                    event_id: String::new(),
                                    doc_id: String::new(),
                                    date: start.checked_add_days(chrono::Days::new(if daily {
                                        // Today's news: the day this record falls on
                                        // in a six-year stream, or up to 3 days before.
                                        ((written * 2190 / n) as u64)
                                            .saturating_sub(r.below(4) as u64)
                                    } else {
                                        r.below(2190) as u64
                                    })),
                                    date_precision: DatePrecision::Day,
                                    source: Some(actor(s)),
                                    target: Some(actor(t)),
                                    cameo: ec.as_ref().map_or(cameo.clone(), |c| c.code.clone()),
                                    root: format!("{root:02}"),
                                    plover: ec.as_ref().and_then(|c| c.plover.clone()),
                                    quad_class: ec.as_ref().map_or(1, |c| c.quad_class),
                                    goldstein: ec.as_ref().map_or(0.0, |c| c.goldstein),
                                    location: Some(Location {
                                        name: format!("Place {p}"),
                                        country: Some(code(p % 250)),
                                        lat: (p as f64 * 0.37) % 180.0 - 90.0,
                                        lon: (p as f64 * 0.73) % 360.0 - 180.0,
                                    }),
                                    issues: Vec::new(),
                                    negated: false,
                                    modality: Modality::Asserted,
                                    lang: if r.below(2) == 0 { Lang::Id } else { Lang::En },
                                    confidence: 0.7,
                                    evidence: Evidence {
                                        start: 0,
                                        end: sentence.chars().count(),
                                        trigger: "meet".into(),
                                        trigger_start: 3,
                                        trigger_end: 7,
                                        sentence,
                                    },
                                }
                            };
                            e.event_id = format!("{id}-{k}");
                            e.doc_id = id.clone();
                            if recent.len() < 10_000 {
                                recent.push(e.clone());
                            } else {
                                let i = r.below(recent.len());
                                recent[i] = e.clone();
                            }
                            events.push(e);
                        }
                        written += events.len();
                        batch.push(CodedDocument {
                            doc: Document {
                                id: id.clone(),
                                url: Some(format!("https://site{site}.example.com/{doc_no}")),
                                title: None,
                                date: Some(start),
                                lang: Some(Lang::En),
                                text: format!("synthetic document {doc_no}"),
                            },
                            events,
                            duplicate_of: None,
                        });
                        doc_no += 1;
                    }
                    if send.send(batch).is_err() {
                        break;
                    }
                }
            });
            let mut written = 0usize;
            let mut last_report = 0usize;
            for batch in batches {
                written += batch.iter().map(|d| d.events.len()).sum::<usize>();
                let tw = Instant::now();
                store.write(&batch)?;
                write_secs += tw.elapsed().as_secs_f64();
                if written - last_report >= 1_000_000 || written >= n {
                    last_report = written;
                    let s = t0.elapsed().as_secs_f64();
                    println!(
                        "  {written:>10} events in {s:>7.1} s: {:>8.0} events/s",
                        written as f64 / s
                    );
                }
            }
            Ok(())
        })?;
        let s = t0.elapsed().as_secs_f64();
        let cpu = (cpu_ms() - c0) / 1000.0;
        println!(
            "ingest: {n} events in {s:.1} s = {:.0} events/s (cpu {cpu:.1} s = {:.0} events per cpu-second)",
            n as f64 / s,
            n as f64 / cpu
        );
        println!(
            "store writes alone: {write_secs:.1} s = {:.0} events/s (the rest waited for synthetic records)",
            n as f64 / write_secs
        );
        // What closing the store would do; queries then read the database file alone.
        let t = Instant::now();
        store.checkpoint()?;
        println!(
            "checkpoint after ingest: {:.1} s; ingest with it: {:.0} events/s",
            t.elapsed().as_secs_f64(),
            n as f64 / t0.elapsed().as_secs_f64()
        );
    }
    let c = store.counts()?;
    println!(
        "store: {} documents, {} events, {} mentions, {} actors, {} places; file {} MB",
        c.documents,
        c.events,
        c.mentions,
        c.actors,
        c.locations,
        std::fs::metadata(&db)
            .map(|m| m.len() / 1_000_000)
            .unwrap_or(0)
    );

    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let year = DateRange {
        since: d("2022-01-01"),
        until: d("2022-12-31"),
    };
    let odd = DateRange {
        since: d("2020-03-15"),
        until: d("2023-07-20"),
    };
    for (who, label) in [(0usize, "most frequent"), (120, "rank 120")] {
        let q = Query {
            actor: Some(code(who)),
            dates: year,
            limit: 50,
            ..Query::default()
        };
        ms(
            &mut || store.query(&q).map(|p| p.events.len()).unwrap_or(0),
            &format!("actor {} ({label}), 2022, first page of 50", code(who)),
        );
    }
    let q = Query {
        actor: Some(code(0)),
        target: Some(code(1)),
        root: Some("04".into()),
        dates: odd,
        limit: 50,
        ..Query::default()
    };
    ms(
        &mut || store.query(&q).map(|p| p.events.len()).unwrap_or(0),
        "actor+target+root 04, 2020-03-15..2023-07-20, page of 50",
    );
    let q = Query {
        text: Some(format!("{} {} {}", words[3], words[40], words[200])),
        limit: 50,
        ..Query::default()
    };
    ms(
        &mut || store.query(&q).map(|p| p.events.len()).unwrap_or(0),
        "FTS 3 words, first page of 50",
    );
    ms(
        &mut || store.timeline(year).map(|t| t.len()).unwrap_or(0),
        "timeline day x quad x root, 2022",
    );
    ms(
        &mut || {
            store
                .timeline(DateRange::default())
                .map(|t| t.len())
                .unwrap_or(0)
        },
        "timeline day x quad x root, all 6 years",
    );
    ms(
        &mut || store.dyads(year, 100).map(|t| t.len()).unwrap_or(0),
        "dyad network top 100, 2022",
    );
    ms(
        &mut || store.dyads(odd, 100).map(|t| t.len()).unwrap_or(0),
        "dyad network top 100, 2020-03-15..2023-07-20",
    );
    ms(
        &mut || {
            store
                .dyads(DateRange::default(), 100)
                .map(|t| t.len())
                .unwrap_or(0)
        },
        "dyad network top 100, all",
    );
    ms(
        &mut || store.locations(odd, 100).map(|t| t.len()).unwrap_or(0),
        "places top 100, 2020-03-15..2023-07-20",
    );
    Ok(())
}
