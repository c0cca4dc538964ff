//! `kabar query` and `kabar stats`: reading the event store.

use crate::extract::parse_date;
use crate::ingest::DEFAULT_DB;
use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use kabar_store::{DateRange, EventStore, Query, SqliteStore, StoredEvent};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// How query results are printed.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
pub enum QueryFormat {
    /// Aligned columns for reading.
    Table,
    /// One JSON object per event (GDELT-style counts plus the first mention's record).
    Jsonl,
    /// CSV with a header line.
    Csv,
}

#[derive(Args)]
#[command(after_help = "\
Examples:
  kabar query --actor IRN --target RUS --root 04 --since 2023-01-01 --until 2023-12-31
  kabar query --text '\"kerja sama\" ekonomi' --lang id --format jsonl
  kabar query --country IDN --limit 100 --format csv > events.csv
  kabar query --actor IRN --cursor 19389:1042     # the next page, as the last one said

Each row is one merged event: its date, source and target actor codes, CAMEO
code, place, how many mentions, articles and sites report it, and the
evidence sentence of its first mention. Actor and CAMEO filters match code
prefixes (IRN matches IRNGOV); --text searches evidence sentences (SQLite
FTS5: words, \"a phrase\", OR, NOT, prefix*). Rows come in date order; when
there are more, the cursor for the next page is printed on stderr.")]
pub struct QueryArgs {
    /// The store.
    #[arg(long, value_name = "PATH", default_value = DEFAULT_DB)]
    pub db: PathBuf,
    /// Source actor code prefix (IRN, IRNGOV, IGOUNO).
    #[arg(long)]
    pub actor: Option<String>,
    /// Target actor code prefix.
    #[arg(long)]
    pub target: Option<String>,
    /// CAMEO root, two digits (04 consult, 19 fight).
    #[arg(long)]
    pub root: Option<String>,
    /// CAMEO event code prefix (042, 0311).
    #[arg(long)]
    pub cameo: Option<String>,
    /// First event date included (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub since: Option<NaiveDate>,
    /// Last event date included (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub until: Option<NaiveDate>,
    /// Language of a mention: id or en.
    #[arg(long)]
    pub lang: Option<String>,
    /// Country (alpha-3) where the event took place.
    #[arg(long)]
    pub country: Option<String>,
    /// Words the evidence sentence must contain (FTS5 query syntax).
    #[arg(long)]
    pub text: Option<String>,
    /// Events per page.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Continue after the previous page (printed on stderr with it).
    #[arg(long)]
    pub cursor: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: QueryFormat,
}

/// Open an existing store (a query never creates one).
pub fn open_existing(db: &Path) -> Result<SqliteStore> {
    if !db.exists() {
        bail!(
            "there is no store at {}: create one with `kabar ingest --db {} FILES`",
            db.display(),
            db.display()
        );
    }
    SqliteStore::open(db).with_context(|| format!("cannot open the store {}", db.display()))
}

fn code(a: &Option<kabar_store::ActorInfo>) -> &str {
    a.as_ref().map_or("-", |a| a.code.as_str())
}

fn cut(s: &str, n: usize) -> String {
    let s = s.replace(['\t', '\n', '\r'], " ");
    if s.chars().count() <= n {
        s
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

const CSV_HEADER: [&str; 17] = [
    "global_event_id",
    "date",
    "source_code",
    "target_code",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "location",
    "location_country",
    "num_mentions",
    "num_sources",
    "num_articles",
    "source_url",
    "doc_id",
    "lang",
    "sentence",
];

fn csv_row(e: &StoredEvent) -> Vec<String> {
    let loc = e.location.as_ref();
    vec![
        e.id.to_string(),
        e.date.to_string(),
        code(&e.source).to_string(),
        code(&e.target).to_string(),
        e.cameo.clone(),
        e.root.clone(),
        e.quad_class.to_string(),
        e.goldstein.to_string(),
        loc.map(|l| l.name.clone()).unwrap_or_default(),
        loc.and_then(|l| l.country.clone()).unwrap_or_default(),
        e.num_mentions.to_string(),
        e.num_sources.to_string(),
        e.num_articles.to_string(),
        e.source_url.clone().unwrap_or_default(),
        e.first.doc_id.clone(),
        e.first.lang.to_string(),
        e.first.evidence.sentence.clone(),
    ]
}

/// Run `kabar query`.
pub fn run(args: QueryArgs) -> Result<bool> {
    let store = open_existing(&args.db)?;
    let q = Query {
        actor: args.actor,
        target: args.target,
        root: args.root,
        cameo: args.cameo,
        dates: DateRange {
            since: args.since,
            until: args.until,
        },
        lang: args.lang,
        country: args.country,
        text: args.text,
        limit: args.limit.max(1),
        cursor: args.cursor,
    };
    let page = store.query(&q)?;
    let stdout = std::io::stdout();
    let mut w = stdout.lock();
    match args.format {
        QueryFormat::Jsonl => {
            for e in &page.events {
                serde_json::to_writer(&mut w, e)?;
                writeln!(w)?;
            }
        }
        QueryFormat::Csv => {
            let mut c = csv::Writer::from_writer(&mut w);
            c.write_record(CSV_HEADER)?;
            for e in &page.events {
                c.write_record(csv_row(e))?;
            }
            c.flush()?;
        }
        QueryFormat::Table => {
            writeln!(
                w,
                "{:>8}  {:10}  {:10} {:10} {:5} {:16} {:>4} {:>4} {:>4}  evidence",
                "id", "date", "source", "target", "cameo", "place", "ment", "art", "src"
            )?;
            for e in &page.events {
                writeln!(
                    w,
                    "{:>8}  {:10}  {:10} {:10} {:5} {:16} {:>4} {:>4} {:>4}  {}",
                    e.id,
                    e.date.to_string(),
                    cut(code(&e.source), 10),
                    cut(code(&e.target), 10),
                    e.cameo,
                    cut(e.location.as_ref().map_or("-", |l| l.name.as_str()), 16),
                    e.num_mentions,
                    e.num_articles,
                    e.num_sources,
                    cut(&e.first.evidence.sentence, 100)
                )?;
            }
        }
    }
    w.flush()?;
    if let Some(c) = page.next_cursor {
        eprintln!("kabar query: more events: add --cursor {c}");
    }
    Ok(true)
}

/// What `kabar stats` counts.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
pub enum StatsBy {
    /// Totals, events per root and QuadClass, top dyads and places.
    Overview,
    /// Events per day (with mentions and mean Goldstein).
    Day,
    /// Events per CAMEO root.
    Root,
    /// Dyad edges: source → target.
    Dyad,
    /// Events per place.
    Location,
}

#[derive(Args)]
#[command(after_help = "\
Examples:
  kabar stats                                   # overview of ./kabar.db
  kabar stats --by day --since 2023-01-01 --until 2023-03-31
  kabar stats --by dyad --limit 50 --since 2023-01-01

Figures come from rollup tables kept current at ingest, so they are fast on
stores of millions of events. `events` counts merged events, `mentions` the
articles' event records behind them; Goldstein is the mean over events.")]
pub struct StatsArgs {
    /// The store.
    #[arg(long, value_name = "PATH", default_value = DEFAULT_DB)]
    pub db: PathBuf,
    /// What to count.
    #[arg(long, value_enum, default_value = "overview")]
    pub by: StatsBy,
    /// First event date included (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub since: Option<NaiveDate>,
    /// Last event date included (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub until: Option<NaiveDate>,
    /// Rows per list (dyads, places).
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
}

fn mean(sum: f64, n: i64) -> f64 {
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

/// Run `kabar stats`.
pub fn stats(args: StatsArgs) -> Result<bool> {
    let store = open_existing(&args.db)?;
    let range = DateRange {
        since: args.since,
        until: args.until,
    };
    let stdout = std::io::stdout();
    let mut w = stdout.lock();
    let by = args.by;
    if by == StatsBy::Overview {
        let c = store.counts()?;
        writeln!(
            w,
            "{} documents, {} events, {} mentions, {} actors, {} sites, {} places",
            c.documents, c.events, c.mentions, c.actors, c.sources, c.locations
        )?;
    }
    if matches!(by, StatsBy::Day | StatsBy::Root | StatsBy::Overview) {
        let tl = store.timeline(range)?;
        if by == StatsBy::Day {
            let mut days: BTreeMap<NaiveDate, (i64, i64, f64)> = BTreeMap::new();
            for r in &tl {
                let e = days.entry(r.date).or_default();
                e.0 += r.events;
                e.1 += r.mentions;
                e.2 += r.goldstein_sum;
            }
            writeln!(
                w,
                "{:10}  {:>8} {:>8} {:>9}",
                "date", "events", "mentions", "goldstein"
            )?;
            for (d, (e, m, g)) in days {
                writeln!(w, "{:10}  {e:>8} {m:>8} {:>9.2}", d.to_string(), mean(g, e))?;
            }
        } else {
            let mut roots: BTreeMap<(String, u8), (i64, i64, f64)> = BTreeMap::new();
            for r in &tl {
                let e = roots.entry((r.root.clone(), r.quad_class)).or_default();
                e.0 += r.events;
                e.1 += r.mentions;
                e.2 += r.goldstein_sum;
            }
            let tables = kabar_core::CodeTables::get();
            writeln!(
                w,
                "\n{:4} {:4} {:>8} {:>8} {:>9}  label",
                "root", "quad", "events", "mentions", "goldstein"
            )?;
            for ((root, quad), (e, m, g)) in roots {
                let label = tables
                    .lookup(&format!("{root}0"))
                    .map(|c| c.label)
                    .unwrap_or_default();
                writeln!(
                    w,
                    "{root:4} {quad:4} {e:>8} {m:>8} {:>9.2}  {label}",
                    mean(g, e)
                )?;
            }
        }
    }
    if matches!(by, StatsBy::Dyad | StatsBy::Overview) {
        writeln!(
            w,
            "\n{:12} {:12} {:>8} {:>8} {:>9}",
            "source", "target", "events", "mentions", "goldstein"
        )?;
        for d in store.dyads(range, args.limit)? {
            writeln!(
                w,
                "{:12} {:12} {:>8} {:>8} {:>9.2}",
                d.source, d.target, d.events, d.mentions, d.goldstein_mean
            )?;
        }
    }
    if matches!(by, StatsBy::Location | StatsBy::Overview) {
        writeln!(
            w,
            "\n{:24} {:7} {:>8} {:>8}",
            "place", "country", "events", "mentions"
        )?;
        for l in store.locations(range, args.limit)? {
            writeln!(
                w,
                "{:24} {:7} {:>8} {:>8}",
                cut(&l.location.name, 24),
                l.location.country.as_deref().unwrap_or("-"),
                l.events,
                l.mentions
            )?;
        }
    }
    w.flush()?;
    Ok(true)
}
