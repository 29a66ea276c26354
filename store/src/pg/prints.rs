//! [`FingerprintStore`](crate::FingerprintStore) and
//! [`ChangeStore`](crate::ChangeStore) on PostgreSQL: stored text
//! fingerprints, the link change log (filled by triggers, see
//! [`super::schema`]) and the link generation.

use super::PgStore;
use crate::ads::AdId;
use crate::prints::{LinkMeta, StoredPrint, META_COLUMNS};
use crate::{parse_time, Result};
use postgres::Row;
use std::collections::HashMap;

fn meta_of_row(r: &Row) -> LinkMeta {
    LinkMeta {
        ad_id: r.get(0),
        site: r.get(1),
        name: r.get(2),
        age: r.get::<_, Option<i64>>(3).map(|a| a as u32),
        location: r.get(4),
        seen_at: parse_time(r.get(5)).unwrap_or_default(),
        phones: Vec::new(),
        image_hashes: Vec::new(),
        content_hash: r.get(6),
    }
}

/// Each ad's numbers.
type PhonesOf = HashMap<AdId, Vec<String>>;
/// Each ad's image hashes.
type HashesOf = HashMap<AdId, Vec<u64>>;

/// Numbers and image hashes of the ads in `ids` (all ads when `None`), in
/// the order the SQLite store gives them (numbers by text, hashes by URL).
fn phones_and_hashes(store: &PgStore, ids: Option<&[AdId]>) -> Result<(PhonesOf, HashesOf)> {
    let (pf, hf) = match ids {
        Some(_) => ("WHERE ad_id = ANY($1)", "AND ad_id = ANY($1)"),
        None => ("", ""),
    };
    let all: Vec<AdId> = ids.map(<[AdId]>::to_vec).unwrap_or_default();
    let params: Vec<&(dyn postgres::types::ToSql + Sync)> = match ids {
        Some(_) => vec![&all],
        None => vec![],
    };
    let mut phones: HashMap<AdId, Vec<String>> = HashMap::new();
    for r in store.query(
        &format!(r#"SELECT DISTINCT ad_id, e164 COLLATE "C" FROM phones {pf} ORDER BY 1, 2"#),
        &params,
    )? {
        phones.entry(r.get(0)).or_default().push(r.get(1));
    }
    let mut hashes: HashMap<AdId, Vec<u64>> = HashMap::new();
    for r in store.query(
        &format!(r#"SELECT ad_id, phash FROM images WHERE phash IS NOT NULL {hf} ORDER BY ad_id, url COLLATE "C""#),
        &params,
    )? {
        hashes.entry(r.get(0)).or_default().push(r.get::<_, i64>(1) as u64);
    }
    Ok((phones, hashes))
}

impl crate::roles::FingerprintStore for PgStore {
    fn link_metas(&self) -> Result<Vec<LinkMeta>> {
        let (mut phones, mut hashes) = phones_and_hashes(self, None)?;
        let rows = self.query(&format!("SELECT {META_COLUMNS} FROM ads ORDER BY id"), &[])?;
        Ok(rows
            .iter()
            .map(|r| {
                let mut m = meta_of_row(r);
                m.phones = phones.remove(&m.ad_id).unwrap_or_default();
                m.image_hashes = hashes.remove(&m.ad_id).unwrap_or_default();
                m
            })
            .collect())
    }

    fn link_texts(&self, ids: &[AdId]) -> Result<HashMap<AdId, String>> {
        let rows = self.query(
            "SELECT id, COALESCE(title || ' ', '') || text FROM ads WHERE id = ANY($1)",
            &[&ids],
        )?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    fn link_prints(&self, version: &str) -> Result<Vec<StoredPrint>> {
        let rows = self.query(
            "SELECT p.ad_id, p.print FROM link_prints p JOIN ads a ON a.id = p.ad_id
             WHERE p.version = $1 AND p.content_hash = a.content_hash ORDER BY p.ad_id",
            &[&version],
        )?;
        Ok(rows
            .iter()
            .map(|r| StoredPrint {
                ad_id: r.get(0),
                print: r.get(1),
            })
            .collect())
    }

    fn save_link_prints(
        &mut self,
        version: &str,
        prints: &[(AdId, String, Option<Vec<u8>>)],
    ) -> Result<()> {
        self.write(|tx| {
            let ins = tx.prepare_cached(
                "INSERT INTO link_prints (ad_id, content_hash, version, print)
                 SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM ads WHERE id = $1)
                 ON CONFLICT (ad_id) DO UPDATE SET content_hash = excluded.content_hash,
                   version = excluded.version, print = excluded.print",
            )?;
            for (id, hash, print) in prints {
                tx.execute(&ins, &[id, hash, &version, print])?;
            }
            Ok(())
        })
    }

    fn clear_link_prints(&mut self) -> Result<()> {
        self.write(|tx| tx.batch_execute("DELETE FROM link_prints"))
    }
}

impl crate::roles::ChangeStore for PgStore {
    fn link_change_seq(&self) -> Result<i64> {
        Ok(self
            .query_one(
                "SELECT COALESCE(MAX(seq), 0)::BIGINT FROM link_changes",
                &[],
            )?
            .get(0))
    }

    fn link_changes_since(&self, seq: i64) -> Result<(Vec<AdId>, i64)> {
        let rows = self.query(
            "SELECT seq, ad_id FROM link_changes WHERE seq > $1",
            &[&seq],
        )?;
        let mut last = seq;
        let mut ids: Vec<AdId> = rows
            .iter()
            .map(|r| {
                last = last.max(r.get(0));
                r.get(1)
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        Ok((ids, last))
    }

    fn prune_link_changes(&mut self, seq: i64) -> Result<()> {
        // The newest row stays, as in SQLite (there it numbers the next
        // rows; here the identity sequence does, but the log reads the same).
        self.write(|tx| {
            tx.execute(
                "DELETE FROM link_changes WHERE seq <= $1
                 AND seq < (SELECT MAX(seq) FROM link_changes)",
                &[&seq],
            )
        })
        .map(|_| ())
    }

    fn link_generation(&self) -> Result<Option<String>> {
        Ok(self
            .query_opt("SELECT value FROM meta WHERE key = 'link_generation'", &[])?
            .map(|r| r.get(0)))
    }

    fn set_link_generation(&mut self, generation: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO meta(key, value) VALUES ('link_generation', $1)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                &[&generation],
            )
        })
        .map(|_| ())
    }

    fn link_metas_of(&self, ids: &[AdId]) -> Result<Vec<LinkMeta>> {
        let mut sorted = ids.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        let (mut phones, mut hashes) = phones_and_hashes(self, Some(&sorted))?;
        let rows = self.query(
            &format!("SELECT {META_COLUMNS} FROM ads WHERE id = ANY($1) ORDER BY id"),
            &[&sorted],
        )?;
        Ok(rows
            .iter()
            .map(|r| {
                let mut m = meta_of_row(r);
                m.phones = phones.remove(&m.ad_id).unwrap_or_default();
                m.image_hashes = hashes.remove(&m.ad_id).unwrap_or_default();
                m
            })
            .collect())
    }

    fn link_prints_of(&self, version: &str, ids: &[AdId]) -> Result<Vec<StoredPrint>> {
        let rows = self.query(
            "SELECT p.ad_id, p.print FROM link_prints p JOIN ads a ON a.id = p.ad_id
             WHERE p.ad_id = ANY($1) AND p.version = $2 AND p.content_hash = a.content_hash",
            &[&ids, &version],
        )?;
        let mut by_id: HashMap<AdId, Option<Vec<u8>>> =
            rows.iter().map(|r| (r.get(0), r.get(1))).collect();
        // In the order asked, as the SQLite store answers.
        Ok(ids
            .iter()
            .filter_map(|id| {
                by_id
                    .remove(id)
                    .map(|print| StoredPrint { ad_id: *id, print })
            })
            .collect())
    }
}

/// PostgreSQL keeps no trend counts yet: they serve `review stats`, which
/// does not run on PostgreSQL (issue 16). Its schema stops at migration 8;
/// SQLite's 9 (kept trend counts) and 10 (queue index) come with the review
/// tool.
impl crate::roles::TallyStore for PgStore {
    fn settle_tallies(&mut self) -> Result<usize> {
        Ok(0)
    }
}
