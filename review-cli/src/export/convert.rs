//! From store records to export types, applying pseudonymisation when asked:
//! phone fields and poster ids become keyed hashes, and every string of the
//! ad (text, title, name, URL, excerpts, notes) is scrubbed of numbers, with
//! evidence offsets moved to match the scrubbed text.

use super::model::{
    Clusters, ExportAd, ExportEvidence, ExportImage, ExportIndicator, ExportIndicatorCode,
    ExportNetwork, ExportPhone, ExportPlace, LinkCounts, Review, ReviewEventOut, Source,
    TimelineEntry,
};
use super::pseudonym::{PseudonymKey, Scrubbed, Scrubber};
use chrono::{DateTime, Utc};
use model::AdField;
use serde_json::Value;
use store::export::ExportRecord;
use store::links::NetworkRow;

/// Pseudonymisation in force for one export.
pub struct Pseudonymiser {
    /// The key.
    pub key: PseudonymKey,
    /// Every number of the store.
    pub scrubber: Scrubber,
}

/// One ad record as exported.
pub fn export_ad(rec: &ExportRecord, pseudo: Option<&Pseudonymiser>) -> ExportAd {
    let ad = &rec.stored.ad;
    let scrub = |s: &str| match pseudo {
        Some(p) => p.scrubber.scrub_str(s),
        None => s.to_string(),
    };
    let scrub_opt = |s: &Option<String>| s.as_deref().map(scrub);
    // Scrubbed field texts, kept to move evidence offsets.
    let field = |s: Option<&str>| -> Option<Scrubbed> {
        match (pseudo, s) {
            (Some(p), Some(s)) => Some(p.scrubber.scrub(s)),
            _ => None,
        }
    };
    let title = field(ad.title.as_deref());
    let text = field(Some(&ad.text));
    let name = field(ad.name.as_deref());
    let location = field(ad.location.as_deref());
    let price = field(ad.price.as_deref());
    let original = |f: AdField| -> Option<&str> {
        match f {
            AdField::Title => ad.title.as_deref(),
            AdField::Text => Some(&ad.text),
            AdField::Name => ad.name.as_deref(),
            AdField::Location => ad.location.as_deref(),
            AdField::Price => ad.price.as_deref(),
            _ => None,
        }
    };
    let scrubbed = |f: AdField| -> Option<&Scrubbed> {
        match f {
            AdField::Title => title.as_ref(),
            AdField::Text => text.as_ref(),
            AdField::Name => name.as_ref(),
            AdField::Location => location.as_ref(),
            AdField::Price => price.as_ref(),
            _ => None,
        }
    };
    let indicators = rec
        .analysis
        .as_ref()
        .map(|a| a.all_hits())
        .unwrap_or_default()
        .into_iter()
        .map(|h| ExportIndicator {
            code: ExportIndicatorCode(h.code),
            weight: h.weight,
            explanation: scrub(&h.explanation),
            evidence: h
                .evidence
                .into_iter()
                .map(|e| {
                    let is_slice = original(e.field)
                        .and_then(|t| t.get(e.start..e.end))
                        .is_some_and(|s| s == e.excerpt);
                    match (is_slice, scrubbed(e.field)) {
                        // The words of the ad: re-cut from the scrubbed field so
                        // offsets and excerpt agree with the exported text.
                        (true, Some(s)) => {
                            let (start, end) = (s.map_start(e.start), s.map_end(e.end));
                            ExportEvidence {
                                field: e.field.as_str().to_string(),
                                start,
                                end,
                                excerpt: s.text.get(start..end).unwrap_or_default().to_string(),
                            }
                        }
                        _ => ExportEvidence {
                            field: e.field.as_str().to_string(),
                            start: e.start,
                            end: e.end,
                            excerpt: scrub(&e.excerpt),
                        },
                    }
                })
                .collect(),
        })
        .collect();
    let phones = rec
        .phones
        .iter()
        .map(|p| match pseudo {
            Some(ps) => {
                let token = ps.key.phone(&p.e164);
                ExportPhone {
                    e164: token.clone(),
                    raw: token,
                    obfuscated: p.obfuscated,
                }
            }
            None => ExportPhone {
                e164: p.e164.clone(),
                raw: p.raw.clone(),
                obfuscated: p.obfuscated,
            },
        })
        .collect();
    let poster_id = match (pseudo, &ad.poster_id) {
        (Some(p), Some(id)) => Some(p.key.poster(&ad.site, id)),
        (None, id) => id.clone(),
        (Some(_), None) => None,
    };
    let keep = |s: Option<Scrubbed>, orig: &Option<String>| s.map(|s| s.text).or(orig.clone());
    ExportAd {
        ad_id: rec.stored.id,
        source: Source {
            site: ad.site.clone(),
            url: scrub(&ad.url),
            external_id: scrub_opt(&ad.external_id),
            poster_id,
        },
        first_seen: rec.stored.first_seen,
        last_seen: rec.stored.last_seen,
        removed_at: rec.stored.removed_at,
        posted_at: ad.posted_at,
        title: keep(title, &ad.title),
        text: text.map(|s| s.text).unwrap_or_else(|| ad.text.clone()),
        name: keep(name, &ad.name),
        age: ad.age,
        location: keep(location, &ad.location),
        place: rec.place.as_ref().map(|p| {
            Box::new(ExportPlace {
                name: p.name.clone(),
                country: p.country.clone(),
                lat: p.lat,
                lon: p.lon,
            })
        }),
        price: keep(price, &ad.price),
        language: rec.analysis.as_ref().and_then(|a| a.language.clone()),
        phones,
        images: rec
            .images
            .iter()
            .map(|i| ExportImage {
                url: scrub(&i.url),
                phash: i.phash.clone(),
            })
            .collect(),
        score: rec.analysis.as_ref().map(|a| a.score),
        rules_version: rec.analysis.as_ref().map(|a| a.rules_version.clone()),
        indicators,
        clusters: Clusters {
            text: rec.text_cluster,
            image: rec.image_cluster,
        },
        network_id: rec.network_id,
        review: Review {
            status: rec.status.as_str().to_string(),
            events: rec
                .events
                .iter()
                .map(|e| ReviewEventOut {
                    at: e.at,
                    reviewer: e.reviewer.clone(),
                    kind: e.kind.clone(),
                    status: e.status.map(|s| s.as_str().to_string()),
                    note: scrub_opt(&e.note),
                })
                .collect(),
        },
    }
}

/// One stored network as exported. The summary is read leniently: a missing
/// list is empty, missing counts come from `fallback_counts`.
pub fn export_network(
    row: &NetworkRow,
    fallback_counts: impl FnOnce() -> LinkCounts,
    pseudo: Option<&Pseudonymiser>,
) -> ExportNetwork {
    let s = &row.summary;
    let strings = |key: &str| -> Vec<String> {
        s.get(key)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    let phones = strings("phones")
        .into_iter()
        .map(|p| match pseudo {
            Some(ps) => ps.key.phone(&p),
            None => p,
        })
        .collect();
    let scrub_all = |v: Vec<String>| -> Vec<String> {
        match pseudo {
            Some(p) => v.iter().map(|s| p.scrubber.scrub_str(s)).collect(),
            None => v,
        }
    };
    let timeline = s
        .get("timeline")
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| {
                    let pair = item.as_array()?;
                    let at: DateTime<Utc> = serde_json::from_value(pair.first()?.clone()).ok()?;
                    let location = pair.get(1)?.as_str()?.to_string();
                    Some(TimelineEntry { at, location })
                })
                .collect()
        })
        .unwrap_or_default();
    let link_counts = s
        .get("link_counts")
        .and_then(|v| serde_json::from_value::<LinkCounts>(v.clone()).ok())
        .unwrap_or_else(fallback_counts);
    ExportNetwork {
        network_id: row.id,
        ad_ids: row.ad_ids.clone(),
        phones,
        locations: scrub_all(strings("locations")),
        names: scrub_all(strings("names")),
        first_seen: row.first_seen,
        last_seen: row.last_seen,
        timeline,
        link_counts,
    }
}
