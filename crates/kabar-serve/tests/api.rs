//! The HTTP API over a store built from fixture articles (the reference
//! article and four short English wire stories, one a copy of another on a
//! second site), exercised through the router without a real socket.

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use kabar_coder::Coder;
use kabar_core::{CodedDocument, Document};
use kabar_serve::{AppState, ServeConfig};
use kabar_store::{EventStore, SqliteStore};
use serde_json::Value;
use std::collections::HashSet;
use std::sync::OnceLock;
use tempfile::TempDir;
use tower::ServiceExt;

/// The fixture articles, coded once for all tests.
fn coded() -> &'static [CodedDocument] {
    static CODED: OnceLock<Vec<CodedDocument>> = OnceLock::new();
    CODED.get_or_init(|| {
        let coder = Coder::embedded().expect("the built-in knowledge base loads");
        include_str!("fixtures/docs.jsonl")
            .lines()
            .map(|l| {
                let doc: Document = serde_json::from_str(l).expect("fixture line is a document");
                coder.code_document(doc)
            })
            .collect()
    })
}

/// A fresh store of the fixtures in a temporary directory.
fn store() -> TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut s = SqliteStore::open(&dir.path().join("kabar.db")).expect("store opens");
    s.write(coded()).expect("fixtures are written");
    dir
}

fn config(dir: &TempDir) -> ServeConfig {
    let mut c = ServeConfig::new(dir.path().join("kabar.db"));
    c.log_requests = false;
    c.readers = 2;
    c
}

fn app_with(config: &ServeConfig) -> Router {
    let state = AppState::open(&config.db, config.readers, config.token.clone()).expect("opens");
    kabar_serve::router(state, config).expect("router builds")
}

fn app(dir: &TempDir) -> Router {
    app_with(&config(dir))
}

async fn send(app: &Router, req: Request<Body>) -> (StatusCode, HeaderMap, Vec<u8>) {
    let res = app.clone().oneshot(req).await.expect("router answers");
    let status = res.status();
    let headers = res.headers().clone();
    let body = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .expect("body reads");
    (status, headers, body.to_vec())
}

async fn get(app: &Router, uri: &str) -> (StatusCode, Value) {
    let req = Request::get(uri).body(Body::empty()).expect("request");
    let (status, _, body) = send(app, req).await;
    let v = serde_json::from_slice(&body)
        .unwrap_or_else(|e| panic!("{uri}: not JSON ({e}): {}", String::from_utf8_lossy(&body)));
    (status, v)
}

async fn ok(app: &Router, uri: &str) -> Value {
    let (status, v) = get(app, uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {v}");
    v
}

async fn post(app: &Router, uri: &str, body: String, token: Option<&str>) -> (StatusCode, Value) {
    let mut req = Request::post(uri).header(header::CONTENT_TYPE, "application/json");
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    let (status, _, body) = send(app, req.body(Body::from(body)).expect("request")).await;
    let v = serde_json::from_slice(&body).unwrap_or(Value::Null);
    (status, v)
}

fn events(v: &Value) -> &Vec<Value> {
    v["events"].as_array().expect("an events array")
}

fn code(e: &Value, side: &str) -> String {
    e[side]["code"].as_str().unwrap_or("").to_string()
}

#[tokio::test]
async fn health_reports_version_and_table_sizes() {
    let dir = store();
    let v = ok(&app(&dir), "/api/health").await;
    assert_eq!(v["status"], "ok");
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["documents"], 5);
    let events = v["events"].as_u64().unwrap_or(0);
    let mentions = v["mentions"].as_u64().unwrap_or(0);
    assert!(events >= 10, "{v}");
    // The copied Jakarta story adds mentions to existing events.
    assert!(mentions > events, "{v}");
}

#[tokio::test]
async fn every_filter_of_the_event_list_holds_for_every_event() {
    let dir = store();
    let app = app(&dir);
    let all = ok(&app, "/api/events?limit=500").await;
    let total = events(&all).len();
    type Check = fn(&Value) -> bool;
    let cases: [(&str, Check); 10] = [
        ("actor=irn", |e| code(e, "source").starts_with("IRN")),
        ("target=RUS", |e| code(e, "target").starts_with("RUS")),
        ("actor=IRNGOV&target=RUSGOV", |e| {
            code(e, "source") == "IRNGOV" && code(e, "target") == "RUSGOV"
        }),
        ("root=04", |e| e["root"] == "04"),
        ("root=4", |e| e["root"] == "04"),
        ("cameo=05", |e| {
            e["cameo"].as_str().is_some_and(|c| c.starts_with("05"))
        }),
        ("since=2023-03-01&until=2023-03-10", |e| {
            e["date"]
                .as_str()
                .is_some_and(|d| ("2023-03-01"..="2023-03-10").contains(&d))
        }),
        ("lang=id", |e| e["first"]["lang"] == "id"),
        ("country=idn", |e| e["location"]["country"] == "IDN"),
        ("text=Kharkiv", |e| {
            e["first"]["evidence"]["sentence"]
                .as_str()
                .is_some_and(|s| s.contains("Kharkiv"))
        }),
    ];
    for (q, holds) in cases {
        let v = ok(&app, &format!("/api/events?limit=500&{q}")).await;
        let found = events(&v);
        assert!(!found.is_empty(), "{q} finds nothing");
        assert!(found.len() < total, "{q} filters nothing");
        for e in found {
            assert!(holds(e), "{q} lets through {e}");
        }
    }
    // Blank values are filters not given (a filter bar sends `actor=`).
    let v = ok(&app, "/api/events?limit=500&actor=&since=&text=").await;
    assert_eq!(events(&v).len(), total);
    // An actor nobody has: an empty page, not an error.
    let v = ok(&app, "/api/events?actor=ZZZ").await;
    assert!(events(&v).is_empty());
    assert!(v["next_cursor"].is_null());
}

#[tokio::test]
async fn events_carry_label_plover_and_gdelt_counts() {
    let dir = store();
    let v = ok(
        &app(&dir),
        "/api/events?actor=IDNGOV&target=MYSGOV&cameo=040",
    )
    .await;
    let e = &events(&v)[0];
    assert_eq!(e["label"], "Consult");
    assert_eq!(e["plover"], "CONSULT");
    assert_eq!(e["quad_class"], 1);
    // The Jakarta story and its copy on another site.
    assert_eq!(e["num_articles"], 2);
    assert_eq!(e["num_sources"], 2);
    assert_eq!(e["location"]["name"], "Jakarta");
    assert_eq!(e["first"]["cameo"], "040");
}

#[tokio::test]
async fn cursors_page_through_every_event_once_in_order() {
    let dir = store();
    let app = app(&dir);
    let all = ok(&app, "/api/events?limit=500").await;
    let want: Vec<i64> = events(&all)
        .iter()
        .filter_map(|e| e["id"].as_i64())
        .collect();
    let mut got = Vec::new();
    let mut uri = "/api/events?limit=3".to_string();
    let mut pages = 0;
    loop {
        let v = ok(&app, &uri).await;
        let page = events(&v);
        assert!(page.len() <= 3);
        got.extend(page.iter().filter_map(|e| e["id"].as_i64()));
        pages += 1;
        match v["next_cursor"].as_str() {
            Some(c) => uri = format!("/api/events?limit=3&cursor={c}"),
            None => break,
        }
        assert!(pages < 100, "paging does not end");
    }
    assert_eq!(got, want);
    assert!(pages > 2);
}

#[tokio::test]
async fn csv_pages_are_flat_rows_with_the_cursor_in_a_header() {
    let dir = store();
    let req = Request::get("/api/events?format=csv&limit=4&root=04")
        .body(Body::empty())
        .expect("request");
    let (status, headers, body) = send(&app(&dir), req).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .is_ok_and(|t| t.starts_with("text/csv")));
    assert!(headers.contains_key("x-next-cursor"));
    let mut r = csv::Reader::from_reader(body.as_slice());
    let head = r.headers().expect("a header line").clone();
    assert_eq!(&head[0], "global_event_id");
    let root = head
        .iter()
        .position(|h| h == "root")
        .expect("a root column");
    let rows: Vec<_> = r.records().collect::<Result<_, _>>().expect("CSV rows");
    assert_eq!(rows.len(), 4);
    assert!(rows.iter().all(|row| &row[root] == "04"));
}

#[tokio::test]
async fn bad_parameters_are_400_naming_the_parameter() {
    let dir = store();
    let app = app(&dir);
    for (uri, name) in [
        ("/api/events?since=2023-02-30", "since"),
        ("/api/events?until=yesterday", "until"),
        ("/api/events?since=2023-03-01&until=2023-02-01", "since"),
        ("/api/events?root=21", "root"),
        ("/api/events?root=ab", "root"),
        ("/api/events?cameo=999", "cameo"),
        ("/api/events?cameo=0x", "cameo"),
        ("/api/events?lang=fr", "lang"),
        ("/api/events?country=INDONESIA", "country"),
        ("/api/events?actor=IRN%27%3B--", "actor"),
        ("/api/events?cursor=page2", "cursor"),
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=100000", "limit"),
        ("/api/events?format=xml", "format"),
        ("/api/events?text=%22unbalanced", "text"),
        ("/api/events/abc", "id"),
        ("/api/stats/timeline?bucket=month", "bucket"),
        ("/api/stats/timeline?since=2023-1-1", "since"),
        ("/api/stats/network?root=99", "root"),
        ("/api/stats/network?limit=-1", "limit"),
        ("/api/stats/map?until=2023-02-29", "until"),
        ("/api/actors?q=IRN*", "q"),
        ("/api/actors?limit=zero", "limit"),
    ] {
        let (status, v) = get(&app, uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {v}");
        let msg = v["error"].as_str().unwrap_or_default();
        assert!(msg.contains(name), "{uri}: {msg:?} does not name {name}");
    }
}

#[tokio::test]
async fn unknown_things_are_404_with_a_json_error() {
    let dir = store();
    let app = app(&dir);
    for uri in [
        "/api/events/999999",
        "/api/documents/no-such-article",
        "/api/nothing-here",
    ] {
        let (status, v) = get(&app, uri).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{uri}");
        assert!(v["error"].as_str().is_some_and(|m| !m.is_empty()), "{uri}");
    }
}

#[tokio::test]
async fn an_event_comes_with_its_mentions_and_highlighted_evidence() {
    let dir = store();
    let app = app(&dir);
    let list = ok(&app, "/api/events?actor=IDNGOV&target=MYSGOV&cameo=040").await;
    let id = events(&list)[0]["id"].as_i64().expect("an id");
    let v = ok(&app, &format!("/api/events/{id}")).await;
    assert_eq!(v["event"]["id"], id);
    let mentions = v["mentions"].as_array().expect("mentions");
    assert_eq!(mentions.len(), 2);
    let sites: HashSet<&str> = mentions.iter().filter_map(|m| m["site"].as_str()).collect();
    assert_eq!(sites, HashSet::from(["news.example", "mirror.example"]));
    for m in mentions {
        assert_eq!(m["title"], "Widodo meets Anwar");
        assert_eq!(m["date"], "2023-03-06");
        assert_eq!(m["lang"], "en");
        assert_eq!(m["copied"], false);
        let pieces = m["highlight"].as_array().expect("highlight");
        let joined: String = pieces.iter().filter_map(|p| p["text"].as_str()).collect();
        assert_eq!(
            joined,
            m["record"]["evidence"]["sentence"].as_str().unwrap_or("")
        );
        let role = |r: &str| {
            pieces
                .iter()
                .find(|p| p["role"] == r)
                .and_then(|p| p["text"].as_str())
                .unwrap_or("")
                .to_string()
        };
        assert!(role("source").contains("Joko Widodo"), "{pieces:?}");
        assert!(role("target").contains("Anwar Ibrahim"), "{pieces:?}");
        assert_eq!(role("trigger"), "met");
    }
}

#[tokio::test]
async fn a_document_has_its_text_and_where_its_events_are() {
    let dir = store();
    let app = app(&dir);
    let v = ok(&app, "/api/documents/gaza").await;
    assert_eq!(v["id"], "gaza");
    assert_eq!(v["title"], "Clashes in Gaza");
    assert_eq!(v["site"], "wire.example");
    assert_eq!(v["date"], "2023-03-08");
    let text: Vec<char> = v["text"].as_str().expect("text").chars().collect();
    let evs = v["events"].as_array().expect("events");
    assert!(!evs.is_empty());
    for e in evs {
        let (s, t) = (
            e["sentence_start"].as_u64().unwrap_or(0) as usize,
            e["sentence_end"].as_u64().unwrap_or(0) as usize,
        );
        let sentence: String = text[s..t].iter().collect();
        let detail = ok(&app, &format!("/api/events/{}", e["event_id"])).await;
        assert_eq!(
            detail["mentions"][0]["record"]["evidence"]["sentence"].as_str(),
            Some(sentence.as_str())
        );
    }
    // By URL too, URL-encoded.
    let v = ok(&app, "/api/documents/https%3A%2F%2Fwire.example%2Fgaza").await;
    assert_eq!(v["id"], "gaza");
}

#[tokio::test]
async fn actors_are_searched_by_code_prefix_most_events_first() {
    let dir = store();
    let app = app(&dir);
    let v = ok(&app, "/api/actors?q=irn").await;
    let actors = v["actors"].as_array().expect("actors");
    assert_eq!(actors[0]["code"], "IRNGOV");
    assert_eq!(actors[0]["country"], "IRN");
    assert!(actors
        .iter()
        .all(|a| a["code"].as_str().is_some_and(|c| c.starts_with("IRN"))));
    let counts: Vec<i64> = actors.iter().filter_map(|a| a["events"].as_i64()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    let v = ok(&app, "/api/actors?q=&limit=2").await;
    assert_eq!(v["actors"].as_array().map(Vec::len), Some(2));
    let v = ok(&app, "/api/actors?q=ZZZ").await;
    assert_eq!(v["actors"].as_array().map(Vec::len), Some(0));
}

#[tokio::test]
async fn the_timeline_counts_every_event_by_day_or_week_and_quadclass() {
    let dir = store();
    let app = app(&dir);
    let health = ok(&app, "/api/health").await;
    let v = ok(&app, "/api/stats/timeline").await;
    assert_eq!(v["bucket"], "day");
    let rows = v["rows"].as_array().expect("rows");
    let sum: i64 = rows.iter().filter_map(|r| r["events"].as_i64()).sum();
    assert_eq!(Some(sum), health["events"].as_i64());
    assert!(rows
        .iter()
        .any(|r| r["date"] == "2023-02-01" && r["quad_class"] == 1));
    let week = ok(&app, "/api/stats/timeline?bucket=week").await;
    let weeks = week["rows"].as_array().expect("rows");
    let wsum: i64 = weeks.iter().filter_map(|r| r["events"].as_i64()).sum();
    assert_eq!(wsum, sum);
    for r in weeks {
        let d = chrono::NaiveDate::parse_from_str(r["date"].as_str().unwrap_or(""), "%Y-%m-%d")
            .expect("a date");
        assert_eq!(chrono::Datelike::weekday(&d), chrono::Weekday::Mon);
    }
    // Root applies; actor cannot (the daily rollup has no actors) and says so.
    let v = ok(&app, "/api/stats/timeline?root=19&actor=ISR").await;
    let rows = v["rows"].as_array().expect("rows");
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["quad_class"] == 4));
    assert_eq!(v["ignored"], serde_json::json!(["actor"]));
    let v = ok(&app, "/api/stats/timeline?since=2023-03-01").await;
    assert!(v["rows"]
        .as_array()
        .is_some_and(|r| r.iter().all(|r| r["date"].as_str() >= Some("2023-03-01"))));
}

#[tokio::test]
async fn the_network_has_the_heaviest_dyads_and_their_actors() {
    let dir = store();
    let app = app(&dir);
    let v = ok(&app, "/api/stats/network").await;
    let edges = v["edges"].as_array().expect("edges");
    assert_eq!(edges[0]["source"], "IRNGOV");
    assert_eq!(edges[0]["target"], "RUSGOV");
    let w: Vec<i64> = edges.iter().filter_map(|e| e["events"].as_i64()).collect();
    assert!(w.windows(2).all(|p| p[0] >= p[1]));
    let nodes: HashSet<&str> = v["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .filter_map(|n| n["id"].as_str())
        .collect();
    for e in edges {
        assert!(nodes.contains(e["source"].as_str().unwrap_or("")));
        assert!(nodes.contains(e["target"].as_str().unwrap_or("")));
        assert!(e["goldstein_mean"].is_number());
    }
    let v = ok(&app, "/api/stats/network?actor=IDN&limit=1").await;
    let edges = v["edges"].as_array().expect("edges");
    assert_eq!(edges.len(), 1);
    assert!(edges[0]["source"]
        .as_str()
        .is_some_and(|s| s.starts_with("IDN")));
    let v = ok(&app, "/api/stats/network?since=2023-03-15").await;
    assert!(v["edges"]
        .as_array()
        .is_some_and(|e| e.iter().all(|e| e["source"]
            .as_str()
            .is_some_and(|s| s.starts_with("UKR") || s.starts_with("RUS")))));
}

#[tokio::test]
async fn the_map_has_the_places_with_coordinates() {
    let dir = store();
    let app = app(&dir);
    let v = ok(&app, "/api/stats/map").await;
    let points = v["points"].as_array().expect("points");
    let moscow = points
        .iter()
        .find(|p| p["name"] == "Moscow")
        .expect("Moscow");
    assert_eq!(moscow["country"], "RUS");
    assert!(moscow["lat"]
        .as_f64()
        .is_some_and(|l| (55.0..56.5).contains(&l)));
    assert!(moscow["events"].as_i64() > Some(5));
    let v = ok(&app, "/api/stats/map?country=IDN").await;
    let points = v["points"].as_array().expect("points");
    assert!(!points.is_empty());
    assert!(points.iter().all(|p| p["country"] == "IDN"));
}

#[tokio::test]
async fn posted_text_is_coded_and_oversized_bodies_are_413() {
    let dir = store();
    let app = app(&dir);
    let body = serde_json::json!({
        "text": "Iranian President met Russian Foreign Minister in Moscow on Monday.",
        "date": "2023-02-02", "lang": "en"
    });
    let (status, v) = post(&app, "/api/extract", body.to_string(), None).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let e = &events(&v)[0];
    assert_eq!(e["cameo"], "040");
    assert_eq!(e["source"]["code"], "IRNGOV");
    assert_eq!(e["date"], "2023-01-30");
    for (bad, name) in [
        (r#"{"lang":"en"}"#.to_string(), "text"),
        (r#"{"text":"x","lang":"fr"}"#.to_string(), "lang"),
        (r#"{"text":"x","date":"Monday"}"#.to_string(), "date"),
        ("not json".to_string(), "JSON"),
    ] {
        let (status, v) = post(&app, "/api/extract", bad.clone(), None).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(
            v["error"].as_str().is_some_and(|m| m.contains(name)),
            "{bad}: {v}"
        );
    }
    let huge = serde_json::json!({ "text": "kata ".repeat(220_000) }).to_string();
    assert!(huge.len() > 1024 * 1024);
    let (status, v) = post(&app, "/api/extract", huge, None).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(v["error"].is_string());
}

#[tokio::test]
async fn writing_needs_the_start_up_token() {
    let dir = store();
    let doc = serde_json::json!({"documents": [{
        "id": "new", "url": "https://wire.example/new", "date": "2023-04-03", "lang": "en",
        "text": "Talks\n\nIndonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Kuala Lumpur on Monday."
    }]})
    .to_string();
    // No token at start-up: writes are off for everyone.
    let open = app(&dir);
    let (status, v) = post(&open, "/api/ingest", doc.clone(), Some("guess")).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{v}");
    assert!(v["error"].as_str().is_some_and(|m| m.contains("--token")));
    // With a token: none or a wrong one is refused, the right one writes.
    let mut c = config(&dir);
    c.token = Some("s3cret".into());
    let guarded = app_with(&c);
    for token in [None, Some("s3cre"), Some("S3CRET")] {
        let (status, v) = post(&guarded, "/api/ingest", doc.clone(), token).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{token:?}: {v}");
    }
    assert_eq!(ok(&guarded, "/api/health").await["documents"], 5);
    let (status, v) = post(&guarded, "/api/ingest", doc, Some("s3cret")).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["added"], 1);
    assert!(v["new_events"].as_u64() >= Some(1));
    assert_eq!(ok(&guarded, "/api/health").await["documents"], 6);
    let found = ok(&guarded, "/api/events?since=2023-04-01&actor=IDNGOV").await;
    assert!(!events(&found).is_empty());
}

#[tokio::test]
async fn the_openapi_document_lists_every_route() {
    let dir = store();
    let app = app(&dir);
    let v = ok(&app, "/api/openapi.json").await;
    assert!(v["openapi"].as_str().is_some_and(|s| s.starts_with("3.")));
    let paths = v["paths"].as_object().expect("paths");
    let listed: HashSet<&str> = paths.keys().map(String::as_str).collect();
    let routes = HashSet::from([
        "/api/health",
        "/api/events",
        "/api/events/{id}",
        "/api/documents/{id}",
        "/api/actors",
        "/api/stats/timeline",
        "/api/stats/network",
        "/api/stats/map",
        "/api/extract",
        "/api/ingest",
        "/api/openapi.json",
    ]);
    assert_eq!(listed, routes);
    // The filters are documented on the list and the views.
    let names = |p: &str, m: &str| -> HashSet<String> {
        v["paths"][p][m]["parameters"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x["name"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    for f in [
        "since", "until", "actor", "target", "root", "cameo", "lang", "country", "text",
    ] {
        assert!(names("/api/events", "get").contains(f), "{f}");
        assert!(names("/api/stats/timeline", "get").contains(f), "{f}");
    }
    assert!(names("/api/events", "get").contains("cursor"));
    // Every listed GET without a path parameter answers.
    for p in routes
        .iter()
        .filter(|p| !p.contains('{') && v["paths"][*p]["get"].is_object())
    {
        let (status, _) = get(&app, p).await;
        assert_eq!(status, StatusCode::OK, "{p}");
    }
}

#[tokio::test]
async fn cors_headers_only_when_an_origin_is_configured() {
    let dir = store();
    let req = || {
        Request::get("/api/health")
            .header(header::ORIGIN, "https://dash.example")
            .body(Body::empty())
            .expect("request")
    };
    let (_, headers, _) = send(&app(&dir), req()).await;
    assert!(!headers.contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN));
    let mut c = config(&dir);
    c.cors = Some("https://dash.example".into());
    let (_, headers, _) = send(&app_with(&c), req()).await;
    assert_eq!(
        headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "https://dash.example"
    );
}

#[tokio::test]
async fn the_dashboard_files_are_served_with_their_types() {
    let dir = store();
    let app = app(&dir);
    for (path, ty) in [
        ("/", "text/html"),
        ("/app.js", "text/javascript"),
        ("/style.css", "text/css"),
        ("/world.json", "application/json"),
    ] {
        let req = Request::get(path).body(Body::empty()).expect("request");
        let (status, headers, body) = send(&app, req).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            headers[header::CONTENT_TYPE]
                .to_str()
                .is_ok_and(|t| t.starts_with(ty)),
            "{path}"
        );
        assert!(!body.is_empty());
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    }
}
