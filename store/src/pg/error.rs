//! PostgreSQL errors typed as [`StoreError`]: by SQLSTATE class, so a
//! caller can tell "wait and retry" from "no permission" from "disk full".

use crate::StoreError;
use postgres::error::SqlState;
use std::path::Path;

/// Types a driver error for the database shown as `path` (the URL without
/// its password).
pub(crate) fn from_pg(path: &Path, e: postgres::Error) -> StoreError {
    let path = path.to_path_buf();
    let message = describe(&e);
    let Some(code) = e.code() else {
        return StoreError::Other { path, message };
    };
    let c = code.clone();
    if c == SqlState::T_R_SERIALIZATION_FAILURE
        || c == SqlState::T_R_DEADLOCK_DETECTED
        || c == SqlState::LOCK_NOT_AVAILABLE
        || c == SqlState::TOO_MANY_CONNECTIONS
        || c == SqlState::CANNOT_CONNECT_NOW
        || c == SqlState::ADMIN_SHUTDOWN
    {
        StoreError::Busy { path, message }
    } else if c == SqlState::DISK_FULL
        || c == SqlState::OUT_OF_MEMORY
        || c == SqlState::PROGRAM_LIMIT_EXCEEDED
    {
        StoreError::Full { path, message }
    } else if c == SqlState::READ_ONLY_SQL_TRANSACTION || c == SqlState::INSUFFICIENT_PRIVILEGE {
        StoreError::ReadOnly { path, message }
    } else if c == SqlState::DATA_CORRUPTED || c == SqlState::INDEX_CORRUPTED {
        StoreError::Corrupt {
            path,
            what: "data".into(),
            message,
        }
    } else {
        StoreError::Other { path, message }
    }
}

/// The server's message with its detail and hint, or the driver's error
/// with its causes (the driver's own `Display` says only "db error").
fn describe(e: &postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        let mut m = format!("{} (SQLSTATE {})", db.message(), db.code().code());
        if let Some(d) = db.detail() {
            m.push_str(&format!("; {d}"));
        }
        if let Some(h) = db.hint() {
            m.push_str(&format!("; hint: {h}"));
        }
        return m;
    }
    let mut m = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        m.push_str(&format!(": {s}"));
        source = s.source();
    }
    m
}
