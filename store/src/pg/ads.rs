//! [`AdStore`](crate::AdStore) on PostgreSQL: the same upsert rules as the
//! SQLite store (a new URL is inserted, a changed content keeps the old as a
//! version, the same content moves `last_seen` only), places written with
//! the ad, image URLs registered for hashing.

use super::PgTx;
use super::{json_or_default, PgStore};
use crate::ads::{
    content_hash, content_of, AdChange, AdId, AdVersion, StoredAd, Upserted, AD_COLUMNS,
};
use crate::{now, parse_time, to_text, Result, StoreError};
use chrono::{DateTime, Utc};
use model::Ad;
use places as place;
use postgres::Row;

/// Reads a row selected with [`AD_COLUMNS`].
pub(crate) fn ad_from_row(row: &Row) -> StoredAd {
    let time = |i: usize| row.get::<_, Option<String>>(i).and_then(|s| parse_time(&s));
    let extra: Option<String> = row.get(14);
    StoredAd {
        id: row.get(0),
        ad: Ad {
            url: row.get(1),
            site: row.get(2),
            external_id: row.get(3),
            poster_id: row.get(4),
            title: row.get(5),
            text: row.get(6),
            name: row.get(7),
            age: row.get::<_, Option<i64>>(8).map(|a| a as u32),
            location: row.get(9),
            price: row.get(10),
            posted_at: time(11),
            images: json_or_default(row.get::<_, &str>(12)),
            phones: json_or_default(row.get::<_, &str>(13)),
        },
        extra: extra.and_then(|s| serde_json::from_str(&s).ok()),
        default_region: row.get(15),
        first_seen: time(16).unwrap_or_default(),
        last_seen: time(17).unwrap_or_default(),
        removed_at: time(18),
        content_hash: row.get(19),
    }
}

fn check(ad: &Ad) -> Result<()> {
    if ad.url.is_empty() || ad.site.is_empty() {
        return Err(StoreError::Invalid(format!(
            "an ad needs a url and a site (url `{}`)",
            ad.url
        )));
    }
    Ok(())
}

impl crate::roles::AdStore for PgStore {
    fn upsert_ad(
        &mut self,
        ad: &Ad,
        default_region: &str,
        extra: Option<&serde_json::Value>,
        seen_at: DateTime<Utc>,
    ) -> Result<Upserted> {
        check(ad)?;
        self.write(|tx| upsert_in(tx, ad, default_region, extra, seen_at))
    }

    fn upsert_ads(
        &mut self,
        ads: &[(Ad, Option<serde_json::Value>)],
        default_region: &str,
        seen_at: DateTime<Utc>,
    ) -> Result<Vec<Upserted>> {
        for (ad, _) in ads {
            check(ad)?;
        }
        let mut urls: Vec<&str> = ads.iter().map(|(a, _)| a.url.as_str()).collect();
        urls.sort_unstable();
        let repeats = urls.windows(2).any(|w| w[0] == w[1]);
        self.write(|tx| {
            if repeats {
                // A URL twice in one batch: one at a time, each seeing the last.
                return ads
                    .iter()
                    .map(|(ad, extra)| upsert_in(tx, ad, default_region, extra.as_ref(), seen_at))
                    .collect();
            }
            upsert_batch(tx, ads, default_region, seen_at)
        })
    }

    fn touch_ad(&mut self, url: &str, seen_at: DateTime<Utc>) -> Result<bool> {
        let seen = to_text(&seen_at);
        self.write(|tx| {
            Ok(tx.execute(
                "UPDATE ads SET last_seen = GREATEST(last_seen, $2), removed_at = NULL WHERE url = $1",
                &[&url, &seen],
            )? > 0)
        })
    }

    fn mark_removed(&mut self, site: &str, cutoff: DateTime<Utc>) -> Result<usize> {
        let (cut, at) = (to_text(&cutoff), to_text(&now()));
        self.write(|tx| {
            tx.execute(
                "UPDATE ads SET removed_at = $3 WHERE site = $1 AND last_seen < $2 AND removed_at IS NULL",
                &[&site, &cut, &at],
            )
        })
        .map(|n| n as usize)
    }

    fn ad(&self, id: AdId) -> Result<Option<StoredAd>> {
        Ok(self
            .query_opt(
                &format!("SELECT {AD_COLUMNS} FROM ads WHERE id = $1"),
                &[&id],
            )?
            .map(|r| ad_from_row(&r)))
    }

    fn ad_by_url(&self, url: &str) -> Result<Option<StoredAd>> {
        Ok(self
            .query_opt(
                &format!("SELECT {AD_COLUMNS} FROM ads WHERE url = $1"),
                &[&url],
            )?
            .map(|r| ad_from_row(&r)))
    }

    fn ads_by_ids(&self, ids: &[AdId]) -> Result<Vec<StoredAd>> {
        let rows = self.query(
            &format!("SELECT {AD_COLUMNS} FROM ads WHERE id = ANY($1) ORDER BY id"),
            &[&ids],
        )?;
        Ok(rows.iter().map(ad_from_row).collect())
    }

    fn ad_versions(&self, id: AdId) -> Result<Vec<AdVersion>> {
        let rows = self.query(
            "SELECT replaced_at, content_hash, content_json FROM ad_versions WHERE ad_id = $1 ORDER BY id",
            &[&id],
        )?;
        Ok(rows
            .iter()
            .map(|r| AdVersion {
                replaced_at: parse_time(r.get(0)).unwrap_or_default(),
                content_hash: r.get(1),
                content: serde_json::from_str(r.get(2)).unwrap_or_default(),
            })
            .collect())
    }

    fn count_ads(&self) -> Result<i64> {
        Ok(self.query_one("SELECT COUNT(*) FROM ads", &[])?.get(0))
    }

    fn current_prices(&self) -> Result<Vec<(String, String)>> {
        let rows = self.query(
            "SELECT site, price FROM ads WHERE price IS NOT NULL AND removed_at IS NULL",
            &[],
        )?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    fn images_to_hash(&self, limit: usize) -> Result<Vec<(AdId, String)>> {
        let rows = self.query(
            r#"SELECT ad_id, url FROM images WHERE phash IS NULL AND error IS NULL ORDER BY ad_id, url COLLATE "C" LIMIT $1"#,
            &[&(limit as i64)],
        )?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
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
                "UPDATE images SET phash = $3, error = $4 WHERE ad_id = $1 AND url = $2",
                &[&ad_id, &url, &phash, &error],
            )
        })
        .map(|_| ())
    }
}

/// The normalised place columns of a location (see [`crate::places`]).
type PlaceCols = (Option<String>, Option<String>, Option<f64>, Option<f64>);

fn place_of(location: Option<&str>, region: &str) -> PlaceCols {
    match location.and_then(|l| place::normalise_in(l, Some(region))) {
        Some(p) => (Some(p.name), p.country, p.lat, p.lon),
        None => (None, None, None, None),
    }
}

/// Inserts or updates one ad inside an open transaction.
fn upsert_in(
    tx: &mut PgTx<'_>,
    ad: &Ad,
    default_region: &str,
    extra: Option<&serde_json::Value>,
    seen_at: DateTime<Utc>,
) -> std::result::Result<Upserted, postgres::Error> {
    let hash = content_hash(ad);
    let seen = to_text(&seen_at);
    let images = serde_json::to_string(&ad.images).unwrap_or_else(|_| "[]".into());
    let phones = serde_json::to_string(&ad.phones).unwrap_or_else(|_| "[]".into());
    let extra = extra.map(|e| e.to_string());
    let posted = ad.posted_at.as_ref().map(to_text);
    let age = ad.age.map(i64::from);
    let select = tx.prepare_cached(&format!("SELECT {AD_COLUMNS} FROM ads WHERE url = $1"))?;
    let existing = tx.query_opt(&select, &[&ad.url])?.map(|r| {
        let stored = ad_from_row(&r);
        let content = content_of(&stored.ad).to_string();
        (stored.id, stored.content_hash, content)
    });
    let place = || place_of(ad.location.as_deref(), default_region);
    let (ad_id, change) = match existing {
        None => {
            let p = place();
            let insert = tx.prepare_cached(
                "INSERT INTO ads (url, site, external_id, poster_id, title, text, name, age, location, price, posted_at, images_json, phones_json, extra_json, default_region, first_seen, last_seen, content_hash, place_name, place_country, place_lat, place_lon)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, $17, $18, $19, $20, $21) RETURNING id",
            )?;
            let id: AdId = tx
                .query_one(
                    &insert,
                    &[
                        &ad.url,
                        &ad.site,
                        &ad.external_id,
                        &ad.poster_id,
                        &ad.title,
                        &ad.text,
                        &ad.name,
                        &age,
                        &ad.location,
                        &ad.price,
                        &posted,
                        &images,
                        &phones,
                        &extra,
                        &default_region,
                        &seen,
                        &hash,
                        &p.0,
                        &p.1,
                        &p.2,
                        &p.3,
                    ],
                )?
                .get(0);
            (id, AdChange::New)
        }
        Some((id, old_hash, _)) if old_hash == hash => {
            let touch = tx.prepare_cached(
                "UPDATE ads SET last_seen = GREATEST(last_seen, $2), removed_at = NULL WHERE id = $1",
            )?;
            tx.execute(&touch, &[&id, &seen])?;
            (id, AdChange::Unchanged)
        }
        Some((id, old_hash, old_content)) => {
            let p = place();
            tx.execute(
                "INSERT INTO ad_versions (ad_id, replaced_at, content_hash, content_json) VALUES ($1, $2, $3, $4)",
                &[&id, &seen, &old_hash, &old_content],
            )?;
            tx.execute(
                "UPDATE ads SET site = $2, external_id = $3, poster_id = $4, title = $5, text = $6, name = $7, age = $8, location = $9, price = $10, posted_at = $11, images_json = $12, phones_json = $13, extra_json = COALESCE($14, extra_json), default_region = $15, last_seen = GREATEST(last_seen, $16), removed_at = NULL, content_hash = $17,
                   place_name = $18, place_country = $19, place_lat = $20, place_lon = $21 WHERE id = $1",
                &[&id, &ad.site, &ad.external_id, &ad.poster_id, &ad.title, &ad.text, &ad.name, &age, &ad.location, &ad.price, &posted, &images, &phones, &extra, &default_region, &seen, &hash, &p.0, &p.1, &p.2, &p.3],
            )?;
            tx.execute(
                "DELETE FROM images WHERE ad_id = $1 AND NOT (url = ANY($2))",
                &[&id, &ad.images],
            )?;
            (id, AdChange::Changed)
        }
    };
    if change != AdChange::Unchanged && !ad.images.is_empty() {
        let ins = tx.prepare_cached(
            "INSERT INTO images (ad_id, url) SELECT $1, u FROM unnest($2::text[]) AS u ON CONFLICT DO NOTHING",
        )?;
        tx.execute(&ins, &[&ad_id, &ad.images])?;
    }
    Ok(Upserted { ad_id, change })
}

/// Stores a batch of ads with distinct URLs in a few statements: one
/// lookup, one insert of the new ads (ids in batch order, as one at a time
/// would give them), one `last_seen` update of the unchanged, one insert of
/// the new ads' images; a changed ad takes the one-at-a-time path.
fn upsert_batch(
    tx: &mut PgTx<'_>,
    ads: &[(Ad, Option<serde_json::Value>)],
    default_region: &str,
    seen_at: DateTime<Utc>,
) -> std::result::Result<Vec<Upserted>, postgres::Error> {
    let urls: Vec<&str> = ads.iter().map(|(a, _)| a.url.as_str()).collect();
    let look = tx.prepare_cached("SELECT url, id, content_hash FROM ads WHERE url = ANY($1)")?;
    let known: std::collections::HashMap<String, (AdId, String)> = tx
        .query(&look, &[&urls])?
        .iter()
        .map(|r| (r.get(0), (r.get(1), r.get(2))))
        .collect();
    let seen = to_text(&seen_at);
    let mut out: Vec<Option<Upserted>> = vec![None; ads.len()];
    let mut fresh: Vec<usize> = Vec::new();
    let mut same: Vec<AdId> = Vec::new();
    for (i, (ad, extra)) in ads.iter().enumerate() {
        match known.get(&ad.url) {
            None => fresh.push(i),
            Some((id, hash)) if *hash == content_hash(ad) => {
                same.push(*id);
                out[i] = Some(Upserted {
                    ad_id: *id,
                    change: AdChange::Unchanged,
                });
            }
            Some(_) => out[i] = Some(upsert_in(tx, ad, default_region, extra.as_ref(), seen_at)?),
        }
    }
    if !same.is_empty() {
        let touch = tx.prepare_cached(
            "UPDATE ads SET last_seen = GREATEST(last_seen, $2), removed_at = NULL WHERE id = ANY($1)",
        )?;
        tx.execute(&touch, &[&same, &seen])?;
    }
    if !fresh.is_empty() {
        let mut cols: NewCols = NewCols::default();
        for &i in &fresh {
            cols.push(&ads[i].0, ads[i].1.as_ref(), default_region);
        }
        let insert = tx.prepare_cached(
            "INSERT INTO ads (url, site, external_id, poster_id, title, text, name, age, location, price, posted_at, images_json, phones_json, extra_json, default_region, first_seen, last_seen, content_hash, place_name, place_country, place_lat, place_lon)
             SELECT url, site, external_id, poster_id, title, text, name, age, location, price, posted_at, images_json, phones_json, extra_json, $15, $16, $16, content_hash, place_name, place_country, place_lat, place_lon
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int8[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],
                         $17::text[], $18::text[], $19::text[], $20::float8[], $21::float8[])
               WITH ORDINALITY AS t(url, site, external_id, poster_id, title, text, name, age, location, price, posted_at, images_json, phones_json, extra_json,
                                    content_hash, place_name, place_country, place_lat, place_lon, ord)
             ORDER BY ord
             RETURNING id, url",
        )?;
        let c = &cols;
        let ids: std::collections::HashMap<String, AdId> = tx
            .query(
                &insert,
                &[
                    &c.url,
                    &c.site,
                    &c.external_id,
                    &c.poster_id,
                    &c.title,
                    &c.text,
                    &c.name,
                    &c.age,
                    &c.location,
                    &c.price,
                    &c.posted,
                    &c.images,
                    &c.phones,
                    &c.extra,
                    &default_region,
                    &seen,
                    &c.hash,
                    &c.place_name,
                    &c.place_country,
                    &c.place_lat,
                    &c.place_lon,
                ],
            )?
            .iter()
            .map(|r| (r.get(1), r.get(0)))
            .collect();
        let (mut img_ads, mut img_urls): (Vec<AdId>, Vec<&str>) = (Vec::new(), Vec::new());
        for &i in &fresh {
            let ad = &ads[i].0;
            let ad_id = ids[&ad.url];
            out[i] = Some(Upserted {
                ad_id,
                change: AdChange::New,
            });
            for u in &ad.images {
                img_ads.push(ad_id);
                img_urls.push(u);
            }
        }
        if !img_ads.is_empty() {
            let ins = tx.prepare_cached(
                "INSERT INTO images (ad_id, url) SELECT * FROM unnest($1::int8[], $2::text[]) ON CONFLICT DO NOTHING",
            )?;
            tx.execute(&ins, &[&img_ads, &img_urls])?;
        }
    }
    Ok(out.into_iter().flatten().collect())
}

/// The columns of new ads, one array each, for an `unnest` insert.
#[derive(Default)]
struct NewCols {
    url: Vec<String>,
    site: Vec<String>,
    external_id: Vec<Option<String>>,
    poster_id: Vec<Option<String>>,
    title: Vec<Option<String>>,
    text: Vec<String>,
    name: Vec<Option<String>>,
    age: Vec<Option<i64>>,
    location: Vec<Option<String>>,
    price: Vec<Option<String>>,
    posted: Vec<Option<String>>,
    images: Vec<String>,
    phones: Vec<String>,
    extra: Vec<Option<String>>,
    hash: Vec<String>,
    place_name: Vec<Option<String>>,
    place_country: Vec<Option<String>>,
    place_lat: Vec<Option<f64>>,
    place_lon: Vec<Option<f64>>,
}

impl NewCols {
    fn push(&mut self, ad: &Ad, extra: Option<&serde_json::Value>, region: &str) {
        let p = place_of(ad.location.as_deref(), region);
        self.url.push(ad.url.clone());
        self.site.push(ad.site.clone());
        self.external_id.push(ad.external_id.clone());
        self.poster_id.push(ad.poster_id.clone());
        self.title.push(ad.title.clone());
        self.text.push(ad.text.clone());
        self.name.push(ad.name.clone());
        self.age.push(ad.age.map(i64::from));
        self.location.push(ad.location.clone());
        self.price.push(ad.price.clone());
        self.posted.push(ad.posted_at.as_ref().map(to_text));
        self.images
            .push(serde_json::to_string(&ad.images).unwrap_or_else(|_| "[]".into()));
        self.phones
            .push(serde_json::to_string(&ad.phones).unwrap_or_else(|_| "[]".into()));
        self.extra.push(extra.map(|e| e.to_string()));
        self.hash.push(content_hash(ad));
        self.place_name.push(p.0);
        self.place_country.push(p.1);
        self.place_lat.push(p.2);
        self.place_lon.push(p.3);
    }
}

/// Fills the places of every ad when the stored places version differs
/// from this build's (a new gazetteer), as the SQLite store does on open.
pub(crate) fn fill_places_if_stale(store: &mut PgStore) -> Result<()> {
    let want = crate::places::places_version();
    let have: Option<String> = store
        .query_opt("SELECT value FROM meta WHERE key = 'places_version'", &[])?
        .map(|r| r.get(0));
    if have.as_deref() == Some(want.as_str()) {
        return Ok(());
    }
    store.write(|tx| {
        let rows = tx.query("SELECT id, location, default_region FROM ads", &[])?;
        let up = tx.prepare(
            "UPDATE ads SET place_name = $2, place_country = $3, place_lat = $4, place_lon = $5 WHERE id = $1",
        )?;
        for r in rows {
            let id: AdId = r.get(0);
            let p = place_of(r.get(1), r.get(2));
            tx.execute(&up, &[&id, &p.0, &p.1, &p.2, &p.3])?;
        }
        tx.execute(
            "INSERT INTO meta(key, value) VALUES ('places_version', $1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            &[&want],
        )?;
        Ok(())
    })
}
