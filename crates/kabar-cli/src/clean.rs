//! `kabar clean`: articles in, the cleaned text `extract` codes out (one JSON object each).

use crate::pipeline::{Coded, Inputs, Pipeline, Sink};
use anyhow::Result;
use clap::Args;
use kabar_ingest::Format;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `kabar clean`.
#[derive(Args)]
#[command(after_help = "\
Examples:
  kabar clean page.html
  kabar clean --input-format warc crawl.warc.gz > articles.jsonl
  kabar clean news/                     # a directory, walked recursively

Each output line is {\"id\", \"url\", \"title\", \"date\", \"lang\", \"text\",
\"duplicate_of\"}: the cleaned text `kabar extract` codes, and the id of the
first copy when the article is a near-duplicate (wire copies, re-crawls).
Bad inputs are reported on stderr as FILE[:LINE|#RECORD]: reason and skipped;
the exit code is 1 when any input failed.")]
pub struct CleanArgs {
    /// Inputs: files, directories (walked), `-` for standard input.
    pub files: Vec<PathBuf>,
    /// Input format (detected from the extension and content by default).
    #[arg(long, value_enum, default_value = "auto")]
    pub input_format: Format,
    /// Jaccard similarity above which an article is a near-duplicate of an earlier one.
    #[arg(long, default_value_t = kabar_dedup::DEFAULT_THRESHOLD)]
    pub duplicate_threshold: f64,
    /// Also write every input error as a JSON line {"input", "error"} to this file.
    #[arg(long, value_name = "FILE")]
    pub error_log: Option<PathBuf>,
}

#[derive(Serialize)]
struct CleanRecord<'a> {
    id: &'a str,
    url: Option<&'a str>,
    title: Option<&'a str>,
    date: Option<chrono::NaiveDate>,
    lang: Option<kabar_core::Lang>,
    text: &'a str,
    duplicate_of: Option<&'a str>,
}

/// Writes one JSON object per cleaned article.
struct CleanWriter<W: Write>(W);

impl<W: Write> Sink for CleanWriter<W> {
    fn write(&mut self, batch: &[Coded]) -> Result<()> {
        for c in batch {
            let d = &c.doc;
            let rec = CleanRecord {
                id: &d.id,
                url: d.url.as_deref(),
                title: d.title.as_deref(),
                date: d.date,
                lang: d.lang,
                text: &d.text,
                duplicate_of: c.duplicate_of.as_deref(),
            };
            serde_json::to_writer(&mut self.0, &rec)?;
            writeln!(self.0)?;
        }
        self.0.flush()?;
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        self.0.flush()?;
        Ok(())
    }
}

/// Run `kabar clean`; `Ok(false)` when some input failed.
pub fn run(args: CleanArgs) -> Result<bool> {
    let stdout = std::io::stdout();
    let out = CleanWriter(std::io::BufWriter::new(stdout.lock()));
    Pipeline::cleaner(out, args.error_log.as_deref())?
        .with_dedup(args.duplicate_threshold)
        .run(&args.files, &Inputs::new(args.input_format, None, None))
}
