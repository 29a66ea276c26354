//! Normalised places: each ad's `location` as written is kept, and beside it
//! the gazetteer city it names ([`places`]): canonical name,
//! country and coordinates. An unknown place keeps its written text (spaces
//! tidied) as its name, without country or coordinates, and counts as itself.
//!
//! Places are written with the ad (new and changed ads) and filled for
//! existing ads when the schema reaches version 5 or the gazetteer changes
//! ([`PLACES_VERSION`], kept in `meta`).

use crate::ads::AdId;
use crate::{Result, Store};
use places::{self as place, Place};
use rusqlite::{params, OptionalExtension};

/// Migration 5: the place columns beside `ads.location`.
pub(crate) const MIGRATION_PLACES: &str = r#"
ALTER TABLE ads ADD COLUMN place_name TEXT;
ALTER TABLE ads ADD COLUMN place_country TEXT;
ALTER TABLE ads ADD COLUMN place_lat REAL;
ALTER TABLE ads ADD COLUMN place_lon REAL;
CREATE INDEX ads_place_name ON ads(place_name COLLATE NOCASE);
"#;

/// Changes whenever the gazetteer or its matching changes, so stored places
/// are filled again on the next open.
pub fn places_version() -> String {
    format!("2:{}", place::city_count())
}

/// The normalised place of an ad's location, as [`write_place`] stores it.
/// A place name shared by cities of several countries is read in the ad's
/// `region` (its site's, "Newcastle" on a British site).
pub(crate) fn place_for(location: Option<&str>, region: &str) -> Option<Place> {
    location.and_then(|l| place::normalise_in(l, Some(region)))
}

/// Writes the normalised place of `location` for ad `ad_id` ([`place_for`]).
pub(crate) fn write_place(
    tx: &rusqlite::Transaction<'_>,
    ad_id: AdId,
    location: Option<&str>,
    region: &str,
) -> rusqlite::Result<()> {
    let p = place_for(location, region);
    tx.prepare_cached(
        "UPDATE ads SET place_name = ?2, place_country = ?3, place_lat = ?4, place_lon = ?5 WHERE id = ?1",
    )?
    .execute(params![
            ad_id,
            p.as_ref().map(|p| p.name.as_str()),
            p.as_ref().and_then(|p| p.country.as_deref()),
            p.as_ref().and_then(|p| p.lat),
            p.as_ref().and_then(|p| p.lon),
    ])?;
    Ok(())
}

/// Fills the places of every ad when the stored [`places_version`] differs
/// from this build's (after migration 5, or a new gazetteer).
pub(crate) fn fill_if_stale(store: &mut Store) -> Result<()> {
    let want = places_version();
    let have: Option<String> = store
        .conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'places_version'",
            [],
            |r| r.get(0),
        )
        .optional()
        .map_err(|e| store.err(e))?;
    if have.as_deref() == Some(want.as_str()) {
        return Ok(());
    }
    store.write(|tx| {
        let rows: Vec<(AdId, Option<String>, String)> = {
            let mut stmt = tx.prepare("SELECT id, location, default_region FROM ads")?;
            let it = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            it.collect::<rusqlite::Result<_>>()?
        };
        for (id, location, region) in rows {
            write_place(tx, id, location.as_deref(), &region)?;
        }
        tx.execute(
            "INSERT INTO meta(key, value) VALUES ('places_version', ?1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [&want],
        )?;
        Ok(())
    })
}

impl Store {
    /// The normalised place of ad `id` (`None` when it names no place).
    pub fn place_of(&self, id: AdId) -> Result<Option<Place>> {
        self.conn
            .query_row(
                "SELECT place_name, place_country, place_lat, place_lon FROM ads WHERE id = ?1",
                [id],
                |r| {
                    let name: Option<String> = r.get(0)?;
                    Ok(name.map(|name| Place {
                        name,
                        country: r.get(1).ok().flatten(),
                        lat: r.get(2).ok().flatten(),
                        lon: r.get(3).ok().flatten(),
                    }))
                },
            )
            .optional()
            .map(Option::flatten)
            .map_err(|e| self.err(e))
    }
}

/// The place name a filter's city means: the gazetteer's canonical name
/// when it knows the city ("Kbh" → "Copenhagen"), else the text as written.
pub fn filter_place_name(city: &str) -> String {
    place::normalise(city).map_or_else(|| city.trim().to_string(), |p| p.name)
}
