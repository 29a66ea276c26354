//! Ads: one row per canonical URL, with earlier versions kept when the text
//! changes, and their image URLs (hashes only, never image bytes).

use crate::{now, parse_time, to_text, Result, Store, StoreError};
use chrono::{DateTime, Utc};
use model::Ad;
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Row id of an ad.
pub type AdId = i64;

/// What storing an ad changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdChange {
    /// A URL not seen before.
    New,
    /// Seen before, and its content changed (the old version is kept).
    Changed,
    /// Seen before with the same content; only `last_seen` moved.
    Unchanged,
}

/// The outcome of [`AdStore::upsert_ad`](crate::AdStore::upsert_ad).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Upserted {
    /// The ad's id.
    pub ad_id: AdId,
    /// What changed.
    pub change: AdChange,
}

/// An ad as stored, with its bookkeeping.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredAd {
    /// Row id.
    pub id: AdId,
    /// The ad's fields.
    pub ad: Ad,
    /// Region used to normalise its numbers.
    pub default_region: String,
    /// First time the crawler or an import saw it.
    pub first_seen: DateTime<Utc>,
    /// Last time it was seen.
    pub last_seen: DateTime<Utc>,
    /// When it was found gone from its listings, if it was.
    pub removed_at: Option<DateTime<Utc>>,
    /// Hash of the content fields.
    pub content_hash: String,
    /// Unknown import fields, kept as they came.
    pub extra: Option<serde_json::Value>,
}

/// An earlier version of an ad's content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdVersion {
    /// When this content was replaced by a newer one.
    pub replaced_at: DateTime<Utc>,
    /// Hash of this content.
    pub content_hash: String,
    /// The content fields as they were.
    pub content: serde_json::Value,
}

/// The fields whose change makes a new version.
pub(crate) fn content_of(ad: &Ad) -> serde_json::Value {
    serde_json::json!({
        "title": ad.title, "text": ad.text, "name": ad.name, "age": ad.age,
        "location": ad.location, "price": ad.price, "phones": ad.phones,
        "images": ad.images, "posted_at": ad.posted_at,
    })
}

/// SHA-256 (hex) of an ad's content fields.
pub fn content_hash(ad: &Ad) -> String {
    hex::encode(Sha256::digest(content_of(ad).to_string().as_bytes()))
}

pub(crate) const AD_COLUMNS: &str = "id, url, site, external_id, poster_id, title, text, name, age, location, price, posted_at, images_json, phones_json, extra_json, default_region, first_seen, last_seen, removed_at, content_hash";

/// Reads a row selected with [`AD_COLUMNS`].
pub(crate) fn ad_from_row(row: &Row<'_>) -> rusqlite::Result<StoredAd> {
    let text_time = |i: usize| -> rusqlite::Result<Option<DateTime<Utc>>> {
        Ok(row
            .get::<_, Option<String>>(i)?
            .and_then(|s| parse_time(&s)))
    };
    let json_list = |i: usize| -> rusqlite::Result<Vec<String>> {
        let s: String = row.get(i)?;
        Ok(serde_json::from_str(&s).unwrap_or_default())
    };
    let extra: Option<String> = row.get(14)?;
    Ok(StoredAd {
        id: row.get(0)?,
        ad: Ad {
            url: row.get(1)?,
            site: row.get(2)?,
            external_id: row.get(3)?,
            poster_id: row.get(4)?,
            title: row.get(5)?,
            text: row.get(6)?,
            name: row.get(7)?,
            age: row.get(8)?,
            location: row.get(9)?,
            price: row.get(10)?,
            posted_at: text_time(11)?,
            images: json_list(12)?,
            phones: json_list(13)?,
        },
        extra: extra.and_then(|s| serde_json::from_str(&s).ok()),
        default_region: row.get(15)?,
        first_seen: text_time(16)?.unwrap_or_default(),
        last_seen: text_time(17)?.unwrap_or_default(),
        removed_at: text_time(18)?,
        content_hash: row.get(19)?,
    })
}

impl crate::roles::AdStore for Store {
    fn upsert_ad(
        &mut self,
        ad: &Ad,
        default_region: &str,
        extra: Option<&serde_json::Value>,
        seen_at: DateTime<Utc>,
    ) -> Result<Upserted> {
        if ad.url.is_empty() || ad.site.is_empty() {
            return Err(StoreError::Invalid(
                "an ad needs a url and a site".to_string(),
            ));
        }
        self.write(|tx| upsert_in(tx, ad, default_region, extra, seen_at))
    }

    fn upsert_ads(
        &mut self,
        ads: &[(Ad, Option<serde_json::Value>)],
        default_region: &str,
        seen_at: DateTime<Utc>,
    ) -> Result<Vec<Upserted>> {
        if let Some((bad, _)) = ads
            .iter()
            .find(|(a, _)| a.url.is_empty() || a.site.is_empty())
        {
            return Err(StoreError::Invalid(format!(
                "an ad needs a url and a site (url `{}`)",
                bad.url
            )));
        }
        self.write(|tx| {
            ads.iter()
                .map(|(ad, extra)| upsert_in(tx, ad, default_region, extra.as_ref(), seen_at))
                .collect()
        })
    }

    fn touch_ad(&mut self, url: &str, seen_at: DateTime<Utc>) -> Result<bool> {
        let seen = to_text(&seen_at);
        self.write(|tx| {
            Ok(tx.execute(
                "UPDATE ads SET last_seen = MAX(last_seen, ?2), removed_at = NULL WHERE url = ?1",
                params![url, seen],
            )? > 0)
        })
    }

    fn mark_removed(&mut self, site: &str, cutoff: DateTime<Utc>) -> Result<usize> {
        let (cut, at) = (to_text(&cutoff), to_text(&now()));
        self.write(|tx| {
            tx.execute(
                "UPDATE ads SET removed_at = ?3 WHERE site = ?1 AND last_seen < ?2 AND removed_at IS NULL",
                params![site, cut, at],
            )
        })
    }

    fn ad(&self, id: AdId) -> Result<Option<StoredAd>> {
        self.conn
            .query_row(
                &format!("SELECT {AD_COLUMNS} FROM ads WHERE id = ?1"),
                [id],
                ad_from_row,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    fn ad_by_url(&self, url: &str) -> Result<Option<StoredAd>> {
        self.conn
            .query_row(
                &format!("SELECT {AD_COLUMNS} FROM ads WHERE url = ?1"),
                [url],
                ad_from_row,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    fn ads_by_ids(&self, ids: &[AdId]) -> Result<Vec<StoredAd>> {
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let list: Vec<String> = chunk.iter().map(|i| i.to_string()).collect();
            let mut stmt = self
                .conn
                .prepare(&format!(
                    "SELECT {AD_COLUMNS} FROM ads WHERE id IN ({}) ORDER BY id",
                    list.join(",")
                ))
                .map_err(|e| self.err(e))?;
            let rows = stmt.query_map([], ad_from_row).map_err(|e| self.err(e))?;
            for r in rows {
                out.push(r.map_err(|e| self.err(e))?);
            }
        }
        Ok(out)
    }

    fn ad_versions(&self, id: AdId) -> Result<Vec<AdVersion>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT replaced_at, content_hash, content_json FROM ad_versions WHERE ad_id = ?1 ORDER BY id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([id], |r| {
                let at: String = r.get(0)?;
                let content: String = r.get(2)?;
                Ok(AdVersion {
                    replaced_at: parse_time(&at).unwrap_or_default(),
                    content_hash: r.get(1)?,
                    content: serde_json::from_str(&content).unwrap_or_default(),
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    fn count_ads(&self) -> Result<i64> {
        self.conn
            .query_row("SELECT COUNT(*) FROM ads", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    fn current_prices(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT site, price FROM ads WHERE price IS NOT NULL AND removed_at IS NULL")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get("site")?, r.get("price")?)))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    fn images_to_hash(&self, limit: usize) -> Result<Vec<(AdId, String)>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT ad_id, url FROM images WHERE phash IS NULL AND error IS NULL ORDER BY ad_id LIMIT ?1",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(|e| self.err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.err(e))
    }

    fn set_image_hash(
        &mut self,
        ad_id: AdId,
        url: &str,
        hash: std::result::Result<u64, String>,
    ) -> Result<()> {
        let (phash, error) = match hash {
            Ok(h) => (Some(h as i64), None),
            Err(e) => (None, Some(e)),
        };
        self.write(|tx| {
            tx.execute(
                "UPDATE images SET phash = ?3, error = ?4 WHERE ad_id = ?1 AND url = ?2",
                params![ad_id, url, phash, error],
            )?;
            Ok(())
        })
    }
}

/// Inserts or updates one ad inside an open transaction.
fn upsert_in(
    tx: &rusqlite::Transaction<'_>,
    ad: &Ad,
    default_region: &str,
    extra: Option<&serde_json::Value>,
    seen_at: DateTime<Utc>,
) -> rusqlite::Result<Upserted> {
    let hash = content_hash(ad);
    let seen = to_text(&seen_at);
    let images = serde_json::to_string(&ad.images).unwrap_or_else(|_| "[]".into());
    let phones = serde_json::to_string(&ad.phones).unwrap_or_else(|_| "[]".into());
    let extra = extra.map(|e| e.to_string());
    let posted = ad.posted_at.as_ref().map(to_text);
    let existing: Option<(AdId, String, String)> = tx
        .prepare_cached(&format!("SELECT {AD_COLUMNS} FROM ads WHERE url = ?1"))?
        .query_row([&ad.url], |r| {
            let stored = ad_from_row(r)?;
            let content = content_of(&stored.ad).to_string();
            Ok((stored.id, stored.content_hash, content))
        })
        .optional()?;
    let (ad_id, change) = match existing {
        None => {
            // The place goes in with the row: a separate update per new ad
            // (as for a changed one) was an eighth of the import's writes.
            let p = crate::places::place_for(ad.location.as_deref(), default_region);
            tx.prepare_cached(
                "INSERT INTO ads (url, site, external_id, poster_id, title, text, name, age, location, price, posted_at, images_json, phones_json, extra_json, default_region, first_seen, last_seen, content_hash, place_name, place_country, place_lat, place_lon)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16, ?17, ?18, ?19, ?20, ?21)",
            )?
            .execute(params![ad.url, ad.site, ad.external_id, ad.poster_id, ad.title, ad.text, ad.name, ad.age, ad.location, ad.price, posted, images, phones, extra, default_region, seen, hash,
                p.as_ref().map(|p| p.name.as_str()),
                p.as_ref().and_then(|p| p.country.as_deref()),
                p.as_ref().and_then(|p| p.lat),
                p.as_ref().and_then(|p| p.lon)])?;
            (tx.last_insert_rowid(), AdChange::New)
        }
        Some((id, old_hash, _)) if old_hash == hash => {
            tx.prepare_cached(
                "UPDATE ads SET last_seen = MAX(last_seen, ?2), removed_at = NULL WHERE id = ?1",
            )?
            .execute(params![id, seen])?;
            (id, AdChange::Unchanged)
        }
        Some((id, old_hash, old_content)) => {
            tx.prepare_cached(
                "INSERT INTO ad_versions (ad_id, replaced_at, content_hash, content_json) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![id, seen, old_hash, old_content])?;
            tx.prepare_cached(
                "UPDATE ads SET site = ?2, external_id = ?3, poster_id = ?4, title = ?5, text = ?6, name = ?7, age = ?8, location = ?9, price = ?10, posted_at = ?11, images_json = ?12, phones_json = ?13, extra_json = COALESCE(?14, extra_json), default_region = ?15, last_seen = MAX(last_seen, ?16), removed_at = NULL, content_hash = ?17 WHERE id = ?1",
            )?
            .execute(params![id, ad.site, ad.external_id, ad.poster_id, ad.title, ad.text, ad.name, ad.age, ad.location, ad.price, posted, images, phones, extra, default_region, seen, hash])?;
            (id, AdChange::Changed)
        }
    };
    if change == AdChange::Changed {
        crate::places::write_place(tx, ad_id, ad.location.as_deref(), default_region)?;
    }
    if change != AdChange::Unchanged {
        tx.prepare_cached(
            "DELETE FROM images WHERE ad_id = ?1 AND url NOT IN (SELECT value FROM json_each(?2))",
        )?
        .execute(params![ad_id, images])?;
        for url in &ad.images {
            tx.prepare_cached("INSERT OR IGNORE INTO images (ad_id, url) VALUES (?1, ?2)")?
                .execute(params![ad_id, url])?;
        }
    }
    Ok(Upserted { ad_id, change })
}
