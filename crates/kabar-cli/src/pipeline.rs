//! The coding pipeline behind `kabar extract`: documents are read one by one,
//! coded in batches on all cores (rayon), and written in input order, so
//! output is deterministic and memory is bounded by one batch. A progress line
//! (documents, events, errors, throughput) shows on a terminal; errors go to
//! stderr and, on request, to a machine-readable log.

use crate::output::Writer;
use anyhow::{Context, Result};
use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressStyle};
use kabar_coder::Coder;
use kabar_core::Document;
use kabar_core::Lang;
use kabar_dedup::Dedup;
use rayon::prelude::*;
use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Documents coded together; bounds memory and keeps all cores busy.
const BATCH: usize = 512;

pub use kabar_core::CodedDocument as Coded;

/// Where coded documents go: an event writer, the store.
pub trait Sink {
    /// Take one batch of coded documents, in input order.
    fn write(&mut self, batch: &[Coded]) -> Result<()>;
    /// Called once after the last batch.
    fn finish(&mut self) -> Result<()>;
}

impl<W: Write> Sink for Writer<W> {
    fn write(&mut self, batch: &[Coded]) -> Result<()> {
        for c in batch {
            self.write_all(&c.events)?;
        }
        self.flush()
    }
    fn finish(&mut self) -> Result<()> {
        self.close()
    }
}

/// How inputs are read, and what is assumed when they do not say.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// Format, size limit and CSV columns.
    pub read: kabar_ingest::ReadOptions,
    /// Language of every document, overriding what the input says.
    pub lang: Option<Lang>,
    /// Publication date of documents that carry none.
    pub date: Option<NaiveDate>,
}

/// A queued input record, with what the command line says about it.
struct Pending {
    record: kabar_ingest::Record,
    lang: Option<Lang>,
    date: Option<NaiveDate>,
}

impl Pending {
    /// The document to code (extracting an HTML page here, on a worker thread).
    fn into_document(self) -> Result<Document, kabar_ingest::IngestError> {
        let a = self.record.into_article()?;
        let mut doc = kabar_ingest::article_to_document(&a);
        doc.lang = self.lang.or(doc.lang);
        doc.date = doc.date.or(self.date);
        Ok(doc)
    }
}

impl Inputs {
    /// Inputs of `format` (default size limit and CSV columns), with the
    /// language and publication date the command line gives, if any.
    pub fn new(format: kabar_ingest::Format, lang: Option<Lang>, date: Option<NaiveDate>) -> Self {
        Inputs {
            read: kabar_ingest::ReadOptions {
                format,
                ..kabar_ingest::ReadOptions::default()
            },
            lang,
            date,
        }
    }
}

/// Reads in, events out.
pub struct Pipeline<'a, S: Sink> {
    /// `None` when only cleaning (`kabar clean`).
    coder: Option<&'a Coder>,
    dedup: Option<Dedup>,
    out: S,
    batch: Vec<Pending>,
    progress: Option<ProgressBar>,
    error_log: Option<BufWriter<File>>,
    started: Instant,
    docs: u64,
    events: u64,
    duplicates: u64,
    errors: u64,
}

impl<'a, S: Sink> Pipeline<'a, S> {
    /// A pipeline writing to `out`, with a progress line when stderr is a
    /// terminal and an error log at `error_log` if given.
    pub fn new(coder: &'a Coder, out: S, error_log: Option<&Path>) -> Result<Self> {
        Self::with_coder(Some(coder), out, error_log)
    }

    /// A pipeline that only reads, extracts, cleans and links duplicates
    /// (`kabar clean`): documents reach the sink with no events.
    pub fn cleaner(out: S, error_log: Option<&Path>) -> Result<Self> {
        Self::with_coder(None, out, error_log)
    }

    fn with_coder(coder: Option<&'a Coder>, out: S, error_log: Option<&Path>) -> Result<Self> {
        let error_log = match error_log {
            Some(p) => Some(BufWriter::new(File::create(p).with_context(|| {
                format!("cannot create the error log {}", p.display())
            })?)),
            None => None,
        };
        let progress = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new_spinner();
            if let Ok(style) = ProgressStyle::with_template("{spinner} {elapsed} {msg}") {
                bar.set_style(style);
            }
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Ok(Pipeline {
            coder,
            dedup: None,
            out,
            batch: Vec::with_capacity(BATCH),
            progress,
            error_log,
            started: Instant::now(),
            docs: 0,
            events: 0,
            duplicates: 0,
            errors: 0,
        })
    }

    /// Link near-duplicates (Jaccard ≥ `threshold`) to their first copy and
    /// do not code them.
    pub fn with_dedup(mut self, threshold: f64) -> Self {
        self.dedup = Some(Dedup::new(threshold));
        self
    }

    /// Queue one record; codes the batch when it is full.
    fn queue(&mut self, pending: Pending) -> Result<()> {
        self.batch.push(pending);
        if self.batch.len() >= BATCH {
            self.flush()?;
        }
        Ok(())
    }

    /// Read every article of `path` (file, directory or `-`) into the pipeline;
    /// bad records are reported and skipped.
    pub fn read(&mut self, path: &Path, inputs: &Inputs) -> Result<()> {
        let mut failed: Option<anyhow::Error> = None;
        kabar_ingest::read_records(path, &inputs.read, &mut |r| {
            let res = match r {
                Ok(record) => self.queue(Pending {
                    record,
                    lang: inputs.lang,
                    date: inputs.date,
                }),
                Err(e) => self.error(&e.origin, &e.reason),
            };
            if let Err(e) = res {
                failed.get_or_insert(e);
            }
        });
        failed.map_or(Ok(()), Err)
    }

    /// Read every input (standard input when `files` is empty) and finish;
    /// true when no input failed.
    pub fn run(mut self, files: &[PathBuf], inputs: &Inputs) -> Result<bool> {
        if files.is_empty() {
            self.read(Path::new("-"), inputs)?;
        }
        for path in files {
            self.read(path, inputs)?;
        }
        self.finish()
    }

    /// Report one bad input (`origin` names file and line/record) and go on.
    pub fn error(&mut self, origin: &str, reason: &str) -> Result<()> {
        self.errors += 1;
        let line = if reason.contains("skipped") {
            format!("kabar: {origin}: {reason}")
        } else {
            format!("kabar: {origin}: {reason}; skipped")
        };
        match &self.progress {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
        if let Some(log) = &mut self.error_log {
            serde_json::to_writer(
                &mut *log,
                &serde_json::json!({"input": origin, "error": reason}),
            )?;
            writeln!(log)?;
        }
        Ok(())
    }

    /// Code the queued documents in parallel and write their events in order.
    pub fn flush(&mut self) -> Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let coder = self.coder;
        let pending = std::mem::take(&mut self.batch);
        // Extract pages and clean on all cores, report bad records and link
        // duplicates in input order, code the rest on all cores.
        let dedup = self.dedup.as_ref();
        let read: Vec<_> = pending
            .into_par_iter()
            .map(|p| {
                p.into_document().map(|d| {
                    let prepared = Coder::prepare(&d);
                    let print = dedup.map(|x| x.fingerprint(&prepared.cleaned.text));
                    (d, prepared, print)
                })
            })
            .collect();
        let mut batch = Vec::with_capacity(read.len());
        let mut prepared = Vec::with_capacity(read.len());
        let mut duplicate_of = Vec::with_capacity(read.len());
        for r in read {
            match r {
                Ok((d, p, print)) => {
                    let dup = match (&mut self.dedup, print) {
                        (Some(dedup), Some(print)) => dedup.check_fingerprint(&d.id, print),
                        _ => None,
                    };
                    batch.push(d);
                    prepared.push(p);
                    duplicate_of.push(dup);
                }
                Err(e) => self.error(&e.origin, &e.reason)?,
            }
        }
        let coded: Vec<Coded> = batch
            .into_par_iter()
            .zip(prepared)
            .zip(duplicate_of)
            .map(|((mut doc, prepared), duplicate_of)| {
                let (text, lang, events) = match coder {
                    Some(coder) if duplicate_of.is_none() => {
                        let x = coder.code_prepared(&doc, prepared);
                        (x.text, x.lang, x.events)
                    }
                    _ => (prepared.cleaned.text, prepared.lang, Vec::new()),
                };
                doc.text = text;
                doc.lang = Some(lang);
                Coded {
                    doc,
                    events,
                    duplicate_of,
                }
            })
            .collect();
        self.duplicates += coded.iter().filter(|c| c.duplicate_of.is_some()).count() as u64;
        self.events += coded.iter().map(|c| c.events.len() as u64).sum::<u64>();
        self.docs += coded.len() as u64;
        self.out.write(&coded)?;
        if let Some(bar) = &self.progress {
            let secs = self.started.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!(
                "{} documents ({} duplicates), {} events, {} errors, {:.0} documents/s",
                self.docs,
                self.duplicates,
                self.events,
                self.errors,
                self.docs as f64 / secs
            ));
        }
        Ok(())
    }

    /// Code what is left, close the output; true when no input failed.
    pub fn finish(mut self) -> Result<bool> {
        self.flush()?;
        if let Some(bar) = self.progress.take() {
            bar.finish_and_clear();
        }
        if let Some(log) = &mut self.error_log {
            log.flush()?;
        }
        let ok = self.errors == 0;
        self.out.finish()?;
        Ok(ok)
    }
}
