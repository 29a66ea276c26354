//! Retrying a store write that met another writer for longer than the
//! store's busy timeout (a long daemon transaction), so a reviewer's decision
//! is never lost to "database is locked".

use std::time::Duration;
use store::{Result, StoreError};

/// How many extra attempts after the first.
pub const RETRIES: u32 = 5;

/// Whether `e` means another connection held the database.
pub fn is_busy(e: &StoreError) -> bool {
    match e {
        StoreError::Sqlite { source, .. } => matches!(
            source.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        ),
        _ => false,
    }
}

/// Runs `f`, retrying with a growing pause while the database is busy.
pub fn with_retry<T>(mut f: impl FnMut() -> Result<T>) -> Result<T> {
    let mut attempt = 0;
    loop {
        match f() {
            Err(e) if is_busy(&e) && attempt < RETRIES => {
                attempt += 1;
                std::thread::sleep(Duration::from_millis(100 << attempt));
            }
            other => return other,
        }
    }
}
