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

/// TSV columns, in order.
pub const TSV_COLUMNS: &[&str] = &[
    "event_id",
    "doc_id",
    "date",
    "date_precision",
    "source_code",
    "source_name",
    "source_text",
    "target_code",
    "target_name",
    "target_text",
    "cameo",
    "root",
    "plover",
    "quad_class",
    "goldstein",
    "location",
    "country",
    "lat",
    "lon",
    "issues",
    "negated",
    "modality",
    "lang",
    "confidence",
    "trigger",
    "sentence_start",
    "sentence_end",
    "sentence",
];

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

    /// Close the JSON array, flush.
    pub fn finish(mut self) -> Result<()> {
        if self.format == OutputFormat::Json {
            writeln!(self.w, "{}]", if self.first { "" } else { "\n" })?;
        }
        self.w.flush()?;
        Ok(())
    }
}

/// TSV cells: tabs and newlines inside text become spaces.
fn cell(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn tsv_row(e: &Event) -> Vec<String> {
    let opt = |s: Option<&str>| s.map(cell).unwrap_or_default();
    let actor = |a: Option<&kabar_core::ActorRef>| {
        (
            opt(a.map(|a| a.code.as_str())),
            opt(a.and_then(|a| a.name.as_deref())),
            opt(a.map(|a| a.text.as_str())),
        )
    };
    let (sc, sn, st) = actor(e.source.as_ref());
    let (tc, tn, tt) = actor(e.target.as_ref());
    let loc = e.location.as_ref();
    vec![
        e.event_id.clone(),
        cell(&e.doc_id),
        e.date.map(|d| d.to_string()).unwrap_or_default(),
        format!("{:?}", e.date_precision).to_lowercase(),
        sc,
        sn,
        st,
        tc,
        tn,
        tt,
        e.cameo.clone(),
        e.root.clone(),
        e.plover.clone().unwrap_or_default(),
        e.quad_class.to_string(),
        e.goldstein.to_string(),
        opt(loc.map(|l| l.name.as_str())),
        opt(loc.and_then(|l| l.country.as_deref())),
        loc.map(|l| l.lat.to_string()).unwrap_or_default(),
        loc.map(|l| l.lon.to_string()).unwrap_or_default(),
        e.issues.join(","),
        e.negated.to_string(),
        format!("{:?}", e.modality).to_lowercase(),
        e.lang.to_string(),
        e.confidence.to_string(),
        cell(&e.evidence.trigger),
        e.evidence.start.to_string(),
        e.evidence.end.to_string(),
        cell(&e.evidence.sentence),
    ]
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
