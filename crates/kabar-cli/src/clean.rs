//! `kabar clean`: articles in, the cleaned text `extract` codes out (one JSON object each).

use anyhow::Result;
use clap::Args;
use kabar_dedup::Dedup;
use kabar_ingest::{Format, ReadOptions};
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
}

#[derive(Serialize)]
struct CleanRecord<'a> {
    id: &'a str,
    url: Option<&'a str>,
    title: Option<&'a str>,
    date: Option<chrono::NaiveDate>,
    lang: Option<kabar_core::Lang>,
    text: &'a str,
    duplicate_of: Option<String>,
}

/// Run `kabar clean`; `Ok(false)` when some input failed.
pub fn run(args: CleanArgs) -> Result<bool> {
    let opts = ReadOptions {
        format: args.input_format,
        ..ReadOptions::default()
    };
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let mut dedup = Dedup::new(args.duplicate_threshold);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut ok = true;
    let mut write_err: Option<std::io::Error> = None;
    for path in &files {
        kabar_ingest::read(path, &opts, &mut |r| match r {
            Ok(a) => {
                let doc = kabar_ingest::article_to_document(&a);
                let cleaned = kabar_text::clean_plain(&doc.text);
                let lang = a.lang.or_else(|| kabar_text::detect_lang(&cleaned.text));
                let duplicate_of = dedup.check(&a.id, &cleaned.text);
                let rec = CleanRecord {
                    id: &a.id,
                    url: a.url.as_deref(),
                    title: a.title.as_deref(),
                    date: a.date,
                    lang,
                    text: &cleaned.text,
                    duplicate_of,
                };
                let res = serde_json::to_writer(&mut out, &rec)
                    .map_err(std::io::Error::other)
                    .and_then(|_| writeln!(out));
                if let Err(e) = res {
                    write_err.get_or_insert(e);
                }
            }
            Err(e) => {
                eprintln!("kabar: {e}");
                ok = false;
            }
        });
    }
    if let Some(e) = write_err {
        return Err(e.into());
    }
    out.flush()?;
    Ok(ok)
}
