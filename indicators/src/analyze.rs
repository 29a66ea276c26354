//! Per-ad analysis: language, phone numbers, the per-ad indicators and the
//! score, under one rules version.
//!
//! Work is capped on huge inputs (text cut at [`MAX_FIELD`] bytes, at most
//! [`MAX_PHONE_FIELDS`] structured phone strings), so one odd ad cannot stall a
//! crawl; nothing here panics on outside input.

use crate::cut;
use crate::lang;
use crate::model::{
    Ad, AdAnalysis, AdField, Evidence, IndicatorCode, IndicatorHit, IndicatorKind, PhoneMatch,
    SiteContext,
};
use crate::phone;
use crate::rules::Rules;
use crate::text::{self, FieldText, Lexicons};

/// Longest text or title examined, in bytes.
pub const MAX_FIELD: usize = 64 * 1024;
/// Most structured phone strings examined.
pub const MAX_PHONE_FIELDS: usize = 16;

/// Analyses one ad: language, phones, per-ad indicators and score.
pub fn analyze(ad: &Ad, ctx: &SiteContext, rules: &Rules) -> AdAnalysis {
    let text = cut(&ad.text, MAX_FIELD);
    let title = ad.title.as_deref().map(|t| cut(t, MAX_FIELD));

    let place = ad_city(ad, title, &ctx.default_region);
    let country = place.map(|c| c.country);
    let language = lang::detect_ad(&ad.site, title, text, country, &ctx.languages);
    let regions = Regions {
        site: &ctx.default_region,
        place: place.map(|c| c.country),
        language: language.as_deref(),
    };
    let phones = find_all_phones(ad, title, text, &regions);

    let mut hits: Vec<IndicatorHit> = Vec::new();
    let obfuscated: Vec<Evidence> = phones
        .iter()
        .filter(|p| p.obfuscated)
        .map(|p| Evidence {
            field: p.field,
            start: p.start,
            end: p.end,
            excerpt: p.raw.clone(),
        })
        .collect();
    if count_reaches(obfuscated.len(), rules, IndicatorCode::ObfuscatedPhone) {
        hits.extend(rules.hit(IndicatorCode::ObfuscatedPhone, obfuscated));
    }

    let mut fields = Vec::with_capacity(2);
    if let Some(t) = title {
        fields.push(FieldText {
            field: AdField::Title,
            text: t,
        });
    }
    fields.push(FieldText {
        field: AdField::Text,
        text,
    });
    let lexicons = Lexicons::builtin().for_language(language.as_deref());
    let mut findings = text::find_terms(&fields, ad.name.as_deref(), &lexicons);
    let several = rules.enabled(IndicatorCode::MultiplePersons)
        && findings
            .evidence
            .get(&IndicatorCode::MultiplePersons)
            .is_some_and(|ev| count_reaches(ev.len(), rules, IndicatorCode::MultiplePersons));
    // The text indicators decided from lexicon matches (the catalog's
    // `Lexicon` kind), in report order.
    for code in IndicatorCode::of_kind(IndicatorKind::Lexicon) {
        if !rules.enabled(code) {
            continue;
        }
        let ev = match findings.evidence.remove(&code) {
            Some(ev) => ev,
            // Several women offered with no voice of their own: the house
            // speaks, and its offer is the evidence.
            None if code == IndicatorCode::ThirdPerson
                && several
                && findings.third_person.third_party(several) =>
            {
                findings
                    .evidence
                    .get(&IndicatorCode::MultiplePersons)
                    .cloned()
                    .unwrap_or_default()
            }
            None => continue,
        };
        let mut fires = count_reaches(ev.len(), rules, code);
        if code == IndicatorCode::ThirdPerson {
            // Written about her only if third-party reference outweighs
            // the ad's own voice over the whole ad.
            fires &= findings.third_person.third_party(several);
        }
        if fires {
            hits.extend(rules.hit(code, ev));
        }
    }

    if let Some(ev) = low_price(ad, text, ctx, rules) {
        hits.extend(rules.hit(IndicatorCode::LowPrice, vec![ev]));
    }

    hits.sort_by_key(|h| IndicatorCode::ALL.iter().position(|c| *c == h.code));
    let score = rules.score(&hits);
    AdAnalysis {
        language,
        phones,
        hits,
        score,
        rules_version: rules.version.clone(),
    }
}

fn count_reaches(n: usize, rules: &Rules, code: IndicatorCode) -> bool {
    n > 0 && n as f64 >= rules.threshold(code, 1.0)
}

/// The city of the ad's place: its location field, else a city named in
/// its title ("Melbourne escorts").
fn ad_city(ad: &Ad, title: Option<&str>, region: &str) -> Option<&'static crate::place::City> {
    let find = |t: &str| crate::place::find_city_in(t, Some(region));
    match ad.location.as_deref().map(str::trim) {
        Some(l) if !l.is_empty() => find(l),
        _ => title.and_then(find),
    }
}

/// The regions an ad's numbers are read in (see [`phone::find_phones_at`]).
struct Regions<'a> {
    site: &'a str,
    place: Option<&'a str>,
    language: Option<&'a str>,
}

/// Phones in the text, title and structured fields: read in the site's
/// region, then (for digits that are no number there, or that the site's
/// region reads only in part) in the country of the ad's place and the
/// region of its language, and for a trunk "0" on a site without one in the
/// neighbouring regions ([`phone::find_phones_at`]).
fn find_all_phones(ad: &Ad, title: Option<&str>, text: &str, r: &Regions<'_>) -> Vec<PhoneMatch> {
    let find = |t: &str, field| phone::find_phones_at(t, field, r.site, r.place, r.language);
    let mut phones = find(text, AdField::Text);
    if let Some(t) = title {
        phones.extend(find(t, AdField::Title));
    }
    for raw in ad.phones.iter().take(MAX_PHONE_FIELDS) {
        let raw = cut(raw, 256);
        let found = find(raw, AdField::Phone);
        if found.is_empty() {
            // A structured field may hold a format the text finder rejects
            // (e.g. with a leading label); the library parser is lenient.
            if let Some(e164) = phone::normalize_at(raw, r.site, r.place, r.language) {
                phones.push(PhoneMatch {
                    e164,
                    raw: raw.to_string(),
                    field: AdField::Phone,
                    start: 0,
                    end: raw.len(),
                    obfuscated: false,
                });
            }
        } else {
            phones.extend(found);
        }
    }
    phones
}

fn low_price(ad: &Ad, text: &str, ctx: &SiteContext, rules: &Rules) -> Option<Evidence> {
    let rule = rules.rule(IndicatorCode::LowPrice)?;
    let median = ctx.median_price.filter(|m| m.is_finite() && *m > 0.0)?;
    let (evidence, price) = match ad.price.as_deref().map(|p| cut(p, 256)) {
        Some(p) => {
            let price = text::parse_price(p)?;
            (
                Evidence {
                    field: AdField::Price,
                    start: 0,
                    end: p.len(),
                    excerpt: p.to_string(),
                },
                price,
            )
        }
        None => {
            let (start, end, price) = text::find_text_price(text)?;
            (
                Evidence {
                    field: AdField::Text,
                    start,
                    end,
                    excerpt: text[start..end].to_string(),
                },
                price,
            )
        }
    };
    (price < median * rule.threshold).then_some(evidence)
}
