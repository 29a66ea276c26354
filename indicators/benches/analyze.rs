//! Per-ad analysis throughput on one core for ads of about 1 KB, and the
//! parts it spends its time in (language, phones, lexicon terms).
//!
//! Run: `cargo bench -p indicators --bench analyze`

use indicators::analyze::analyze;
use indicators::model::{Ad, AdField, SiteContext};
use indicators::rules::Rules;
use indicators::text::{find_terms, FieldText, Lexicons};

fn main() {
    divan::main();
}

const SENTENCES: &[&str] = &[
    "Hej, jeg er Anna, 24 år, og jeg elsker gode samtaler og hyggeligt selskab.",
    "Hun er ny i byen og glæder sig til at møde dig i sin private lejlighed.",
    "Pris 1500 kr for en time, 30 min 800 kr. Åbent 10-22 alle dage.",
    "I speak English and a little German, and I am always discreet.",
    "Ring 20 12 34 56 eller skriv en sms, så svarer jeg hurtigt.",
    "Ledig fra 03/10/2024 til 15/10/2024 i centrum, tæt på stationen.",
    "Sød og smilende pige med et varmt hjerte, velkommen til en rolig stund.",
    "Kontakt: tyve 12 trefire 56 🌹🌹 kun seriøse henvendelser.",
    "Jeg taler dansk og engelsk og har friske håndklæder klar til dig.",
    "Min lejlighed er ren og diskret, parkering lige uden for døren.",
];

/// 64 distinct ads of about 1 KB each.
fn ads() -> Vec<Ad> {
    (0..64)
        .map(|i| {
            let mut text = String::new();
            let mut k = i;
            while text.len() < 1000 {
                text.push_str(SENTENCES[k % SENTENCES.len()]);
                text.push(' ');
                k = k * 7 + 3;
            }
            Ad {
                url: format!("https://example.invalid/ad/{i}"),
                site: "bench".into(),
                title: Some(format!("Ny pige {i} i byen")),
                name: Some("Anna".into()),
                text,
                phones: vec!["+45 20 12 34 56".into()],
                price: Some("1.500 kr".into()),
                ..Ad::default()
            }
        })
        .collect()
}

fn ctx() -> SiteContext {
    SiteContext {
        default_region: "DK".into(),
        languages: ["da", "sv", "nb", "en", "de", "ro", "pl", "es"]
            .map(String::from)
            .to_vec(),
        median_price: Some(1500.0),
    }
}

/// Everything per ad: language, phones, text indicators, price, score.
#[divan::bench]
fn analyze_1kb_ad(bencher: divan::Bencher) {
    bench_analysis(bencher, ads(), ctx());
}

/// Runs the whole analysis over `ads` in turn, one ad per iteration.
fn bench_analysis(bencher: divan::Bencher, ads: Vec<Ad>, ctx: SiteContext) {
    let rules = Rules::builtin();
    // Build the lazy tables (trigram table, lingua models, lexicons) first:
    // otherwise divan sizes its samples from a first call of ~0.4 s and
    // times one ad per sample.
    for ad in ads.iter().take(8) {
        divan::black_box(analyze(ad, &ctx, &rules));
    }
    let mut i = 0;
    bencher
        .counter(divan::counter::ItemsCount::new(1usize))
        .bench_local(|| {
            i = (i + 1) % ads.len();
            divan::black_box(analyze(&ads[i], &ctx, &rules))
        });
}

/// About 1 KB ads in all eight lexicon languages (the held-out-style set's
/// texts of one language joined until 1 KB), on a site without an
/// allow-list: the lingua trigram scorer runs on every ad, and phones get the
/// language's fallback region.
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

/// Everything per ad, for ads in eight languages on a site without an
/// allow-list.
#[divan::bench]
fn analyze_1kb_ad_eight_languages(bencher: divan::Bencher) {
    bench_analysis(bencher, ads_eight_languages(), ctx_without_allow_list());
}

/// A DK site without a language allow-list (as for an import without a
/// profile).
fn ctx_without_allow_list() -> SiteContext {
    SiteContext {
        default_region: "DK".into(),
        languages: Vec::new(),
        median_price: Some(1500.0),
    }
}

/// The eight-language ads again, 40,000 of them, each ending with a number
/// no other has (written nationally, as in the linking corpus's synthetic
/// "+452…" numbers): more distinct numbers than the per-thread validation
/// cache holds, so phone finding pays for parsing as it does on a real crawl.
fn ads_fresh_numbers() -> Vec<Ad> {
    let base = ads_eight_languages();
    (0..40_000u64)
        .map(|i| {
            let mut ad = base[i as usize % base.len()].clone();
            let n = (i * 7_654_321) % 10_000_000;
            ad.url = format!("{}/{i}", ad.url);
            ad.text.push_str(&format!(
                " Ring 2{} {:02} {:02} {:02}.",
                n / 1_000_000,
                n / 10_000 % 100,
                n / 100 % 100,
                n % 100
            ));
            ad
        })
        .collect()
}

/// Everything per ad, for ads in eight languages with numbers never seen
/// before.
#[divan::bench]
fn analyze_1kb_ad_fresh_numbers(bencher: divan::Bencher) {
    bench_analysis(bencher, ads_fresh_numbers(), ctx_without_allow_list());
}

/// Language identification alone.
#[divan::bench]
fn language(bencher: divan::Bencher) {
    bench_language(bencher, ads(), ctx().languages);
}

/// Language identification alone, for the eight-language ads without an
/// allow-list.
#[divan::bench]
fn language_eight_languages(bencher: divan::Bencher) {
    bench_language(bencher, ads_eight_languages(), Vec::new());
}

/// Detects the language of each of `ads` in turn.
fn bench_language(bencher: divan::Bencher, ads: Vec<Ad>, allow: Vec<String>) {
    for ad in &ads {
        divan::black_box(indicators::lang::detect(&ad.text, &allow));
    }
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 1) % ads.len();
        divan::black_box(indicators::lang::detect(&ads[i].text, &allow))
    });
}

/// Phone finding alone (text field).
#[divan::bench]
fn phones(bencher: divan::Bencher) {
    let ads = ads();
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 1) % ads.len();
        divan::black_box(indicators::phone::find_phones(
            &ads[i].text,
            AdField::Text,
            "DK",
        ))
    });
}

/// Lexicon terms alone (da + sv + nb + en + common lexicons).
#[divan::bench]
fn lexicon_terms(bencher: divan::Bencher) {
    let ads = ads();
    let lex = Lexicons::builtin().for_language(Some("da"));
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 1) % ads.len();
        let f = [FieldText {
            field: AdField::Text,
            text: &ads[i].text,
        }];
        divan::black_box(find_terms(&f, Some("Anna"), &lex))
    });
}

/// Lexicon terms alone for the eight-language ads, each with the lexicons
/// of its detected language.
#[divan::bench]
fn lexicon_terms_eight_languages(bencher: divan::Bencher) {
    let ads = ads_eight_languages();
    let lexicons = Lexicons::builtin();
    let langs: Vec<_> = ads
        .iter()
        .map(|ad| indicators::lang::detect(&ad.text, &[]))
        .collect();
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 1) % ads.len();
        let f = [FieldText {
            field: AdField::Text,
            text: &ads[i].text,
        }];
        let lex = lexicons.for_language(langs[i].as_deref());
        divan::black_box(find_terms(&f, None, &lex))
    });
}

/// Phone finding alone for the eight-language ads (text field, DK site,
/// the ad's language for the fallback region).
#[divan::bench]
fn phones_eight_languages(bencher: divan::Bencher) {
    let ads = ads_eight_languages();
    let langs: Vec<_> = ads
        .iter()
        .map(|ad| indicators::lang::detect(&ad.text, &[]))
        .collect();
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 1) % ads.len();
        divan::black_box(indicators::phone::find_phones_for(
            &ads[i].text,
            AdField::Text,
            "DK",
            langs[i].as_deref(),
        ))
    });
}
