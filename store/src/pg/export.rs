//! [`ExportStore`](crate::ExportStore) and [`AuditStore`](crate::AuditStore)
//! on PostgreSQL: the export's reads with the SQLite store's meaning, in a
//! `REPEATABLE READ` read-only snapshot, and the audit log (within the
//! reader's organisation, see [`super::orgs`]).

use super::PgStore;
use crate::ads::AdId;
use crate::audit::AuditEvent;
use crate::export::{ExportCensus, ExportRecord};
use crate::filter::{pg_ad_filter, ListFilter, PG_AD_FROM};
use crate::prelude::*;
use crate::review::Target;
use crate::{parse_time, Result};
use postgres::types::ToSql;
use std::collections::BTreeSet;

/// A read-only `REPEATABLE READ` transaction on the store's connection:
/// while it lives every read sees one state of the database. Ends on drop.
pub struct PgSnapshot<'a> {
    store: &'a PgStore,
}

impl Drop for PgSnapshot<'_> {
    fn drop(&mut self) {
        // A read-only transaction has nothing to commit; ending it cannot lose data.
        let _ = self.store.client.borrow_mut().batch_execute("COMMIT");
    }
}

impl PgStore {
    /// The normalised place of ad `id` (`None` when it names no place).
    pub fn place_of(&self, id: AdId) -> Result<Option<places::Place>> {
        let row = self.query_opt(
            "SELECT place_name, place_country, place_lat, place_lon FROM ads WHERE id = $1",
            &[&id],
        )?;
        Ok(row.and_then(|r| {
            let name: Option<String> = r.get(0);
            name.map(|name| places::Place {
                name,
                country: r.get(1),
                lat: r.get(2),
                lon: r.get(3),
            })
        }))
    }

    fn column_i64(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<i64>> {
        Ok(self
            .query(sql, params)?
            .iter()
            .map(|r| r.get::<_, i64>(0))
            .collect())
    }
}

impl crate::roles::ExportStore for PgStore {
    type Snapshot<'a> = PgSnapshot<'a>;

    fn read_snapshot(&self) -> Result<PgSnapshot<'_>> {
        self.client
            .borrow_mut()
            .batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            .map_err(|e| self.err(e))?;
        let snapshot = PgSnapshot { store: self };
        // The snapshot is taken at the first read.
        self.query_one("SELECT count(*) FROM meta", &[])?;
        Ok(snapshot)
    }

    fn encrypted_at_rest(&self) -> bool {
        // The server's disks are the server's business: nothing to warn of.
        false
    }

    fn export_ad_ids(&self, f: &ListFilter) -> Result<Vec<AdId>> {
        let (clause, args) = pg_ad_filter(f);
        let sql = format!("SELECT a.id{PG_AD_FROM}{clause} ORDER BY a.id");
        let boxed = super::queue::params(&args);
        let refs: Vec<&(dyn ToSql + Sync)> = boxed.iter().map(|b| b.as_ref()).collect();
        self.column_i64(&sql, &refs)
    }

    fn export_record(&self, id: AdId) -> Result<Option<ExportRecord>> {
        let Some(stored) = self.ad(id)? else {
            return Ok(None);
        };
        let (text_cluster, image_cluster) = self.clusters_of(id)?;
        Ok(Some(ExportRecord {
            analysis: self.analysis(id)?,
            phones: self.phones_of(id)?,
            images: self.images_of(id)?,
            text_cluster,
            image_cluster,
            network_id: self.network_of(id)?,
            status: self.status_of(Target::Ad(id))?,
            events: self.events_of(Target::Ad(id))?,
            place: self.place_of(id)?,
            stored,
        }))
    }

    fn export_network_ids(&self, ids: &[AdId]) -> Result<Vec<i64>> {
        self.column_i64(
            "SELECT DISTINCT network_id FROM network_members WHERE ad_id = ANY($1) ORDER BY network_id",
            &[&ids],
        )
    }

    fn export_all_network_ids(&self) -> Result<Vec<i64>> {
        self.column_i64("SELECT id FROM networks ORDER BY id", &[])
    }

    fn export_census(&self, ids: &[AdId], networks: &[i64]) -> Result<ExportCensus> {
        let row = self.query_one(
            "SELECT count(name), count(*) FILTER (WHERE length(text) > 0 OR length(COALESCE(title, '')) > 0),
                    (SELECT count(*) FROM images WHERE ad_id = ANY($1)),
                    (SELECT count(DISTINCT e164) FROM phones WHERE ad_id = ANY($1))
             FROM ads WHERE id = ANY($1)",
            &[&ids],
        )?;
        let selected: BTreeSet<AdId> = ids.iter().copied().collect();
        let others = self
            .column_i64(
                "SELECT ad_id FROM network_members WHERE network_id = ANY($1)",
                &[&networks],
            )?
            .into_iter()
            .filter(|a| !selected.contains(a))
            .count();
        Ok(ExportCensus {
            ads: ids.len(),
            urls: ids.len(),
            networks: networks.len(),
            names: row.get::<_, i64>(0) as usize,
            texts: row.get::<_, i64>(1) as usize,
            images: row.get::<_, i64>(2) as usize,
            phone_numbers: row.get::<_, i64>(3) as usize,
            other_network_ads: others,
        })
    }

    fn export_phone_strings(&self) -> Result<Vec<(String, Option<String>)>> {
        let mut out = BTreeSet::new();
        for r in self.query(
            "SELECT e164, e164 FROM phones UNION SELECT raw, e164 FROM phones
             UNION SELECT e164, e164 FROM blocked_phones",
            &[],
        )? {
            out.insert((r.get::<_, String>(0), Some(r.get::<_, String>(1))));
        }
        for r in self.query(
            "SELECT DISTINCT j #>> '{}' FROM ads, jsonb_array_elements(ads.phones_json::jsonb) j
             WHERE jsonb_typeof(j) = 'string'",
            &[],
        )? {
            out.insert((r.get::<_, String>(0), None));
        }
        Ok(out.into_iter().collect())
    }

    fn export_link_counts(&self, members: &[AdId]) -> Result<Vec<(String, u64)>> {
        if members.is_empty() {
            return Ok(Vec::new());
        }
        Ok(self
            .query(
                "SELECT kind, count(*) FROM links WHERE a = ANY($1) AND b = ANY($1) GROUP BY kind ORDER BY kind",
                &[&members],
            )?
            .iter()
            .map(|r| (r.get::<_, String>(0), r.get::<_, i64>(1) as u64))
            .collect())
    }

    fn export_rules_version(&self) -> Result<Option<String>> {
        Ok(self
            .query_opt(
                "SELECT rules_version FROM analysis ORDER BY analysed_at DESC, ad_id DESC LIMIT 1",
                &[],
            )?
            .map(|r| r.get(0)))
    }
}

impl crate::roles::AuditStore for PgStore {
    fn audit(&mut self, actor: &str, action: &str, details: &serde_json::Value) -> Result<()> {
        self.write(|tx| super::links::audit(tx, actor, action, details))
    }

    fn audit_log(&self, action: Option<&str>, limit: usize) -> Result<Vec<AuditEvent>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        Ok(self
            .query(
                "SELECT id, at, actor, action, details FROM audit
                 WHERE $1::TEXT IS NULL OR action = $1 ORDER BY id DESC LIMIT $2",
                &[&action, &limit],
            )?
            .iter()
            .map(|r| AuditEvent {
                id: r.get(0),
                at: parse_time(r.get(1)).unwrap_or_default(),
                actor: r.get(2),
                action: r.get(3),
                details: serde_json::from_str(r.get(4)).unwrap_or_default(),
            })
            .collect())
    }
}
