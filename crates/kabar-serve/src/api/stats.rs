//! `/api/stats/timeline`, `/api/stats/network`, `/api/stats/map`: answered
//! from the store's rollup tables, never by grouping events at query time.
//! Each view applies the filters its rollup can answer and lists the other
//! given filters in `ignored`.

use super::model::{Edge, Map, MapPoint, Network, Node, Timeline, TimelineRow};
use crate::error::{ApiError, ApiQuery, ErrorBody};
use crate::params::{self, Filters, MapParams, NetworkParams, TimelineParams};
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use chrono::{Datelike, NaiveDate};
use kabar_store::EventStore;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// Events per day or week × QuadClass, with mean Goldstein.
#[utoipa::path(
    get,
    path = "/api/stats/timeline",
    tag = "stats",
    params(Filters, TimelineParams),
    responses(
        (status = 200, description = "Rows per bucket × QuadClass from the daily rollup. Applies \
            since, until and root; actor, target, cameo, lang, country and text are checked but \
            not applied (the rollup has no actors or places) and are listed in `ignored`",
            body = Timeline),
        (status = 400, description = "A bad filter or bucket", body = ErrorBody),
    )
)]
pub async fn timeline(
    State(state): State<Arc<AppState>>,
    ApiQuery(filters): ApiQuery<Filters>,
    ApiQuery(p): ApiQuery<TimelineParams>,
) -> Result<Json<Timeline>, ApiError> {
    let (filter, ignored) = filters.to_stats(&["since", "until", "root"])?;
    let week = match p.bucket.as_deref().map(str::trim) {
        None | Some("") | Some("day") => false,
        Some("week") => true,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "bucket: {other:?} is not a bucket (day or week)"
            )))
        }
    };
    let rows = state
        .read(move |s| Ok(s.timeline_filtered(&filter)?))
        .await?;
    let mut buckets: BTreeMap<(NaiveDate, u8), (i64, i64, f64)> = BTreeMap::new();
    for r in rows {
        let date = if week { monday_of(r.date) } else { r.date };
        let b = buckets.entry((date, r.quad_class)).or_default();
        b.0 += r.events;
        b.1 += r.mentions;
        b.2 += r.goldstein_sum;
    }
    Ok(Json(Timeline {
        bucket: if week { "week" } else { "day" }.into(),
        rows: buckets
            .into_iter()
            .map(|((date, quad_class), (events, mentions, g))| TimelineRow {
                date,
                quad_class,
                events,
                mentions,
                goldstein_mean: if events == 0 { 0.0 } else { g / events as f64 },
            })
            .collect(),
        ignored,
    }))
}

fn monday_of(d: NaiveDate) -> NaiveDate {
    d - chrono::Days::new(u64::from(d.weekday().num_days_from_monday()))
}

/// The heaviest dyads (source → target) with their actors.
#[utoipa::path(
    get,
    path = "/api/stats/network",
    tag = "stats",
    params(Filters, NetworkParams),
    responses(
        (status = 200, description = "Edges from the dyad rollups (day, month, year and all-dates \
            tiers). Applies since, until, actor (source prefix) and target (target prefix); root, \
            cameo, lang, country and text are checked but not applied and are listed in `ignored`",
            body = Network),
        (status = 400, description = "A bad filter or limit", body = ErrorBody),
    )
)]
pub async fn network(
    State(state): State<Arc<AppState>>,
    ApiQuery(filters): ApiQuery<Filters>,
    ApiQuery(p): ApiQuery<NetworkParams>,
) -> Result<Json<Network>, ApiError> {
    let (filter, ignored) = filters.to_stats(&["since", "until", "actor", "target"])?;
    let limit = params::limit("limit", &p.limit, 100, 2000)?;
    let rows = state
        .read(move |s| Ok(s.dyads_filtered(&filter, limit)?))
        .await?;
    let mut weight: HashMap<&str, i64> = HashMap::new();
    for r in &rows {
        *weight.entry(&r.source).or_default() += r.events;
        if r.target != r.source {
            *weight.entry(&r.target).or_default() += r.events;
        }
    }
    let mut nodes: Vec<Node> = weight
        .into_iter()
        .map(|(id, events)| Node {
            id: id.to_string(),
            events,
        })
        .collect();
    nodes.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.id.cmp(&b.id)));
    Ok(Json(Network {
        nodes,
        edges: rows
            .into_iter()
            .map(|r| Edge {
                source: r.source,
                target: r.target,
                events: r.events,
                mentions: r.mentions,
                goldstein_mean: r.goldstein_mean,
            })
            .collect(),
        ignored,
    }))
}

/// The places with most events.
#[utoipa::path(
    get,
    path = "/api/stats/map",
    tag = "stats",
    params(Filters, MapParams),
    responses(
        (status = 200, description = "Places from the location rollups. Applies since, until and \
            country; actor, target, root, cameo, lang and text are checked but not applied and \
            are listed in `ignored`", body = Map),
        (status = 400, description = "A bad filter or limit", body = ErrorBody),
    )
)]
pub async fn map(
    State(state): State<Arc<AppState>>,
    ApiQuery(filters): ApiQuery<Filters>,
    ApiQuery(p): ApiQuery<MapParams>,
) -> Result<Json<Map>, ApiError> {
    let (filter, ignored) = filters.to_stats(&["since", "until", "country"])?;
    let limit = params::limit("limit", &p.limit, 500, 5000)?;
    let rows = state
        .read(move |s| Ok(s.locations_filtered(&filter, limit)?))
        .await?;
    Ok(Json(Map {
        points: rows
            .into_iter()
            .map(|r| MapPoint {
                name: r.location.name,
                country: r.location.country,
                lat: r.location.lat,
                lon: r.location.lon,
                events: r.events,
                mentions: r.mentions,
            })
            .collect(),
        ignored,
    }))
}
