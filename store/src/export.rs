//! Read paths for `review export`: the selection (ad ids matching a filter, in
//! id order), one ad's full record, the networks touched by a selection, a
//! census of the personal data a selection carries (shown before anyone
//! confirms an export), every stored phone string (for pseudonymisation), and
//! a read snapshot so one export sees one consistent database state while the
//! daemon keeps writing.
//!
//! Everything here is read-only; ads are fetched one at a time so an export
//! of a million ads never holds them all in memory.

use crate::ads::{AdId, StoredAd};
use crate::analysis::StoredAnalysis;
use crate::prelude::*;
use crate::query::{ListFilter, StoredImage};
use crate::review::{ReviewEvent, ReviewStatus, Target};
use crate::{Result, Store};
use model::PhoneMatch;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Ids per `IN (...)` list, well under SQLite's variable limit.
const CHUNK: usize = 500;

/// Everything the export writes about one ad.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportRecord {
    /// The ad and its bookkeeping.
    pub stored: StoredAd,
    /// Its analysis, if analysed.
    pub analysis: Option<StoredAnalysis>,
    /// Phones found (text and structured field).
    pub phones: Vec<PhoneMatch>,
    /// Image URLs and hashes.
    pub images: Vec<StoredImage>,
    /// Text cluster id.
    pub text_cluster: Option<i64>,
    /// Image cluster id.
    pub image_cluster: Option<i64>,
    /// Network id.
    pub network_id: Option<i64>,
    /// Current review status.
    pub status: ReviewStatus,
    /// Review history, oldest first.
    pub events: Vec<ReviewEvent>,
    /// The normalised place of the ad's location (see [`crate::places`]).
    pub place: Option<places::Place>,
}

/// How much personal data a selection carries: what a person confirms
/// before an export leaves the machine.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportCensus {
    /// Ads selected.
    pub ads: usize,
    /// Ads with a name.
    pub names: usize,
    /// Ads with a non-empty text or title.
    pub texts: usize,
    /// Ad URLs (one per ad).
    pub urls: usize,
    /// Distinct phone numbers in the selected ads.
    pub phone_numbers: usize,
    /// Image URLs in the selected ads.
    pub images: usize,
    /// Networks the selected ads belong to.
    pub networks: usize,
    /// Ads of those networks that are not selected themselves (their names,
    /// numbers and cities appear in the network summaries).
    pub other_network_ads: usize,
}

/// A read transaction: while it lives, this connection sees one fixed state
/// of the database (WAL readers never block the writer). Ends on drop.
pub struct Snapshot<'a> {
    store: &'a Store,
}

impl Drop for Snapshot<'_> {
    fn drop(&mut self) {
        // A read transaction has nothing to commit; ending it cannot lose data.
        let _ = self.store.conn.execute_batch("COMMIT");
    }
}

impl crate::roles::ExportStore for Store {
    type Snapshot<'a> = Snapshot<'a>;

    fn read_snapshot(&self) -> Result<Snapshot<'_>> {
        self.conn
            .execute_batch("BEGIN DEFERRED")
            .map_err(|e| self.err(e))?;
        let snapshot = Snapshot { store: self };
        // A deferred transaction takes its snapshot at the first read.
        self.conn
            .query_row("SELECT COUNT(*) FROM meta", [], |r| r.get::<_, i64>(0))
            .map_err(|e| self.err(e))?;
        Ok(snapshot)
    }

    fn encrypted_at_rest(&self) -> bool {
        self.is_encrypted()
    }

    fn export_ad_ids(&self, f: &ListFilter) -> Result<Vec<AdId>> {
        let mut sql = format!("SELECT a.id{}", crate::filter::AD_FROM);
        let (clause, args) = crate::filter::ad_filter(f);
        sql.push_str(&clause);
        sql.push_str(" ORDER BY a.id");
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args), |r| r.get::<_, i64>(0))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
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
        let mut nets = BTreeSet::new();
        for chunk in ids.chunks(CHUNK) {
            let sql = format!(
                "SELECT DISTINCT network_id FROM network_members WHERE ad_id IN ({})",
                id_list(chunk)
            );
            nets.extend(self.column_i64(&sql)?);
        }
        Ok(nets.into_iter().collect())
    }

    fn export_all_network_ids(&self) -> Result<Vec<i64>> {
        self.column_i64("SELECT id FROM networks ORDER BY id")
    }

    fn export_census(&self, ids: &[AdId], networks: &[i64]) -> Result<ExportCensus> {
        let mut c = ExportCensus {
            ads: ids.len(),
            urls: ids.len(),
            networks: networks.len(),
            ..ExportCensus::default()
        };
        let mut phones = BTreeSet::new();
        for chunk in ids.chunks(CHUNK) {
            let list = id_list(chunk);
            let (names, texts, images): (i64, i64, i64) = self
                .conn
                .query_row(
                    &format!(
                        "SELECT COUNT(name), SUM(length(text) > 0 OR length(COALESCE(title, '')) > 0),
                                (SELECT COUNT(*) FROM images WHERE ad_id IN ({list}))
                         FROM ads WHERE id IN ({list})"
                    ),
                    [],
                    |r| {
                        Ok((
                            r.get(0)?,
                            r.get::<_, Option<i64>>(1)?.unwrap_or(0),
                            r.get(2)?,
                        ))
                    },
                )
                .map_err(|e| self.err(e))?;
            c.names += names as usize;
            c.texts += texts as usize;
            c.images += images as usize;
            let mut stmt = self
                .conn
                .prepare(&format!(
                    "SELECT DISTINCT e164 FROM phones WHERE ad_id IN ({list})"
                ))
                .map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map([], |r| r.get::<_, String>(0))
                .map_err(|e| self.err(e))?;
            for p in rows {
                phones.insert(p.map_err(|e| self.err(e))?);
            }
        }
        c.phone_numbers = phones.len();
        let selected: BTreeSet<AdId> = ids.iter().copied().collect();
        for chunk in networks.chunks(CHUNK) {
            let sql = format!(
                "SELECT ad_id FROM network_members WHERE network_id IN ({})",
                id_list(chunk)
            );
            c.other_network_ads += self
                .column_i64(&sql)?
                .into_iter()
                .filter(|a| !selected.contains(a))
                .count();
        }
        Ok(c)
    }

    fn export_phone_strings(&self) -> Result<Vec<(String, Option<String>)>> {
        let mut out = BTreeSet::new();
        {
            let mut stmt = self
                .conn
                .prepare(
                    "SELECT e164, e164 FROM phones UNION SELECT raw, e164 FROM phones
                     UNION SELECT e164, e164 FROM blocked_phones",
                )
                .map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((r.get::<_, String>(0)?, Some(r.get::<_, String>(1)?)))
                })
                .map_err(|e| self.err(e))?;
            for s in rows {
                out.insert(s.map_err(|e| self.err(e))?);
            }
        }
        let mut stmt = self
            .conn
            .prepare("SELECT DISTINCT j.value FROM ads, json_each(ads.phones_json) j")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, Value>(0))
            .map_err(|e| self.err(e))?;
        for v in rows {
            if let Value::Text(s) = v.map_err(|e| self.err(e))? {
                out.insert((s, None));
            }
        }
        Ok(out.into_iter().collect())
    }

    fn export_link_counts(&self, members: &[AdId]) -> Result<Vec<(String, u64)>> {
        if members.is_empty() {
            return Ok(Vec::new());
        }
        let list = id_list(members);
        let sql = format!(
            "SELECT kind, COUNT(*) FROM links WHERE a IN ({list}) AND b IN ({list}) GROUP BY kind ORDER BY kind"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    fn export_rules_version(&self) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        self.conn
            .query_row(
                "SELECT rules_version FROM analysis ORDER BY analysed_at DESC, ad_id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }
}

impl Store {
    fn column_i64(&self, sql: &str) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare(sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| r.get::<_, i64>(0))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }
}

/// `1,2,3` for an `IN (...)` list of integer ids (never user text).
fn id_list(ids: &[i64]) -> String {
    ids.iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",")
}
