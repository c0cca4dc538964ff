//! What every request shares: the read pool, the one writer, the coder
//! (built on first use), the write token and a short-lived cache of counts.

use crate::error::ApiError;
use crate::pool::StorePool;
use kabar_coder::Coder;
use kabar_store::{Counts, EventStore, SqliteStore};
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant};

/// How long `/api/health` may report counts that are this old.
const COUNTS_TTL: Duration = Duration::from_secs(10);

/// The server's shared state.
pub struct AppState {
    pool: StorePool,
    writer: Mutex<SqliteStore>,
    coder: OnceLock<Result<Coder, String>>,
    token: Option<String>,
    counts: Mutex<Option<(Instant, Counts)>>,
}

impl AppState {
    /// Open the existing store at `db` (applying migrations) with `readers`
    /// read-only handles; `token` enables the write endpoints.
    pub fn open(db: &Path, readers: usize, token: Option<String>) -> anyhow::Result<Arc<Self>> {
        if !db.exists() {
            anyhow::bail!(
                "there is no store at {}: create one with `kabar ingest --db {} FILES`",
                db.display(),
                db.display()
            );
        }
        let open = |e: kabar_store::StoreError| {
            anyhow::anyhow!("cannot open the store {}: {e}", db.display())
        };
        // The writer opens first: it applies migrations and keeps the WAL
        // files in place for the read-only handles.
        let writer = SqliteStore::open(db).map_err(open)?;
        let pool = StorePool::open(db, readers).map_err(open)?;
        Ok(Arc::new(AppState {
            pool,
            writer: Mutex::new(writer),
            coder: OnceLock::new(),
            token: token.filter(|t| !t.is_empty()),
            counts: Mutex::new(None),
        }))
    }

    /// The token write requests must carry, if writes are enabled.
    pub fn token(&self) -> Option<&str> {
        self.token.as_deref()
    }

    /// Run `f` on a pooled read-only handle on a blocking thread.
    pub async fn read<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&SqliteStore) -> Result<T, ApiError> + Send + 'static,
    {
        let state = Arc::clone(self);
        tokio::task::spawn_blocking(move || state.pool.with(f))
            .await
            .map_err(ApiError::internal)?
    }

    /// Run `f` with the coder (built on first use) on a blocking thread.
    pub async fn code<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Coder, &Mutex<SqliteStore>) -> Result<T, ApiError> + Send + 'static,
    {
        let state = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let coder = state.coder.get_or_init(|| {
                Coder::embedded().map_err(|e| format!("the built-in knowledge base is broken: {e}"))
            });
            match coder {
                Ok(c) => f(c, &state.writer),
                Err(e) => Err(ApiError::internal(e)),
            }
        })
        .await
        .map_err(ApiError::internal)?
    }

    /// Table sizes, at most [`COUNTS_TTL`] old (counting a large store takes a while).
    pub async fn counts(self: &Arc<Self>) -> Result<Counts, ApiError> {
        if let Some((at, c)) = *self.counts.lock().unwrap_or_else(PoisonError::into_inner) {
            if at.elapsed() < COUNTS_TTL {
                return Ok(c);
            }
        }
        let c = self.read(|s| Ok(s.counts()?)).await?;
        *self.counts.lock().unwrap_or_else(PoisonError::into_inner) = Some((Instant::now(), c));
        Ok(c)
    }

    /// Forget cached counts (after a write).
    pub fn invalidate_counts(&self) {
        *self.counts.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }
}
