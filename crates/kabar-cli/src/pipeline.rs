//! The coding pipeline behind `kabar extract`: documents are read one by one,
//! coded in batches on all cores (rayon), and written in input order, so
//! output is deterministic and memory is bounded by one batch. A progress line
//! (documents, events, errors, throughput) shows on a terminal; errors go to
//! stderr and, on request, to a machine-readable log.

use crate::output::Writer;
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use kabar_coder::Coder;
use kabar_core::Document;
use rayon::prelude::*;
use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::Path;
use std::time::{Duration, Instant};

/// Documents coded together; bounds memory and keeps all cores busy.
const BATCH: usize = 512;

/// Reads in, events out.
pub struct Pipeline<'a, W: Write> {
    coder: &'a Coder,
    out: Writer<W>,
    batch: Vec<Document>,
    progress: Option<ProgressBar>,
    error_log: Option<BufWriter<File>>,
    started: Instant,
    docs: u64,
    events: u64,
    errors: u64,
}

impl<'a, W: Write> Pipeline<'a, W> {
    /// A pipeline writing to `out`, with a progress line when stderr is a
    /// terminal and an error log at `error_log` if given.
    pub fn new(coder: &'a Coder, out: Writer<W>, error_log: Option<&Path>) -> Result<Self> {
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
            out,
            batch: Vec::with_capacity(BATCH),
            progress,
            error_log,
            started: Instant::now(),
            docs: 0,
            events: 0,
            errors: 0,
        })
    }

    /// Queue one document; codes the batch when it is full.
    pub fn push(&mut self, doc: Document) -> Result<()> {
        self.batch.push(doc);
        if self.batch.len() >= BATCH {
            self.flush()?;
        }
        Ok(())
    }

    /// Report one bad input (`origin` names file and line/record) and go on.
    pub fn error(&mut self, origin: &str, reason: &str) -> Result<()> {
        self.errors += 1;
        let line = format!("kabar: {origin}: {reason}; skipped");
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
        let coded: Vec<_> = self
            .batch
            .par_iter()
            .map(|d| coder.extract(d).events)
            .collect();
        for events in &coded {
            self.events += events.len() as u64;
            self.out.write_all(events)?;
        }
        self.docs += self.batch.len() as u64;
        self.batch.clear();
        self.out.flush()?;
        if let Some(bar) = &self.progress {
            let secs = self.started.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!(
                "{} documents, {} events, {} errors, {:.0} documents/s",
                self.docs,
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
