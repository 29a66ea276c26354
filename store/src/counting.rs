//! How ads are counted, once for every count the tools show or send: the
//! trends of `review stats` and the TUI's Trends screen ([`crate::stats`])
//! and the aggregate export to the national centre (`review export
//! --aggregate`). Both read these definitions, so a week, a flagged ad or a
//! city means the same in each.
//!
//! - An ad is **flagged** when at least one indicator with a positive weight
//!   fired on it (a hit of weight 0 or less is shown, but is not a reason to
//!   look).
//! - An ad **appeared** when the site says it was posted, if that is before
//!   it was first seen (a first crawl finds months of ads at once), else when
//!   it was first seen. Weeks are ISO weeks (Monday to Sunday, UTC) of that
//!   moment.
//! - Its **city** is the normalised place when the gazetteer knows it
//!   ("Kbh", "Copenhagen" and "København" are one city), else the written
//!   location, trimmed and title-cased, else [`UNKNOWN`]. Its **language**
//!   is the detected one, else [`UNKNOWN`].

use chrono::{DateTime, Utc};

/// The label of a missing value (no city, no language).
pub const UNKNOWN: &str = "(unknown)";

/// Whether hits of these weights flag an ad.
pub fn is_flagged(weights: impl IntoIterator<Item = f64>) -> bool {
    weights.into_iter().any(|w| w > 0.0)
}

/// SQL for "ad `a` is flagged" over the stored hits (`ad_indicators`),
/// the same rule as [`is_flagged`].
pub(crate) const FLAGGED_SQL: &str =
    "EXISTS (SELECT 1 FROM ad_indicators fi WHERE fi.ad_id = a.id AND fi.weight > 0)";

/// When an ad appeared (see the module documentation).
pub fn appeared(posted_at: Option<DateTime<Utc>>, first_seen: DateTime<Utc>) -> DateTime<Utc> {
    match posted_at {
        Some(p) if p < first_seen => p,
        _ => first_seen,
    }
}

/// SQL for the moment ad `a` appeared, the same rule as [`appeared`]. Stored
/// times are RFC 3339 in UTC with whole seconds, so they order as text.
pub(crate) const APPEARED_SQL: &str =
    "(CASE WHEN a.posted_at IS NOT NULL AND a.posted_at < a.first_seen THEN a.posted_at ELSE a.first_seen END)";

/// The city an ad counts under: `known` is the gazetteer's name when it
/// knows the place, `written` the location as the ad gives it.
pub fn city_label(known: Option<&str>, written: Option<&str>) -> String {
    if let Some(k) = known.map(str::trim).filter(|k| !k.is_empty()) {
        return k.to_string();
    }
    let tidy = written
        .map(|w| w.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    if tidy.is_empty() {
        UNKNOWN.to_string()
    } else {
        title_case(&tidy)
    }
}

/// The language an ad counts under.
pub fn language_label(language: Option<&str>) -> String {
    language
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .unwrap_or(UNKNOWN)
        .to_string()
}

/// "KØBENHAVN s" → "København S": one spelling for counting written places.
pub fn title_case(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    let mut start = true;
    for c in lower.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = c.is_whitespace() || c == '-';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn flagged_needs_a_positive_weight() {
        assert!(!is_flagged([]));
        assert!(!is_flagged([0.0, -0.5]));
        assert!(is_flagged([0.0, 0.1]));
    }

    #[test]
    fn an_ad_appears_when_posted_if_that_is_earlier() {
        let seen = Utc.with_ymd_and_hms(2026, 3, 10, 12, 0, 0).unwrap();
        let posted = Utc.with_ymd_and_hms(2026, 2, 1, 8, 0, 0).unwrap();
        assert_eq!(appeared(Some(posted), seen), posted);
        assert_eq!(appeared(None, seen), seen);
        // A posting date after the first sighting is a site's clock error.
        let later = Utc.with_ymd_and_hms(2026, 4, 1, 0, 0, 0).unwrap();
        assert_eq!(appeared(Some(later), seen), seen);
    }

    #[test]
    fn cities_count_under_one_spelling() {
        assert_eq!(city_label(Some("København"), Some("kbh")), "København");
        assert_eq!(city_label(None, Some("  AARHUS   c ")), "Aarhus C");
        assert_eq!(
            city_label(None, Some("frederiksberg-nord")),
            "Frederiksberg-Nord"
        );
        assert_eq!(city_label(None, Some("  ")), UNKNOWN);
        assert_eq!(city_label(Some(""), None), UNKNOWN);
        assert_eq!(language_label(None), UNKNOWN);
        assert_eq!(language_label(Some("da")), "da");
    }
}
