//! The JSON the API answers with (also the OpenAPI schemas).

use crate::highlight::{self, Piece};
use chrono::NaiveDate;
use kabar_core::{CodeTables, Event};
use kabar_store::{ActorInfo, EventMention, StoredEvent};
use serde::Serialize;
use utoipa::ToSchema;

/// An actor of a merged event.
#[derive(Debug, Serialize, ToSchema)]
pub struct Actor {
    /// CAMEO actor code (`IRNGOV`).
    pub code: String,
    /// Country (alpha-3), if any.
    pub country: Option<String>,
    /// Sector/agent code (`GOV`), if any.
    pub sector: Option<String>,
}

impl From<ActorInfo> for Actor {
    fn from(a: ActorInfo) -> Self {
        Actor {
            code: a.code,
            country: a.country,
            sector: a.sector,
        }
    }
}

/// Where an event took place.
#[derive(Debug, Serialize, ToSchema)]
pub struct Place {
    /// Place name.
    pub name: String,
    /// Country (alpha-3), if known.
    pub country: Option<String>,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

impl From<kabar_core::Location> for Place {
    fn from(l: kabar_core::Location) -> Self {
        Place {
            name: l.name,
            country: l.country,
            lat: l.lat,
            lon: l.lon,
        }
    }
}

/// A merged event (one row of GDELT's events table) with its first mention's record.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiEvent {
    /// GLOBALEVENTID.
    pub id: i64,
    /// Event date.
    pub date: NaiveDate,
    /// When it was first stored (Unix seconds).
    pub added: i64,
    /// Source actor.
    pub source: Option<Actor>,
    /// Target actor.
    pub target: Option<Actor>,
    /// Full CAMEO code.
    pub cameo: String,
    /// CAMEO root.
    pub root: String,
    /// QuadClass 1–4.
    pub quad_class: u8,
    /// Goldstein score.
    pub goldstein: f32,
    /// Where it took place.
    pub location: Option<Place>,
    /// Mentions in all documents.
    pub num_mentions: i64,
    /// Distinct sites.
    pub num_sources: i64,
    /// Distinct documents.
    pub num_articles: i64,
    /// URL of the first document that mentioned it.
    pub source_url: Option<String>,
    /// The first mention's event record, as `kabar extract` prints it.
    #[schema(value_type = Object)]
    pub first: Event,
    /// CAMEO label of the code ("Consult").
    pub label: Option<String>,
    /// PLOVER category, when CAMEO maps to one.
    pub plover: Option<String>,
}

impl From<StoredEvent> for ApiEvent {
    fn from(e: StoredEvent) -> Self {
        let code = CodeTables::get().lookup(&e.cameo);
        let label = code.as_ref().map(|c| c.label.clone());
        let plover = e
            .first
            .plover
            .clone()
            .or_else(|| code.and_then(|c| c.plover));
        ApiEvent {
            id: e.id,
            date: e.date,
            added: e.added,
            source: e.source.map(Actor::from),
            target: e.target.map(Actor::from),
            cameo: e.cameo,
            root: e.root,
            quad_class: e.quad_class,
            goldstein: e.goldstein,
            location: e.location.map(Place::from),
            num_mentions: e.num_mentions,
            num_sources: e.num_sources,
            num_articles: e.num_articles,
            source_url: e.source_url,
            first: e.first,
            label,
            plover,
        }
    }
}

/// One page of events.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventPage {
    /// Events in (date, id) order.
    pub events: Vec<ApiEvent>,
    /// Pass as `cursor` for the next page; null on the last page.
    pub next_cursor: Option<String>,
}

/// One mention of an event: the record found in one document, with its
/// evidence sentence cut into highlight pieces.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiMention {
    /// The document's id (for `/api/documents/{id}`).
    pub doc_id: String,
    /// The document's URL.
    pub url: Option<String>,
    /// Site (URL host).
    pub site: String,
    /// Headline.
    pub title: Option<String>,
    /// Publication date.
    pub date: Option<NaiveDate>,
    /// Language of the document (`id`, `en`).
    pub lang: String,
    /// True when credited from the first copy of a near-duplicate.
    pub copied: bool,
    /// The event record.
    #[schema(value_type = Object)]
    pub record: Event,
    /// The evidence sentence in consecutive pieces; source, target and trigger carry their role.
    pub highlight: Vec<Piece>,
}

impl From<EventMention> for ApiMention {
    fn from(m: EventMention) -> Self {
        let record = m.mention.record;
        ApiMention {
            doc_id: m.document.id,
            url: m.document.url,
            site: m.document.site,
            title: m.document.title,
            date: m.document.date,
            lang: m.document.lang.unwrap_or_else(|| record.lang.to_string()),
            copied: m.mention.copied,
            highlight: highlight::pieces(&record),
            record,
        }
    }
}

/// A merged event with its mentions.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventDetail {
    /// The event.
    pub event: ApiEvent,
    /// Its mentions (the first 500), oldest first.
    pub mentions: Vec<ApiMention>,
}

/// Where one event's evidence sentence sits in a document.
#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentEvent {
    /// GLOBALEVENTID.
    pub event_id: i64,
    /// CAMEO code of the record.
    pub cameo: String,
    /// Character offset of the sentence in `text`.
    pub sentence_start: usize,
    /// Character offset just past the sentence.
    pub sentence_end: usize,
    /// True when credited from a near-duplicate's first copy (offsets index that copy's text).
    pub copied: bool,
}

/// A stored document with its cleaned text.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiDocument {
    /// The document's id.
    pub id: String,
    /// Its URL.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publication date.
    pub date: Option<NaiveDate>,
    /// Language (`id`, `en`).
    pub lang: Option<String>,
    /// Site (URL host).
    pub site: String,
    /// The cleaned text that offsets index (characters).
    pub text: String,
    /// Id of the first copy when this document is a near-duplicate of it.
    pub duplicate_of: Option<String>,
    /// Events found in it, in text order.
    pub events: Vec<DocumentEvent>,
}

/// An actor code with its event count.
#[derive(Debug, Serialize, ToSchema)]
pub struct ActorRow {
    /// CAMEO actor code.
    pub code: String,
    /// Country (alpha-3), if any.
    pub country: Option<String>,
    /// Sector code, if any.
    pub sector: Option<String>,
    /// Events with both actors coded where it is source or target.
    pub events: i64,
}

/// Actor search results.
#[derive(Debug, Serialize, ToSchema)]
pub struct ActorList {
    /// Matching actors, most events first.
    pub actors: Vec<ActorRow>,
}

/// Service status and store size.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// Always `ok` when the store answers.
    pub status: String,
    /// kabar's version.
    pub version: String,
    /// Documents stored.
    pub documents: u64,
    /// Merged events.
    pub events: u64,
    /// Mentions.
    pub mentions: u64,
}

/// Events of one bucket × QuadClass.
#[derive(Debug, Serialize, ToSchema)]
pub struct TimelineRow {
    /// The day, or the Monday of the week.
    pub date: NaiveDate,
    /// QuadClass 1–4.
    pub quad_class: u8,
    /// Merged events.
    pub events: i64,
    /// Mentions.
    pub mentions: i64,
    /// Mean Goldstein score of the events.
    pub goldstein_mean: f64,
}

/// The timeline.
#[derive(Debug, Serialize, ToSchema)]
pub struct Timeline {
    /// `day` or `week`.
    pub bucket: String,
    /// Rows in date, QuadClass order.
    pub rows: Vec<TimelineRow>,
    /// Filters given that this view does not apply.
    pub ignored: Vec<String>,
}

/// A node of the network.
#[derive(Debug, Serialize, ToSchema)]
pub struct Node {
    /// Actor code.
    pub id: String,
    /// Events on the edges shown that it takes part in.
    pub events: i64,
}

/// A directed edge: source actor → target actor.
#[derive(Debug, Serialize, ToSchema)]
pub struct Edge {
    /// Source actor code.
    pub source: String,
    /// Target actor code.
    pub target: String,
    /// Merged events.
    pub events: i64,
    /// Mentions.
    pub mentions: i64,
    /// Mean Goldstein score.
    pub goldstein_mean: f64,
}

/// The dyad network.
#[derive(Debug, Serialize, ToSchema)]
pub struct Network {
    /// Actors on the edges, most events first.
    pub nodes: Vec<Node>,
    /// Heaviest edges first.
    pub edges: Vec<Edge>,
    /// Filters given that this view does not apply.
    pub ignored: Vec<String>,
}

/// Events at one place.
#[derive(Debug, Serialize, ToSchema)]
pub struct MapPoint {
    /// Place name.
    pub name: String,
    /// Country (alpha-3), if known.
    pub country: Option<String>,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Merged events.
    pub events: i64,
    /// Mentions.
    pub mentions: i64,
}

/// The map.
#[derive(Debug, Serialize, ToSchema)]
pub struct Map {
    /// Places, most events first.
    pub points: Vec<MapPoint>,
    /// Filters given that this view does not apply.
    pub ignored: Vec<String>,
}
