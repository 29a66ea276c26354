//! Phone numbers across ads: the block-list, and the `shared_phone` and
//! `phone_multi_city` evidence.
//!
//! A number is block-listed (and never links) when it is:
//! - configured as a site's own number ([`LinkConfig::site_numbers`]);
//! - in more than `phone_max_ads` ads under at least `phone_max_ads_min_names`
//!   names (no person or group plausibly uses one number so widely);
//! - a *service line*: in at least `service_line_min_ads` ads, most of which
//!   also list another number, and those other numbers are many (each ad has
//!   its own): the pattern of a site's or agency's switchboard printed beside
//!   each advertiser's own number, where a controller's number would be the
//!   only one, or one of the same few;
//! - in at least 20 ads that are unrelated by everything else: nearly all
//!   under different names, with texts and photos that are nearly all
//!   different. A circuit big enough to reach that size reuses texts or
//!   photos; a support line printed in unrelated ads does not.

use crate::linking::linker::Linker;
use crate::linking::{BlockSource, BlockedPhone, LinkConfig};
use crate::model::{AdField, Evidence};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Ads needed before the "unrelated ads" rule applies.
const UNRELATED_MIN_ADS: usize = 20;
/// Share of the ads that must be distinct (names, and texts/photos) for it.
const UNRELATED_SHARE: f64 = 0.8;

fn lower(s: &Option<String>) -> Option<String> {
    s.as_ref().map(|s| s.to_lowercase())
}

/// The block-list, by number. `content_comp[ad]` is the ad's component over
/// text and image links (its own index when it has none).
pub(crate) fn block_list(linker: &Linker, content_comp: &[u32]) -> BTreeMap<String, BlockedPhone> {
    let cfg: &LinkConfig = &linker.cfg;
    let mut out = BTreeMap::new();
    for n in &cfg.site_numbers {
        let ads = linker.phones.get(&n.e164).map_or(0, Vec::len);
        let site = n
            .site
            .as_deref()
            .map(|s| format!(" of {s}"))
            .unwrap_or_default();
        let note = if n.note.trim().is_empty() {
            String::new()
        } else {
            format!(": {}", n.note.trim())
        };
        out.insert(
            n.e164.clone(),
            BlockedPhone {
                e164: n.e164.clone(),
                reason: format!(
                    "configured as a site-wide number{site}{note}; it does not link ads"
                ),
                source: BlockSource::Config,
                ads,
            },
        );
    }
    for (e164, ads) in &linker.phones {
        if out.contains_key(e164) || ads.len() < 2 {
            continue;
        }
        let names: HashSet<String> = ads
            .iter()
            .filter_map(|&a| lower(&linker.ads[a as usize].name))
            .collect();
        let n = ads.len();
        let reason = if n > cfg.phone_max_ads && names.len() >= cfg.phone_max_ads_min_names {
            Some(format!(
                "in {n} ads under {} different names, more than one person or group plausibly uses \
                 (limit {} ads with {} names): probably a site or spam number",
                names.len(),
                cfg.phone_max_ads,
                cfg.phone_max_ads_min_names
            ))
        } else if let Some(r) = service_line(linker, e164, ads) {
            Some(r)
        } else {
            let comps: HashSet<u32> = ads.iter().map(|&a| content_comp[a as usize]).collect();
            let limit = (UNRELATED_SHARE * n as f64).ceil() as usize;
            (n >= UNRELATED_MIN_ADS && names.len() >= limit && comps.len() >= limit).then(|| {
                format!(
                    "in {n} unrelated ads ({} different names, {} different texts or photos): \
                     probably a site or agency line, not one person's or group's number",
                    names.len(),
                    comps.len()
                )
            })
        };
        if let Some(reason) = reason {
            out.insert(
                e164.clone(),
                BlockedPhone {
                    e164: e164.clone(),
                    reason,
                    source: BlockSource::Auto,
                    ads: n,
                },
            );
        }
    }
    out
}

fn service_line(linker: &Linker, e164: &str, ads: &[u32]) -> Option<String> {
    let cfg = &linker.cfg;
    let n = ads.len();
    if n < cfg.service_line_min_ads.max(2) {
        return None;
    }
    let mut with_other = 0usize;
    let mut others: HashSet<&str> = HashSet::new();
    for &a in ads {
        let mut any = false;
        for p in &linker.ads[a as usize].phones {
            if p != e164 {
                any = true;
                others.insert(p);
            }
        }
        with_other += usize::from(any);
    }
    let share = with_other as f64 / n as f64;
    let diverse = others.len() >= 3.max(n / 4);
    (share >= cfg.service_line_share && diverse).then(|| {
        format!(
            "in {n} ads, {with_other} of which also list another number ({} different numbers in all): \
             looks like a shared service line printed beside each advertiser's own number",
            others.len()
        )
    })
}

/// Per-ad evidence of `shared_phone` and `phone_multi_city` for every
/// number not on the block-list. `photo_set[ad]` identifies the ad's photos
/// (its image cluster, or its own index; `None` without photos).
pub(crate) fn phone_evidence(
    linker: &Linker,
    blocked: &BTreeMap<String, BlockedPhone>,
    photo_set: &[Option<i64>],
    shared: &mut HashMap<u32, Vec<Evidence>>,
    multi_city: &mut HashMap<u32, Vec<Evidence>>,
) {
    let cfg = &linker.cfg;
    let mut numbers: Vec<(&String, &Vec<u32>)> = linker
        .phones
        .iter()
        .filter(|(p, ads)| ads.len() >= 2 && !blocked.contains_key(*p))
        .collect();
    numbers.sort();
    for (e164, ads) in numbers {
        let mut ads = ads.clone();
        ads.sort_by_key(|&a| linker.ads[a as usize].ad_id);
        let meta = |a: u32| &linker.ads[a as usize];

        // shared_phone: different names, ages or photo sets behind one number.
        let mut names: BTreeMap<String, &str> = BTreeMap::new();
        let mut ages: BTreeSet<u32> = BTreeSet::new();
        let mut photos: BTreeSet<i64> = BTreeSet::new();
        for &a in &ads {
            if let Some(n) = &meta(a).name {
                names.entry(n.to_lowercase()).or_insert(n);
            }
            ages.extend(meta(a).age);
            photos.extend(photo_set[a as usize]);
        }
        let differs =
            names.len() >= cfg.shared_phone_min_names || ages.len() >= 2 || photos.len() >= 2;
        if differs {
            for &a in &ads {
                let others: Vec<i64> = ads
                    .iter()
                    .filter(|&&b| b != a)
                    .map(|&b| meta(b).ad_id)
                    .collect();
                let own = meta(a).name.as_ref().map(|n| n.to_lowercase());
                let other_names: Vec<&str> = names
                    .iter()
                    .filter(|(k, _)| Some(*k) != own.as_ref())
                    .map(|(_, v)| *v)
                    .collect();
                let mut what = Vec::new();
                if !other_names.is_empty() {
                    what.push(format!(
                        "names {}",
                        list(&other_names, cfg.evidence_max_ads)
                    ));
                }
                if ages.len() >= 2 {
                    what.push(format!(
                        "ages {}",
                        list(&ages.iter().collect::<Vec<_>>(), cfg.evidence_max_ads)
                    ));
                }
                if photos.len() >= 2 {
                    what.push(format!("{} different photo sets", photos.len()));
                }
                shared.entry(a).or_default().push(Evidence {
                    field: AdField::Phone,
                    start: 0,
                    end: 0,
                    excerpt: format!(
                        "{e164} is also in {} other ad(s) ({}) with {}",
                        others.len(),
                        list(&others, cfg.evidence_max_ads),
                        what.join(", ")
                    ),
                });
            }
        }

        // phone_multi_city: a sliding window over time; every ad inside a
        // window that holds enough genuinely different places (different
        // canonical cities, and for known ones further apart than
        // `multi_city_min_km`) gets the evidence.
        let window =
            chrono::Duration::from_std(cfg.multi_city_window).unwrap_or(chrono::Duration::MAX);
        let mut placed: Vec<(chrono::DateTime<chrono::Utc>, String, u32)> = ads
            .iter()
            .filter_map(|&a| {
                meta(a)
                    .location
                    .as_ref()
                    .map(|l| (meta(a).seen_at, l.to_lowercase(), a))
            })
            .collect();
        placed.sort();
        // Per place in the window: ads, and the coordinates of its city.
        let mut counts: HashMap<&str, PlaceCount> = HashMap::new();
        let mut mark = vec![0i64; placed.len() + 1];
        let mut first_window: Option<(usize, usize)> = None;
        let mut j = 0;
        for i in 0..placed.len() {
            while j < placed.len() && placed[j].0 - placed[i].0 <= window {
                let e = counts
                    .entry(placed[j].1.as_str())
                    .or_insert((0, meta(placed[j].2).coords));
                e.0 += 1;
                j += 1;
            }
            if counts.len() >= cfg.multi_city_min_cities
                && far_apart(&counts, cfg.multi_city_min_km) >= cfg.multi_city_min_cities
            {
                mark[i] += 1;
                mark[j] -= 1;
                first_window.get_or_insert((i, j));
            }
            let c = counts.get_mut(placed[i].1.as_str()).expect("counted above");
            c.0 -= 1;
            if c.0 == 0 {
                counts.remove(placed[i].1.as_str());
            }
        }
        if let Some((i, j)) = first_window {
            let mut seen = HashSet::new();
            let route: Vec<String> = placed[i..j]
                .iter()
                .filter(|p| seen.insert(p.1.clone()))
                .map(|p| {
                    let city = meta(p.2).location.clone().unwrap_or_default();
                    format!("{city} ({})", p.0.format("%Y-%m-%d"))
                })
                .collect();
            let days = cfg.multi_city_window.as_secs() / 86_400;
            let excerpt = format!(
                "{e164} advertised in {} cities within {days} days: {}",
                route.len(),
                list(&route, cfg.evidence_max_ads * 2)
            );
            let mut run = 0;
            for (k, p) in placed.iter().enumerate() {
                run += mark[k];
                if run > 0 {
                    multi_city.entry(p.2).or_default().push(Evidence {
                        field: AdField::Phone,
                        start: 0,
                        end: 0,
                        excerpt: excerpt.clone(),
                    });
                }
            }
        }
    }
}

/// Ads of one place in a window, and its city's coordinates (lat, lon).
type PlaceCount = (usize, Option<(f32, f32)>);

/// How many of the places in a window are genuinely different: places
/// within `min_km` of one counted before (a city and its suburb) count once.
/// A place without coordinates counts on its own.
fn far_apart(places: &HashMap<&str, PlaceCount>, min_km: f64) -> usize {
    let mut keys: Vec<(&str, Option<(f32, f32)>)> = places.iter().map(|(k, v)| (*k, v.1)).collect();
    keys.sort_by(|a, b| a.0.cmp(b.0));
    let mut reps: Vec<(f64, f64)> = Vec::new();
    let mut unknown = 0;
    for (_, c) in keys {
        let Some((lat, lon)) = c else {
            unknown += 1;
            continue;
        };
        let p = (f64::from(lat), f64::from(lon));
        if !reps
            .iter()
            .any(|&r| crate::place::distance_km(r, p) <= min_km)
        {
            reps.push(p);
        }
    }
    reps.len() + unknown
}

/// "a, b, c and 4 more".
pub(crate) fn list<T: std::fmt::Display>(items: &[T], max: usize) -> String {
    let shown: Vec<String> = items
        .iter()
        .take(max.max(1))
        .map(|i| i.to_string())
        .collect();
    let rest = items.len().saturating_sub(shown.len());
    if rest > 0 {
        format!("{} and {rest} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}
