//! `POST /api/extract` (code posted text, nothing stored) and
//! `POST /api/ingest` (code and store documents; needs the token).

use crate::error::{ApiError, ApiJson, ErrorBody};
use crate::params;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use kabar_core::{CodedDocument, Document, Event, Lang};
use kabar_store::EventStore;
use serde::{Deserialize, Serialize};
use std::sync::{Arc, PoisonError};
use utoipa::ToSchema;

/// Largest body `/api/extract` takes.
pub const EXTRACT_LIMIT: usize = 1024 * 1024;
/// Largest body `/api/ingest` takes.
pub const INGEST_LIMIT: usize = 16 * 1024 * 1024;
/// Most documents in one ingest request.
const MAX_DOCUMENTS: usize = 1000;

/// A text to code.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ExtractRequest {
    /// The article text (title on the first line for plain text).
    pub text: String,
    /// `id` or `en`; detected when absent.
    pub lang: Option<String>,
    /// Publication date (YYYY-MM-DD): the anchor for "kemarin", "last week".
    pub date: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Where it came from.
    pub url: Option<String>,
}

/// Events coded from a text.
#[derive(Debug, Serialize, ToSchema)]
pub struct ExtractResponse {
    /// Event records, as `kabar extract` prints them.
    #[schema(value_type = Vec<Object>)]
    pub events: Vec<Event>,
}

fn document(
    id: String,
    text: String,
    lang: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
) -> Result<Document, ApiError> {
    if text.trim().is_empty() {
        return Err(ApiError::bad_request("text: there is nothing to code"));
    }
    let lang = match lang.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => None,
        Some(l) => Some(l.to_ascii_lowercase().parse::<Lang>().map_err(|_| {
            ApiError::bad_request(format!(
                "lang: {l:?} is not a language kabar codes (id or en)"
            ))
        })?),
    };
    Ok(Document {
        id,
        url,
        title,
        date: params::date("date", &date)?,
        lang,
        text,
    })
}

/// Code a posted text on the fly (nothing is stored). Bodies over 1 MiB get 413.
#[utoipa::path(
    post,
    path = "/api/extract",
    tag = "coding",
    request_body = ExtractRequest,
    responses(
        (status = 200, description = "The events found", body = ExtractResponse),
        (status = 400, description = "A malformed body, language or date", body = ErrorBody),
        (status = 413, description = "The body is over 1 MiB", body = ErrorBody),
    )
)]
pub async fn extract(
    State(state): State<Arc<AppState>>,
    ApiJson(req): ApiJson<ExtractRequest>,
) -> Result<Json<ExtractResponse>, ApiError> {
    let id = req.url.clone().unwrap_or_else(|| "request".to_string());
    let doc = document(id, req.text, req.lang, req.date, req.title, req.url)?;
    let events = state
        .code(move |coder, _| Ok(coder.extract(&doc).events))
        .await?;
    Ok(Json(ExtractResponse { events }))
}

/// One document to store.
#[derive(Debug, Deserialize, ToSchema)]
pub struct IngestDocument {
    /// The caller's id (events carry it as `doc_id`).
    pub id: String,
    /// The article text.
    pub text: String,
    /// `id` or `en`; detected when absent.
    pub lang: Option<String>,
    /// Publication date (YYYY-MM-DD).
    pub date: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Where it came from: a stored URL with new text replaces the old article.
    pub url: Option<String>,
}

/// Documents to code and store.
#[derive(Debug, Deserialize, ToSchema)]
pub struct IngestRequest {
    /// At most 1000 documents, written in one transaction.
    pub documents: Vec<IngestDocument>,
}

/// What an ingest did.
#[derive(Debug, Serialize, ToSchema)]
pub struct IngestSummary {
    /// Documents stored for the first time.
    pub added: u64,
    /// Documents replaced (same URL or id, new text).
    pub replaced: u64,
    /// Documents already stored unchanged.
    pub unchanged: u64,
    /// Event records written.
    pub mentions: u64,
    /// Merged events created.
    pub new_events: u64,
}

/// Code documents and write them into the store (one transaction).
/// Needs `Authorization: Bearer TOKEN` with the token given to `kabar serve --token`;
/// without a token at start-up this endpoint is disabled (403).
#[utoipa::path(
    post,
    path = "/api/ingest",
    tag = "coding",
    request_body = IngestRequest,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "What was written", body = IngestSummary),
        (status = 400, description = "A malformed body, language or date", body = ErrorBody),
        (status = 401, description = "No token, or the wrong one", body = ErrorBody),
        (status = 403, description = "Writes are disabled (no --token at start-up)", body = ErrorBody),
        (status = 413, description = "The body is over 16 MiB", body = ErrorBody),
    )
)]
pub async fn ingest(
    State(state): State<Arc<AppState>>,
    ApiJson(req): ApiJson<IngestRequest>,
) -> Result<Json<IngestSummary>, ApiError> {
    if req.documents.len() > MAX_DOCUMENTS {
        return Err(ApiError::bad_request(format!(
            "documents: at most {MAX_DOCUMENTS} per request"
        )));
    }
    let docs = req
        .documents
        .into_iter()
        .map(|d| {
            if d.id.trim().is_empty() {
                return Err(ApiError::bad_request(
                    "documents: every document needs an id",
                ));
            }
            document(d.id, d.text, d.lang, d.date, d.title, d.url)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let summary = state
        .code(move |coder, writer| {
            let batch: Vec<CodedDocument> = docs
                .into_iter()
                .map(|doc| coder.code_document(doc))
                .collect();
            let mut store = writer.lock().unwrap_or_else(PoisonError::into_inner);
            Ok(store.write(&batch)?)
        })
        .await?;
    state.invalidate_counts();
    Ok(Json(IngestSummary {
        added: summary.added,
        replaced: summary.replaced,
        unchanged: summary.unchanged,
        mentions: summary.mentions,
        new_events: summary.new_events,
    }))
}
