//! Places: the gazetteer of cities (GeoNames, CC BY 4.0, plus hand-written
//! abbreviations and districts) and the normalisation of a place as an ad
//! writes it ("København K", "Kbh", "CPH", "Copenhagen, Denmark") to one
//! city with its country and coordinates.
//!
//! The gazetteer is compiled by the build script into an fst map from a
//! place key ([`place_key`]: case, diacritics and punctuation dropped) to a
//! city, so a lookup is a few fst probes without allocation beyond the key.
//! What is tried, in order, first hit wins:
//! 1. the whole text;
//! 2. each part between separators (`,` `;` `/` `|` `(` `)` ` - `), without
//!    postcodes, district letters ("K", "Ø", "C", "NV") and words such as
//!    "centrum", "sentrum", "city", "near";
//! 3. within each part, runs of three, two and one words, left to right
//!    (one word only of three letters or more).
//!
//! A place the gazetteer does not know is kept as written ([`Place::name`]
//! the text with spaces tidied, no country or coordinates) and counts as
//! itself.
//!
//! A crate of its own, at the bottom of the workspace, so that the store
//! (which keeps each ad's normalised place) and the indicators (which use
//! cities for phone regions and `phone_multi_city`) share it without the
//! store depending on the indicators. `indicators::place` re-exports it.
//!
//! # Example
//! ```
//! let p = places::normalise("København K").unwrap();
//! assert_eq!((p.name.as_str(), p.country.as_deref()), ("Copenhagen", Some("DK")));
//! ```

mod key;

pub use key::{place_key, short_vowels};
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};

/// A city of the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct City {
    /// Canonical name (GeoNames' name, "Copenhagen", "Aarhus", "Malmö").
    pub name: &'static str,
    /// ISO 3166 country code, e.g. `DK`.
    pub country: &'static str,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
}

include!(concat!(env!("OUT_DIR"), "/places.rs"));

static FST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places.fst"));
static MAP: Lazy<fst::Map<&'static [u8]>> =
    Lazy::new(|| fst::Map::new(FST).expect("places.fst is built by build.rs"));

/// An ad's normalised place: a gazetteer city, or the place as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The city's canonical name, or the text as written (spaces tidied).
    pub name: String,
    /// ISO 3166 country code of a known city.
    pub country: Option<String>,
    /// Latitude of a known city.
    pub lat: Option<f64>,
    /// Longitude of a known city.
    pub lon: Option<f64>,
}

impl Place {
    /// Whether the gazetteer knows this place.
    pub fn is_known(&self) -> bool {
        self.country.is_some()
    }

    /// Great-circle distance in km to `other`, when both are known.
    pub fn distance_km(&self, other: &Place) -> Option<f64> {
        Some(distance_km(
            (self.lat?, self.lon?),
            (other.lat?, other.lon?),
        ))
    }
}

impl From<&City> for Place {
    fn from(c: &City) -> Place {
        Place {
            name: c.name.to_string(),
            country: Some(c.country.to_string()),
            lat: Some(c.lat),
            lon: Some(c.lon),
        }
    }
}

/// Longest place text examined, in bytes.
const MAX_PLACE: usize = 256;

/// The longest prefix of `s` of at most `max` bytes that ends on a
/// character boundary.
fn cut(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut i = max;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

/// Words that qualify a place without naming it, folded as [`place_key`]
/// folds them ("København centrum", "near Oslo", "Aarhus C").
const NOISE: &[&str] = &[
    "centrum",
    "sentrum",
    "center",
    "centre",
    "centro",
    "zentrum",
    "city",
    "downtown",
    "area",
    "omrade",
    "omradet",
    "near",
    "naer",
    "nara",
    "nahe",
    "bei",
    "cerca",
    "kolo",
    "linga",
    "in",
    "i",
    "im",
    "w",
    "we",
    "en",
    "na",
    "the",
    "of",
    "og",
    "och",
    "und",
    "and",
    "y",
    "si",
    "st",
    "by",
    "stad",
    "stadt",
    "miasto",
    "oras",
    "ciudad",
    "denmark",
    "danmark",
    "norway",
    "norge",
    "sweden",
    "sverige",
    "finland",
    "suomi",
    "germany",
    "deutschland",
    "poland",
    "polska",
    "romania",
    "spain",
    "espana",
    "uk",
    "england",
    "sector",
    "sektor",
];

/// District letters after a city ("København K", "Aarhus C", "Kbh NV").
fn district_letters(k: &str) -> bool {
    matches!(
        k,
        "k" | "v"
            | "o"
            | "n"
            | "s"
            | "c"
            | "nv"
            | "sv"
            | "no"
            | "so"
            | "oe"
            | "nw"
            | "sw"
            | "ne"
            | "se"
            | "e"
            | "w"
    )
}

/// The city a written place names, if the gazetteer knows it.
pub fn find_city(written: &str) -> Option<&'static City> {
    find_city_in(written, None)
}

/// [`find_city`] preferring a city of `country` (ISO 3166, the site's
/// region) where a name is shared across countries ("Newcastle" on a
/// British site, "Sandviken" on a Norwegian one).
pub fn find_city_in(written: &str, country: Option<&str>) -> Option<&'static City> {
    let written = cut(written, MAX_PLACE);
    let mut k = String::with_capacity(written.len());
    place_key(written, &mut k);
    if NOISE.contains(&k.as_str()) {
        return None;
    }
    let get = |key: &str| get(key, country);
    if let Some(c) = get(&k) {
        return Some(c);
    }
    let parts = written
        .split([
            ',', ';', '/', '|', '(', ')', '\n', '–', '—', '·', '•', '&', '+',
        ])
        .flat_map(|p| p.split(" - "));
    let mut words: Vec<String> = Vec::new();
    for part in parts {
        words.clear();
        for w in part.split(|c: char| !c.is_alphanumeric()) {
            place_key(w, &mut k);
            let digits = k.chars().all(|c| c.is_ascii_digit());
            if k.is_empty() || digits || NOISE.contains(&k.as_str()) {
                continue;
            }
            words.push(k.clone());
        }
        while words.len() > 1 && words.last().is_some_and(|w| district_letters(w)) {
            words.pop();
        }
        if words.is_empty() {
            continue;
        }
        if let Some(c) = get(&words.concat()) {
            return Some(c);
        }
        for n in (1..=3.min(words.len())).rev() {
            for win in words.windows(n) {
                let key = win.concat();
                if n == 1 && (key.chars().count() < 3 || COMMON_WORDS.contains(&key.as_str())) {
                    continue;
                }
                if let Some(c) = get(&key) {
                    return Some(c);
                }
            }
        }
    }
    None
}

/// City names that are also everyday words ("lille landsby" is Danish for
/// "small village", "nice girl" is not in France). Alone they still name the
/// city; as one word among others they do not.
const COMMON_WORDS: &[&str] = &[
    "lille", "nice", "bath", "reading", "split", "mobile", "orange", "sale", "deal", "best",
    "hope", "march", "wells", "come", "mons", "gent", "ski", "moss", "hammer", "borne",
];

/// The city a key names (see the build script for the order), preferring
/// one in `country`.
fn get(key: &str, country: Option<&str>) -> Option<&'static City> {
    if key.is_empty() {
        return None;
    }
    let v = MAP.get(key).or_else(|| MAP.get(key::short_vowels(key)))?;
    let best = CITIES.get(usize::try_from(v & 0xFFFF_FFFF).ok()?)?;
    let alts = usize::try_from(v >> 32).ok()?;
    if let (Some(cc), true) = (country, alts > 0) {
        if best.country != cc {
            let other = ALTS
                .get(alts - 1)
                .into_iter()
                .flat_map(|a| a.iter())
                .filter_map(|&i| CITIES.get(i as usize))
                .find(|c| c.country == cc);
            if let Some(c) = other {
                return Some(c);
            }
        }
    }
    Some(best)
}

/// Normalises a written place: the gazetteer city it names, or the text as
/// written (spaces tidied) when unknown; `None` for an empty text.
pub fn normalise(written: &str) -> Option<Place> {
    normalise_in(written, None)
}

/// [`normalise`] preferring a city of `country` (see [`find_city_in`]).
pub fn normalise_in(written: &str, country: Option<&str>) -> Option<Place> {
    let tidy = written.split_whitespace().collect::<Vec<_>>().join(" ");
    if tidy.is_empty() {
        return None;
    }
    Some(match find_city_in(&tidy, country) {
        Some(c) => Place::from(c),
        None => Place {
            name: cut(&tidy, MAX_PLACE).to_string(),
            country: None,
            lat: None,
            lon: None,
        },
    })
}

/// The number of cities in the gazetteer.
pub fn city_count() -> usize {
    CITIES.len()
}

/// Great-circle (haversine) distance in km between two (lat, lon) points.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn city(w: &str) -> Option<(&'static str, &'static str)> {
        find_city(w).map(|c| (c.name, c.country))
    }

    #[test]
    fn spellings_and_abbreviations_name_one_city() {
        for w in [
            "København",
            "Copenhagen",
            "Kbh",
            "CPH",
            "kbh.",
            "København K",
            "2100 København Ø",
            "Vesterbro",
            "Nørrebro, København",
            "KØBENHAVN",
            "Kobenhavn",
            "Copenhagen, Denmark",
        ] {
            assert_eq!(city(w), Some(("Copenhagen", "DK")), "{w}");
        }
        for (w, want) in [
            ("Århus", ("Aarhus", "DK")),
            ("Aarhus C", ("Aarhus", "DK")),
            ("Göteborg", ("Gothenburg", "SE")),
            ("Gothenburg", ("Gothenburg", "SE")),
            ("Gbg", ("Gothenburg", "SE")),
            ("București", ("Bucharest", "RO")),
            ("Bucuresti", ("Bucharest", "RO")),
            ("Bucharest", ("Bucharest", "RO")),
            ("Warszawa", ("Warsaw", "PL")),
            ("Warsaw", ("Warsaw", "PL")),
            ("Ålborg", ("Aalborg", "DK")),
            ("Malmo", ("Malmö", "SE")),
            ("Cluj Napoca", ("Cluj-Napoca", "RO")),
            ("Oslo sentrum", ("Oslo", "NO")),
            ("Melbourne", ("Melbourne", "AU")),
        ] {
            assert_eq!(city(w), Some(want), "{w}");
        }
    }

    #[test]
    fn everyday_words_among_others_name_no_city() {
        assert_eq!(city("lille landsby"), None);
        assert_eq!(city("nice girl in town"), None);
        // Alone, or beside a known city, the name still counts.
        assert_eq!(city("Lille"), Some(("Lille", "FR")));
        assert_eq!(city("lille landsby ved Aarhus"), Some(("Aarhus", "DK")));
    }

    #[test]
    fn unknown_places_stay_as_written() {
        assert_eq!(city("Outcall only"), None);
        let p = normalise("  Ukendt   Sted ").unwrap();
        assert_eq!(p.name, "Ukendt Sted");
        assert!(!p.is_known());
        assert_eq!(normalise("   "), None);
    }

    #[test]
    fn distances() {
        let cph = normalise("Kbh").unwrap();
        let fb = normalise("Frederiksberg").unwrap();
        let aar = normalise("Aarhus").unwrap();
        assert!(cph.distance_km(&fb).unwrap() < 10.0);
        let d = cph.distance_km(&aar).unwrap();
        assert!((150.0..200.0).contains(&d), "{d}");
        assert!(city_count() > 5000);
    }
}
