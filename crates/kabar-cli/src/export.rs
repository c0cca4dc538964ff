//! `kabar export`: the store as GDELT tables, Parquet, JSON Lines or CSV.

use crate::ingest::DEFAULT_DB;
use crate::query::open_existing;
use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use kabar_store::export;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

/// Export formats.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
pub enum ExportFormat {
    /// GDELT 2.0 events table: one merged event per line, 61 tab-separated columns.
    GdeltEvents,
    /// GDELT 2.0 mentions table: one article mention per line, 16 tab-separated columns.
    GdeltMentions,
    /// Parquet: one event record per row, the columns of `extract --output-format tsv`.
    Parquet,
    /// One event record (as `kabar extract` writes it) per line.
    Jsonl,
    /// The event records as CSV with a header line.
    Csv,
}

/// How exports are split.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
pub enum PartitionBy {
    /// One directory per event date: OUT/date=YYYY-MM-DD/part-0.parquet.
    Date,
}

#[derive(Args)]
#[command(after_help = "\
Examples:
  kabar export --format gdelt-events --out events.tsv
  kabar export --format gdelt-mentions > mentions.tsv
  kabar export --format parquet --out events.parquet
  kabar export --format parquet --partition-by date --out events/   # a dataset for DuckDB/Spark
  kabar export --format jsonl | head

GDELT tables follow GDELT 2.0's column order with no header; kabar fills the
columns it knows (actor codes and names, CAMEO codes, QuadClass, Goldstein,
NumMentions/NumSources/NumArticles, the event's place with FIPS country
codes, DATEADDED, SOURCEURL) and leaves tone at 0. Parquet, JSON Lines and
CSV hold one row per event record coded in a document, with the columns of
`kabar extract --output-format tsv`; in DuckDB:
  SELECT * FROM read_parquet('events/*/*.parquet', hive_partitioning = true);")]
pub struct ExportArgs {
    /// The store.
    #[arg(long, value_name = "PATH", default_value = DEFAULT_DB)]
    pub db: PathBuf,
    /// What to write.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Output file (a directory with --partition-by); standard output when
    /// omitted (not for Parquet).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Split a Parquet export into one directory per date.
    #[arg(long, value_enum)]
    pub partition_by: Option<PartitionBy>,
}

/// Run `kabar export`.
pub fn run(args: ExportArgs) -> Result<bool> {
    let store = open_existing(&args.db)?;
    if args.partition_by.is_some() && args.format != ExportFormat::Parquet {
        bail!("--partition-by applies to --format parquet only");
    }
    let n = if args.format == ExportFormat::Parquet {
        let Some(out) = &args.out else {
            bail!("--format parquet needs --out PATH (a file, or a directory with --partition-by date)");
        };
        export::parquet(&store, out, args.partition_by.is_some())
            .with_context(|| format!("cannot write {}", out.display()))?
    } else {
        let mut w: Box<dyn Write> = match &args.out {
            Some(p) => Box::new(BufWriter::new(
                File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
            )),
            None => Box::new(BufWriter::new(std::io::stdout().lock())),
        };
        let n = match args.format {
            ExportFormat::GdeltEvents => export::gdelt_events(&store, &mut w)?,
            ExportFormat::GdeltMentions => export::gdelt_mentions(&store, &mut w)?,
            ExportFormat::Jsonl => export::jsonl(&store, &mut w)?,
            ExportFormat::Csv => export::csv(&store, &mut w)?,
            ExportFormat::Parquet => 0,
        };
        w.flush()?;
        n
    };
    eprintln!("kabar export: {n} rows");
    Ok(true)
}
