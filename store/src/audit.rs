//! The append-only audit log: who did what, when, with what details (for an
//! export: the filter, the count and the SHA-256 of the file). Triggers in the
//! schema refuse updates and deletes.

use crate::{now, parse_time, to_text, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};

/// One audit entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEvent {
    /// Increasing id.
    pub id: i64,
    /// When.
    pub at: DateTime<Utc>,
    /// Who (reviewer, or `crawler` for automatic work).
    pub actor: String,
    /// What, e.g. `export`, `review.status`, `purge`, `backup`.
    pub action: String,
    /// Details as JSON.
    pub details: serde_json::Value,
}

/// Appends an audit entry inside an open transaction.
pub(crate) fn append(
    tx: &rusqlite::Transaction<'_>,
    actor: &str,
    action: &str,
    details: &serde_json::Value,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO audit (at, actor, action, details) VALUES (?1, ?2, ?3, ?4)",
        params![to_text(&now()), actor, action, details.to_string()],
    )?;
    Ok(())
}

impl Store {
    /// Appends an audit entry in its own transaction.
    pub fn audit(&mut self, actor: &str, action: &str, details: &serde_json::Value) -> Result<()> {
        self.write(|tx| append(tx, actor, action, details))
    }

    /// Audit entries, newest first, optionally only one action.
    pub fn audit_log(&self, action: Option<&str>, limit: usize) -> Result<Vec<AuditEvent>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, at, actor, action, details FROM audit WHERE ?1 IS NULL OR action = ?1 ORDER BY id DESC LIMIT ?2",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![action, limit as i64], |r| {
                let at: String = r.get(1)?;
                let details: String = r.get(4)?;
                Ok(AuditEvent {
                    id: r.get(0)?,
                    at: parse_time(&at).unwrap_or_default(),
                    actor: r.get(2)?,
                    action: r.get(3)?,
                    details: serde_json::from_str(&details).unwrap_or_default(),
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }
}

impl crate::roles::AuditStore for Store {
    fn audit(&mut self, actor: &str, action: &str, details: &serde_json::Value) -> Result<()> {
        Store::audit(self, actor, action, details)
    }
    fn audit_log(&self, action: Option<&str>, limit: usize) -> Result<Vec<AuditEvent>> {
        Store::audit_log(self, action, limit)
    }
}
