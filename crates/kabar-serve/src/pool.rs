//! A small pool of read-only store handles. A SQLite connection serves one
//! thread at a time, so each request borrows a handle on a blocking thread
//! and gives it back when done; WAL lets all of them read while one writes.

use kabar_store::SqliteStore;
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::{Condvar, Mutex, PoisonError};

/// Read-only handles on one store.
pub struct StorePool {
    idle: Mutex<Vec<SqliteStore>>,
    returned: Condvar,
}

impl StorePool {
    /// Open `size` (at least one) read-only handles on the store at `path`.
    pub fn open(path: &Path, size: usize) -> kabar_store::Result<Self> {
        let handles = (0..size.max(1))
            .map(|_| SqliteStore::open_read_only(path))
            .collect::<kabar_store::Result<Vec<_>>>()?;
        Ok(StorePool {
            idle: Mutex::new(handles),
            returned: Condvar::new(),
        })
    }

    /// Run `f` with a handle, waiting for one to be free. Blocks: call it
    /// from a blocking thread.
    pub fn with<T>(&self, f: impl FnOnce(&SqliteStore) -> T) -> T {
        let store = {
            let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
            loop {
                if let Some(s) = idle.pop() {
                    break s;
                }
                idle = self
                    .returned
                    .wait(idle)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        };
        // A handle goes back even when `f` panics, so the pool never shrinks.
        let result = std::panic::catch_unwind(AssertUnwindSafe(|| f(&store)));
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(store);
        self.returned.notify_one();
        match result {
            Ok(v) => v,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }
}
