//! `kabar extract` and `kabar demo`.

use crate::output::{self, OutputFormat};
use crate::pipeline::Pipeline;
use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use kabar_coder::{Coder, Kb, Options};
use kabar_core::{Document, Lang};
use serde::Deserialize;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

/// The reference article bundled with kabar (see `samples/README.md`).
const SEED: &str = include_str!("../../../samples/000_835c4cdb98e1286e.txt");

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
    #[arg(long, value_enum, default_value = "text")]
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

#[derive(Args)]
pub struct DemoArgs {
    /// Publication date to assume for the article (it carries none).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
}

pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date: use YYYY-MM-DD"))
}

fn coder(dict: Option<&Path>, keep_hypothetical: bool) -> Result<Coder> {
    let mut kb = Kb::embedded().context("the built-in knowledge base is broken")?;
    if let Some(dir) = dict {
        kb.load_dir(dir).context("cannot load --dict")?;
    }
    Ok(Coder::new(kb).with_options(Options {
        keep_hypothetical,
        ..Options::default()
    }))
}

#[derive(Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    text: Option<String>,
    date: Option<String>,
    lang: Option<String>,
    title: Option<String>,
    url: Option<String>,
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
    let lang = match args.lang {
        LangArg::Auto => None,
        LangArg::Id => Some(Lang::Id),
        LangArg::En => Some(Lang::En),
    };
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let stdout = std::io::stdout();
    let out = output::Writer::new(stdout.lock(), args.output_format)?;
    let mut pipe = Pipeline::new(&coder, out, args.error_log.as_deref())?;
    if !args.keep_duplicates {
        pipe = pipe.with_dedup(args.duplicate_threshold);
    }
    for path in &files {
        let name = if path == Path::new("-") {
            "<stdin>".to_string()
        } else {
            path.display().to_string()
        };
        match args.input_format {
            InputFormat::Text => read_text(path, &name, &args, lang, &mut pipe)?,
            InputFormat::Jsonl => read_jsonl(path, &name, &args, lang, &mut pipe)?,
            format => {
                let opts = kabar_ingest::ReadOptions {
                    format,
                    ..kabar_ingest::ReadOptions::default()
                };
                let mut failed: Option<anyhow::Error> = None;
                kabar_ingest::read(path, &opts, &mut |r| {
                    let res = match r {
                        Ok(a) => {
                            let mut doc = kabar_ingest::article_to_document(&a);
                            doc.lang = lang.or(doc.lang);
                            doc.date = doc.date.or(args.date);
                            pipe.push(doc)
                        }
                        Err(e) => pipe.error(&e.origin, &e.reason),
                    };
                    if let Err(e) = res {
                        failed.get_or_insert(e);
                    }
                });
                if let Some(e) = failed {
                    return Err(e);
                }
            }
        }
    }
    pipe.finish()
}

fn open(path: &Path) -> std::io::Result<Box<dyn Read>> {
    if path == Path::new("-") {
        Ok(Box::new(std::io::stdin()))
    } else {
        Ok(Box::new(std::fs::File::open(path)?))
    }
}

/// The input's reader, or `None` after reporting why it cannot be opened.
fn open_or_report<W: Write>(
    path: &Path,
    name: &str,
    pipe: &mut Pipeline<output::Writer<W>>,
) -> Result<Option<Box<dyn Read>>> {
    match open(path) {
        Ok(r) => Ok(Some(r)),
        Err(e) => pipe
            .error(name, &format!("cannot open: {e}"))
            .map(|()| None),
    }
}

/// One article per file, title on the first line.
fn read_text<W: Write>(
    path: &Path,
    name: &str,
    args: &ExtractArgs,
    lang: Option<Lang>,
    pipe: &mut Pipeline<output::Writer<W>>,
) -> Result<()> {
    let Some(reader) = open_or_report(path, name, pipe)? else {
        return Ok(());
    };
    let mut bytes = Vec::new();
    if let Err(e) = BufReader::new(reader).read_to_end(&mut bytes) {
        return pipe.error(name, &format!("cannot read: {e}"));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            return pipe.error(&format!("{name}: byte {at}"), "not valid UTF-8");
        }
    };
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .filter(|s| s != "-")
        .unwrap_or_else(|| "stdin".to_string());
    pipe.push(Document {
        id,
        text,
        date: args.date,
        lang,
        ..Document::default()
    })
}

/// One JSON document per line.
fn read_jsonl<W: Write>(
    path: &Path,
    name: &str,
    args: &ExtractArgs,
    lang: Option<Lang>,
    pipe: &mut Pipeline<output::Writer<W>>,
) -> Result<()> {
    let Some(reader) = open_or_report(path, name, pipe)? else {
        return Ok(());
    };
    for (i, line) in BufReader::new(reader).split(b'\n').enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => return pipe.error(name, &format!("cannot read: {e}")),
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match json_doc(&line, args.date, lang) {
            Ok(doc) => pipe.push(doc)?,
            Err(msg) => pipe.error(&format!("{name}:{}", i + 1), &msg)?,
        }
    }
    Ok(())
}

fn json_doc(line: &[u8], date: Option<NaiveDate>, lang: Option<Lang>) -> Result<Document, String> {
    let d: JsonDoc =
        serde_json::from_slice(line).map_err(|e| format!("not a JSON document: {e}"))?;
    let id = match d.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => return Err("missing \"id\" (a string or number)".into()),
    };
    let text = d.text.ok_or("missing \"text\"")?;
    let date = match d.date.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => {
            // Accept full timestamps too: the first ten characters are the day.
            let day = s.get(..10).unwrap_or(s);
            Some(parse_date(day)?)
        }
        None => date,
    };
    let lang = match d.lang.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(l) => Some(l.parse::<Lang>()?),
        None => lang,
    };
    Ok(Document {
        id,
        url: d.url,
        title: d.title,
        date,
        lang,
        text,
    })
}

/// Run `kabar demo`.
pub fn demo(args: DemoArgs) -> Result<bool> {
    let coder = coder(None, false)?;
    let doc = Document {
        id: "000_835c4cdb98e1286e".into(),
        text: SEED.to_string(),
        date: args.date,
        ..Document::default()
    };
    let x = coder.extract(&doc);
    let stdout = std::io::stdout();
    let mut w = stdout.lock();
    writeln!(
        w,
        "kabar demo: the bundled reference article (Purna Warta, Indonesian), {} events\n",
        x.events.len()
    )?;
    output::write_readable(&mut w, &x.events)?;
    writeln!(
        w,
        "\nMachine-readable: kabar extract samples/000_835c4cdb98e1286e.txt   (JSON Lines)"
    )?;
    Ok(true)
}
