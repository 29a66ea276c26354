//! [`LinkStore`](crate::LinkStore) on PostgreSQL: a linking run replaces
//! links, clusters, networks and the block-list in one transaction, writing
//! only what changed, with the same merge and split events (review events,
//! watches and statuses following, audit entries) as the SQLite store.

use super::{PgStore, PgTx};
use crate::ads::AdId;
use crate::links::{BlockedPhone, LinkRow, LinkingChanges, LinkingResult, NetworkRow};
use crate::{now, parse_time, to_text, Result};
use model::LinkKind;
use std::collections::{BTreeMap, HashMap, HashSet};

type PgResult<T> = std::result::Result<T, postgres::Error>;

/// Appends an audit entry inside an open transaction.
pub(crate) fn audit(
    tx: &mut PgTx<'_>,
    actor: &str,
    action: &str,
    details: &serde_json::Value,
) -> PgResult<()> {
    tx.execute(
        "INSERT INTO audit (at, actor, action, details) VALUES ($1, $2, $3, $4)",
        &[&to_text(&now()), &actor, &action, &details.to_string()],
    )?;
    Ok(())
}

fn event(tx: &mut PgTx<'_>, target: i64, at: &str, kind: &str, note: &str) -> PgResult<()> {
    tx.execute(
        "INSERT INTO review_events (target_kind, target_id, at, reviewer, kind, note) VALUES ('network', $1, $2, 'adscreen', $3, $4)",
        &[&target, &at, &kind, &note],
    )?;
    Ok(())
}

/// Records merges and splits of networks (see
/// [`LinkStore::replace_linking`](crate::LinkStore::replace_linking)).
fn network_events(
    tx: &mut PgTx<'_>,
    old: &HashMap<AdId, i64>,
    new_of: &HashMap<AdId, i64>,
    live: &HashSet<i64>,
    at: &str,
    changes: &mut LinkingChanges,
) -> PgResult<()> {
    let mut spread: BTreeMap<i64, BTreeMap<i64, usize>> = BTreeMap::new();
    let mut old_size: HashMap<i64, usize> = HashMap::new();
    for (ad, net) in old {
        *old_size.entry(*net).or_default() += 1;
        if let Some(&now) = new_of.get(ad) {
            *spread.entry(*net).or_default().entry(now).or_default() += 1;
        }
    }
    for (&was, now) in &spread {
        if now.len() > 1 {
            let parts: Vec<i64> = now.keys().copied().collect();
            let list = parts
                .iter()
                .map(|p| format!("#{p}"))
                .collect::<Vec<_>>()
                .join(", ");
            let note = format!("the ads of network #{was} are now in networks {list}");
            event(tx, was, at, "split", &note)?;
            audit(
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
        let Some((&into, &moved)) = now.iter().max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0)))
        else {
            continue;
        };
        let size = old_size.get(&was).copied().unwrap_or(0);
        let note = format!("network #{was} ({moved} of its {size} ads) merged into this network");
        event(tx, into, at, "merged", &note)?;
        event(
            tx,
            was,
            at,
            "merged",
            &format!("merged into network #{into}"),
        )?;
        // Every organisation's watches and status follow (the crawler's
        // role may not read them itself: see `orgs`).
        tx.execute("SELECT adscreen_carry_network($1, $2)", &[&was, &into])?;
        audit(
            tx,
            "adscreen",
            "network_merged",
            &serde_json::json!({"network": was, "into": into, "ads": moved}),
        )?;
        changes.merged.push((was, into));
    }
    Ok(())
}

/// Splits triples into three lists.
fn unzip3<A, B, C>(it: impl Iterator<Item = (A, B, C)>) -> (Vec<A>, Vec<B>, Vec<C>) {
    let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
    for (x, y, z) in it {
        a.push(x);
        b.push(y);
        c.push(z);
    }
    (a, b, c)
}

/// A link's key: (smaller ad, other ad, kind).
type LinkKey = (AdId, AdId, String);

type NetRow = (i64, Option<String>, Option<String>, String);

fn replace_in(tx: &mut PgTx<'_>, result: &LinkingResult, at: &str) -> PgResult<LinkingChanges> {
    let old: HashMap<AdId, i64> = tx
        .query("SELECT ad_id, network_id FROM network_members", &[])?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let mut changes = LinkingChanges::default();
    // Links.
    let old_links: HashMap<(AdId, AdId, String), (String, f64)> = tx
        .query("SELECT a, b, kind, evidence, score FROM links", &[])?
        .iter()
        .map(|r| ((r.get(0), r.get(1), r.get(2)), (r.get(3), r.get(4))))
        .collect();
    let mut new_links: HashMap<(AdId, AdId, String), (String, f64)> = HashMap::new();
    for l in &result.links {
        let (a, b) = if l.a <= l.b { (l.a, l.b) } else { (l.b, l.a) };
        new_links.insert(
            (a, b, l.kind.as_str().to_string()),
            (l.evidence.clone(), l.score),
        );
    }
    let gone: Vec<&(AdId, AdId, String)> = old_links
        .keys()
        .filter(|k| !new_links.contains_key(*k))
        .collect();
    changes.links_removed = gone.len();
    if !gone.is_empty() {
        let (a, b, k): (Vec<AdId>, Vec<AdId>, Vec<&str>) =
            unzip3(gone.iter().map(|g| (g.0, g.1, g.2.as_str())));
        let del = tx.prepare_cached(
            "DELETE FROM links USING unnest($1::int8[], $2::int8[], $3::text[]) AS d(a, b, kind)
             WHERE links.a = d.a AND links.b = d.b AND links.kind = d.kind",
        )?;
        tx.execute(&del, &[&a, &b, &k])?;
    }
    let put: Vec<(&LinkKey, &(String, f64))> = new_links
        .iter()
        .filter(|(k, v)| old_links.get(*k) != Some(*v))
        .collect();
    changes.links_written = put.len();
    if !put.is_empty() {
        let (a, b, k): (Vec<AdId>, Vec<AdId>, Vec<&str>) =
            unzip3(put.iter().map(|(k, _)| (k.0, k.1, k.2.as_str())));
        let ev: Vec<&str> = put.iter().map(|(_, v)| v.0.as_str()).collect();
        let sc: Vec<f64> = put.iter().map(|(_, v)| v.1).collect();
        let ins = tx.prepare_cached(
            "INSERT INTO links (a, b, kind, evidence, score)
             SELECT * FROM unnest($1::int8[], $2::int8[], $3::text[], $4::text[], $5::float8[])
             ON CONFLICT (a, b, kind) DO UPDATE SET evidence = excluded.evidence, score = excluded.score",
        )?;
        tx.execute(&ins, &[&a, &b, &k, &ev, &sc])?;
    }
    // Clusters.
    let old_clusters: HashMap<(AdId, String), i64> = tx
        .query("SELECT ad_id, kind, cluster_id FROM clusters", &[])?
        .iter()
        .map(|r| ((r.get(0), r.get(1)), r.get(2)))
        .collect();
    let new_clusters: HashMap<(AdId, String), i64> = result
        .clusters
        .iter()
        .map(|(ad, kind, c)| ((*ad, kind.clone()), *c))
        .collect();
    let (ga, gk): (Vec<AdId>, Vec<&str>) = old_clusters
        .keys()
        .filter(|k| !new_clusters.contains_key(*k))
        .map(|k| (k.0, k.1.as_str()))
        .unzip();
    if !ga.is_empty() {
        let del = tx.prepare_cached(
            "DELETE FROM clusters USING unnest($1::int8[], $2::text[]) AS d(ad_id, kind)
             WHERE clusters.ad_id = d.ad_id AND clusters.kind = d.kind",
        )?;
        tx.execute(&del, &[&ga, &gk])?;
    }
    let (pa, pk, pc): (Vec<AdId>, Vec<&str>, Vec<i64>) = unzip3(
        new_clusters
            .iter()
            .filter(|(k, c)| old_clusters.get(*k) != Some(*c))
            .map(|(k, c)| (k.0, k.1.as_str(), *c)),
    );
    if !pa.is_empty() {
        let ins = tx.prepare_cached(
            "INSERT INTO clusters (ad_id, kind, cluster_id) SELECT * FROM unnest($1::int8[], $2::text[], $3::int8[])
             ON CONFLICT (ad_id, kind) DO UPDATE SET cluster_id = excluded.cluster_id",
        )?;
        tx.execute(&ins, &[&pa, &pk, &pc])?;
    }
    // Networks and members.
    let old_nets: HashMap<i64, NetRow> = tx
        .query(
            "SELECT id, size, first_seen, last_seen, summary_json FROM networks",
            &[],
        )?
        .iter()
        .map(|r| (r.get(0), (r.get(1), r.get(2), r.get(3), r.get(4))))
        .collect();
    let mut new_of: HashMap<AdId, i64> = HashMap::new();
    let up = tx.prepare_cached(
        "INSERT INTO networks (id, size, first_seen, last_seen, summary_json, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET size = excluded.size, first_seen = excluded.first_seen,
           last_seen = excluded.last_seen, summary_json = excluded.summary_json, updated_at = excluded.updated_at",
    )?;
    for n in &result.networks {
        let row: NetRow = (
            n.ad_ids.len() as i64,
            n.first_seen.as_ref().map(to_text),
            n.last_seen.as_ref().map(to_text),
            n.summary.to_string(),
        );
        if old_nets.get(&n.id) != Some(&row) {
            tx.execute(&up, &[&n.id, &row.0, &row.1, &row.2, &row.3, &at])?;
            changes.networks_written += 1;
        }
        for &ad in &n.ad_ids {
            new_of.insert(ad, n.id);
        }
    }
    let live: HashSet<i64> = result.networks.iter().map(|n| n.id).collect();
    let gone_nets: Vec<i64> = old_nets
        .keys()
        .filter(|id| !live.contains(id))
        .copied()
        .collect();
    tx.execute("DELETE FROM networks WHERE id = ANY($1)", &[&gone_nets])?;
    let gone_members: Vec<AdId> = old
        .keys()
        .filter(|ad| !new_of.contains_key(*ad))
        .copied()
        .collect();
    tx.execute(
        "DELETE FROM network_members WHERE ad_id = ANY($1)",
        &[&gone_members],
    )?;
    let (ma, mn): (Vec<AdId>, Vec<i64>) = new_of
        .iter()
        .filter(|(ad, net)| old.get(*ad) != Some(*net))
        .map(|(ad, net)| (*ad, *net))
        .unzip();
    if !ma.is_empty() {
        let mem = tx.prepare_cached(
            "INSERT INTO network_members (ad_id, network_id, joined_at)
             SELECT a, n, $3 FROM unnest($1::int8[], $2::int8[]) AS t(a, n)
             ON CONFLICT (ad_id) DO UPDATE SET network_id = excluded.network_id, joined_at = excluded.joined_at",
        )?;
        tx.execute(&mem, &[&ma, &mn, &at])?;
    }
    network_events(tx, &old, &new_of, &live, at, &mut changes)?;
    tx.batch_execute("DELETE FROM blocked_phones")?;
    let blk = tx.prepare_cached(
        "INSERT INTO blocked_phones (e164, reason, source, added_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (e164) DO UPDATE SET reason = excluded.reason, source = excluded.source, added_at = excluded.added_at",
    )?;
    for b in &result.blocked {
        tx.execute(&blk, &[&b.e164, &b.reason, &b.source, &at])?;
    }
    Ok(changes)
}

impl crate::roles::LinkStore for PgStore {
    fn replace_linking(&mut self, result: &LinkingResult) -> Result<LinkingChanges> {
        let at = to_text(&now());
        self.write(|tx| {
            // One linking run at a time: a second waits rather than
            // interleaving its replacement with this one.
            tx.execute("SELECT pg_advisory_xact_lock(7316017)", &[])?;
            replace_in(tx, result, &at)
        })
    }

    fn links_of(&self, ad: AdId) -> Result<Vec<LinkRow>> {
        let rows = self.query(
            r#"SELECT a, b, kind, evidence, score FROM links WHERE a = $1 OR b = $1 ORDER BY kind COLLATE "C", a, b"#,
            &[&ad],
        )?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                Some(LinkRow {
                    a: r.get(0),
                    b: r.get(1),
                    kind: LinkKind::parse(r.get(2))?,
                    evidence: r.get(3),
                    score: r.get(4),
                })
            })
            .collect())
    }

    fn clusters_of(&self, ad: AdId) -> Result<(Option<i64>, Option<i64>)> {
        let get = |kind: &str| -> Result<Option<i64>> {
            Ok(self
                .query_opt(
                    "SELECT cluster_id FROM clusters WHERE ad_id = $1 AND kind = $2",
                    &[&ad, &kind],
                )?
                .map(|r| r.get(0)))
        };
        Ok((get("text")?, get("image")?))
    }

    fn network_of(&self, ad: AdId) -> Result<Option<i64>> {
        Ok(self
            .query_opt(
                "SELECT network_id FROM network_members WHERE ad_id = $1",
                &[&ad],
            )?
            .map(|r| r.get(0)))
    }

    fn network(&self, id: i64) -> Result<Option<NetworkRow>> {
        let Some(head) = self.query_opt(
            "SELECT first_seen, last_seen, summary_json FROM networks WHERE id = $1",
            &[&id],
        )?
        else {
            return Ok(None);
        };
        let ad_ids = self
            .query(
                "SELECT ad_id FROM network_members WHERE network_id = $1 ORDER BY ad_id",
                &[&id],
            )?
            .iter()
            .map(|r| r.get(0))
            .collect();
        Ok(Some(NetworkRow {
            id,
            ad_ids,
            first_seen: head.get::<_, Option<&str>>(0).and_then(parse_time),
            last_seen: head.get::<_, Option<&str>>(1).and_then(parse_time),
            summary: serde_json::from_str(head.get(2)).unwrap_or_default(),
        }))
    }

    fn network_ids(&self) -> Result<Vec<i64>> {
        Ok(self
            .query("SELECT id FROM networks ORDER BY size DESC, id", &[])?
            .iter()
            .map(|r| r.get(0))
            .collect())
    }

    fn blocked_phones(&self) -> Result<Vec<BlockedPhone>> {
        Ok(self
            .query(
                r#"SELECT e164, reason, source FROM blocked_phones ORDER BY e164 COLLATE "C""#,
                &[],
            )?
            .iter()
            .map(|r| BlockedPhone {
                e164: r.get(0),
                reason: r.get(1),
                source: r.get(2),
            })
            .collect())
    }
}
