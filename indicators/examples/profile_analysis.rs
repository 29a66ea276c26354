//! Fixed work for a profiler: the analysis bench's eight-language ads (no
//! allow-list, DK site) analysed whole, and their language, lexicon and
//! phone parts alone, each in its own `measured_*` function so that
//! callgrind can count each part (instructions are steadier than time on a
//! shared machine).
//!
//! Run: `cargo build --release -p indicators --example profile_analysis`,
//! then `valgrind --tool=callgrind --collect-atstart=no
//! --toggle-collect='profile_analysis::measured_*'
//! target/release/examples/profile_analysis 2` and
//! `callgrind_annotate --inclusive=yes` (divide each part by 2 × 30 ads).
//! Without valgrind it prints microseconds per ad.

use indicators::analyze::analyze;
use indicators::model::{Ad, AdField, SiteContext};
use indicators::rules::Rules;
use indicators::text::{find_terms, FieldText, Lexicons};
use std::time::Instant;

/// The held-out-style texts of each language joined into ads of 1 KB (as
/// in `benches/analyze.rs`).
fn ads_eight_languages() -> Vec<Ad> {
    let mut by_lang: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for line in include_str!("../tests/data/heldout_style_ads.jsonl").lines() {
        let r: serde_json::Value = serde_json::from_str(line).expect("held-out line");
        by_lang
            .entry(r["lang"].as_str().unwrap_or("").to_string())
            .or_default()
            .push(r["text"].as_str().unwrap_or("").to_string());
    }
    let mut ads = Vec::new();
    for (lang, texts) in by_lang {
        let mut text = String::new();
        for (k, t) in texts.iter().enumerate() {
            text.push_str(t);
            text.push(' ');
            if text.len() >= 1000 {
                ads.push(Ad {
                    url: format!("https://example.invalid/{lang}/{k}"),
                    site: "bench".into(),
                    text: std::mem::take(&mut text),
                    ..Ad::default()
                });
            }
        }
    }
    ads
}

/// Everything per ad.
#[inline(never)]
fn measured_analyze(ads: &[Ad], ctx: &SiteContext, rules: &Rules) -> usize {
    ads.iter().map(|a| analyze(a, ctx, rules).hits.len()).sum()
}

/// Language identification, no allow-list.
#[inline(never)]
fn measured_language(ads: &[Ad]) -> usize {
    ads.iter()
        .filter(|a| indicators::lang::detect(&a.text, &[]).is_some())
        .count()
}

/// Lexicon terms, with the lexicons of each ad's language.
#[inline(never)]
fn measured_lexicons(ads: &[Ad], langs: &[Option<String>]) -> usize {
    let lexicons = Lexicons::builtin();
    ads.iter()
        .zip(langs)
        .map(|(a, lang)| {
            let f = [FieldText {
                field: AdField::Text,
                text: &a.text,
            }];
            find_terms(&f, None, &lexicons.for_language(lang.as_deref()))
                .evidence
                .len()
        })
        .sum()
}

/// Phones in the text, DK site, the ad's language for the fallback region.
#[inline(never)]
fn measured_phones(ads: &[Ad], langs: &[Option<String>]) -> usize {
    ads.iter()
        .zip(langs)
        .map(|(a, lang)| {
            indicators::phone::find_phones_for(&a.text, AdField::Text, "DK", lang.as_deref()).len()
        })
        .sum()
}

fn main() {
    let reps: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let ads = ads_eight_languages();
    let rules = Rules::builtin();
    let ctx = SiteContext {
        default_region: "DK".into(),
        languages: Vec::new(),
        median_price: Some(1500.0),
    };
    let langs: Vec<_> = ads
        .iter()
        .map(|a| indicators::lang::detect(&a.text, &[]))
        .collect();
    // Build the lazy tables first (outside the measured functions).
    let mut sink: usize = ads
        .iter()
        .map(|a| analyze(a, &ctx, &rules).score as usize)
        .sum();
    let per_ad = |t: Instant| t.elapsed().as_secs_f64() * 1e6 / (reps * ads.len()) as f64;
    let t = Instant::now();
    for _ in 0..reps {
        sink += measured_analyze(&ads, &ctx, &rules);
    }
    let whole = per_ad(t);
    let t = Instant::now();
    for _ in 0..reps {
        sink += measured_language(&ads);
    }
    let language = per_ad(t);
    let t = Instant::now();
    for _ in 0..reps {
        sink += measured_lexicons(&ads, &langs);
    }
    let lexicons = per_ad(t);
    let t = Instant::now();
    for _ in 0..reps {
        sink += measured_phones(&ads, &langs);
    }
    let phones = per_ad(t);
    println!(
        "{} ads × {reps}: µs per ad: analyze {whole:.1}, language {language:.1}, \
         lexicons {lexicons:.1}, phones {phones:.1} (checksum {sink})",
        ads.len()
    );
}
