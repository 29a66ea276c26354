//! Persisted linking state: each ad's text fingerprint, so that a pass
//! fingerprints only new and changed ads and rebuilds the linker's index
//! from stored data instead of re-reading every text.
//!
//! A fingerprint is an opaque blob to the store (the linker encodes it),
//! kept with the ad's content hash and the fingerprint format version: a
//! print whose hash or version differs from the ad's is stale and is made
//! again. Prints go with their ad (`ON DELETE CASCADE`).

use crate::ads::AdId;
use crate::{parse_time, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::params;
use std::collections::HashMap;

/// The migration that adds the fingerprint table.
pub(crate) const MIGRATION_LINK_PRINTS: &str = r#"
CREATE TABLE link_prints (
    ad_id        INTEGER PRIMARY KEY REFERENCES ads(id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL,
    version      TEXT NOT NULL,
    print        BLOB
);
"#;

/// What linking needs to know about a stored ad, without its text.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkMeta {
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
    /// Perceptual hashes of its images.
    pub image_hashes: Vec<u64>,
    /// The ad's content hash (a print made from other content is stale).
    pub content_hash: String,
}

/// A stored fingerprint that is current for its ad.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredPrint {
    /// Ad id.
    pub ad_id: AdId,
    /// The encoded fingerprint (`None`: the text is too short to compare).
    pub print: Option<Vec<u8>>,
}

/// The `ads` columns [`meta_of_row`] reads.
pub(crate) const META_COLUMNS: &str =
    "id, site, name, age, location, COALESCE(posted_at, last_seen), content_hash";

/// A [`LinkMeta`] from a row of [`META_COLUMNS`], without its numbers and
/// image hashes (they come from other tables).
pub(crate) fn meta_of_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<LinkMeta> {
    let seen: String = r.get(5)?;
    Ok(LinkMeta {
        ad_id: r.get(0)?,
        site: r.get(1)?,
        name: r.get(2)?,
        age: r.get(3)?,
        location: r.get(4)?,
        seen_at: parse_time(&seen).unwrap_or_default(),
        phones: Vec::new(),
        image_hashes: Vec::new(),
        content_hash: r.get(6)?,
    })
}

impl crate::roles::FingerprintStore for Store {
    fn link_metas(&self) -> Result<Vec<LinkMeta>> {
        let mut phones: HashMap<AdId, Vec<String>> = HashMap::new();
        self.each_row(
            "SELECT DISTINCT ad_id, e164 FROM phones ORDER BY ad_id, e164",
            |r| {
                phones.entry(r.get(0)?).or_default().push(r.get(1)?);
                Ok(())
            },
        )?;
        let mut hashes: HashMap<AdId, Vec<u64>> = HashMap::new();
        self.each_row(
            "SELECT ad_id, phash FROM images WHERE phash IS NOT NULL ORDER BY ad_id, url",
            |r| {
                hashes
                    .entry(r.get(0)?)
                    .or_default()
                    .push(r.get::<_, i64>(1)? as u64);
                Ok(())
            },
        )?;
        let mut out = Vec::new();
        self.each_row(
            &format!("SELECT {META_COLUMNS} FROM ads ORDER BY id"),
            |r| {
                let mut m = meta_of_row(r)?;
                m.phones = phones.remove(&m.ad_id).unwrap_or_default();
                m.image_hashes = hashes.remove(&m.ad_id).unwrap_or_default();
                out.push(m);
                Ok(())
            },
        )?;
        Ok(out)
    }

    fn link_texts(&self, ids: &[AdId]) -> Result<HashMap<AdId, String>> {
        let mut out = HashMap::with_capacity(ids.len());
        let mut stmt = self
            .conn
            .prepare_cached("SELECT COALESCE(title || ' ', '') || text FROM ads WHERE id = ?1")
            .map_err(|e| self.err(e))?;
        for &id in ids {
            let mut rows = stmt.query([id]).map_err(|e| self.err(e))?;
            if let Some(r) = rows.next().map_err(|e| self.err(e))? {
                out.insert(id, r.get(0).map_err(|e| self.err(e))?);
            }
        }
        Ok(out)
    }

    fn link_prints(&self, version: &str) -> Result<Vec<StoredPrint>> {
        let mut out = Vec::new();
        let mut stmt = self
            .conn
            .prepare(
                "SELECT p.ad_id, p.print FROM link_prints p JOIN ads a ON a.id = p.ad_id
                 WHERE p.version = ?1 AND p.content_hash = a.content_hash",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([version], |r| {
                Ok(StoredPrint {
                    ad_id: r.get(0)?,
                    print: r.get(1)?,
                })
            })
            .map_err(|e| self.err(e))?;
        for row in rows {
            out.push(row.map_err(|e| self.err(e))?);
        }
        Ok(out)
    }

    fn save_link_prints(
        &mut self,
        version: &str,
        prints: &[(AdId, String, Option<Vec<u8>>)],
    ) -> Result<()> {
        self.write(|tx| {
            let mut ins = tx.prepare_cached(
                "INSERT OR REPLACE INTO link_prints (ad_id, content_hash, version, print)
                 SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM ads WHERE id = ?1)",
            )?;
            for (id, hash, print) in prints {
                ins.execute(params![id, hash, version, print])?;
            }
            Ok(())
        })
    }

    fn clear_link_prints(&mut self) -> Result<()> {
        self.write(|tx| tx.execute_batch("DELETE FROM link_prints"))
    }
}

impl Store {
    fn each_row(
        &self,
        sql: &str,
        mut f: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare(sql).map_err(|e| self.err(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.err(e))?;
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            f(r).map_err(|e| self.err(e))?;
        }
        Ok(())
    }
}
