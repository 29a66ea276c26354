//! Links between ads, text and image clusters, networks and the phone
//! block-list, as computed by `indicators::linking` and persisted here.
//!
//! A linking run replaces links, clusters and networks in one transaction,
//! so readers always see one consistent result. A network member's
//! `joined_at` is kept while it stays in the same network, which is what
//! `review alerts` compares against.

use crate::ads::AdId;
use crate::{now, parse_time, to_text, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A link between two ads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkRow {
    /// One ad (the smaller id).
    pub a: AdId,
    /// The other ad.
    pub b: AdId,
    /// `phone`, `text` or `image`.
    pub kind: String,
    /// Why: the number, the Jaccard similarity or the Hamming distance.
    pub evidence: String,
    /// Strength of the link in 0..=1.
    pub score: f64,
}

/// A network as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkRow {
    /// Stable id.
    pub id: i64,
    /// Member ads.
    pub ad_ids: Vec<AdId>,
    /// First time any member was seen.
    pub first_seen: Option<DateTime<Utc>>,
    /// Last time any member was seen.
    pub last_seen: Option<DateTime<Utc>>,
    /// Names, phones, locations, timeline and link counts (see the export).
    pub summary: serde_json::Value,
}

/// A number kept out of linking, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockedPhone {
    /// E.164 number.
    pub e164: String,
    /// Plain-words reason shown to reviewers.
    pub reason: String,
    /// `config` (a site's own number) or `auto` (in implausibly many ads).
    pub source: String,
}

/// What linking needs to know about one stored ad.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkInput {
    /// Ad id.
    pub ad_id: AdId,
    /// Site.
    pub site: String,
    /// Name.
    pub name: Option<String>,
    /// Age.
    pub age: Option<u32>,
    /// Location.
    pub location: Option<String>,
    /// Last seen (or posted) time.
    pub seen_at: DateTime<Utc>,
    /// Normalised numbers.
    pub phones: Vec<String>,
    /// Title and text.
    pub text: String,
    /// Perceptual hashes of its images.
    pub image_hashes: Vec<u64>,
}

/// One complete linking result to persist.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LinkingResult {
    /// All links.
    pub links: Vec<LinkRow>,
    /// (ad, `text` | `image`, cluster id).
    pub clusters: Vec<(AdId, String, i64)>,
    /// Networks.
    pub networks: Vec<NetworkRow>,
    /// The block-list.
    pub blocked: Vec<BlockedPhone>,
}

impl Store {
    /// Everything linking needs, for every ad, in id order.
    pub fn link_inputs(&self) -> Result<Vec<LinkInput>> {
        let mut phones: HashMap<AdId, Vec<String>> = HashMap::new();
        {
            let mut stmt = self
                .conn
                .prepare("SELECT DISTINCT ad_id, e164 FROM phones ORDER BY ad_id, e164")
                .map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, AdId>(0)?, r.get::<_, String>(1)?)))
                .map_err(|e| self.err(e))?;
            for row in rows {
                let (id, p) = row.map_err(|e| self.err(e))?;
                phones.entry(id).or_default().push(p);
            }
        }
        let mut hashes: HashMap<AdId, Vec<u64>> = HashMap::new();
        {
            let mut stmt = self
                .conn
                .prepare(
                    "SELECT ad_id, phash FROM images WHERE phash IS NOT NULL ORDER BY ad_id, url",
                )
                .map_err(|e| self.err(e))?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, AdId>(0)?, r.get::<_, i64>(1)?)))
                .map_err(|e| self.err(e))?;
            for row in rows {
                let (id, h) = row.map_err(|e| self.err(e))?;
                hashes.entry(id).or_default().push(h as u64);
            }
        }
        let mut stmt = self
            .conn
            .prepare("SELECT id, site, name, age, location, COALESCE(posted_at, last_seen), COALESCE(title || ' ', '') || text FROM ads ORDER BY id")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| {
                let id: AdId = r.get(0)?;
                let seen: String = r.get(5)?;
                Ok(LinkInput {
                    ad_id: id,
                    site: r.get(1)?,
                    name: r.get(2)?,
                    age: r.get(3)?,
                    location: r.get(4)?,
                    seen_at: parse_time(&seen).unwrap_or_default(),
                    phones: Vec::new(),
                    text: r.get(6)?,
                    image_hashes: Vec::new(),
                })
            })
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for row in rows {
            let mut input = row.map_err(|e| self.err(e))?;
            input.phones = phones.remove(&input.ad_id).unwrap_or_default();
            input.image_hashes = hashes.remove(&input.ad_id).unwrap_or_default();
            out.push(input);
        }
        Ok(out)
    }

    /// Replaces all links, clusters, networks and the automatic block-list
    /// with `result`, in one transaction.
    pub fn replace_linking(&mut self, result: &LinkingResult) -> Result<()> {
        let at = to_text(&now());
        self.write(|tx| {
            let old: HashMap<AdId, (i64, String)> = {
                let mut stmt = tx.prepare("SELECT ad_id, network_id, joined_at FROM network_members")?;
                let it = stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
                it.collect::<rusqlite::Result<_>>()?
            };
            tx.execute_batch(
                "DELETE FROM links; DELETE FROM clusters; DELETE FROM network_members; DELETE FROM networks;
                 DELETE FROM blocked_phones;",
            )?;
            let mut ins = tx.prepare_cached(
                "INSERT OR REPLACE INTO links (a, b, kind, evidence, score) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for l in &result.links {
                let (a, b) = if l.a <= l.b { (l.a, l.b) } else { (l.b, l.a) };
                ins.execute(params![a, b, l.kind, l.evidence, l.score])?;
            }
            let mut ins = tx.prepare_cached(
                "INSERT OR REPLACE INTO clusters (ad_id, kind, cluster_id) VALUES (?1, ?2, ?3)",
            )?;
            for (ad, kind, cluster) in &result.clusters {
                ins.execute(params![ad, kind, cluster])?;
            }
            let mut net = tx.prepare_cached(
                "INSERT INTO networks (id, size, first_seen, last_seen, summary_json, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            let mut mem = tx.prepare_cached(
                "INSERT OR REPLACE INTO network_members (ad_id, network_id, joined_at) VALUES (?1, ?2, ?3)",
            )?;
            for n in &result.networks {
                net.execute(params![
                    n.id,
                    n.ad_ids.len() as i64,
                    n.first_seen.as_ref().map(to_text),
                    n.last_seen.as_ref().map(to_text),
                    n.summary.to_string(),
                    at
                ])?;
                for ad in &n.ad_ids {
                    let joined = match old.get(ad) {
                        Some((id, when)) if *id == n.id => when.clone(),
                        _ => at.clone(),
                    };
                    mem.execute(params![ad, n.id, joined])?;
                }
            }
            let mut blk = tx.prepare_cached(
                "INSERT OR REPLACE INTO blocked_phones (e164, reason, source, added_at) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for b in &result.blocked {
                blk.execute(params![b.e164, b.reason, b.source, at])?;
            }
            Ok(())
        })
    }

    /// Links touching an ad.
    pub fn links_of(&self, ad: AdId) -> Result<Vec<LinkRow>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT a, b, kind, evidence, score FROM links WHERE a = ?1 OR b = ?1 ORDER BY kind, a, b",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([ad], |r| {
                Ok(LinkRow {
                    a: r.get(0)?,
                    b: r.get(1)?,
                    kind: r.get(2)?,
                    evidence: r.get(3)?,
                    score: r.get(4)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// The (text, image) cluster ids of an ad.
    pub fn clusters_of(&self, ad: AdId) -> Result<(Option<i64>, Option<i64>)> {
        let get = |kind: &str| {
            self.conn
                .query_row(
                    "SELECT cluster_id FROM clusters WHERE ad_id = ?1 AND kind = ?2",
                    params![ad, kind],
                    |r| r.get(0),
                )
                .optional()
                .map_err(|e| self.err(e))
        };
        Ok((get("text")?, get("image")?))
    }

    /// The network an ad belongs to.
    pub fn network_of(&self, ad: AdId) -> Result<Option<i64>> {
        self.conn
            .query_row(
                "SELECT network_id FROM network_members WHERE ad_id = ?1",
                [ad],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// One network with its members.
    pub fn network(&self, id: i64) -> Result<Option<NetworkRow>> {
        let head = self
            .conn
            .query_row(
                "SELECT first_seen, last_seen, summary_json FROM networks WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, Option<String>>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                },
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let Some((first, last, summary)) = head else {
            return Ok(None);
        };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT ad_id FROM network_members WHERE network_id = ?1 ORDER BY ad_id",
            )
            .map_err(|e| self.err(e))?;
        let ad_ids = stmt
            .query_map([id], |r| r.get(0))
            .map_err(|e| self.err(e))?
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))?;
        Ok(Some(NetworkRow {
            id,
            ad_ids,
            first_seen: first.and_then(|s| parse_time(&s)),
            last_seen: last.and_then(|s| parse_time(&s)),
            summary: serde_json::from_str(&summary).unwrap_or_default(),
        }))
    }

    /// Ids of all networks, largest first.
    pub fn network_ids(&self) -> Result<Vec<i64>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM networks ORDER BY size DESC, id")
            .map_err(|e| self.err(e))?;
        let rows = stmt.query_map([], |r| r.get(0)).map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    /// The phone block-list with reasons.
    pub fn blocked_phones(&self) -> Result<Vec<BlockedPhone>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT e164, reason, source FROM blocked_phones ORDER BY e164")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(BlockedPhone {
                    e164: r.get(0)?,
                    reason: r.get(1)?,
                    source: r.get(2)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }
}
