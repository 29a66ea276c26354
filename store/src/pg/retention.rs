//! [`RetentionStore`](crate::RetentionStore) on PostgreSQL: the same purge
//! as SQLite's ([`crate::retention`]), refused unless the connection may
//! see every organisation's review rows (the owner, or a role that bypasses
//! row-level security): an open case another organisation holds must keep
//! its ads.

use super::PgStore;
use crate::retention::{purge_details, purge_sql, PurgeReport};
use crate::{now, to_text, Result, StoreError};
use std::time::Duration;

impl crate::roles::RetentionStore for PgStore {
    fn may_purge(&self) -> Result<bool> {
        Ok(self
            .query_one(
                "SELECT pg_get_userbyid(c.relowner) = current_user
                        OR (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user)
                 FROM pg_class c WHERE c.oid = 'reviews'::regclass",
                &[],
            )?
            .get(0))
    }

    fn purge(&mut self, retention: Duration, actor: &str, dry_run: bool) -> Result<PurgeReport> {
        if !self.may_purge()? {
            return Err(StoreError::Invalid(format!(
                "database {}: a purge on PostgreSQL must run as the store's owner, which sees every \
                 organisation's open cases (row-level security hides them from other roles)",
                self.url()
            )));
        }
        let cutoff = now() - chrono::Duration::from_std(retention).unwrap_or(chrono::Duration::MAX);
        let cut = to_text(&cutoff);
        let (purged, kept, stale) = purge_sql("$1");
        let ids = |sql: &str| -> Result<Vec<i64>> {
            Ok(self.query(sql, &[&cut])?.iter().map(|r| r.get(0)).collect())
        };
        let report = PurgeReport {
            cutoff: Some(cutoff),
            ad_ids: ids(&purged)?,
            kept_open_cases: ids(&kept)?.len(),
            contacts: ids(&stale)?.len(),
            dry_run,
        };
        if dry_run {
            return Ok(report);
        }
        let contacts = ids(&stale)?;
        let details = purge_details(&report, &cut, retention);
        let ads = report.ad_ids.clone();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('purge_in_progress', '1')
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                &[],
            )?;
            tx.execute(
                "DELETE FROM review_events WHERE target_kind = 'ad' AND target_id = ANY($1)",
                &[&ads],
            )?;
            tx.execute(
                "DELETE FROM reviews WHERE target_kind = 'ad' AND target_id = ANY($1)",
                &[&ads],
            )?;
            tx.execute(
                "DELETE FROM frontier WHERE url IN (SELECT url FROM ads WHERE id = ANY($1))",
                &[&ads],
            )?;
            tx.execute("DELETE FROM ads WHERE id = ANY($1)", &[&ads])?;
            tx.execute("DELETE FROM contacts WHERE id = ANY($1)", &[&contacts])?;
            tx.execute("DELETE FROM meta WHERE key = 'purge_in_progress'", &[])?;
            super::links::audit(tx, actor, "purge", &details)
        })?;
        Ok(report)
    }
}
