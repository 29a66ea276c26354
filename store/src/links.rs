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
use model::LinkKind;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

/// A link between two ads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkRow {
    /// One ad (the smaller id).
    pub a: AdId,
    /// The other ad.
    pub b: AdId,
    /// The same number, a near-duplicate text or a near-duplicate photo.
    pub kind: LinkKind,
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

/// What [`LinkStore::replace_linking`](crate::LinkStore::replace_linking) changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkingChanges {
    /// Links written (new or changed).
    pub links_written: usize,
    /// Links that no longer hold.
    pub links_removed: usize,
    /// Networks written (new or changed).
    pub networks_written: usize,
    /// Merges: (network that disappeared, network it went into).
    pub merged: Vec<(i64, i64)>,
    /// Splits: (network, the networks its ads are in now).
    pub split: Vec<(i64, Vec<i64>)>,
}

/// Records merges and splits of networks (see [`LinkStore::replace_linking`](crate::LinkStore::replace_linking)).
fn network_events(
    tx: &rusqlite::Transaction<'_>,
    old: &HashMap<AdId, (i64, String)>,
    new_of: &HashMap<AdId, i64>,
    live: &HashSet<i64>,
    at: &str,
    changes: &mut LinkingChanges,
) -> rusqlite::Result<()> {
    // Where the ads of each old network are now.
    let mut spread: BTreeMap<i64, BTreeMap<i64, usize>> = BTreeMap::new();
    let mut old_size: HashMap<i64, usize> = HashMap::new();
    for (ad, (net, _)) in old {
        *old_size.entry(*net).or_default() += 1;
        if let Some(&now) = new_of.get(ad) {
            *spread.entry(*net).or_default().entry(now).or_default() += 1;
        }
    }
    let event = |target: i64, kind: &str, note: String| {
        tx.execute(
            "INSERT INTO review_events (target_kind, target_id, at, reviewer, kind, note) VALUES ('network', ?1, ?2, 'adscreen', ?3, ?4)",
            params![target, at, kind, note],
        )
    };
    for (&was, now) in &spread {
        if now.len() > 1 {
            let parts: Vec<i64> = now.keys().copied().collect();
            let list = parts
                .iter()
                .map(|p| format!("#{p}"))
                .collect::<Vec<_>>()
                .join(", ");
            event(
                was,
                "split",
                format!("the ads of network #{was} are now in networks {list}"),
            )?;
            crate::audit::append(
                tx,
                "adscreen",
                "network_split",
                &serde_json::json!({"network": was, "into": parts}),
            )?;
            changes.split.push((was, parts));
        }
        if live.contains(&was) {
            continue;
        }
        // The network that holds most of its ads (the oldest on a tie).
        let Some((&into, &moved)) = now.iter().max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
        else {
            continue;
        };
        let size = old_size.get(&was).copied().unwrap_or(0);
        event(
            into,
            "merged",
            format!("network #{was} ({moved} of its {size} ads) merged into this network"),
        )?;
        event(was, "merged", format!("merged into network #{into}"))?;
        // Watches follow (a reviewer who follows both keeps the older watch).
        tx.execute(
            "INSERT OR IGNORE INTO watch (target_kind, target, reviewer, since, last_look)
             SELECT 'network', ?2, reviewer, since, last_look FROM watch WHERE target_kind = 'network' AND target = ?1",
            params![was.to_string(), into.to_string()],
        )?;
        tx.execute(
            "DELETE FROM watch WHERE target_kind = 'network' AND target = ?1",
            [was.to_string()],
        )?;
        // A review status follows unless the network it went into has one.
        tx.execute(
            "INSERT OR IGNORE INTO reviews (target_kind, target_id, status, updated_at, updated_by)
             SELECT 'network', ?2, status, updated_at, updated_by FROM reviews WHERE target_kind = 'network' AND target_id = ?1",
            params![was, into],
        )?;
        crate::audit::append(
            tx,
            "adscreen",
            "network_merged",
            &serde_json::json!({"network": was, "into": into, "ads": moved}),
        )?;
        changes.merged.push((was, into));
    }
    Ok(())
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

impl crate::roles::LinkStore for Store {
    fn replace_linking(&mut self, result: &LinkingResult) -> Result<LinkingChanges> {
        let at = to_text(&now());
        self.write(|tx| {
            let old: HashMap<AdId, (i64, String)> = {
                let mut stmt = tx.prepare("SELECT ad_id, network_id, joined_at FROM network_members")?;
                let it = stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
                it.collect::<rusqlite::Result<_>>()?
            };
            let mut changes = LinkingChanges::default();
            // Links.
            let old_links: HashMap<(AdId, AdId, String), (String, f64)> = {
                let mut stmt = tx.prepare("SELECT a, b, kind, evidence, score FROM links")?;
                let it = stmt.query_map([], |r| {
                    Ok(((r.get(0)?, r.get(1)?, r.get(2)?), (r.get(3)?, r.get(4)?)))
                })?;
                it.collect::<rusqlite::Result<_>>()?
            };
            let mut new_links: HashMap<(AdId, AdId, String), (String, f64)> = HashMap::new();
            for l in &result.links {
                let (a, b) = if l.a <= l.b { (l.a, l.b) } else { (l.b, l.a) };
                new_links.insert(
                    (a, b, l.kind.as_str().to_string()),
                    (l.evidence.clone(), l.score),
                );
            }
            {
                let mut del = tx.prepare_cached("DELETE FROM links WHERE a = ?1 AND b = ?2 AND kind = ?3")?;
                for k in old_links.keys().filter(|k| !new_links.contains_key(*k)) {
                    del.execute(params![k.0, k.1, k.2])?;
                    changes.links_removed += 1;
                }
                let mut ins = tx.prepare_cached(
                    "INSERT OR REPLACE INTO links (a, b, kind, evidence, score) VALUES (?1, ?2, ?3, ?4, ?5)",
                )?;
                for (k, v) in &new_links {
                    if old_links.get(k) != Some(v) {
                        ins.execute(params![k.0, k.1, k.2, v.0, v.1])?;
                        changes.links_written += 1;
                    }
                }
            }
            // Clusters.
            let old_clusters: HashMap<(AdId, String), i64> = {
                let mut stmt = tx.prepare("SELECT ad_id, kind, cluster_id FROM clusters")?;
                let it = stmt.query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?;
                it.collect::<rusqlite::Result<_>>()?
            };
            let new_clusters: HashMap<(AdId, String), i64> = result
                .clusters
                .iter()
                .map(|(ad, kind, c)| ((*ad, kind.clone()), *c))
                .collect();
            {
                let mut del = tx.prepare_cached("DELETE FROM clusters WHERE ad_id = ?1 AND kind = ?2")?;
                for k in old_clusters.keys().filter(|k| !new_clusters.contains_key(*k)) {
                    del.execute(params![k.0, k.1])?;
                }
                let mut ins = tx.prepare_cached(
                    "INSERT OR REPLACE INTO clusters (ad_id, kind, cluster_id) VALUES (?1, ?2, ?3)",
                )?;
                for (k, c) in &new_clusters {
                    if old_clusters.get(k) != Some(c) {
                        ins.execute(params![k.0, k.1, c])?;
                    }
                }
            }
            // Networks and members.
            let old_nets: HashMap<i64, (i64, Option<String>, Option<String>, String)> = {
                let mut stmt = tx.prepare("SELECT id, size, first_seen, last_seen, summary_json FROM networks")?;
                let it = stmt.query_map([], |r| {
                    Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
                })?;
                it.collect::<rusqlite::Result<_>>()?
            };
            let mut new_of: HashMap<AdId, i64> = HashMap::new();
            {
                let mut up = tx.prepare_cached(
                    "INSERT OR REPLACE INTO networks (id, size, first_seen, last_seen, summary_json, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )?;
                for n in &result.networks {
                    let row = (
                        n.ad_ids.len() as i64,
                        n.first_seen.as_ref().map(to_text),
                        n.last_seen.as_ref().map(to_text),
                        n.summary.to_string(),
                    );
                    if old_nets.get(&n.id) != Some(&row) {
                        up.execute(params![n.id, row.0, row.1, row.2, row.3, at])?;
                        changes.networks_written += 1;
                    }
                    for &ad in &n.ad_ids {
                        new_of.insert(ad, n.id);
                    }
                }
                let live: HashSet<i64> = result.networks.iter().map(|n| n.id).collect();
                let mut del = tx.prepare_cached("DELETE FROM networks WHERE id = ?1")?;
                for id in old_nets.keys().filter(|id| !live.contains(id)) {
                    del.execute([id])?;
                }
                let mut del = tx.prepare_cached("DELETE FROM network_members WHERE ad_id = ?1")?;
                for ad in old.keys().filter(|ad| !new_of.contains_key(*ad)) {
                    del.execute([ad])?;
                }
                let mut mem = tx.prepare_cached(
                    "INSERT OR REPLACE INTO network_members (ad_id, network_id, joined_at) VALUES (?1, ?2, ?3)",
                )?;
                for (&ad, &net) in &new_of {
                    if old.get(&ad).map(|(n, _)| *n) != Some(net) {
                        mem.execute(params![ad, net, at])?;
                    }
                }
                network_events(tx, &old, &new_of, &live, &at, &mut changes)?;
            }
            tx.execute_batch("DELETE FROM blocked_phones")?;
            let mut blk = tx.prepare_cached(
                "INSERT OR REPLACE INTO blocked_phones (e164, reason, source, added_at) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for b in &result.blocked {
                blk.execute(params![b.e164, b.reason, b.source, at])?;
            }
            Ok(changes)
        })
    }

    fn links_of(&self, ad: AdId) -> Result<Vec<LinkRow>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT a, b, kind, evidence, score FROM links WHERE a = ?1 OR b = ?1 ORDER BY kind, a, b",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([ad], |r| {
                let kind: String = r.get(2)?;
                let (a, b, evidence, score) = (r.get(0)?, r.get(1)?, r.get(3)?, r.get(4)?);
                Ok(LinkKind::parse(&kind).map(|kind| LinkRow {
                    a,
                    b,
                    kind,
                    evidence,
                    score,
                }))
            })
            .map_err(|e| self.err(e))?;
        // A kind this build does not know (from a newer one) is left out.
        let rows: Vec<Option<LinkRow>> = rows
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))?;
        Ok(rows.into_iter().flatten().collect())
    }

    fn clusters_of(&self, ad: AdId) -> Result<(Option<i64>, Option<i64>)> {
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

    fn network_of(&self, ad: AdId) -> Result<Option<i64>> {
        self.conn
            .query_row(
                "SELECT network_id FROM network_members WHERE ad_id = ?1",
                [ad],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    fn network(&self, id: i64) -> Result<Option<NetworkRow>> {
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

    fn network_ids(&self) -> Result<Vec<i64>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM networks ORDER BY size DESC, id")
            .map_err(|e| self.err(e))?;
        let rows = stmt.query_map([], |r| r.get(0)).map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    fn blocked_phones(&self) -> Result<Vec<BlockedPhone>> {
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
