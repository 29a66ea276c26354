//! Retention: ads not seen for the retention period (default 180 days) are
//! purged with everything derived from them, unless an open review status
//! (`needs_outreach`, `contacted`, `referred`) keeps the case until closed.
//! Every purge is audited with its counts; a dry run shows what would go.
//!
//! The contact log is kept per number: an entry older than the retention
//! period goes once no kept ad carries its number. The do-not-contact list
//! stays (it protects the person from being contacted again).

use crate::review::ReviewStatus;
use crate::{now, to_text, Result, Store};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// The default retention period.
pub const DEFAULT_RETENTION: Duration = Duration::from_secs(180 * 24 * 3600);

/// What a purge removed (or would remove).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PurgeReport {
    /// Ads not seen since this time were candidates.
    pub cutoff: Option<DateTime<Utc>>,
    /// Ids of ads purged (or to purge).
    pub ad_ids: Vec<i64>,
    /// Candidates kept because their case is open.
    pub kept_open_cases: usize,
    /// Contact-log entries purged (or to purge): older than the cutoff, for
    /// numbers no kept ad carries.
    #[serde(default)]
    pub contacts: usize,
    /// Whether anything was actually deleted.
    pub dry_run: bool,
}

/// The SQL of a purge for placeholder `p` (`?1` or `$1`, the cutoff):
/// the ads to purge, the candidates an open case keeps, and the stale
/// contact-log entries.
pub(crate) fn purge_sql(p: &str) -> (String, String, String) {
    let keep: Vec<String> = ReviewStatus::ALL
        .into_iter()
        .filter(|s| s.keeps_data())
        .map(|s| format!("'{}'", s.as_str()))
        .collect();
    // An ad is kept if its own case or its network's case is open.
    let open = format!(
        "EXISTS (SELECT 1 FROM reviews r WHERE r.target_kind = 'ad' AND r.target_id = a.id AND r.status IN ({k}))
         OR EXISTS (SELECT 1 FROM reviews r JOIN network_members m ON m.network_id = r.target_id
                    WHERE r.target_kind = 'network' AND m.ad_id = a.id AND r.status IN ({k}))",
        k = keep.join(",")
    );
    let select = |kept: bool| {
        format!(
            "SELECT a.id FROM ads a WHERE a.last_seen < {p} AND {}({open}) ORDER BY a.id",
            if kept { "" } else { "NOT " }
        )
    };
    // Contacts whose number is on no ad that stays.
    let stale_contacts = format!(
        "SELECT c.id FROM contacts c WHERE c.at < {p} AND NOT EXISTS (
             SELECT 1 FROM phones p JOIN ads a ON a.id = p.ad_id
             WHERE p.e164 = c.e164 AND (a.last_seen >= {p} OR {open}))"
    );
    (select(false), select(true), stale_contacts)
}

/// The audit details of a purge.
pub(crate) fn purge_details(
    report: &PurgeReport,
    cut: &str,
    retention: Duration,
) -> serde_json::Value {
    serde_json::json!({
        "cutoff": cut, "purged_ads": report.ad_ids.len(), "kept_open_cases": report.kept_open_cases,
        "purged_contacts": report.contacts,
        "retention_days": retention.as_secs() / 86_400,
    })
}

impl crate::roles::RetentionStore for Store {
    fn may_purge(&self) -> Result<bool> {
        Ok(true)
    }
    fn purge(&mut self, retention: Duration, actor: &str, dry_run: bool) -> Result<PurgeReport> {
        Store::purge(self, retention, actor, dry_run)
    }
}

impl Store {
    /// Purges ads not seen for `retention` as `actor`. With `dry_run`, only reports.
    pub fn purge(
        &mut self,
        retention: Duration,
        actor: &str,
        dry_run: bool,
    ) -> Result<PurgeReport> {
        let cutoff = now() - chrono::Duration::from_std(retention).unwrap_or(chrono::Duration::MAX);
        let cut = to_text(&cutoff);
        let (purged, kept, stale_contacts) = purge_sql("?1");
        let ids = |store: &Store, sql: &str| -> Result<Vec<i64>> {
            let mut stmt = store.conn.prepare(sql).map_err(|e| store.err(e))?;
            let rows = stmt
                .query_map([&cut], |r| r.get(0))
                .map_err(|e| store.err(e))?;
            rows.collect::<rusqlite::Result<_>>()
                .map_err(|e| store.err(e))
        };
        let ad_ids = ids(self, &purged)?;
        let kept_open_cases = ids(self, &kept)?.len();
        let contacts = ids(self, &stale_contacts)?;
        let report = PurgeReport {
            cutoff: Some(cutoff),
            ad_ids,
            kept_open_cases,
            contacts: contacts.len(),
            dry_run,
        };
        if dry_run {
            return Ok(report);
        }
        let details = purge_details(&report, &cut, retention);
        self.write(|tx| {
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('purge_in_progress', '1')",
                [],
            )?;
            for id in &report.ad_ids {
                tx.execute(
                    "DELETE FROM review_events WHERE target_kind = 'ad' AND target_id = ?1",
                    [id],
                )?;
                tx.execute(
                    "DELETE FROM reviews WHERE target_kind = 'ad' AND target_id = ?1",
                    [id],
                )?;
                tx.execute(
                    "DELETE FROM frontier WHERE url = (SELECT url FROM ads WHERE id = ?1)",
                    [id],
                )?;
                tx.execute("DELETE FROM ads WHERE id = ?1", [id])?;
            }
            for id in &contacts {
                tx.execute("DELETE FROM contacts WHERE id = ?1", [id])?;
            }
            // The trend counts lose the purged ads in the same transaction.
            crate::tally::settle(tx)?;
            tx.execute("DELETE FROM meta WHERE key = 'purge_in_progress'", [])?;
            crate::audit::append(tx, actor, "purge", &details)?;
            Ok(())
        })?;
        Ok(report)
    }
}
