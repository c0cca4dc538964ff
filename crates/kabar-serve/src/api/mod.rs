//! The API's routes and the OpenAPI document generated from their handlers.

pub mod coding;
pub mod documents;
pub mod events;
pub mod meta;
pub mod model;
pub mod stats;

use crate::security;
use crate::state::AppState;
use axum::extract::DefaultBodyLimit;
use axum::middleware;
use axum::Router;
use std::sync::Arc;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "kabar API",
        description = "Political event data coded from news by kabar: merged events with their \
            mentions and evidence, actors, documents, and timeline / network / map aggregates \
            from the store's rollups. Errors are JSON `{\"error\": \"...\"}` naming the bad \
            parameter. Read endpoints are public; POST /api/ingest needs the start-up token."
    ),
    modifiers(&BearerScheme),
    tags(
        (name = "events", description = "Merged events and their evidence"),
        (name = "documents", description = "Stored articles"),
        (name = "actors", description = "Actor codes"),
        (name = "stats", description = "Aggregates from the rollup tables"),
        (name = "coding", description = "Coding posted text"),
        (name = "meta", description = "Status and this document"),
    )
)]
struct ApiDoc;

/// Declares the bearer token the write endpoints need.
struct BearerScheme;

impl Modify for BearerScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(c) = openapi.components.as_mut() {
            c.add_security_scheme(
                "bearer",
                SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
            );
        }
    }
}

/// The API routes (state still to be given) and their OpenAPI document.
pub fn routes(state: &Arc<AppState>) -> (Router<Arc<AppState>>, utoipa::openapi::OpenApi) {
    let write = OpenApiRouter::new()
        .routes(routes!(coding::ingest))
        .layer(DefaultBodyLimit::max(coding::INGEST_LIMIT))
        .route_layer(middleware::from_fn_with_state(
            Arc::clone(state),
            security::require_token,
        ));
    let extract = OpenApiRouter::new()
        .routes(routes!(coding::extract))
        .layer(DefaultBodyLimit::max(coding::EXTRACT_LIMIT));
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(meta::health))
        .routes(routes!(events::list_events))
        .routes(routes!(events::get_event))
        .routes(routes!(documents::get_document))
        .routes(routes!(documents::actors))
        .routes(routes!(stats::timeline))
        .routes(routes!(stats::network))
        .routes(routes!(stats::map))
        .routes(routes!(meta::openapi))
        .merge(extract)
        .merge(write)
        .split_for_parts()
}
