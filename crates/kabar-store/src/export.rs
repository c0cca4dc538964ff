//! Exports from any [`EventStore`]: GDELT 2.0 events and mentions tables
//! (tab-separated, no header, GDELT's column order), and the event records
//! (one row per mention coded in a document, `FlatEvent::COLUMNS`) as JSON
//! Lines, CSV or Parquet.
//!
//! Mentions credited to a near-duplicate from its first copy appear in the
//! GDELT mentions table (each copy is an article that mentions the event) but
//! not in the record exports, which hold what was coded.

use crate::{gdelt, EventStore, Result, StoreError, StoredEvent, StoredMention};
use arrow_array::{
    ArrayRef, BooleanArray, Date32Array, Float32Array, Float64Array, Int32Array, Int64Array,
    RecordBatch, StringArray,
};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use chrono::{DateTime, Datelike, NaiveDate};
use kabar_core::FlatEvent;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;
use std::collections::HashMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Number of columns of GDELT 2.0's events table.
pub const GDELT_EVENT_COLUMNS: usize = 61;
/// Number of columns of GDELT 2.0's mentions table.
pub const GDELT_MENTION_COLUMNS: usize = 16;

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn stamp(unix: i64) -> String {
    DateTime::from_timestamp(unix, 0)
        .map(|t| t.format("%Y%m%d%H%M%S").to_string())
        .unwrap_or_default()
}

/// One GDELT 2.0 events row (61 cells) for a merged event.
pub fn gdelt_event_cells(e: &StoredEvent) -> Vec<String> {
    let d = e.date;
    let mut c: Vec<String> = vec![
        e.id.to_string(),
        d.format("%Y%m%d").to_string(),
        d.format("%Y%m").to_string(),
        d.year().to_string(),
        format!(
            "{:.4}",
            f64::from(d.year()) + f64::from(d.ordinal0()) / 365.0
        ),
    ];
    let first = &e.first;
    for (info, r) in [
        (&e.source, first.source.as_ref()),
        (&e.target, first.target.as_ref()),
    ] {
        match info {
            Some(a) => {
                let name = r
                    .map(|r| r.name.clone().unwrap_or_else(|| r.text.clone()))
                    .unwrap_or_default();
                let known_group = ["IGO", "NGO", "IMG", "MNC"]
                    .iter()
                    .find(|p| a.code.starts_with(*p))
                    .map(|_| a.code.get(3..6).unwrap_or("").to_string())
                    .unwrap_or_default();
                c.extend([
                    a.code.clone(),
                    clean(&name.to_uppercase()),
                    a.country.clone().unwrap_or_default(),
                    known_group,
                    String::new(),
                    String::new(),
                    String::new(),
                    a.sector.clone().unwrap_or_default(),
                    String::new(),
                    String::new(),
                ]);
            }
            None => c.extend(std::iter::repeat_n(String::new(), 10)),
        }
    }
    let base = e.cameo.get(..3).unwrap_or(&e.cameo).to_string();
    c.extend([
        // IsRootEvent: GDELT marks events from an article's lead; kabar takes
        // an evidence sentence starting in the first 500 characters as the lead.
        u8::from(first.evidence.start < 500).to_string(),
        e.cameo.clone(),
        base,
        e.root.clone(),
        e.quad_class.to_string(),
        e.goldstein.to_string(),
        e.num_mentions.to_string(),
        e.num_sources.to_string(),
        e.num_articles.to_string(),
        "0".into(),
    ]);
    // Actor1Geo and Actor2Geo: kabar knows where events happen, not where actors are.
    for _ in 0..2 {
        c.extend(["0".to_string()]);
        c.extend(std::iter::repeat_n(String::new(), 7));
    }
    match &e.location {
        Some(l) => {
            let fips = l
                .country
                .as_deref()
                .and_then(gdelt::fips)
                .unwrap_or_default()
                .to_string();
            c.extend([
                "4".into(),
                clean(&l.name),
                fips.clone(),
                fips,
                String::new(),
                l.lat.to_string(),
                l.lon.to_string(),
                String::new(),
            ]);
        }
        None => {
            c.push("0".into());
            c.extend(std::iter::repeat_n(String::new(), 7));
        }
    }
    c.push(stamp(e.added));
    c.push(clean(e.source_url.as_deref().unwrap_or_default()));
    c
}

/// One GDELT 2.0 mentions row (16 cells) for a mention.
pub fn gdelt_mention_cells(m: &StoredMention) -> Vec<String> {
    let r = &m.record;
    let off =
        |a: Option<&kabar_core::ActorRef>| a.map_or("-1".to_string(), |a| a.start.to_string());
    vec![
        m.event_id.to_string(),
        stamp(m.event_added),
        stamp(m.mention_added),
        // MentionType 1: web (kabar does not tell broadcast or print apart).
        "1".into(),
        clean(&m.site),
        clean(&m.identifier),
        // SentenceID is not kept; the evidence offsets say where the sentence is.
        String::new(),
        off(r.source.as_ref()),
        off(r.target.as_ref()),
        r.evidence.trigger_start.to_string(),
        u8::from(!m.copied).to_string(),
        ((r.confidence * 100.0).round() as i64).to_string(),
        m.doc_len.to_string(),
        "0".into(),
        // Coded natively: no translation.
        String::new(),
        String::new(),
    ]
}

fn tsv_line(out: &mut dyn Write, cells: &[String]) -> Result<()> {
    out.write_all(cells.join("\t").as_bytes())?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Write GDELT 2.0 events (61 tab-separated columns, no header).
pub fn gdelt_events(store: &dyn EventStore, out: &mut dyn Write) -> Result<u64> {
    let mut n = 0;
    store.for_each_event(&mut |e| {
        n += 1;
        tsv_line(out, &gdelt_event_cells(&e))
    })?;
    out.flush()?;
    Ok(n)
}

/// Write GDELT 2.0 mentions (16 tab-separated columns, no header).
pub fn gdelt_mentions(store: &dyn EventStore, out: &mut dyn Write) -> Result<u64> {
    let mut n = 0;
    store.for_each_mention(&mut |m| {
        n += 1;
        tsv_line(out, &gdelt_mention_cells(&m))
    })?;
    out.flush()?;
    Ok(n)
}

/// Write the coded event records as JSON Lines (the `kabar extract` record).
pub fn jsonl(store: &dyn EventStore, out: &mut dyn Write) -> Result<u64> {
    let mut n = 0;
    store.for_each_mention(&mut |m| {
        if m.copied {
            return Ok(());
        }
        n += 1;
        serde_json::to_writer(&mut *out, &m.record)?;
        out.write_all(b"\n")?;
        Ok(())
    })?;
    out.flush()?;
    Ok(n)
}

/// Write the coded event records as CSV with a header of `FlatEvent::COLUMNS`.
pub fn csv(store: &dyn EventStore, out: &mut dyn Write) -> Result<u64> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(FlatEvent::COLUMNS)?;
    let mut n = 0;
    store.for_each_mention(&mut |m| {
        if m.copied {
            return Ok(());
        }
        n += 1;
        w.write_record(FlatEvent::from(&m.record).cells())?;
        Ok(())
    })?;
    w.flush()?;
    Ok(n)
}

/// The Arrow schema of the record exports: `FlatEvent::COLUMNS` in order.
/// Strings are Utf8 (nullable where the record's field is optional), `date`
/// Date32, `quad_class` Int32, `goldstein` and `confidence` Float32,
/// `lat`/`lon` Float64, `negated` Boolean, offsets Int64.
pub fn arrow_schema() -> SchemaRef {
    let nullable_strings = [
        "source_code",
        "source_name",
        "source_text",
        "source_country",
        "source_sector",
        "target_code",
        "target_name",
        "target_text",
        "target_country",
        "target_sector",
        "plover",
        "location",
        "location_country",
    ];
    let fields: Vec<Field> = FlatEvent::COLUMNS
        .iter()
        .map(|&c| match c {
            "date" => Field::new(c, DataType::Date32, true),
            "quad_class" => Field::new(c, DataType::Int32, false),
            "goldstein" | "confidence" => Field::new(c, DataType::Float32, false),
            "lat" | "lon" => Field::new(c, DataType::Float64, true),
            "negated" => Field::new(c, DataType::Boolean, false),
            "trigger_start" | "trigger_end" | "sentence_start" | "sentence_end" => {
                Field::new(c, DataType::Int64, false)
            }
            _ => Field::new(c, DataType::Utf8, nullable_strings.contains(&c)),
        })
        .collect();
    Arc::new(Schema::new(fields))
}

/// An Arrow record batch of flat event rows, with [`arrow_schema`].
pub fn record_batch(rows: &[FlatEvent]) -> Result<RecordBatch> {
    let epoch = NaiveDate::default();
    let s = |f: &dyn Fn(&FlatEvent) -> String| -> ArrayRef {
        Arc::new(StringArray::from_iter_values(rows.iter().map(f)))
    };
    let o = |f: &dyn Fn(&FlatEvent) -> Option<String>| -> ArrayRef {
        Arc::new(rows.iter().map(f).collect::<StringArray>())
    };
    let i64s = |f: &dyn Fn(&FlatEvent) -> u64| -> Result<ArrayRef> {
        let v: std::result::Result<Vec<i64>, _> =
            rows.iter().map(|r| i64::try_from(f(r))).collect();
        let v = v.map_err(|_| StoreError::Invalid("an offset beyond i64".into()))?;
        Ok(Arc::new(Int64Array::from(v)))
    };
    let columns: Vec<ArrayRef> = vec![
        s(&|r| r.event_id.clone()),
        s(&|r| r.doc_id.clone()),
        Arc::new(
            rows.iter()
                .map(|r| r.date.map(|d| (d - epoch).num_days() as i32))
                .collect::<Date32Array>(),
        ),
        s(&|r| r.date_precision.clone()),
        o(&|r| r.source_code.clone()),
        o(&|r| r.source_name.clone()),
        o(&|r| r.source_text.clone()),
        o(&|r| r.source_country.clone()),
        o(&|r| r.source_sector.clone()),
        o(&|r| r.target_code.clone()),
        o(&|r| r.target_name.clone()),
        o(&|r| r.target_text.clone()),
        o(&|r| r.target_country.clone()),
        o(&|r| r.target_sector.clone()),
        s(&|r| r.cameo.clone()),
        s(&|r| r.root.clone()),
        o(&|r| r.plover.clone()),
        Arc::new(Int32Array::from_iter_values(
            rows.iter().map(|r| i32::from(r.quad_class)),
        )),
        Arc::new(Float32Array::from_iter_values(
            rows.iter().map(|r| r.goldstein),
        )),
        o(&|r| r.location.clone()),
        o(&|r| r.location_country.clone()),
        Arc::new(rows.iter().map(|r| r.lat).collect::<Float64Array>()),
        Arc::new(rows.iter().map(|r| r.lon).collect::<Float64Array>()),
        s(&|r| r.issues.clone()),
        Arc::new(
            rows.iter()
                .map(|r| Some(r.negated))
                .collect::<BooleanArray>(),
        ),
        s(&|r| r.modality.clone()),
        s(&|r| r.lang.clone()),
        Arc::new(Float32Array::from_iter_values(
            rows.iter().map(|r| r.confidence),
        )),
        s(&|r| r.trigger.clone()),
        i64s(&|r| r.trigger_start)?,
        i64s(&|r| r.trigger_end)?,
        i64s(&|r| r.sentence_start)?,
        i64s(&|r| r.sentence_end)?,
        s(&|r| r.sentence.clone()),
    ];
    Ok(RecordBatch::try_new(arrow_schema(), columns)?)
}

/// Rows buffered before a record batch is written.
const ROWS_PER_BATCH: usize = 65_536;

struct Part {
    writer: ArrowWriter<File>,
    rows: Vec<FlatEvent>,
}

impl Part {
    fn create(path: &Path) -> Result<Part> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(ZstdLevel::default()))
            .build();
        Ok(Part {
            writer: ArrowWriter::try_new(File::create(path)?, arrow_schema(), Some(props))?,
            rows: Vec::new(),
        })
    }

    fn push(&mut self, row: FlatEvent) -> Result<()> {
        self.rows.push(row);
        if self.rows.len() >= ROWS_PER_BATCH {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        if !self.rows.is_empty() {
            let batch = record_batch(&self.rows)?;
            self.writer.write(&batch)?;
            self.rows.clear();
        }
        Ok(())
    }

    fn close(mut self) -> Result<()> {
        self.flush()?;
        self.writer.close()?;
        Ok(())
    }
}

/// Write the coded event records to Parquet: one file at `path`, or with
/// `partition_by_date` a directory `path/date=YYYY-MM-DD/part-0.parquet`
/// (records without a date go to `date=__HIVE_DEFAULT_PARTITION__`), which
/// DuckDB and Spark read as one dataset. Returns the number of rows.
pub fn parquet(store: &dyn EventStore, path: &Path, partition_by_date: bool) -> Result<u64> {
    let mut n = 0;
    if !partition_by_date {
        let mut part = Part::create(path)?;
        store.for_each_mention(&mut |m| {
            if !m.copied {
                n += 1;
                part.push(FlatEvent::from(&m.record))?;
            }
            Ok(())
        })?;
        part.close()?;
        return Ok(n);
    }
    let mut parts: HashMap<Option<NaiveDate>, Part> = HashMap::new();
    store.for_each_mention(&mut |m| {
        if m.copied {
            return Ok(());
        }
        n += 1;
        let date = m.record.date;
        let part = match parts.entry(date) {
            std::collections::hash_map::Entry::Occupied(o) => o.into_mut(),
            std::collections::hash_map::Entry::Vacant(v) => {
                let dir = match date {
                    Some(d) => format!("date={d}"),
                    None => "date=__HIVE_DEFAULT_PARTITION__".to_string(),
                };
                let file: PathBuf = path.join(dir).join("part-0.parquet");
                v.insert(Part::create(&file)?)
            }
        };
        part.push(FlatEvent::from(&m.record))
    })?;
    if parts.is_empty() {
        std::fs::create_dir_all(path)?;
    }
    for (_, part) in parts {
        part.close()?;
    }
    Ok(n)
}
