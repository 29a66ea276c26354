//! [`ReviewStore`](crate::ReviewStore) on PostgreSQL: statuses, notes and
//! watches with the SQLite store's meaning, within the reviewer's
//! organisation (row-level security, see [`super::orgs`]). A status change
//! that must still see the status its caller read takes a transaction-level
//! advisory lock on the case, so two reviewers changing one case at once
//! are put in order and the second is refused as stale.

use super::PgStore;
use crate::review::{
    non_empty_reviewer, stale, ReviewEvent, ReviewStatus, Target, Watch, WatchKind,
};
use crate::{now, parse_time, to_text, Result, StoreError};
use postgres::Row;

const EVENT_COLS: &str = "id, at, reviewer, kind, status, note";

fn event_from(r: &Row) -> ReviewEvent {
    let at: String = r.get(1);
    let status: Option<String> = r.get(4);
    ReviewEvent {
        id: r.get(0),
        at: parse_time(&at).unwrap_or_default(),
        reviewer: r.get(2),
        kind: r.get(3),
        status: status.and_then(|s| ReviewStatus::parse(&s)),
        note: r.get(5),
    }
}

/// A watch row; `None` for a kind this build does not know.
pub(super) fn watch_from(r: &Row) -> Option<Watch> {
    let since: String = r.get(3);
    let look: String = r.get(4);
    Some(Watch {
        kind: WatchKind::parse(r.get(0))?,
        target: r.get(1),
        reviewer: r.get(2),
        since: parse_time(&since).unwrap_or_default(),
        last_look: parse_time(&look).unwrap_or_default(),
    })
}

impl PgStore {
    /// Fails with `NotFound` unless the ad or network exists.
    pub(super) fn check_target(&self, target: Target) -> Result<()> {
        let (kind, id) = target.parts();
        let sql = match kind {
            "ad" => "SELECT 1 FROM ads WHERE id = $1",
            _ => "SELECT 1 FROM networks WHERE id = $1",
        };
        match self.query_opt(sql, &[&id])? {
            Some(_) => Ok(()),
            None => Err(StoreError::NoSuchCase {
                kind: kind.to_string(),
                id,
            }),
        }
    }

    /// A status change, checked against `seen` when given (see
    /// [`crate::ReviewStore::set_status_if`]).
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
        let last_sql = format!(
            "SELECT {EVENT_COLS} FROM review_events WHERE target_kind = $1 AND target_id = $2 AND kind = 'status' ORDER BY id DESC LIMIT 1"
        );
        self.write(|tx| {
            if let Some(seen) = seen {
                tx.execute(
                    "SELECT pg_advisory_xact_lock(hashtext('review:' || $1::text || ':' || $2::bigint::text))",
                    &[&kind, &id],
                )?;
                let last = tx.query_opt(last_sql.as_str(), &[&kind, &id])?;
                let last = last.as_ref().map(event_from);
                if last.as_ref().map(|e| e.id) != seen {
                    return Ok(Err(stale(target, last)));
                }
            }
            let st = tx.prepare_cached(
                "INSERT INTO review_events (target_kind, target_id, at, reviewer, kind, status, note)
                 VALUES ($1, $2, $3, $4, 'status', $5, $6) RETURNING id",
            )?;
            let event: i64 = tx
                .query_one(&st, &[&kind, &id, &at, &reviewer, &status.as_str(), &note])?
                .get(0);
            let st = tx.prepare_cached(
                "INSERT INTO reviews (target_kind, target_id, status, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (org, target_kind, target_id) DO UPDATE
                 SET status = excluded.status, updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            )?;
            tx.execute(&st, &[&kind, &id, &status.as_str(), &at, &reviewer])?;
            super::links::audit(
                tx,
                &reviewer,
                "review.status",
                &serde_json::json!({
                    "target": kind, "id": id, "status": status.as_str(), "with_note": note.is_some(), "event": event,
                }),
            )?;
            Ok(Ok(event))
        })?
    }
}

impl crate::roles::ReviewStore for PgStore {
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
        let sql = format!(
            "SELECT {EVENT_COLS} FROM review_events WHERE target_kind = $1 AND target_id = $2 AND kind = 'status' ORDER BY id DESC LIMIT 1"
        );
        Ok(self
            .query_opt(&sql, &[&kind, &id])?
            .as_ref()
            .map(event_from))
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
            let st = tx.prepare_cached(
                "INSERT INTO review_events (target_kind, target_id, at, reviewer, kind, note)
                 VALUES ($1, $2, $3, $4, 'note', $5) RETURNING id",
            )?;
            let event: i64 = tx
                .query_one(&st, &[&kind, &id, &at, &reviewer, &note])?
                .get(0);
            super::links::audit(
                tx,
                &reviewer,
                "review.note",
                &serde_json::json!({"target": kind, "id": id, "event": event}),
            )?;
            Ok(event)
        })
    }

    fn status_of(&self, target: Target) -> Result<ReviewStatus> {
        let (kind, id) = target.parts();
        // Within the organisation (row-level security), the newest row:
        // the owner sees every organisation's and takes the latest.
        let row = self.query_opt(
            "SELECT status FROM reviews WHERE target_kind = $1 AND target_id = $2 ORDER BY updated_at DESC LIMIT 1",
            &[&kind, &id],
        )?;
        Ok(row
            .and_then(|r| ReviewStatus::parse(&r.get::<_, String>(0)))
            .unwrap_or(ReviewStatus::New))
    }

    fn events_of(&self, target: Target) -> Result<Vec<ReviewEvent>> {
        let (kind, id) = target.parts();
        let sql = format!(
            "SELECT {EVENT_COLS} FROM review_events WHERE target_kind = $1 AND target_id = $2 ORDER BY id"
        );
        Ok(self
            .query(&sql, &[&kind, &id])?
            .iter()
            .map(event_from)
            .collect())
    }

    fn set_watch(&mut self, kind: WatchKind, target: &str, reviewer: &str, on: bool) -> Result<()> {
        let kind = kind.as_str();
        let at = to_text(&now());
        let reviewer = non_empty_reviewer(reviewer)?;
        self.write(|tx| {
            if on {
                tx.execute(
                    "INSERT INTO watch (target_kind, target, reviewer, since, last_look) VALUES ($1, $2, $3, $4, $4)
                     ON CONFLICT DO NOTHING",
                    &[&kind, &target, &reviewer, &at],
                )?;
            } else {
                tx.execute(
                    "DELETE FROM watch WHERE target_kind = $1 AND target = $2 AND reviewer = $3",
                    &[&kind, &target, &reviewer],
                )?;
            }
            super::links::audit(
                tx,
                &reviewer,
                if on { "watch.add" } else { "watch.remove" },
                &serde_json::json!({"kind": kind, "target": target}),
            )
        })
    }

    fn watches(&self, reviewer: &str) -> Result<Vec<Watch>> {
        Ok(self
            .query(
                "SELECT target_kind, target, reviewer, since, last_look FROM watch WHERE reviewer = $1 ORDER BY target_kind, target",
                &[&reviewer],
            )?
            .iter()
            .filter_map(watch_from)
            .collect())
    }

    fn alerts(&mut self, reviewer: &str, mark_seen: bool) -> Result<Vec<(Watch, i64)>> {
        let mut out = Vec::new();
        for w in self.watches(reviewer)? {
            let look = to_text(&w.last_look);
            let rows = if w.kind == WatchKind::Network {
                let Ok(net) = w.target.parse::<i64>() else {
                    continue;
                };
                self.query(
                    "SELECT ad_id FROM network_members WHERE network_id = $1 AND joined_at > $2 ORDER BY ad_id",
                    &[&net, &look],
                )?
            } else {
                self.query(
                    "SELECT DISTINCT p.ad_id FROM phones p JOIN ads a ON a.id = p.ad_id
                     WHERE p.e164 = $1 AND a.first_seen > $2 ORDER BY p.ad_id",
                    &[&w.target, &look],
                )?
            };
            out.extend(rows.iter().map(|r| (w.clone(), r.get::<_, i64>(0))));
        }
        if mark_seen {
            let at = to_text(&now());
            self.write(|tx| {
                tx.execute(
                    "UPDATE watch SET last_look = $2 WHERE reviewer = $1",
                    &[&reviewer, &at],
                )?;
                Ok(())
            })?;
        }
        Ok(out)
    }
}
