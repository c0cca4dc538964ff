//! kabar-store: where coded events accumulate.
//!
//! The store keeps every ingested document (with its cleaned text, so the
//! evidence of an event can be shown later), every event record found in it
//! (a **mention**, with its evidence offsets), and the **merged events** GDELT
//! users know: mentions with the same date, source actor code, target actor
//! code, CAMEO code and location become one event with `NumMentions`,
//! `NumSources` (distinct sites) and `NumArticles` (distinct documents).
//!
//! Aggregates a dashboard asks for — events per day × QuadClass × root, dyad
//! edges, per-location counts — live in rollup tables updated in the same
//! transaction as the events, so they are never computed by a full-table
//! `GROUP BY` at query time. Dyad and location rollups are kept per day, per
//! month, per year and for all dates; a date range is answered from at most
//! five contiguous slices (days of the first partial month, months of the
//! first partial year, whole years, months and days at the end). The dyad
//! rollup keeps one row per source actor and period with its targets packed
//! (see `packed`), so a slice reads a few hundred rows at most.
//!
//! Callers use the [`EventStore`] trait; [`SqliteStore`] (SQLite, WAL, FTS5)
//! implements it, and [`export`] writes GDELT 2.0 tables, Parquet, JSON Lines
//! and CSV from any implementation.

#![warn(missing_docs)]

mod edges;
pub mod export;
mod gdelt;
mod packed;
mod sqlite;
mod tiers;

pub use sqlite::SqliteStore;

use chrono::NaiveDate;
use kabar_core::{CodedDocument, Event, Location};
use serde::Serialize;

/// Everything that can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database said no.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Reading or writing a file failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// Writing Parquet failed.
    #[error("parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    /// Building Arrow arrays failed.
    #[error("arrow: {0}")]
    Arrow(#[from] arrow_schema::ArrowError),
    /// Writing CSV failed.
    #[error("csv: {0}")]
    Csv(#[from] csv::Error),
    /// Writing JSON failed.
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    /// A value in the store or a request that kabar cannot use.
    #[error("{0}")]
    Invalid(String),
}

/// Result of store operations.
pub type Result<T> = std::result::Result<T, StoreError>;

/// How a store merges mentions into events.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StoreOptions {
    /// Mentions whose dates differ by at most this many days (and agree on
    /// source, target, CAMEO code and location) are merged into one event.
    /// The default, 0, merges only mentions of the same day, as GDELT does;
    /// with a window, a mention joins the closest existing event and the
    /// event keeps the date of the mention that created it.
    pub merge_window_days: u32,
}

/// What one [`EventStore::write`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct WriteSummary {
    /// Documents stored for the first time.
    pub added: u64,
    /// Documents already stored with other content (same URL or id), replaced.
    pub replaced: u64,
    /// Documents already stored with the same content (same URL/id and hash,
    /// or the same hash under another URL): nothing written.
    pub unchanged: u64,
    /// Event records (mentions) written, including those credited to near-duplicates.
    pub mentions: u64,
    /// Merged events created.
    pub new_events: u64,
}

/// Sizes of the store's tables.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Documents.
    pub documents: u64,
    /// Merged events.
    pub events: u64,
    /// Mentions (event records, including those credited to near-duplicates).
    pub mentions: u64,
    /// Distinct actor codes.
    pub actors: u64,
    /// Distinct sites (URL hosts).
    pub sources: u64,
    /// Distinct locations.
    pub locations: u64,
}

/// An inclusive range of event dates; `None` leaves that end open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DateRange {
    /// First day included.
    pub since: Option<NaiveDate>,
    /// Last day included.
    pub until: Option<NaiveDate>,
}

/// Filters for [`EventStore::query`]; every filter given must hold.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    /// Source actor code prefix (`IRN` matches `IRN`, `IRNGOV`, `IRNMIL`).
    pub actor: Option<String>,
    /// Target actor code prefix.
    pub target: Option<String>,
    /// CAMEO root, two digits (`04`).
    pub root: Option<String>,
    /// CAMEO code prefix (`04` matches `040`, `042`, `0431`).
    pub cameo: Option<String>,
    /// Event dates.
    pub dates: DateRange,
    /// Language of at least one mention (`id`, `en`).
    pub lang: Option<String>,
    /// Country (alpha-3) where the event took place.
    pub country: Option<String>,
    /// Full-text search over evidence sentences (SQLite FTS5 syntax: words,
    /// `"a phrase"`, `OR`, `NOT`, `prefix*`); at least one mention must match.
    pub text: Option<String>,
    /// Page size (at least 1).
    pub limit: usize,
    /// Where the previous page ended ([`Page::next_cursor`]).
    pub cursor: Option<String>,
}

/// An actor code with what is known of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorInfo {
    /// CAMEO actor code.
    pub code: String,
    /// Country code (alpha-3), if any.
    pub country: Option<String>,
    /// Sector/agent code, if any.
    pub sector: Option<String>,
}

/// A merged event: one row of GDELT's events table, with its first mention.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredEvent {
    /// GLOBALEVENTID.
    pub id: i64,
    /// Event date (the first mention's date; the document's date, or the day
    /// it was added, when the text gives none).
    pub date: NaiveDate,
    /// When the event was first stored (Unix seconds, UTC).
    pub added: i64,
    /// Source actor.
    pub source: Option<ActorInfo>,
    /// Target actor.
    pub target: Option<ActorInfo>,
    /// Full CAMEO code.
    pub cameo: String,
    /// CAMEO root.
    pub root: String,
    /// QuadClass 1–4.
    pub quad_class: u8,
    /// Goldstein score.
    pub goldstein: f32,
    /// Where it took place.
    pub location: Option<Location>,
    /// Mentions in all documents (near-duplicates included).
    pub num_mentions: i64,
    /// Distinct sites (URL hosts) mentioning it.
    pub num_sources: i64,
    /// Distinct documents mentioning it.
    pub num_articles: i64,
    /// URL of the first document that mentioned it.
    pub source_url: Option<String>,
    /// The first mention's record: actors' names and words, evidence sentence.
    pub first: Event,
}

/// One page of query results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page {
    /// Events in (date, id) order.
    pub events: Vec<StoredEvent>,
    /// Pass as [`Query::cursor`] for the next page; `None` on the last page.
    pub next_cursor: Option<String>,
}

/// One mention: an event record found in one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredMention {
    /// The merged event it belongs to (GLOBALEVENTID).
    pub event_id: i64,
    /// The merged event's date.
    pub event_date: NaiveDate,
    /// When the event was first stored (Unix seconds, UTC).
    pub event_added: i64,
    /// When the document was stored (Unix seconds, UTC).
    pub mention_added: i64,
    /// The document's site (URL host); empty when it has no URL.
    pub site: String,
    /// The document's URL, or its id when it has none.
    pub identifier: String,
    /// Length of the document's cleaned text in characters.
    pub doc_len: i64,
    /// True when the record is credited to a near-duplicate from its first
    /// copy (offsets index the first copy's text) rather than coded in it.
    pub copied: bool,
    /// The event record (its `doc_id` names this mention's document).
    pub record: Event,
}

/// Events of one day × QuadClass × root.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineRow {
    /// Day.
    pub date: NaiveDate,
    /// QuadClass 1–4.
    pub quad_class: u8,
    /// CAMEO root.
    pub root: String,
    /// Merged events.
    pub events: i64,
    /// Mentions.
    pub mentions: i64,
    /// Sum of the events' Goldstein scores.
    pub goldstein_sum: f64,
}

/// One edge of the dyad network: source actor → target actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadRow {
    /// Source actor code.
    pub source: String,
    /// Target actor code.
    pub target: String,
    /// Merged events.
    pub events: i64,
    /// Mentions.
    pub mentions: i64,
    /// Mean Goldstein score of the events.
    pub goldstein_mean: f64,
}

/// Events at one place.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocationRow {
    /// The place.
    pub location: Location,
    /// Merged events.
    pub events: i64,
    /// Mentions.
    pub mentions: i64,
}

/// A stored document's identity and metadata (without its text).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentInfo {
    /// The caller's document id (what event records carry as `doc_id`).
    pub id: String,
    /// Where it came from, when known.
    pub url: Option<String>,
    /// Headline, when known.
    pub title: Option<String>,
    /// Publication date, when known.
    pub date: Option<NaiveDate>,
    /// Language it was coded in (`id`, `en`), when known.
    pub lang: Option<String>,
    /// Site (URL host without `www.`); empty without URL.
    pub site: String,
}

/// A mention together with the document it was found in (or credited to).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventMention {
    /// The mention.
    pub mention: StoredMention,
    /// Its document.
    pub document: DocumentInfo,
}

/// A merged event with its mentions, for an evidence view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventDetail {
    /// The event.
    pub event: StoredEvent,
    /// Its mentions in id order (at most the number asked for).
    pub mentions: Vec<EventMention>,
}

/// Where one mention's evidence sentence sits in its document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentMention {
    /// The merged event (GLOBALEVENTID).
    pub event_id: i64,
    /// The record's CAMEO code.
    pub cameo: String,
    /// Character offset of the evidence sentence.
    pub sentence_start: usize,
    /// Character offset just past the evidence sentence.
    pub sentence_end: usize,
    /// True when credited from the first copy of a near-duplicate: the
    /// offsets then index the first copy's text, not this document's.
    pub copied: bool,
}

/// A stored document with its cleaned text and the mentions found in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredDocument {
    /// Identity and metadata.
    pub info: DocumentInfo,
    /// The cleaned text that mention offsets index.
    pub text: String,
    /// Id of the first copy when this document is a near-duplicate.
    pub duplicate_of: Option<String>,
    /// Its mentions in text order.
    pub mentions: Vec<DocumentMention>,
}

/// An actor code and how many merged events it takes part in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorCount {
    /// The actor.
    pub actor: ActorInfo,
    /// Merged events with both actors coded where it is the source or the
    /// target (from the all-dates dyad rollup).
    pub events: i64,
}

/// Filters for the aggregate views ([`EventStore::timeline_filtered`],
/// [`EventStore::dyads_filtered`], [`EventStore::locations_filtered`]).
/// Each view applies the filters its rollup can answer (see each method).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatsFilter {
    /// Event dates.
    pub dates: DateRange,
    /// CAMEO root, two digits: the timeline.
    pub root: Option<String>,
    /// Source actor code prefix: the dyad network.
    pub actor: Option<String>,
    /// Target actor code prefix: the dyad network.
    pub target: Option<String>,
    /// Country (alpha-3) of the place: the location list.
    pub country: Option<String>,
}

/// An event store: documents, mentions, merged events and rollups.
///
/// [`SqliteStore`] is the default; a columnar backend can implement the same
/// trait without changes to callers (the CLI, [`export`]).
pub trait EventStore {
    /// Store one batch of coded documents atomically (all or nothing).
    /// Re-ingesting a stored article is a no-op; an article with a stored URL
    /// (or, without URL, id) and new content replaces the old one's mentions.
    fn write(&mut self, batch: &[CodedDocument]) -> Result<WriteSummary>;
    /// Table sizes.
    fn counts(&self) -> Result<Counts>;
    /// Merged events matching `q`, one page in (date, id) order.
    fn query(&self, q: &Query) -> Result<Page>;
    /// Events per day × QuadClass × root over `range`, from the rollups.
    fn timeline(&self, range: DateRange) -> Result<Vec<TimelineRow>>;
    /// The `limit` heaviest dyad edges over `range`, from the rollups.
    fn dyads(&self, range: DateRange, limit: usize) -> Result<Vec<DyadRow>>;
    /// The `limit` places with most events over `range`, from the rollups.
    fn locations(&self, range: DateRange, limit: usize) -> Result<Vec<LocationRow>>;
    /// Visit every merged event in id order.
    fn for_each_event(&self, f: &mut dyn FnMut(StoredEvent) -> Result<()>) -> Result<()>;
    /// Visit every mention in id order.
    fn for_each_mention(&self, f: &mut dyn FnMut(StoredMention) -> Result<()>) -> Result<()>;
    /// The merged event `id` with up to `max_mentions` of its mentions;
    /// `None` when there is no such event.
    fn event(&self, id: i64, max_mentions: usize) -> Result<Option<EventDetail>>;
    /// The document with the caller's id `id` (or, failing that, the URL
    /// `id`); `None` when there is none.
    fn document(&self, id: &str) -> Result<Option<StoredDocument>>;
    /// Up to `limit` actors whose code starts with `prefix` (case-insensitive),
    /// most events first.
    fn actors(&self, prefix: &str, limit: usize) -> Result<Vec<ActorCount>>;
    /// [`EventStore::timeline`] limited to `f.root` when given (the daily
    /// rollup has no actors or places: other filters are not applied).
    fn timeline_filtered(&self, f: &StatsFilter) -> Result<Vec<TimelineRow>>;
    /// [`EventStore::dyads`] limited to edges whose source starts with
    /// `f.actor` and target with `f.target` (root and country are not applied).
    fn dyads_filtered(&self, f: &StatsFilter, limit: usize) -> Result<Vec<DyadRow>>;
    /// [`EventStore::locations`] limited to places in `f.country` (other
    /// filters are not applied).
    fn locations_filtered(&self, f: &StatsFilter, limit: usize) -> Result<Vec<LocationRow>>;
}

/// Days since 1970-01-01.
pub(crate) fn day_number(d: NaiveDate) -> i64 {
    d.signed_duration_since(NaiveDate::default()).num_days()
}

/// The date of a day number.
pub(crate) fn day_date(n: i64) -> Result<NaiveDate> {
    NaiveDate::default()
        .checked_add_signed(chrono::TimeDelta::days(n))
        .ok_or_else(|| StoreError::Invalid(format!("day {n} is out of range")))
}
