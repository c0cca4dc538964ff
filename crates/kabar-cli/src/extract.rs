//! `kabar extract` and `kabar demo`.

use crate::output::{self, OutputFormat};
use crate::pipeline::{Inputs, Pipeline};
use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use kabar_coder::{Coder, Kb, Options};
use kabar_core::Lang;
use std::path::{Path, PathBuf};

/// Language choice on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LangArg {
    /// Detect per document.
    Auto,
    /// Indonesian.
    Id,
    /// English.
    En,
}

impl LangArg {
    /// The language to force, or `None` to detect it per document.
    pub fn lang(self) -> Option<Lang> {
        match self {
            LangArg::Auto => None,
            LangArg::Id => Some(Lang::Id),
            LangArg::En => Some(Lang::En),
        }
    }
}

/// How input files are read: the ingest stage's formats.
pub use kabar_ingest::Format as InputFormat;

#[derive(Args)]
#[command(after_help = "\
Examples:
  kabar extract article.txt
  kabar extract --date 2023-02-02 --output-format tsv article.txt
  cat docs.jsonl | kabar extract --input-format jsonl -

Each output line is one event: source and target actors with CAMEO codes,
the CAMEO event code with its root, PLOVER category, QuadClass and Goldstein
score, the event's date and place, its issues, and the evidence sentence with
character offsets into the cleaned text. Bad inputs are reported on stderr
(file and line) and skipped; the exit code is 1 if any input failed.")]
pub struct ExtractArgs {
    /// Input files; `-` (or nothing) reads standard input.
    pub files: Vec<PathBuf>,
    /// Language of the input.
    #[arg(long, value_enum, default_value = "auto")]
    pub lang: LangArg,
    /// Publication date (YYYY-MM-DD): the anchor for "kemarin", "Rabu", "last week".
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Input format.
    /// Input format (detected from the extension and content by default).
    #[arg(long, value_enum, default_value = "auto")]
    pub input_format: InputFormat,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub output_format: OutputFormat,
    /// Also report hypothetical events ("harus berunding", "should negotiate").
    #[arg(long)]
    pub keep_hypothetical: bool,
    /// Dictionary directory (layout of `data/`) added to the built-in knowledge base.
    #[arg(long, value_name = "DIR")]
    pub dict: Option<PathBuf>,
    /// Also write every input error as a JSON line {"input", "error"} to this file.
    #[arg(long, value_name = "FILE")]
    pub error_log: Option<PathBuf>,
    /// Code near-duplicates (wire copies, re-crawls) too; by default only the
    /// first copy of a story is coded.
    #[arg(long)]
    pub keep_duplicates: bool,
    /// Jaccard similarity of word 5-grams above which an article is a
    /// near-duplicate of an earlier one.
    #[arg(long, default_value_t = kabar_dedup::DEFAULT_THRESHOLD, value_name = "J")]
    pub duplicate_threshold: f64,
    /// Worker threads for coding (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
}

pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date: use YYYY-MM-DD"))
}

/// The built-in knowledge base plus `dict`, compiled for matching.
pub fn coder(dict: Option<&Path>, keep_hypothetical: bool) -> Result<Coder> {
    let mut kb = Kb::embedded().context("the built-in knowledge base is broken")?;
    if let Some(dir) = dict {
        kb.load_dir(dir).context("cannot load --dict")?;
    }
    Ok(Coder::new(kb).with_options(Options {
        keep_hypothetical,
        ..Options::default()
    }))
}

/// Run `kabar extract`; `Ok(false)` when some input failed.
pub fn run(args: ExtractArgs) -> Result<bool> {
    if let Some(n) = args.threads {
        // Only fails if a pool exists already, which is fine.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    let coder = coder(args.dict.as_deref(), args.keep_hypothetical)?;
    let stdout = std::io::stdout();
    // Buffered: the writer flushes after every batch, so pipes still stream.
    let out = output::Writer::new(std::io::BufWriter::new(stdout.lock()), args.output_format)?;
    let mut pipe = Pipeline::new(&coder, out, args.error_log.as_deref())?;
    if !args.keep_duplicates {
        pipe = pipe.with_dedup(args.duplicate_threshold);
    }
    pipe.run(
        &args.files,
        &Inputs::new(args.input_format, args.lang.lang(), args.date),
    )
}
