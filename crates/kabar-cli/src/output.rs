//! Event writers: JSON Lines, a JSON array, TSV, and the readable demo listing.

use anyhow::Result;
use clap::ValueEnum;
use kabar_core::Event;
use std::io::Write;

/// Output formats of `kabar extract`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
pub enum OutputFormat {
    /// One JSON event per line.
    Jsonl,
    /// One JSON array of all events.
    Json,
    /// Tab-separated values with a header line.
    Tsv,
}

/// TSV columns, in order: the flat event row shared with Parquet and Python.
pub const TSV_COLUMNS: &[&str] = &kabar_core::FlatEvent::COLUMNS;

/// Streams events in one format.
pub struct Writer<W: Write> {
    w: W,
    format: OutputFormat,
    first: bool,
}

impl<W: Write> Writer<W> {
    /// Start writing (the TSV header, or the opening bracket).
    pub fn new(mut w: W, format: OutputFormat) -> Result<Self> {
        match format {
            OutputFormat::Tsv => writeln!(w, "{}", TSV_COLUMNS.join("\t"))?,
            OutputFormat::Json => write!(w, "[")?,
            OutputFormat::Jsonl => {}
        }
        Ok(Writer {
            w,
            format,
            first: true,
        })
    }

    /// Write events.
    pub fn write_all(&mut self, events: &[Event]) -> Result<()> {
        for e in events {
            match self.format {
                OutputFormat::Jsonl => {
                    serde_json::to_writer(&mut self.w, e)?;
                    writeln!(self.w)?;
                }
                OutputFormat::Json => {
                    if !self.first {
                        write!(self.w, ",")?;
                    }
                    writeln!(self.w)?;
                    serde_json::to_writer_pretty(&mut self.w, e)?;
                }
                OutputFormat::Tsv => writeln!(self.w, "{}", tsv_row(e).join("\t"))?,
            }
            self.first = false;
        }
        Ok(())
    }

    /// Flush what was written so far.
    pub fn flush(&mut self) -> Result<()> {
        self.w.flush()?;
        Ok(())
    }

    /// Close the JSON array, flush; call once.
    pub fn close(&mut self) -> Result<()> {
        if self.format == OutputFormat::Json {
            writeln!(self.w, "{}]", if self.first { "" } else { "\n" })?;
        }
        self.w.flush()?;
        Ok(())
    }
}

fn tsv_row(e: &Event) -> Vec<String> {
    kabar_core::FlatEvent::from(e).cells()
}

/// A listing for people: one block per event.
pub fn write_readable(w: &mut impl Write, events: &[Event]) -> Result<()> {
    let tables = kabar_core::CodeTables::get();
    for e in events {
        let who = |a: Option<&kabar_core::ActorRef>| match a {
            Some(a) => match &a.name {
                Some(n) => format!("{} ({n})", a.code),
                None => a.code.clone(),
            },
            None => "—".to_string(),
        };
        let label = tables.lookup(&e.cameo).map(|c| c.label).unwrap_or_default();
        let date = e
            .date
            .map(|d| d.to_string())
            .unwrap_or_else(|| "undated".into());
        let place = e
            .location
            .as_ref()
            .map(|l| l.name.as_str())
            .unwrap_or("somewhere");
        let mut flags = Vec::new();
        if e.negated {
            flags.push("NEGATED".to_string());
        }
        if e.modality != kabar_core::Modality::Asserted {
            flags.push(format!("{:?}", e.modality).to_uppercase());
        }
        writeln!(
            w,
            "{date}  {place}  {} → {}\n    {} {label} [{}, Goldstein {:+.1}]{}{}",
            who(e.source.as_ref()),
            who(e.target.as_ref()),
            e.cameo,
            e.plover.as_deref().unwrap_or("no PLOVER category"),
            e.goldstein,
            if e.issues.is_empty() {
                String::new()
            } else {
                format!("  issues: {}", e.issues.join(", "))
            },
            if flags.is_empty() {
                String::new()
            } else {
                format!("  {}", flags.join(" "))
            },
        )?;
        writeln!(
            w,
            "    “{}” (trigger: {})\n",
            e.evidence.sentence, e.evidence.trigger
        )?;
    }
    Ok(())
}
