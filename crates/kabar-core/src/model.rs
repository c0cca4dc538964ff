//! The values that flow between kabar's stages, and the event record users read.
//!
//! Offsets in every public record are **character** offsets (Unicode scalar
//! values) into the cleaned document text, the convention of GDELT's
//! `*CharOffset` columns and of Python string indexing.

use crate::Lang;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One news article as it enters the coder.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Caller's identifier; every event carries it as `doc_id`.
    pub id: String,
    /// Where the article came from, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Headline, when known separately from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date: the anchor for relative dates ("kemarin", "Rabu lalu").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Language, when the caller knows it; detected otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// Raw article text (title on the first line for plain-text pages).
    pub text: String,
}

/// How exactly an event's date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// A day named in the text (absolute or relative).
    Day,
    /// Only a month is named.
    Month,
    /// Only a year is named.
    Year,
    /// No date in the text: the document's publication date is used.
    Document,
}

/// Whether the text says an event happened, is planned, or is only talked about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Reported as having happened or happening.
    Asserted,
    /// Announced for the future ("akan", "will", "plans to").
    Planned,
    /// Opinion, obligation or condition ("harus", "should", "if").
    Hypothetical,
}

/// An actor as it appears in an event record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    /// The words in the text that name the actor.
    pub text: String,
    /// Composed CAMEO actor code, e.g. `IRNGOV`, `ISRMIL`, `IGOUNO`.
    pub code: String,
    /// Country (ISO 3166-1 alpha-3, CAMEO where they differ), if any.
    pub country: Option<String>,
    /// Sector/agent code (`GOV`, `MIL`, `COP`…), if any.
    pub sector: Option<String>,
    /// Canonical name: the person's name, or the country/organisation name.
    pub name: Option<String>,
    /// Character offset of `text` in the cleaned document.
    pub start: usize,
    /// Character offset just past `text`.
    pub end: usize,
}

/// Where an event took place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// Place name (English form).
    pub name: String,
    /// Country of the place (ISO 3166-1 alpha-3), if known.
    pub country: Option<String>,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
}

/// The sentence that proves an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The sentence text, as in the cleaned document.
    pub sentence: String,
    /// Character offset of the sentence in the cleaned document.
    pub start: usize,
    /// Character offset just past the sentence.
    pub end: usize,
    /// The words that triggered the event code.
    pub trigger: String,
    /// Character offset of the trigger in the cleaned document.
    pub trigger_start: usize,
    /// Character offset just past the trigger.
    pub trigger_end: usize,
}

/// One coded political event: who did what to whom, when, where, about what.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable identifier derived from the document id, evidence and codes.
    pub event_id: String,
    /// The `id` of the document the event was found in.
    pub doc_id: String,
    /// Event date (not publication date) when it can be told.
    pub date: Option<NaiveDate>,
    /// How the date was established.
    pub date_precision: DatePrecision,
    /// Who acted.
    pub source: Option<ActorRef>,
    /// Who was acted upon.
    pub target: Option<ActorRef>,
    /// Full CAMEO event code, e.g. `040`, `0311`.
    pub cameo: String,
    /// CAMEO root (first two digits).
    pub root: String,
    /// PLOVER event category, when CAMEO maps to one.
    pub plover: Option<String>,
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// Goldstein conflict–cooperation score (−10 … +10).
    pub goldstein: f32,
    /// Where it happened.
    pub location: Option<Location>,
    /// Topics: country codes or issue codes the event is about.
    pub issues: Vec<String>,
    /// The text denies the event ("tidak", "not", "membantah").
    pub negated: bool,
    /// Asserted, planned or hypothetical.
    pub modality: Modality,
    /// Language of the sentence.
    pub lang: Lang,
    /// Coder confidence in [0, 1].
    pub confidence: f32,
    /// The sentence and trigger that justify the record.
    pub evidence: Evidence,
}

/// One document after coding, as the pipeline hands it to writers and the store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CodedDocument {
    /// The document with its **cleaned** text (what event offsets index) and
    /// the language it was coded in.
    pub doc: Document,
    /// Its events, in text order (empty for a duplicate: it is not coded).
    pub events: Vec<Event>,
    /// Id of the first copy when this document is a near-duplicate of it.
    pub duplicate_of: Option<String>,
}
