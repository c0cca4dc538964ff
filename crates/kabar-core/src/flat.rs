//! The event record flattened into one row of typed columns: the shape of
//! kabar's TSV output, its Parquet export and the Python package's DataFrames,
//! defined once so that every tabular form has the same columns in the same order.

use crate::{DatePrecision, Event, Modality};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One event as a flat row (see [`FlatEvent::COLUMNS`] for the order).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlatEvent {
    /// Stable event identifier.
    pub event_id: String,
    /// Document the event was found in.
    pub doc_id: String,
    /// Event date, when known.
    pub date: Option<NaiveDate>,
    /// `day`, `month`, `year` or `document`.
    pub date_precision: String,
    /// Source actor: composed CAMEO code.
    pub source_code: Option<String>,
    /// Source actor: canonical name.
    pub source_name: Option<String>,
    /// Source actor: the words in the text.
    pub source_text: Option<String>,
    /// Source actor: country code.
    pub source_country: Option<String>,
    /// Source actor: sector/agent code.
    pub source_sector: Option<String>,
    /// Target actor: composed CAMEO code.
    pub target_code: Option<String>,
    /// Target actor: canonical name.
    pub target_name: Option<String>,
    /// Target actor: the words in the text.
    pub target_text: Option<String>,
    /// Target actor: country code.
    pub target_country: Option<String>,
    /// Target actor: sector/agent code.
    pub target_sector: Option<String>,
    /// Full CAMEO event code.
    pub cameo: String,
    /// CAMEO root.
    pub root: String,
    /// PLOVER category, when CAMEO maps to one.
    pub plover: Option<String>,
    /// QuadClass 1–4.
    pub quad_class: u8,
    /// Goldstein score.
    pub goldstein: f32,
    /// Place name.
    pub location: Option<String>,
    /// Country of the place.
    pub location_country: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// Issue and topic codes, comma-separated.
    pub issues: String,
    /// The text denies the event.
    pub negated: bool,
    /// `asserted`, `planned` or `hypothetical`.
    pub modality: String,
    /// `id` or `en`.
    pub lang: String,
    /// Coder confidence.
    pub confidence: f32,
    /// Trigger words.
    pub trigger: String,
    /// Character offset of the trigger in the cleaned document.
    pub trigger_start: u64,
    /// Character offset just past the trigger.
    pub trigger_end: u64,
    /// Character offset of the evidence sentence.
    pub sentence_start: u64,
    /// Character offset just past the evidence sentence.
    pub sentence_end: u64,
    /// The evidence sentence.
    pub sentence: String,
}

impl FlatEvent {
    /// Column names, in order.
    pub const COLUMNS: [&'static str; 34] = [
        "event_id",
        "doc_id",
        "date",
        "date_precision",
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
        "cameo",
        "root",
        "plover",
        "quad_class",
        "goldstein",
        "location",
        "location_country",
        "lat",
        "lon",
        "issues",
        "negated",
        "modality",
        "lang",
        "confidence",
        "trigger",
        "trigger_start",
        "trigger_end",
        "sentence_start",
        "sentence_end",
        "sentence",
    ];
}

/// Lower-case name of a date precision, as in the JSON record.
pub fn precision_name(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Day => "day",
        DatePrecision::Month => "month",
        DatePrecision::Year => "year",
        DatePrecision::Document => "document",
    }
}

/// Lower-case name of a modality, as in the JSON record.
pub fn modality_name(m: Modality) -> &'static str {
    match m {
        Modality::Asserted => "asserted",
        Modality::Planned => "planned",
        Modality::Hypothetical => "hypothetical",
    }
}

impl From<&Event> for FlatEvent {
    fn from(e: &Event) -> Self {
        let s = e.source.as_ref();
        let t = e.target.as_ref();
        let loc = e.location.as_ref();
        FlatEvent {
            event_id: e.event_id.clone(),
            doc_id: e.doc_id.clone(),
            date: e.date,
            date_precision: precision_name(e.date_precision).into(),
            source_code: s.map(|a| a.code.clone()),
            source_name: s.and_then(|a| a.name.clone()),
            source_text: s.map(|a| a.text.clone()),
            source_country: s.and_then(|a| a.country.clone()),
            source_sector: s.and_then(|a| a.sector.clone()),
            target_code: t.map(|a| a.code.clone()),
            target_name: t.and_then(|a| a.name.clone()),
            target_text: t.map(|a| a.text.clone()),
            target_country: t.and_then(|a| a.country.clone()),
            target_sector: t.and_then(|a| a.sector.clone()),
            cameo: e.cameo.clone(),
            root: e.root.clone(),
            plover: e.plover.clone(),
            quad_class: e.quad_class,
            goldstein: e.goldstein,
            location: loc.map(|l| l.name.clone()),
            location_country: loc.and_then(|l| l.country.clone()),
            lat: loc.map(|l| l.lat),
            lon: loc.map(|l| l.lon),
            issues: e.issues.join(","),
            negated: e.negated,
            modality: modality_name(e.modality).into(),
            lang: e.lang.to_string(),
            confidence: e.confidence,
            trigger: e.evidence.trigger.clone(),
            trigger_start: e.evidence.trigger_start as u64,
            trigger_end: e.evidence.trigger_end as u64,
            sentence_start: e.evidence.start as u64,
            sentence_end: e.evidence.end as u64,
            sentence: e.evidence.sentence.clone(),
        }
    }
}

impl FlatEvent {
    /// The row as text cells in [`FlatEvent::COLUMNS`] order (empty for none);
    /// tabs and line breaks inside text become spaces so the row fits one TSV line.
    pub fn cells(&self) -> Vec<String> {
        fn cell(s: &str) -> String {
            s.replace(['\t', '\n', '\r'], " ")
        }
        let o = |s: &Option<String>| s.as_deref().map(cell).unwrap_or_default();
        let n = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
        vec![
            cell(&self.event_id),
            cell(&self.doc_id),
            self.date.map(|d| d.to_string()).unwrap_or_default(),
            self.date_precision.clone(),
            o(&self.source_code),
            o(&self.source_name),
            o(&self.source_text),
            o(&self.source_country),
            o(&self.source_sector),
            o(&self.target_code),
            o(&self.target_name),
            o(&self.target_text),
            o(&self.target_country),
            o(&self.target_sector),
            self.cameo.clone(),
            self.root.clone(),
            o(&self.plover),
            self.quad_class.to_string(),
            self.goldstein.to_string(),
            o(&self.location),
            o(&self.location_country),
            n(self.lat),
            n(self.lon),
            cell(&self.issues),
            self.negated.to_string(),
            self.modality.clone(),
            self.lang.clone(),
            self.confidence.to_string(),
            cell(&self.trigger),
            self.trigger_start.to_string(),
            self.trigger_end.to_string(),
            self.sentence_start.to_string(),
            self.sentence_end.to_string(),
            cell(&self.sentence),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialized_field_order_is_the_column_order() {
        let row = FlatEvent {
            event_id: "e".into(),
            doc_id: "d".into(),
            date: None,
            date_precision: "day".into(),
            source_code: None,
            source_name: None,
            source_text: None,
            source_country: None,
            source_sector: None,
            target_code: None,
            target_name: None,
            target_text: None,
            target_country: None,
            target_sector: None,
            cameo: "040".into(),
            root: "04".into(),
            plover: None,
            quad_class: 1,
            goldstein: 1.0,
            location: None,
            location_country: None,
            lat: None,
            lon: None,
            issues: String::new(),
            negated: false,
            modality: "asserted".into(),
            lang: "id".into(),
            confidence: 0.5,
            trigger: "t\tx".into(),
            trigger_start: 0,
            trigger_end: 1,
            sentence_start: 0,
            sentence_end: 2,
            sentence: "s".into(),
        };
        let v = serde_json::to_value(&row).unwrap_or_default();
        let keys: Vec<&str> = v
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let mut sorted = FlatEvent::COLUMNS.to_vec();
        sorted.sort_unstable();
        // serde_json's map is sorted by key unless preserve_order is on.
        assert_eq!(keys, sorted);
        assert_eq!(row.cells().len(), FlatEvent::COLUMNS.len());
        assert_eq!(row.cells()[28], "t x");
    }
}
