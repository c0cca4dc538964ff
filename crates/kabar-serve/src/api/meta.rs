//! `/api/health` and `/api/openapi.json`.

use super::model::Health;
use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use std::sync::Arc;

/// The OpenAPI document, serialised once at start-up.
#[derive(Clone)]
pub struct OpenApiJson(pub Arc<String>);

/// Service status and store size.
#[utoipa::path(
    get,
    path = "/api/health",
    tag = "meta",
    responses((status = 200, description = "Status, version and table sizes (at most 10 s old)", body = Health))
)]
pub async fn health(State(state): State<Arc<AppState>>) -> Result<Json<Health>, ApiError> {
    let c = state.counts().await?;
    Ok(Json(Health {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        documents: c.documents,
        events: c.events,
        mentions: c.mentions,
    }))
}

/// This API's OpenAPI 3 document, generated from the handlers.
#[utoipa::path(
    get,
    path = "/api/openapi.json",
    tag = "meta",
    responses((status = 200, description = "The OpenAPI document", body = Object))
)]
pub async fn openapi(Extension(doc): Extension<OpenApiJson>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        doc.0.as_str().to_owned(),
    )
        .into_response()
}
