//! kabar-serve: the HTTP API of `kabar serve` over the event store, and the
//! dashboard embedded in the binary.
//!
//! Read endpoints are public; the write endpoint (`POST /api/ingest`) needs
//! the token given at start-up and is disabled without one. Requests have a
//! body limit (1 MiB for `/api/extract`) and a timeout; CORS is off unless an
//! origin is given; the server binds to loopback unless told otherwise. SQL is
//! parameterised throughout (see kabar-store). Queries run on a pool of
//! read-only SQLite handles on blocking threads.
//!
//! The endpoints and their JSON are listed in `/api/openapi.json`, generated
//! from the handlers (utoipa).

#![warn(missing_docs)]

pub mod api;
mod assets;
pub mod error;
mod highlight;
pub mod params;
mod pool;
mod security;
mod state;

pub use state::AppState;

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Router};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tower_http::timeout::TimeoutLayer;

/// Default address: loopback only.
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";

/// How the server runs.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// The store (must exist).
    pub db: PathBuf,
    /// Address to listen on (port 0: any free port).
    pub bind: SocketAddr,
    /// Token for the write endpoints; `None` disables them.
    pub token: Option<String>,
    /// Origin allowed by CORS (`*` for any); `None`: no CORS headers.
    pub cors: Option<String>,
    /// Read-only store handles (parallel queries).
    pub readers: usize,
    /// Longest a request may take before the client gets 408.
    pub timeout: Duration,
    /// Log one line per request on stderr.
    pub log_requests: bool,
}

impl ServeConfig {
    /// Defaults for the store at `db`: loopback, no token, no CORS.
    pub fn new(db: PathBuf) -> Self {
        ServeConfig {
            db,
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            token: None,
            cors: None,
            readers: 4,
            timeout: Duration::from_secs(30),
            log_requests: true,
        }
    }
}

/// The whole application: API, OpenAPI document, dashboard and the
/// security layers, over `state`.
pub fn router(state: Arc<AppState>, config: &ServeConfig) -> anyhow::Result<Router> {
    let (api, doc) = api::routes(&state);
    let doc = api::meta::OpenApiJson(Arc::new(doc.to_pretty_json()?));
    let mut app = api
        .with_state(state)
        .merge(assets::routes())
        .fallback(not_found)
        .layer(Extension(doc))
        .layer(middleware::from_fn(security::headers))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            config.timeout,
        ));
    if let Some(origin) = &config.cors {
        app = app.layer(security::cors(origin)?);
    }
    if config.log_requests {
        app = app.layer(middleware::from_fn(log_request));
    }
    Ok(app)
}

async fn not_found(request: Request) -> Response {
    error::ApiError::not_found(format!("there is nothing at {}", request.uri().path()))
        .into_response()
}

/// One line per request on stderr: method, path, status, milliseconds.
async fn log_request(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let response = next.run(request).await;
    eprintln!(
        "{method} {path} {} {:.1}ms",
        response.status().as_u16(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    response
}

/// A server bound to its address, ready to run.
pub struct Server {
    runtime: tokio::runtime::Runtime,
    listener: tokio::net::TcpListener,
    app: Router,
}

impl Server {
    /// Open the store and bind the address (nothing is served yet).
    pub fn bind(config: &ServeConfig) -> anyhow::Result<Server> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?;
        let state = AppState::open(&config.db, config.readers, config.token.clone())?;
        let app = router(state, config)?;
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind(config.bind))
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.bind))?;
        Ok(Server {
            runtime,
            listener,
            app,
        })
    }

    /// The address actually bound (the port chosen when 0 was asked for).
    pub fn local_addr(&self) -> anyhow::Result<SocketAddr> {
        Ok(self.listener.local_addr()?)
    }

    /// Serve until Ctrl-C (or SIGTERM), then finish the requests in flight.
    pub fn run(self) -> anyhow::Result<()> {
        let Server {
            runtime,
            listener,
            app,
        } = self;
        runtime.block_on(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(shutdown_signal())
                .await
        })?;
        runtime.shutdown_timeout(Duration::from_secs(5));
        Ok(())
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
    eprintln!("kabar serve: shutting down");
}
