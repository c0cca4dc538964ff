//! `/api/events` (filtered pages, JSON or CSV) and `/api/events/{id}`.

use super::model::{ApiEvent, ApiMention, EventDetail, EventPage};
use crate::error::{ApiError, ApiQuery, ErrorBody};
use crate::params::{self, EventPaging, Filters};
use crate::state::AppState;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use kabar_core::FlatEvent;
use kabar_store::{EventStore, Page, StoreError};
use std::sync::Arc;

/// Mentions listed with one event at most.
const MAX_MENTIONS: usize = 500;

/// Columns of the CSV page: the merged event's, then the first record's.
const CSV_EVENT_COLUMNS: [&str; 6] = [
    "global_event_id",
    "event_date",
    "num_mentions",
    "num_sources",
    "num_articles",
    "source_url",
];

/// Events matching the filters, one page in (date, id) order.
#[utoipa::path(
    get,
    path = "/api/events",
    tag = "events",
    params(Filters, EventPaging),
    responses(
        (status = 200, description = "One page of merged events: JSON `{events, next_cursor}`, \
            or with format=csv a CSV table (header line; the event's GDELT columns, then the first \
            record's flat columns as `kabar extract --output-format tsv` names them) with the next \
            cursor in the X-Next-Cursor header",
            content((EventPage = "application/json"), (String = "text/csv"))),
        (status = 400, description = "A bad filter, limit, cursor or format", body = ErrorBody),
    )
)]
pub async fn list_events(
    State(state): State<Arc<AppState>>,
    ApiQuery(filters): ApiQuery<Filters>,
    ApiQuery(paging): ApiQuery<EventPaging>,
) -> Result<Response, ApiError> {
    let mut q = filters.to_query()?;
    q.limit = params::limit("limit", &paging.limit, 50, 500)?;
    q.cursor = params::cursor(&paging.cursor)?;
    let csv = match paging.format.as_deref().map(str::trim) {
        None | Some("") | Some("json") => false,
        Some("csv") => true,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "format: {other:?} is not a format of this endpoint (json or csv)"
            )))
        }
    };
    let searching = q.text.is_some();
    let page = state
        .read(move |s| s.query(&q).map_err(|e| query_error(e, searching)))
        .await?;
    if csv {
        return csv_page(page);
    }
    Ok(Json(EventPage {
        next_cursor: page.next_cursor,
        events: page.events.into_iter().map(ApiEvent::from).collect(),
    })
    .into_response())
}

/// A failed query: a text search SQLite rejects (its generic SQLITE_ERROR:
/// FTS5 syntax, an unknown column filter) is the client's, anything else the server's.
fn query_error(e: StoreError, searching: bool) -> ApiError {
    match &e {
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, msg))
            if searching && f.code == rusqlite::ErrorCode::Unknown =>
        {
            ApiError::bad_request(format!(
                "text: not a search kabar understands ({})",
                msg.as_deref().unwrap_or("FTS5 syntax error")
            ))
        }
        _ => ApiError::from(e),
    }
}

fn csv_page(page: Page) -> Result<Response, ApiError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = CSV_EVENT_COLUMNS.iter().chain(FlatEvent::COLUMNS.iter());
    w.write_record(header).map_err(ApiError::internal)?;
    for e in &page.events {
        let mut row = vec![
            e.id.to_string(),
            e.date.to_string(),
            e.num_mentions.to_string(),
            e.num_sources.to_string(),
            e.num_articles.to_string(),
            e.source_url.clone().unwrap_or_default(),
        ];
        row.extend(FlatEvent::from(&e.first).cells());
        w.write_record(&row).map_err(ApiError::internal)?;
    }
    let body = w.into_inner().map_err(ApiError::internal)?;
    let mut response = ([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], body).into_response();
    if let Some(c) = page.next_cursor {
        if let Ok(v) = c.parse() {
            response.headers_mut().insert("x-next-cursor", v);
        }
    }
    Ok(response)
}

/// One merged event with its mentions and their highlighted evidence.
#[utoipa::path(
    get,
    path = "/api/events/{id}",
    tag = "events",
    params(("id" = i64, Path, description = "GLOBALEVENTID")),
    responses(
        (status = 200, description = "The event and its mentions (the first 500)", body = EventDetail),
        (status = 400, description = "The id is not a number", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
    )
)]
pub async fn get_event(
    State(state): State<Arc<AppState>>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<EventDetail>, ApiError> {
    let Path(raw) = id.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let id: i64 = raw
        .parse()
        .map_err(|_| ApiError::bad_request(format!("id: {raw:?} is not an event id (a number)")))?;
    let found = state.read(move |s| Ok(s.event(id, MAX_MENTIONS)?)).await?;
    let Some(d) = found else {
        return Err(ApiError::not_found(format!("id: there is no event {id}")));
    };
    Ok(Json(EventDetail {
        event: ApiEvent::from(d.event),
        mentions: d.mentions.into_iter().map(ApiMention::from).collect(),
    }))
}
