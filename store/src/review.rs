//! Review statuses, notes and watches. Every status change and note is an
//! append-only event naming the reviewer and the time; the current status is
//! derived in the same transaction so the two never disagree.

use crate::{now, parse_time, to_text, Result, Store, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

pub use model::{ReviewStatus, Target};

/// One entry of a case's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewEvent {
    /// Event id (increasing).
    pub id: i64,
    /// When.
    pub at: DateTime<Utc>,
    /// Who.
    pub reviewer: String,
    /// `status` or `note`; on networks also `merged` and `split`, written by
    /// adscreen when linking joins or divides networks.
    pub kind: String,
    /// New status, for status events.
    pub status: Option<ReviewStatus>,
    /// Note text, if any.
    pub note: Option<String>,
}

/// What kind of thing a reviewer follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WatchKind {
    /// A network, by id.
    Network,
    /// A phone number, in E.164.
    Phone,
}

impl WatchKind {
    /// The stored form (`network`, `phone`).
    pub fn as_str(self) -> &'static str {
        match self {
            WatchKind::Network => "network",
            WatchKind::Phone => "phone",
        }
    }

    /// The kind a stored value names, if any.
    pub fn parse(s: &str) -> Option<WatchKind> {
        [WatchKind::Network, WatchKind::Phone]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

/// What a reviewer follows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Watch {
    /// A network or a phone number.
    pub kind: WatchKind,
    /// Network id or E.164 number.
    pub target: String,
    /// Who follows it.
    pub reviewer: String,
    /// Since when.
    pub since: DateTime<Utc>,
    /// When alerts were last read.
    pub last_look: DateTime<Utc>,
}

impl crate::roles::ReviewStore for Store {
    fn set_status(
        &mut self,
        target: Target,
        status: ReviewStatus,
        reviewer: &str,
        note: Option<&str>,
    ) -> Result<i64> {
        self.status_change(target, status, reviewer, note, None)
    }

    fn set_status_if(
        &mut self,
        target: Target,
        status: ReviewStatus,
        reviewer: &str,
        note: Option<&str>,
        seen: Option<i64>,
    ) -> Result<i64> {
        self.status_change(target, status, reviewer, note, Some(seen))
    }

    fn last_status_event(&self, target: Target) -> Result<Option<ReviewEvent>> {
        let (kind, id) = target.parts();
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, at, reviewer, kind, status, note FROM review_events
                 WHERE target_kind = ?1 AND target_id = ?2 AND kind = 'status' ORDER BY id DESC LIMIT 1",
            )
            .map_err(|e| self.err(e))?;
        stmt.query_row(params![kind, id], event_row)
            .optional()
            .map_err(|e| self.err(e))
    }

    fn add_note(&mut self, target: Target, reviewer: &str, note: &str) -> Result<i64> {
        self.check_target(target)?;
        if note.trim().is_empty() {
            return Err(StoreError::Empty(crate::Required::Note));
        }
        let (kind, id) = target.parts();
        let at = to_text(&now());
        let reviewer = non_empty_reviewer(reviewer)?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO review_events (target_kind, target_id, at, reviewer, kind, note) VALUES (?1, ?2, ?3, ?4, 'note', ?5)",
                params![kind, id, at, reviewer, note],
            )?;
            let event = tx.last_insert_rowid();
            crate::audit::append(tx, &reviewer, "review.note", &serde_json::json!({
                "target": kind, "id": id, "event": event,
            }))?;
            Ok(event)
        })
    }

    fn status_of(&self, target: Target) -> Result<ReviewStatus> {
        let (kind, id) = target.parts();
        let s: Option<String> = self
            .conn
            .query_row(
                "SELECT status FROM reviews WHERE target_kind = ?1 AND target_id = ?2",
                params![kind, id],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        Ok(s.and_then(|s| ReviewStatus::parse(&s))
            .unwrap_or(ReviewStatus::New))
    }

    fn events_of(&self, target: Target) -> Result<Vec<ReviewEvent>> {
        let (kind, id) = target.parts();
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, at, reviewer, kind, status, note FROM review_events WHERE target_kind = ?1 AND target_id = ?2 ORDER BY id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![kind, id], event_row)
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    fn set_watch(&mut self, kind: WatchKind, target: &str, reviewer: &str, on: bool) -> Result<()> {
        let kind = kind.as_str();
        let at = to_text(&now());
        let reviewer = non_empty_reviewer(reviewer)?;
        self.write(|tx| {
            if on {
                tx.execute(
                    "INSERT OR IGNORE INTO watch (target_kind, target, reviewer, since, last_look) VALUES (?1, ?2, ?3, ?4, ?4)",
                    params![kind, target, reviewer, at],
                )?;
            } else {
                tx.execute(
                    "DELETE FROM watch WHERE target_kind = ?1 AND target = ?2 AND reviewer = ?3",
                    params![kind, target, reviewer],
                )?;
            }
            crate::audit::append(tx, &reviewer, if on { "watch.add" } else { "watch.remove" },
                &serde_json::json!({"kind": kind, "target": target}))?;
            Ok(())
        })
    }

    fn watches(&self, reviewer: &str) -> Result<Vec<Watch>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT target_kind, target, reviewer, since, last_look FROM watch WHERE reviewer = ?1 ORDER BY target_kind, target",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([reviewer], |r| {
                let kind: String = r.get(0)?;
                let since: String = r.get(3)?;
                let look: String = r.get(4)?;
                let (target, reviewer) = (r.get(1)?, r.get(2)?);
                Ok(WatchKind::parse(&kind).map(|kind| Watch {
                    kind,
                    target,
                    reviewer,
                    since: parse_time(&since).unwrap_or_default(),
                    last_look: parse_time(&look).unwrap_or_default(),
                }))
            })
            .map_err(|e| self.err(e))?;
        // A kind this build does not know (from a newer one) is left out.
        let rows: Vec<Option<Watch>> = rows
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))?;
        Ok(rows.into_iter().flatten().collect())
    }

    fn alerts(&mut self, reviewer: &str, mark_seen: bool) -> Result<Vec<(Watch, i64)>> {
        let mut out = Vec::new();
        for w in self.watches(reviewer)? {
            let look = to_text(&w.last_look);
            let sql = if w.kind == WatchKind::Network {
                "SELECT ad_id FROM network_members WHERE network_id = CAST(?1 AS INTEGER) AND joined_at > ?2 ORDER BY ad_id"
            } else {
                "SELECT DISTINCT p.ad_id FROM phones p JOIN ads a ON a.id = p.ad_id WHERE p.e164 = ?1 AND a.first_seen > ?2 ORDER BY p.ad_id"
            };
            let mut stmt = self.conn.prepare(sql).map_err(|e| self.err(e))?;
            let ids: Vec<i64> = stmt
                .query_map(params![w.target, look], |r| r.get(0))
                .map_err(|e| self.err(e))?
                .collect::<rusqlite::Result<_>>()
                .map_err(|e| self.err(e))?;
            out.extend(ids.into_iter().map(|id| (w.clone(), id)));
        }
        if mark_seen {
            let at = to_text(&now());
            self.write(|tx| {
                tx.execute(
                    "UPDATE watch SET last_look = ?2 WHERE reviewer = ?1",
                    params![reviewer, at],
                )?;
                Ok(())
            })?;
        }
        Ok(out)
    }
}

/// A review event from `id, at, reviewer, kind, status, note`.
fn event_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ReviewEvent> {
    let at: String = r.get(1)?;
    let status: Option<String> = r.get(4)?;
    Ok(ReviewEvent {
        id: r.get(0)?,
        at: parse_time(&at).unwrap_or_default(),
        reviewer: r.get(2)?,
        kind: r.get(3)?,
        status: status.and_then(|s| ReviewStatus::parse(&s)),
        note: r.get(5)?,
    })
}

impl Store {
    /// A status change; with `seen = Some(last)`, only while the case's
    /// newest status event is still `last` ([`StoreError::Stale`] otherwise).
    fn status_change(
        &mut self,
        target: Target,
        status: ReviewStatus,
        reviewer: &str,
        note: Option<&str>,
        seen: Option<Option<i64>>,
    ) -> Result<i64> {
        self.check_target(target)?;
        let (kind, id) = target.parts();
        let at = to_text(&now());
        let reviewer = non_empty_reviewer(reviewer)?;
        self.write(|tx| {
            if let Some(seen) = seen {
                let last = tx
                    .query_row(
                        "SELECT id, at, reviewer, kind, status, note FROM review_events
                         WHERE target_kind = ?1 AND target_id = ?2 AND kind = 'status' ORDER BY id DESC LIMIT 1",
                        params![kind, id],
                        event_row,
                    )
                    .optional()?;
                if last.as_ref().map(|e| e.id) != seen {
                    return Ok(Err(stale(target, last)));
                }
            }
            tx.execute(
                "INSERT INTO review_events (target_kind, target_id, at, reviewer, kind, status, note) VALUES (?1, ?2, ?3, ?4, 'status', ?5, ?6)",
                params![kind, id, at, reviewer, status.as_str(), note],
            )?;
            let event = tx.last_insert_rowid();
            tx.execute(
                "INSERT INTO reviews (target_kind, target_id, status, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(target_kind, target_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                params![kind, id, status.as_str(), at, reviewer],
            )?;
            crate::audit::append(tx, &reviewer, "review.status", &serde_json::json!({
                "target": kind, "id": id, "status": status.as_str(), "with_note": note.is_some(), "event": event,
            }))?;
            Ok(Ok(event))
        })?
    }

    /// Fails with `NotFound` unless the ad or network exists.
    pub(crate) fn check_target(&self, target: Target) -> Result<()> {
        let (kind, id) = target.parts();
        let sql = match kind {
            "ad" => "SELECT 1 FROM ads WHERE id = ?1",
            _ => "SELECT 1 FROM networks WHERE id = ?1",
        };
        let found: Option<i64> = self
            .conn
            .query_row(sql, [id], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))?;
        match found {
            Some(_) => Ok(()),
            None => Err(StoreError::NoSuchCase {
                kind: kind.to_string(),
                id,
            }),
        }
    }
}

/// The refusal of a stale status change on `target`, whose newest status
/// event is `last`.
pub(crate) fn stale(target: Target, last: Option<ReviewEvent>) -> StoreError {
    let (kind, id) = target.parts();
    match last {
        Some(e) => StoreError::Stale {
            target: format!("{kind} {id}"),
            by: e.reviewer,
            at: to_text(&e.at),
            status: e.status.map(|s| s.as_str()).unwrap_or("new").to_string(),
        },
        None => StoreError::Stale {
            target: format!("{kind} {id}"),
            by: String::new(),
            at: String::new(),
            status: "new".into(),
        },
    }
}

pub(crate) fn non_empty_reviewer(reviewer: &str) -> Result<String> {
    let r = reviewer.trim();
    if r.is_empty() {
        return Err(StoreError::Invalid(
            "a reviewer name is needed (--reviewer, the config, or the OS user)".into(),
        ));
    }
    Ok(r.to_string())
}
