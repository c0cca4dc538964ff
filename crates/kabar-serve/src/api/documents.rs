//! `/api/documents/{id}` and `/api/actors`.

use super::model::{ActorList, ActorRow, ApiDocument, DocumentEvent};
use crate::error::{ApiError, ApiQuery, ErrorBody};
use crate::params::{self, ActorParams};
use crate::state::AppState;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::Json;
use kabar_store::EventStore;
use std::sync::Arc;

/// A stored document: its cleaned text and where its events' sentences are.
#[utoipa::path(
    get,
    path = "/api/documents/{id}",
    tag = "documents",
    params(("id" = String, Path, description = "The document's id (URL-encoded), or its URL")),
    responses(
        (status = 200, description = "The document", body = ApiDocument),
        (status = 404, description = "No such document", body = ErrorBody),
    )
)]
pub async fn get_document(
    State(state): State<Arc<AppState>>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<ApiDocument>, ApiError> {
    let Path(id) = id.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let key = id.clone();
    let found = state.read(move |s| Ok(s.document(&key)?)).await?;
    let Some(d) = found else {
        return Err(ApiError::not_found(format!(
            "id: there is no document {id:?}"
        )));
    };
    Ok(Json(ApiDocument {
        id: d.info.id,
        url: d.info.url,
        title: d.info.title,
        date: d.info.date,
        lang: d.info.lang,
        site: d.info.site,
        text: d.text,
        duplicate_of: d.duplicate_of,
        events: d
            .mentions
            .into_iter()
            .map(|m| DocumentEvent {
                event_id: m.event_id,
                cameo: m.cameo,
                sentence_start: m.sentence_start,
                sentence_end: m.sentence_end,
                copied: m.copied,
            })
            .collect(),
    }))
}

/// Actors whose code starts with `q`, most events first.
#[utoipa::path(
    get,
    path = "/api/actors",
    tag = "actors",
    params(ActorParams),
    responses(
        (status = 200, description = "Matching actors. `events` counts merged events with both \
            actors coded where the actor is source or target, over all dates", body = ActorList),
        (status = 400, description = "A bad prefix or limit", body = ErrorBody),
    )
)]
pub async fn actors(
    State(state): State<Arc<AppState>>,
    ApiQuery(p): ApiQuery<ActorParams>,
) -> Result<Json<ActorList>, ApiError> {
    let prefix = params::actor_prefix(&p.q)?;
    let limit = params::limit("limit", &p.limit, 20, 200)?;
    let rows = state.read(move |s| Ok(s.actors(&prefix, limit)?)).await?;
    Ok(Json(ActorList {
        actors: rows
            .into_iter()
            .map(|a| ActorRow {
                code: a.actor.code,
                country: a.actor.country,
                sector: a.actor.sector,
                events: a.events,
            })
            .collect(),
    }))
}
