//! The aggregate export: counts and trends per week, site, city, language,
//! indicator and status, with no URLs, texts, names, numbers or images.
//! Cities with fewer ads than `min_cell` are counted together as `(other)`,
//! so a small town does not point at one person.

use super::model::{AggregateTotals, WeekCount};
use chrono::Datelike;
use std::collections::{BTreeMap, BTreeSet};
use store::counting;
use store::export::ExportRecord;

/// The label for cities folded together.
pub const OTHER: &str = "(other)";
/// The label for a missing value.
pub use store::counting::UNKNOWN;

/// Counts accumulated one ad at a time (constant memory per distinct key).
#[derive(Debug, Default)]
pub struct Aggregator {
    /// Totals.
    pub totals: AggregateTotals,
    weeks: BTreeMap<String, WeekCount>,
    sites: BTreeMap<String, u64>,
    cities: BTreeMap<String, u64>,
    languages: BTreeMap<String, u64>,
    indicators: BTreeMap<String, u64>,
    statuses: BTreeMap<String, u64>,
    networks: BTreeSet<i64>,
    phones: BTreeSet<[u8; 16]>,
}

/// The finished tables.
#[derive(Debug, Default)]
pub struct Tables {
    /// Totals.
    pub totals: AggregateTotals,
    /// Per week the ads appeared, ascending.
    pub per_week: Vec<WeekCount>,
    /// Per site.
    pub per_site: BTreeMap<String, u64>,
    /// Per city (small ones folded).
    pub per_city: BTreeMap<String, u64>,
    /// Per language.
    pub per_language: BTreeMap<String, u64>,
    /// Per indicator.
    pub per_indicator: BTreeMap<String, u64>,
    /// Per status.
    pub per_status: BTreeMap<String, u64>,
}

impl Aggregator {
    /// Counts one ad.
    pub fn add(&mut self, rec: &ExportRecord) {
        let ad = &rec.stored.ad;
        // One definition of flagged, appeared, city and language for the
        // export and `review stats` (store::counting).
        let flagged = rec
            .analysis
            .as_ref()
            .is_some_and(|a| counting::is_flagged(a.all_hits().iter().map(|h| h.weight)));
        let codes: BTreeSet<&'static str> = rec
            .analysis
            .as_ref()
            .map(|a| a.all_hits().iter().map(|h| h.code.as_str()).collect())
            .unwrap_or_default();
        self.totals.ads += 1;
        self.totals.flagged += u64::from(flagged);
        self.totals.removed += u64::from(rec.stored.removed_at.is_some());
        if let Some(n) = rec.network_id {
            self.totals.in_networks += 1;
            self.networks.insert(n);
        }
        for p in &rec.phones {
            // Only a digest is kept in memory, to count distinct numbers.
            self.phones.insert(digest16(&p.e164));
        }
        let appeared = counting::appeared(ad.posted_at, rec.stored.first_seen);
        let w = appeared.iso_week();
        let week = format!("{}-W{:02}", w.year(), w.week());
        let wc = self.weeks.entry(week.clone()).or_insert_with(|| WeekCount {
            week,
            ..WeekCount::default()
        });
        wc.new_ads += 1;
        wc.flagged += u64::from(flagged);
        for c in &codes {
            *wc.indicators.entry(c.to_string()).or_default() += 1;
            *self.indicators.entry(c.to_string()).or_default() += 1;
        }
        *self.sites.entry(ad.site.clone()).or_default() += 1;
        // The normalised place: one city however it is spelled.
        let known = rec.place.as_ref().filter(|p| p.is_known());
        let city = counting::city_label(known.map(|p| p.name.as_str()), ad.location.as_deref());
        *self.cities.entry(city).or_default() += 1;
        let lang =
            counting::language_label(rec.analysis.as_ref().and_then(|a| a.language.as_deref()));
        *self.languages.entry(lang).or_default() += 1;
        *self
            .statuses
            .entry(rec.status.as_str().to_string())
            .or_default() += 1;
    }

    /// The tables, folding cities with fewer than `min_cell` ads into `(other)`.
    pub fn finish(mut self, min_cell: u64) -> Tables {
        self.totals.networks = self.networks.len() as u64;
        self.totals.phone_numbers = self.phones.len() as u64;
        let mut per_city = BTreeMap::new();
        for (city, n) in self.cities {
            let key = if n < min_cell && city != UNKNOWN {
                OTHER.to_string()
            } else {
                city
            };
            *per_city.entry(key).or_default() += n;
        }
        Tables {
            totals: self.totals,
            per_week: self.weeks.into_values().collect(),
            per_site: self.sites,
            per_city,
            per_language: self.languages,
            per_indicator: self.indicators,
            per_status: self.statuses,
        }
    }
}

/// SHA-256 of `s`, truncated to 16 bytes.
fn digest16(s: &str) -> [u8; 16] {
    use sha2::Digest;
    let full = sha2::Sha256::digest(s.as_bytes());
    let mut out = [0u8; 16];
    out.copy_from_slice(&full[..16]);
    out
}
