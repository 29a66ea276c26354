//! The facts about a store that must hold across a crash or a full disk,
//! read with raw SQL through store's test-only `test-sql` feature.

use std::collections::BTreeSet;
use std::path::Path;

/// The facts about a store that must never go backwards across a crash.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoreFacts {
    /// `PRAGMA integrity_check`.
    pub integrity: String,
    /// Every ad URL.
    pub ad_urls: BTreeSet<String>,
    /// Every review event (id, target id, kind, note).
    pub events: BTreeSet<(i64, i64, String, Option<String>)>,
    /// Ad URLs whose frontier row was fetched and is not due before `due_after`.
    pub fetched_not_due: BTreeSet<String>,
}

/// Reads [`StoreFacts`] from the database at `db` (opening it as the tools do).
pub fn store_facts(db: &Path) -> Result<StoreFacts, String> {
    let store = store::Store::open(db).map_err(|e| e.to_string())?;
    let conn = store.test_conn();
    let q = |sql: &str| -> Result<Vec<String>, String> {
        let mut stmt = conn.prepare(sql).map_err(|e| e.to_string())?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(|e| e.to_string())?;
        rows.collect::<Result<_, _>>().map_err(|e| e.to_string())
    };
    let integrity = store.integrity_check().map_err(|e| e.to_string())?;
    let ad_urls = q("SELECT url FROM ads")?.into_iter().collect();
    let now = store::to_text(&store::now());
    let fetched_not_due = {
        let mut stmt = conn
            .prepare(
                "SELECT url FROM frontier WHERE kind = 'ad' AND last_fetched IS NOT NULL
                 AND state = 'pending' AND due_at > ?1",
            )
            .map_err(|e| e.to_string())?;
        let rows = stmt
            .query_map([&now], |r| r.get::<_, String>(0))
            .map_err(|e| e.to_string())?;
        rows.collect::<Result<_, _>>().map_err(|e| e.to_string())?
    };
    let events = {
        let mut stmt = conn
            .prepare("SELECT id, target_id, kind, note FROM review_events")
            .map_err(|e| e.to_string())?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .map_err(|e| e.to_string())?;
        rows.collect::<Result<_, _>>().map_err(|e| e.to_string())?
    };
    Ok(StoreFacts {
        integrity,
        ad_urls,
        events,
        fetched_not_due,
    })
}

/// Compares the facts before and after a crash: integrity ok, no ad URL
/// lost, no review event lost or changed. Returns the problems found.
pub fn compare_facts(before: &StoreFacts, after: &StoreFacts) -> Vec<String> {
    let mut problems = Vec::new();
    if after.integrity != "ok" {
        problems.push(format!("integrity_check: {}", after.integrity));
    }
    let lost: Vec<&String> = before.ad_urls.difference(&after.ad_urls).collect();
    if !lost.is_empty() {
        problems.push(format!(
            "{} ad URLs lost, e.g. {:?}",
            lost.len(),
            &lost[..lost.len().min(3)]
        ));
    }
    let lost_events: Vec<_> = before.events.difference(&after.events).collect();
    if !lost_events.is_empty() {
        problems.push(format!(
            "{} review events lost or changed, e.g. {:?}",
            lost_events.len(),
            &lost_events[..lost_events.len().min(3)]
        ));
    }
    problems
}
